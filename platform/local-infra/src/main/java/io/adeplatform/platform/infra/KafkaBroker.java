package io.adeplatform.platform.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A single-node Apache Kafka broker in KRaft mode, run as a separate JVM from the broker's own classpath (resolved
 * by Maven in the ade-kafka-broker module) so its Scala, Jackson and logging jars never meet the application's.
 * <p>
 * Everything about a broker lives in its directory (config, data, pid, log), so any code that knows the directory
 * can stop and restart it; tests use that to simulate an outage.
 */
public final class KafkaBroker {

    private static final String CLASSPATH_RESOURCE = "/io/adeplatform/kafka-broker.classpath";
    private static final String LOG_CONFIG_RESOURCE = "/io/adeplatform/kafka-log4j2.properties";

    private final Path directory;

    private KafkaBroker(Path directory) {
        this.directory = directory;
    }

    /** Prepares (once) a broker in this directory listening on the given port; port 0 picks a free one. */
    public static KafkaBroker prepare(Path directory, int port) {
        KafkaBroker broker = new KafkaBroker(directory);
        if (!Files.exists(broker.configFile())) {
            broker.writeConfig(port == 0 ? FreePorts.next() : port, FreePorts.next());
            broker.format();
        }
        return broker;
    }

    /** A handle on a broker prepared earlier, possibly by another class loader or process. */
    public static KafkaBroker attach(Path directory) {
        return new KafkaBroker(directory);
    }

    public Path directory() {
        return directory;
    }

    public int port() {
        return Integer.parseInt(config().getProperty("ade.port"));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port();
    }

    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        try {
            Path logConfig = directory.resolve("log4j2.properties");
            copyResource(LOG_CONFIG_RESOURCE, logConfig);
            Process process = new ProcessBuilder(javaCommand(), "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
                    "-Dlog4j2.configurationFile=" + logConfig.toUri(),
                    "-cp", brokerClasspath(), "kafka.Kafka", configFile().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("broker.log").toFile()))
                    .start();
            pidFile().record(process);
            awaitReady(Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Kafka broker in " + directory, e);
        }
    }

    /** Stops the broker process and waits until its port is closed. */
    public synchronized void stop() {
        pidFile().process().ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
        Instant deadline = Instant.now().plusSeconds(30);
        while (FreePorts.isListening(port()) && Instant.now().isBefore(deadline)) {
            sleep(100);
        }
    }

    public boolean isRunning() {
        return pidFile().isAlive();
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        while (Instant.now().isBefore(deadline)) {
            if (!isRunning()) {
                throw new IllegalStateException("Kafka broker exited during start; see " + directory.resolve("broker.log"));
            }
            if (FreePorts.isListening(port())) {
                try (Admin admin = Admin.create(adminConfig)) {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // the controller is still electing itself; try again
                }
            }
            sleep(200);
        }
        throw new IllegalStateException("Kafka broker not ready after " + timeout + "; see " + directory.resolve("broker.log"));
    }

    private void writeConfig(int port, int controllerPort) {
        String config = String.join("\n", List.of(
                "ade.port=" + port,
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=1",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "min.insync.replicas=1",
                "group.initial.rebalance.delay.ms=0",
                "log.flush.interval.messages=9223372036854775807",
                "")); // trailing newline
        try {
            Files.createDirectories(directory);
            Files.writeString(configFile(), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void format() {
        try {
            Process process = new ProcessBuilder(javaCommand(), "-cp", brokerClasspath(), "kafka.tools.StorageTool",
                    "format", "-t", Uuid.randomUuid().toString(),
                    "-c", configFile().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("format.log").toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka storage failed; see " + directory.resolve("format.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Properties config() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(configFile())) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private Path configFile() {
        return directory.resolve("server.properties");
    }

    private PidFile pidFile() {
        return new PidFile(directory.resolve("broker.pid"));
    }

    static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " missing: build platform/kafka-broker first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(resource)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
