package dev.bscportal.core.build;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Whether the JVM a build runs in is kept for the builds after it, so that C2 must stay on ({@link QuickJit} would
 * leave the plugin's hot code compiled by C1 for the daemon's whole life).
 * <p>
 * The Maven Daemon (mvnd 1.x) starts its daemon JVM with {@code -Dmvnd.id=<daemon id>} (with {@code mvnd.home},
 * {@code mvnd.daemonStorage} and {@code mvnd.registry}); the daemon restores its system properties after each build,
 * so the id stays for the daemon's life and a build cannot set it away. With {@code mvnd -Dmvnd.noDaemon=true} the
 * client runs the one build in its own JVM, which ends with it: it sets {@code mvnd.id} too, and
 * {@code mvnd.noDaemon=true}, so that is not a kept JVM. Only the command line's {@code -Dmvnd.noDaemon=true} is seen
 * (mvnd's client makes it a system property); set in {@code MVND_NO_DAEMON} or {@code mvnd.properties} it is not, and
 * C2 then stays on as in a daemon: the build runs as it did before {@code quickJit}, never slower.
 */
final class KeptJvm {

    /** Set in the daemon JVM (and in the client of {@code mvnd -Dmvnd.noDaemon=true}) by mvnd 1.x. */
    static final String MVND_ID = "mvnd.id";
    /** {@code true} when mvnd runs the build in its client's JVM. */
    static final String MVND_NO_DAEMON = "mvnd.noDaemon";

    private KeptJvm() {
    }

    /**
     * Why the JVM with these system properties is kept between builds, or empty when it ends with the build.
     *
     * @param property the JVM's system properties ({@code System::getProperty})
     */
    static Optional<String> reason(UnaryOperator<String> property) {
        String id = property.apply(MVND_ID);
        if (id == null || id.isBlank() || "true".equalsIgnoreCase(String.valueOf(property.apply(MVND_NO_DAEMON)).strip())) {
            return Optional.empty();
        }
        return Optional.of("the Maven Daemon (mvnd) keeps this JVM for the next builds");
    }
}
