package dev.bscportal.core.maps.graphviz;

/** Graphviz ended the layout itself (exit, abort, a failed assertion, an uncatchable C++ exception). */
final class VizExit extends RuntimeException {

    private static final long serialVersionUID = 1L;

    VizExit(String message) {
        super(message, null, false, false);
    }
}
