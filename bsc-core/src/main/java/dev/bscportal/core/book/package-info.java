/**
 * The briefing book: one tagged, accessible PDF (PDF/UA-1) per scorecard of an edition, rendered in the JVM from
 * the same view model, maps and charts as the site ({@code templates/book.ftlh}) by openhtmltopdf, with embedded
 * fonts, bookmarks and fixed dates so that the same input gives the same bytes. Our charts are drawn straight into
 * the PDF from their SVG ({@code ChartSvg}, {@code ChartImage}); the strategy map goes through Batik. A book is
 * laid out once for what it shows: kept by its key in the work folder ({@code BookStore}) and, with a build id,
 * laid out with a placeholder that {@code BookStamp} overwrites with each build's id. Knows nothing of Maven.
 */
package dev.bscportal.core.book;
