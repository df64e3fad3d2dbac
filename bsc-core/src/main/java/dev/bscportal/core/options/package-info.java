/**
 * The plugin's settings as the user typed them (in the POM or with -D), checked before anything is built:
 * every text that reaches HTML, CSS, XML, a file name or git ({@code siteUrl}, {@code title}, {@code buildId},
 * {@code accentColour}, {@code logo}, {@code locale}, {@code compareTo}) is held to an allow-list and
 * normalised, or refused with a message naming the parameter and what to write instead. Knows nothing of Maven.
 */
package dev.bscportal.core.options;
