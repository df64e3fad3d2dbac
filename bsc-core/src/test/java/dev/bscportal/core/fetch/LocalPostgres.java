package dev.bscportal.core.fetch;

import dev.bscportal.core.testing.RequiresProgram;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the fetch tests: Debian's postgresql binaries (the newest version installed) (initdb, pg_ctl), a throwaway data
 * directory, a free loopback port, password (SCRAM) authentication for TCP. Run as the user {@code postgres} when
 * the tests run as root (initdb refuses root). Under CI=true a missing or failing PostgreSQL fails the test;
 * elsewhere it is skipped with a visible message.
 */
final class LocalPostgres implements AutoCloseable {

    /** The newest installed version's binaries: /usr/lib/postgresql/<version>/bin. */
    static final Path BIN = newestBin();
    static final String USER = "bsc";

    private final Path home;
    private final Path data;
    private final int port;
    private final String password;
    private final boolean root;
    /** Milliseconds initdb and pg_ctl start took, for the record in docs/reliability.md. */
    final long startupMillis;

    private LocalPostgres(Path home, int port, String password, boolean root, long startupMillis) {
        this.home = home;
        this.data = home.resolve("data");
        this.port = port;
        this.password = password;
        this.root = root;
        this.startupMillis = startupMillis;
    }

    private static Path newestBin() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(v -> v.getFileName().toString().matches("\\d+") ? Integer.parseInt(v.getFileName().toString()) : 0))
                    .map(v -> v.resolve("bin")).orElse(Path.of("/usr/lib/postgresql/15/bin"));
        } catch (IOException e) {
            return Path.of("/usr/lib/postgresql/15/bin");
        }
    }

    static LocalPostgres start(String password) throws IOException, InterruptedException {
        RequiresProgram.require(Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl")),
                "PostgreSQL (initdb, pg_ctl under /usr/lib/postgresql/<version>/bin)", "postgresql");
        boolean root = "root".equals(System.getProperty("user.name"));
        long started = System.nanoTime();
        Path home = Files.createTempDirectory("bsc-pg-");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path pwfile = home.resolve("pw");
        Files.writeString(pwfile, password + "\n");
        if (root) {
            UserPrincipalLookupService users = home.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(home, users.lookupPrincipalByName("postgres"));
            Files.setOwner(pwfile, users.lookupPrincipalByName("postgres"));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        LocalPostgres pg = new LocalPostgres(home, port, password, root, 0);
        pg.run(List.of(BIN.resolve("initdb").toString(), "-D", home.resolve("data").toString(), "-U", USER, "-E", "UTF8",
                "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256", "--pwfile=" + pwfile), "initdb");
        pg.run(List.of(BIN.resolve("pg_ctl").toString(), "-D", home.resolve("data").toString(), "-l", home.resolve("log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -h 127.0.0.1 -k " + home + " -F", "start"), "pg_ctl start");
        return new LocalPostgres(home, port, password, root, (System.nanoTime() - started) / 1_000_000);
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    int port() {
        return port;
    }

    /** Runs SQL statements as the owner (setting up tables and rows). */
    void execute(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), USER, password); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private void run(List<String> command, String what) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(home.resolve(what.replace(' ', '-') + ".out").toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            String output = Files.exists(home.resolve(what.replace(' ', '-') + ".out"))
                    ? Files.readString(home.resolve(what.replace(' ', '-') + ".out")) : "";
            RequiresProgram.requireInstalled(false, "a working PostgreSQL (" + what + " failed: " + output.strip() + ")",
                    "apt-get install -y postgresql");
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), "pg_ctl stop");
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
