package io.adeplatform.e2e;

import io.adeplatform.platform.infra.KeycloakServer;
import io.adeplatform.platform.infra.ProcessPlatform;
import io.adeplatform.platform.infra.ServiceProcess;

import java.nio.file.Path;
import java.util.Map;

/**
 * The whole platform for the end-to-end tests, once per test JVM: a real PostgreSQL, Kafka broker and Keycloak
 * 26.5.6 with the repository's realm, the five services and the gateway as separate processes on free ports
 * (started by platform/local-infra's {@link ProcessPlatform}, which fault-tests uses too).
 */
final class RunningPlatform {

    private static RunningPlatform instance;

    KeycloakServer keycloak;
    ServiceProcess gateway;
    private ProcessPlatform processes;

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
        processes = ProcessPlatform.startInfrastructure(repository, work);
        // the unpacked distribution is reused between runs; the realm is re-imported when its file changed
        // a Keycloak a killed earlier run left behind would hold the home on another port: stop it first
        KeycloakServer.attach(work.resolve("keycloak")).stop();
        keycloak = KeycloakServer.prepare(Path.of(System.getProperty("ade.keycloak.zip")), work.resolve("keycloak"), 0,
                repository.resolve("deploy/local/keycloak/ade-realm.json"),
                // a second realm of the same Keycloak, whose tokens the platform must refuse (ForgedTokenTest)
                repository.resolve("e2e-tests/src/test/resources/keycloak/ade-other-realm.json"));
        keycloak.start();
        Map<String, String> oidc = Map.of(
                "ADE_OIDC_URL", keycloak.realmUrl("ade"),
                "ADE_OIDC_ISSUER", keycloak.realmUrl("ade"));
        // the security matrix sends a few thousand requests per user in quick succession; the default per-user limit
        // (100/s) would answer some of them 429 and hide the status under test
        // the cadence scheduler every 15 s instead of hourly, so StatusPackEndToEndTest sees a due QBR's pack kept
        processes.startServices(oidc, Map.of("ADE_GATEWAY_RATE_LIMIT", "100000", "ADE_GATEWAY_CADENCE_EVERY", "15s"));
        gateway = processes.gateway();
    }

    String gatewayUrl() {
        return gateway.url();
    }

    /** The five services (not the gateway) by module name, each called directly, e.g. for its OpenAPI document. */
    Map<String, String> serviceUrls() {
        return processes.serviceUrls();
    }

    private void stop() {
        if (processes != null) {
            processes.close();
        }
        if (keycloak != null) {
            keycloak.stop();
        }
    }
}
