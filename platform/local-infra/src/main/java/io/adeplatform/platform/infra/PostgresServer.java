package io.adeplatform.platform.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server from the server binaries published on Maven Central (zonky), started without root
 * privileges and without Docker. One server holds one database per service.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    /** The data directory, whose postmaster.pid names the running postmaster. */
    private final Path dataDirectory;
    /** The postmaster's command line, kept so a crashed server can be started again exactly as zonky started it. */
    private final List<String> postmasterCommand;
    /** The postmaster this class started after {@link #stopImmediately()}; null while zonky's own one runs. */
    private Process restarted;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.dataDirectory = Path.of(setting("data_directory"));
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; zonky starts it in a new user namespace, and so does a restart
            command.addAll(List.of("unshare", "-U"));
        }
        postmaster().ifPresent(handle -> {
            handle.info().command().ifPresent(command::add);
            handle.info().arguments().ifPresent(arguments -> command.addAll(List.of(arguments)));
        });
        this.postmasterCommand = List.copyOf(command);
    }

    private String setting(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             var row = statement.executeQuery("SELECT current_setting('" + name + "')")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** The running postmaster, from the first line of {@code postmaster.pid} (zonky starts it through pg_ctl). */
    private java.util.Optional<ProcessHandle> postmaster() {
        try {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!java.nio.file.Files.exists(pidFile)) {
                return java.util.Optional.empty();
            }
            long pid = Long.parseLong(java.nio.file.Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** A throw-away server on a free port with settings tuned for tests (no fsync: data loss on crash is fine). */
    public static PostgresServer startEphemeral() throws IOException {
        return new PostgresServer(tunedBuilder().start());
    }

    /** A server whose data survives restarts (and crashes: fsync stays on), for running the platform locally. */
    public static PostgresServer startPersistent(Path dataDirectory, int port) throws IOException {
        return new PostgresServer(EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start());
    }

    /**
     * A throw-away server that survives its own crash ({@link #stopImmediately()}): a commit is written to the WAL
     * before it returns ({@code synchronous_commit} on), but never forced to disk ({@code fsync} off), since only a
     * crash of the whole machine would lose what the operating system holds. For fault tests.
     */
    public static PostgresServer startEphemeralCrashSafe() throws IOException {
        return new PostgresServer(tunedBuilder().setServerConfig("synchronous_commit", "on").start());
    }

    /** Test settings: durability traded for speed, since a test database is thrown away anyway. */
    private static EmbeddedPostgres.Builder tunedBuilder() {
        return EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off");
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists already. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    /**
     * Stops the server the way {@code pg_ctl stop -m immediate} does (SIGQUIT to the postmaster: every backend exits
     * at once, no checkpoint; the next start runs crash recovery), and waits until its port is closed. The data stays.
     */
    public synchronized void stopImmediately() {
        ProcessHandle postmaster = postmaster().orElse(null);
        if (postmaster == null) {
            return;
        }
        try {
            Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster.pid())).inheritIO().start();
            kill.waitFor(10, TimeUnit.SECONDS);
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
        }
        Instant deadline = Instant.now().plusSeconds(30);
        while (FreePorts.isListening(port()) && Instant.now().isBefore(deadline)) {
            KafkaBroker.sleep(100);
        }
    }

    /** Starts the server again after {@link #stopImmediately()}: same binaries, data directory, port and settings. */
    public synchronized void startAgain() {
        if (FreePorts.isListening(port())) {
            throw new IllegalStateException("PostgreSQL still listens on " + port() + "; stop it first");
        }
        if (postmasterCommand.stream().noneMatch(part -> part.endsWith("postgres"))) {
            throw new IllegalStateException("the postmaster's command line is unknown; cannot restart it");
        }
        try {
            restarted = new ProcessBuilder(postmasterCommand).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolveSibling(dataDirectory.getFileName() + "-restart.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restart PostgreSQL", e);
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!restarted.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited during its restart (exit " + restarted.exitValue() + "): " + postmasterCommand);
            }
            try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), USER, "postgres")) {
                return;
            } catch (SQLException recovering) {
                KafkaBroker.sleep(100);
            }
        }
        throw new IllegalStateException("PostgreSQL did not accept connections within 60 s of its restart");
    }

    public synchronized boolean isRunning() {
        return postmaster().isPresent();
    }

    @Override
    public void close() throws IOException {
        // zonky stops whichever postmaster runs on its data directory (pg_ctl reads postmaster.pid)
        postgres.close();
        if (restarted != null && restarted.isAlive()) {
            restarted.destroy();
        }
    }
}
