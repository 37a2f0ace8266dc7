package io.adeplatform.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The platform as separate processes on free ports, for tests that treat it as a black box (e2e-tests, fault-tests):
 * a real PostgreSQL with one database per service, a Kafka broker, the five services and the gateway from their
 * packaged jars, configured only through environment variables as a deployment would. Every part can be stopped and
 * started again on its port ({@link PostgresServer#stopImmediately()}, {@link KafkaBroker#stop()},
 * {@link ServiceProcess#kill()}), and a service can get more replicas.
 * <p>
 * Token validation is the caller's choice: the environment given to {@link #startServices} names a Keycloak realm
 * ({@code ADE_OIDC_URL}, {@code ADE_OIDC_ISSUER}) or a public key ({@code QUARKUS_OIDC_PUBLIC_KEY}, ...).
 */
public final class ProcessPlatform implements AutoCloseable {

    /** Module → database, in start order. */
    public static final Map<String, String> SERVICES = Collections.unmodifiableMap(new LinkedHashMap<>(Map.of(
            "relationship-service", "relationship",
            "portfolio-service", "portfolio",
            "consumption-service", "consumption",
            "escalation-service", "escalation",
            "billing-service", "billing")));

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Path repository;
    private final Path logs;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final List<ServiceProcess> processes = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, ServiceProcess> byName = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, String> serviceEnvironment = new HashMap<>();
    private ServiceProcess gateway;

    private ProcessPlatform(Path repository, Path logs, PostgresServer postgres, KafkaBroker kafka) {
        this.repository = repository;
        this.logs = logs;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /**
     * PostgreSQL (ephemeral but crash-safe, one database per service) and a Kafka broker under {@code work}; the services start
     * later ({@link #startServices}), so that e.g. Keycloak can start in between. Close it to stop everything.
     */
    public static ProcessPlatform startInfrastructure(Path repository, Path work) {
        try {
            Path logs = work.resolve("logs");
            Files.createDirectories(logs);
            // crash-safe: a fault test stops it with SIGQUIT, and an acknowledged write must survive that
            PostgresServer postgres = PostgresServer.startEphemeralCrashSafe();
            SERVICES.values().forEach(postgres::ensureDatabase);
            KafkaBroker kafka = KafkaBroker.prepare(work.resolve("kafka-" + UUID.randomUUID()), 0);
            ProcessPlatform platform = new ProcessPlatform(repository, logs, postgres, kafka);
            kafka.start();
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the infrastructure", e);
        }
    }

    /**
     * Starts the five services (each with {@code serviceEnvironment} added to the database and broker settings), then
     * the gateway routed to them (with {@code gatewayEnvironment} added), and waits until all are ready.
     */
    public synchronized void startServices(Map<String, String> serviceEnvironment, Map<String, String> gatewayEnvironment) {
        this.serviceEnvironment.putAll(serviceEnvironment);
        Map<String, String> routes = new HashMap<>(common());
        routes.putAll(serviceEnvironment);
        SERVICES.forEach((module, database) -> {
            ServiceProcess service = startReplica(module, module, Map.of());
            routes.put("ADE_GATEWAY_ROUTES_" + database.toUpperCase() + "_TARGET", service.url());
        });
        routes.putAll(gatewayEnvironment);
        gateway = register(ServiceProcess.start(repository, logs, "gateway", 0, routes));
        List.copyOf(processes).forEach(process -> process.awaitReady(START_TIMEOUT));
    }

    /**
     * Starts one more process of a service (named {@code name}, e.g. {@code billing-service-2}) on a free port, on the
     * same database and broker, with the environment of the others plus {@code extra}. Does not wait for it.
     */
    public ServiceProcess startReplica(String module, String name, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(common());
        environment.putAll(serviceEnvironment);
        environment.put("ADE_DB_URL", postgres.jdbcUrl(SERVICES.get(module)));
        environment.putAll(extra);
        return register(ServiceProcess.start(repository, logs, module, name, 0, environment));
    }

    private ServiceProcess register(ServiceProcess process) {
        processes.add(process);
        byName.put(process.name, process);
        return process;
    }

    private Map<String, String> common() {
        return Map.of(
                "ADE_DB_USER", PostgresServer.USER,
                "ADE_DB_PASSWORD", "postgres",
                "ADE_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public ServiceProcess gateway() {
        return gateway;
    }

    /** The process of that name (a module name for the first replica). */
    public ServiceProcess process(String name) {
        ServiceProcess process = byName.get(name);
        if (process == null) {
            throw new IllegalArgumentException("no process named " + name + "; running: " + byName.keySet());
        }
        return process;
    }

    /** Every service process (replicas too, not the gateway) by name. */
    public Map<String, ServiceProcess> services() {
        Map<String, ServiceProcess> services = new TreeMap<>(byName);
        services.remove("gateway");
        return services;
    }

    /** The five services' first replicas by module name, each called directly. */
    public Map<String, String> serviceUrls() {
        Map<String, String> urls = new TreeMap<>();
        SERVICES.keySet().forEach(module -> urls.put(module, process(module).url()));
        return urls;
    }

    /** Stops every process (all at once), the broker and the database. */
    @Override
    public void close() {
        List<ServiceProcess> all = List.copyOf(processes);
        all.forEach(ServiceProcess::requestStop);
        all.forEach(ServiceProcess::awaitStopped);
        kafka.stop();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }
}
