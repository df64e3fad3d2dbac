package dev.bscportal.core.book;

/**
 * A drawing in a book that {@link ChartSvg} does not read while no general SVG engine is on the class path
 * ({@link GeneralSvgEngine}): the book cannot be made as the template asks (BSC188), and is not made without it.
 */
final class UndrawableDrawing extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** {@code drawing} says which drawing (its class and what in it is outside what the book draws). */
    UndrawableDrawing(String drawing) {
        super(drawing);
    }
}
