package io.adeplatform.fault;

import io.adeplatform.platform.infra.ProcessPlatform;
import io.adeplatform.platform.infra.ServiceProcess;
import io.adeplatform.platform.testing.TestTokens;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The platform under fault, once per test JVM: PostgreSQL, Kafka, the five services and the gateway as separate
 * processes (platform/local-infra's {@link ProcessPlatform}), validating tokens signed with platform/testing's key.
 */
final class FaultPlatform {

    /** The services' projection paths of a customer, behind the gateway. */
    static final List<String> PROJECTIONS = List.of("portfolio", "consumption", "escalations", "billing");

    private static FaultPlatform instance;

    final ProcessPlatform processes;
    final Duration outage = Duration.ofSeconds(Long.getLong("ade.fault.outage-seconds", 90));

    private FaultPlatform(ProcessPlatform processes) {
        this.processes = processes;
    }

    static synchronized FaultPlatform get() {
        if (instance == null) {
            Instant start = Instant.now();
            Path repository = Path.of(System.getProperty("ade.repository.root", "..")).toAbsolutePath().normalize();
            Path work = Path.of(System.getProperty("ade.fault.work", "target/fault")).toAbsolutePath();
            ProcessPlatform processes = ProcessPlatform.startInfrastructure(repository, work);
            Runtime.getRuntime().addShutdownHook(new Thread(processes::close, "fault-platform-stop"));
            Map<String, String> tokens = Map.of(
                    // an empty value unsets the Keycloak URL: quarkus-oidc then verifies with the public key only
                    "QUARKUS_OIDC_AUTH_SERVER_URL", "",
                    "QUARKUS_OIDC_PUBLIC_KEY", TestTokens.publicKeyBase64(),
                    "ADE_OIDC_ISSUER", TestTokens.ISSUER,
                    "QUARKUS_OIDC_TOKEN_ISSUER", TestTokens.ISSUER,
                    // experiment 5: the SLA check runs every second, so a breach is seen at once by both replicas
                    "ADE_ESCALATION_SLA_CHECK_INTERVAL", "1s");
            processes.startServices(tokens, Map.of("ADE_GATEWAY_RATE_LIMIT", "100000"));
            instance = new FaultPlatform(processes);
            System.out.printf("[fault] platform started in %d s%n", Duration.between(start, Instant.now()).toSeconds());
        }
        return instance;
    }

    String gateway() {
        return processes.gateway().url();
    }

    ServiceProcess service(String name) {
        return processes.process(name);
    }

    /** Registers a customer as the ledger's writer and waits until every other service's projection has it. */
    String newCustomer(String name) {
        // the first call after a start can outlast the client's timeout on a loaded machine: retried with the same key
        String key = UUID.randomUUID().toString();
        Instant deadline = Instant.now().plusSeconds(60);
        Api.Answer created = Api.post(gateway() + "/api/customers", Users.writer(),
                Map.of("name", name, "segment", "state-government"), Map.of("Idempotency-Key", key));
        while ((created.status() < 0 || created.status() >= 500) && Instant.now().isBefore(deadline)) {
            Api.sleep(500);
            created = Api.post(gateway() + "/api/customers", Users.writer(),
                    Map.of("name", name, "segment", "state-government"), Map.of("Idempotency-Key", key));
        }
        if (created.status() != 201) {
            throw new AssertionError("registering " + name + " answered " + created.status() + ": " + created.body());
        }
        String id = created.text("id");
        awaitEverywhere(id, "customer " + name);
        return id;
    }

    void awaitEverywhere(String customerId, String what) {
        Instant deadline = Instant.now().plusSeconds(60);
        for (String area : PROJECTIONS) {
            while (!Api.get(gateway() + "/api/" + area + "/customer-projections/" + customerId, Users.admin()).ok()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(what + " did not reach the " + area + " projection within 60 s");
                }
                Api.sleep(100);
            }
        }
    }

    /** The processes (replicas included, gateway too) that are alive but not ready within {@code timeout}. */
    List<String> notReady(Duration timeout) {
        List<ServiceProcess> all = new java.util.ArrayList<>(processes.services().values());
        all.add(processes.gateway());
        return all.stream().filter(ServiceProcess::isAlive).filter(process -> {
            try {
                process.awaitReady(timeout);
                return false;
            } catch (IllegalStateException notReady) {
                return true;
            }
        }).map(process -> process.name).toList();
    }

    /**
     * Before an experiment: every process ready. One an earlier experiment left unready is reported, killed and
     * started again, so that each experiment starts from a healthy platform (the earlier one has failed for it).
     */
    void startHealthy() {
        // a service or the gateway an earlier experiment stopped and never started again (replicas stay stopped)
        List<String> primaries = new java.util.ArrayList<>(ProcessPlatform.SERVICES.keySet());
        primaries.add(processes.gateway().name);
        for (String name : primaries) {
            ServiceProcess process = processes.process(name);
            if (!process.isAlive()) {
                System.out.printf("[fault] %s is not running after the previous experiment: start it again%n", name);
                process.restart();
                process.awaitReady(Duration.ofSeconds(180));
            }
        }
        for (String name : notReady(Duration.ofSeconds(60))) {
            System.out.printf("[fault] %s is not ready after the previous experiment: kill -9 and restart%n", name);
            ServiceProcess process = processes.process(name);
            process.kill();
            process.restart();
            process.awaitReady(Duration.ofSeconds(180));
        }
    }
}
