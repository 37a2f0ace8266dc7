package io.adeplatform.e2e;

import io.adeplatform.platform.infra.KafkaBroker;
import io.adeplatform.platform.infra.KeycloakServer;
import io.adeplatform.platform.infra.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole platform for the end-to-end tests, once per test JVM: a real PostgreSQL, Kafka broker and Keycloak
 * 26.5.6 with the repository's realm, the five services and the gateway as separate processes on free ports.
 */
final class RunningPlatform {

    static final Map<String, String> SERVICES = Map.of(
            "relationship-service", "relationship",
            "portfolio-service", "portfolio",
            "consumption-service", "consumption",
            "escalation-service", "escalation",
            "billing-service", "billing");

    private static RunningPlatform instance;

    KeycloakServer keycloak;
    ServiceProcess gateway;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private final List<ServiceProcess> services = new ArrayList<>();

    static synchronized RunningPlatform get() {
        if (instance == null) {
            RunningPlatform platform = new RunningPlatform();
            // registered before anything starts, so a failed start leaves no server behind either
            Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "e2e-platform-stop"));
            platform.start();
            instance = platform;
        }
        return instance;
    }

    private void start() {
        Path repository = Path.of(System.getProperty("ade.repository.root", "..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("ade.e2e.work", "target/e2e")).toAbsolutePath();
        Path logs = work.resolve("logs");
        try {
            Files.createDirectories(logs);
            postgres = PostgresServer.startEphemeral();
            SERVICES.values().forEach(postgres::ensureDatabase);
            kafka = KafkaBroker.prepare(work.resolve("kafka-" + UUID.randomUUID()), 0);
            kafka.start();
            // the unpacked distribution is reused between runs; the realm is re-imported when its file changed
            // a Keycloak a killed earlier run left behind would hold the home on another port: stop it first
            KeycloakServer.attach(work.resolve("keycloak")).stop();
            keycloak = KeycloakServer.prepare(Path.of(System.getProperty("ade.keycloak.zip")), work.resolve("keycloak"), 0,
                    repository.resolve("deploy/local/keycloak/ade-realm.json"),
                    // a second realm of the same Keycloak, whose tokens the platform must refuse (ForgedTokenTest)
                    repository.resolve("e2e-tests/src/test/resources/keycloak/ade-other-realm.json"));
            keycloak.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the infrastructure", e);
        }

        Map<String, String> common = Map.of(
                "ADE_DB_USER", PostgresServer.USER,
                "ADE_DB_PASSWORD", "postgres",
                "ADE_KAFKA_BOOTSTRAP", kafka.bootstrapServers(),
                "ADE_OIDC_URL", keycloak.realmUrl("ade"),
                "ADE_OIDC_ISSUER", keycloak.realmUrl("ade"));
        Map<String, String> gatewayEnvironment = new HashMap<>(common);
        SERVICES.forEach((module, database) -> {
            Map<String, String> environment = new HashMap<>(common);
            environment.put("ADE_DB_URL", postgres.jdbcUrl(database));
            ServiceProcess service = ServiceProcess.start(repository, logs, module, freePort(), environment);
            services.add(service);
            gatewayEnvironment.put("ADE_GATEWAY_ROUTES_" + database.toUpperCase() + "_TARGET", service.url());
        });
        // the security matrix sends a few thousand requests per user in quick succession; the default per-user limit
        // (100/s) would answer some of them 429 and hide the status under test
        gatewayEnvironment.put("ADE_GATEWAY_RATE_LIMIT", "100000");
        gateway = ServiceProcess.start(repository, logs, "gateway", freePort(), gatewayEnvironment);
        services.add(gateway);
        services.forEach(service -> service.awaitReady(Duration.ofSeconds(180)));
    }

    String gatewayUrl() {
        return gateway.url();
    }

    /** The five services (not the gateway) by module name, each called directly, e.g. for its OpenAPI document. */
    Map<String, String> serviceUrls() {
        Map<String, String> urls = new java.util.TreeMap<>();
        services.stream().filter(service -> service != gateway).forEach(service -> urls.put(service.module, service.url()));
        return urls;
    }

    private void stop() {
        services.forEach(ServiceProcess::requestStop);
        services.forEach(ServiceProcess::awaitStopped);
        if (keycloak != null) {
            keycloak.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is exiting
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
