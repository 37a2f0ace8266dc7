package io.adeplatform.platform.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;

/**
 * The infrastructure supervisor of a local run ({@code ./platform.sh up}): PostgreSQL on 5432 with one database per
 * service, Kafka (KRaft) on 9092 and Keycloak on 8180, all with their state under the given folder so a second
 * run keeps the data. Writes {@code <state>/infra.ready} once all three serve, then stays alive; on SIGTERM or
 * SIGINT it stops Keycloak, Kafka and PostgreSQL and removes the marker.
 * <p>
 * Usage: {@code LocalPlatform <state folder> <keycloak-quarkus-dist zip> <realm json>}
 */
public final class LocalPlatform {

    public static final int POSTGRES_PORT = 5432;
    public static final int KAFKA_PORT = 9092;
    public static final int KEYCLOAK_PORT = 8180;
    public static final List<String> DATABASES = List.of("relationship", "portfolio", "consumption", "escalation",
            "billing");

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final Path state;
    private final Path keycloakZip;
    private final Path realmFile;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private volatile PostgresServer postgres;
    private volatile KafkaBroker kafka;
    private volatile KeycloakServer keycloak;
    private volatile boolean stopping;

    private LocalPlatform(Path state, Path keycloakZip, Path realmFile) {
        this.state = state.toAbsolutePath().normalize();
        this.keycloakZip = keycloakZip.toAbsolutePath().normalize();
        this.realmFile = realmFile.toAbsolutePath().normalize();
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: LocalPlatform <state folder> <keycloak-quarkus-dist zip> <realm json>");
            System.exit(2);
        }
        LocalPlatform platform = new LocalPlatform(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "local-platform-stop"));
        try {
            platform.start();
        } catch (RuntimeException | IOException e) {
            if (platform.stopping) {
                return; // a SIGTERM during start: the shutdown hook stops what had started
            }
            log("FAILED: " + e.getMessage());
            System.exit(1); // runs the shutdown hook, which stops whatever had started
        }
        platform.watch();
    }

    private void start() throws IOException {
        Instant begin = Instant.now();
        Files.createDirectories(state);
        Files.deleteIfExists(readyMarker());
        requireFree(POSTGRES_PORT, "PostgreSQL");
        requireFree(KAFKA_PORT, "Kafka");
        requireFree(KEYCLOAK_PORT, "Keycloak");
        log("state in " + state);

        // Keycloak is by far the slowest; start it alongside PostgreSQL and Kafka (one thread each, whatever the
        // common pool's size on this machine).
        Executor starter = task -> {
            Thread thread = new Thread(task, "local-platform-start");
            thread.setDaemon(true);
            thread.start();
        };
        CompletableFuture<Void> keycloakStarted = CompletableFuture.runAsync(() -> {
            Instant t0 = Instant.now();
            keycloak = KeycloakServer.prepare(keycloakZip, state.resolve("keycloak"), KEYCLOAK_PORT, realmFile);
            log("Keycloak starting on " + keycloak.url() + " (log " + keycloak.logFile() + ")");
            keycloak.start();
            log("Keycloak ready on " + keycloak.url() + " in " + secondsSince(t0) + " (realms " + keycloak.realms()
                    + ", pid " + keycloak.pid().map(String::valueOf).orElse("?") + ")");
        }, starter);
        CompletableFuture<Void> dataStarted = CompletableFuture.runAsync(() -> {
            try {
                Instant t0 = Instant.now();
                postgres = PostgresServer.startPersistent(state.resolve("postgres"), POSTGRES_PORT);
                DATABASES.forEach(postgres::ensureDatabase);
                log("PostgreSQL ready on localhost:" + POSTGRES_PORT + " in " + secondsSince(t0) + " (databases "
                        + DATABASES + ", user " + PostgresServer.USER + ")");
            } catch (IOException e) {
                throw new CompletionException("PostgreSQL did not start: " + e.getMessage(), e);
            }
            Instant t0 = Instant.now();
            kafka = KafkaBroker.prepare(state.resolve("kafka"), KAFKA_PORT);
            if (kafka.port() != KAFKA_PORT) {
                throw new IllegalStateException("Kafka in " + kafka.directory() + " was prepared for port "
                        + kafka.port() + ", not " + KAFKA_PORT + "; delete that folder to start afresh");
            }
            kafka.start();
            log("Kafka ready on " + kafka.bootstrapServers() + " in " + secondsSince(t0));
        }, starter);
        try {
            CompletableFuture.allOf(keycloakStarted, dataStarted).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException(cause.getMessage(), cause);
        }
        if (stopping) {
            throw new IllegalStateException("stopped while starting");
        }
        Files.writeString(readyMarker(), String.join("\n",
                "postgres=localhost:" + POSTGRES_PORT,
                "kafka=" + kafka.bootstrapServers(),
                "keycloak=" + keycloak.url(),
                "started=" + Instant.now(),
                ""));
        log("infrastructure ready in " + secondsSince(begin) + "; marker " + readyMarker());
    }

    /** Stays alive until stopped; reports a child that died (the marker goes, so status shows it). */
    private void watch() {
        List<String> reported = new ArrayList<>();
        while (true) {
            try {
                if (stopped.await(Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
            if (stopping) {
                continue;
            }
            check(kafka != null && kafka.isRunning(), "Kafka", reported);
            check(keycloak != null && keycloak.isRunning(), "Keycloak", reported);
            check(FreePorts.isListening(POSTGRES_PORT), "PostgreSQL", reported);
        }
    }

    private void check(boolean alive, String name, List<String> reported) {
        if (!alive && !stopping && !reported.contains(name)) {
            reported.add(name);
            log("WARNING: " + name + " is no longer running; run ./platform.sh down && ./platform.sh up");
            try {
                Files.deleteIfExists(readyMarker());
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    private void stop() {
        stopping = true;
        log("stopping infrastructure");
        try {
            Files.deleteIfExists(readyMarker());
        } catch (IOException ignored) {
            // best effort
        }
        run("Keycloak", () -> {
            if (keycloak != null) {
                keycloak.stop();
            }
        });
        run("Kafka", () -> {
            if (kafka != null) {
                kafka.stop();
            }
        });
        run("PostgreSQL", () -> {
            if (postgres != null) {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        log("infrastructure stopped");
        stopped.countDown();
    }

    private static void run(String name, Runnable action) {
        Instant t0 = Instant.now();
        try {
            action.run();
            log(name + " stopped in " + secondsSince(t0));
        } catch (RuntimeException e) {
            log("could not stop " + name + " cleanly: " + e.getMessage());
        }
    }

    private void requireFree(int port, String what) {
        if (FreePorts.isListening(port)) {
            throw new IllegalStateException("port " + port + " (for " + what + ") is already in use by another "
                    + "process; stop it first (an earlier run? try ./platform.sh down; or find it with: ss -ltnp "
                    + "'sport = :" + port + "')");
        }
    }

    private Path readyMarker() {
        return state.resolve("infra.ready");
    }

    private static String secondsSince(Instant start) {
        return String.format("%.1f s", Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    private static void log(String message) {
        System.out.println(LocalTime.now().format(CLOCK) + " [infra] " + message);
        System.out.flush();
    }
}
