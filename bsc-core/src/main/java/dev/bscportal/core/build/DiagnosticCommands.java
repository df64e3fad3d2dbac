package dev.bscportal.core.build;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * HotSpot's diagnostic commands (those of {@code jcmd}) in the running JVM, through its platform MBean
 * {@code com.sun.management:type=DiagnosticCommand}. Kept apart from {@link QuickJit} so that a JVM without
 * {@code java.management} fails here, where the caller catches it.
 */
final class DiagnosticCommands implements QuickJit.Commands {

    private static final String BEAN = "com.sun.management:type=DiagnosticCommand";

    private final MBeanServer server;
    private final ObjectName name;

    private DiagnosticCommands(MBeanServer server, ObjectName name) {
        this.server = server;
        this.name = name;
    }

    /** This JVM's commands; throws when it has none (not HotSpot) or refuses them. */
    static DiagnosticCommands ofThisJvm() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName(BEAN);
        if (!server.isRegistered(name)) {
            throw new IllegalStateException("no MBean " + BEAN);
        }
        return new DiagnosticCommands(server, name);
    }

    @Override
    public String run(String operation, String... arguments) throws Exception {
        Object answer = server.invoke(name, operation, new Object[] {arguments}, new String[] {String[].class.getName()});
        return answer == null ? "" : answer.toString();
    }
}
