package dev.bscportal.core.fetch;

import java.util.Map;
import java.util.Optional;

/**
 * Where credentials come from, never the repository: environment variables ({@code ${env.NAME}} in a source file)
 * and servers of the build tool's settings (Maven's settings.xml, {@code server: id}).
 */
public interface Credentials {

    /** The value of the environment variable {@code name}, if set. */
    Optional<String> environment(String name);

    /** The user name and password of the server {@code id}, if configured. */
    Optional<ServerCredentials> server(String id);

    /** Credentials from the given maps (the process environment and the servers of the settings). */
    static Credentials of(Map<String, String> environment, Map<String, ServerCredentials> servers) {
        Map<String, String> env = Map.copyOf(environment);
        Map<String, ServerCredentials> known = Map.copyOf(servers);
        return new Credentials() {
            @Override
            public Optional<String> environment(String name) {
                return Optional.ofNullable(env.get(name));
            }

            @Override
            public Optional<ServerCredentials> server(String id) {
                return Optional.ofNullable(known.get(id));
            }
        };
    }

    /** A user name and password; {@link #toString()} never shows the password. */
    record ServerCredentials(String username, String password) {
        public ServerCredentials {
            username = username == null ? "" : username;
            password = password == null ? "" : password;
        }

        @Override
        public String toString() {
            return "ServerCredentials[username=" + username + ", password=***]";
        }
    }
}
