package io.adeplatform.platform.testing;

import io.adeplatform.platform.infra.KafkaBroker;
import io.adeplatform.platform.infra.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real PostgreSQL server and one real Kafka broker per test JVM, started on free ports on first use and stopped
 * when the JVM exits. Their coordinates live in system properties, which every class loader of the JVM sees
 * (Quarkus runs tests in its own class loaders), so the servers are never started twice.
 */
public final class SharedInfrastructure {

    private static final String POSTGRES_PORT = "ade.test.postgres.port";
    private static final String KAFKA_DIR = "ade.test.kafka.dir";

    private SharedInfrastructure() {
    }

    public static synchronized int postgresPort() {
        String port = System.getProperty(POSTGRES_PORT);
        if (port == null) {
            try {
                PostgresServer postgres = PostgresServer.startEphemeral();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
                port = Integer.toString(postgres.port());
                System.setProperty(POSTGRES_PORT, port);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start PostgreSQL", e);
            }
        }
        return Integer.parseInt(port);
    }

    /** Creates the database if needed and returns its JDBC URL. */
    public static String database(String name) {
        int port = postgresPort();
        try (var connection = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres", PostgresServer.USER, "");
             var statement = connection.createStatement();
             var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + name);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + port + "/" + name;
    }

    public static synchronized KafkaBroker kafka() {
        String dir = System.getProperty(KAFKA_DIR);
        if (dir == null) {
            try {
                Path directory = Files.createTempDirectory("ade-test-kafka");
                KafkaBroker broker = KafkaBroker.prepare(directory, 0);
                broker.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> KafkaBroker.attach(directory).stop()));
                System.setProperty(KAFKA_DIR, directory.toString());
                return broker;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start Kafka", e);
            }
        }
        return KafkaBroker.attach(Path.of(dir));
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // the JVM is exiting
        }
    }
}
