package io.adeplatform.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static io.adeplatform.deploy.Manifests.at;
import static io.adeplatform.deploy.Manifests.get;
import static io.adeplatform.deploy.Manifests.list;
import static io.adeplatform.deploy.Manifests.name;
import static io.adeplatform.deploy.Manifests.ofKind;
import static io.adeplatform.deploy.Manifests.rendered;
import static io.adeplatform.deploy.Manifests.str;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the internet reaches through the public ingress class: the gateway's /api only (not its /q/* or /openapi),
 * Keycloak's ade realm and theme resources only; Keycloak's admin console only on an internal host and class.
 */
class PublicExposureTest {

    private static final String PUBLIC_CLASS = "nginx";

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void theGatewayIngressPublishesOnlyTheApi(String overlay) {
        Map<String, Object> ingress = get(rendered(overlay), "Ingress", "gateway");
        assertThat(str(ingress, "spec", "ingressClassName")).isEqualTo(PUBLIC_CLASS);
        assertThat(paths(ingress)).extracting(p -> str(p, "path") + " " + str(p, "pathType"))
                .containsExactly("/api Prefix");
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void theCockpitIngressPublishesThePageItsFilesAndTheApiOnly(String overlay) {
        Map<String, Object> ingress = get(rendered(overlay), "Ingress", "cockpit");
        assertThat(str(ingress, "spec", "ingressClassName")).isEqualTo(PUBLIC_CLASS);
        assertThat(paths(ingress)).allSatisfy(p -> assertThat(str(p, "backend", "service", "name")).isEqualTo("gateway"))
                .extracting(p -> str(p, "path") + " " + str(p, "pathType"))
                .contains("/ Exact", "/config.json Exact", "/assets Prefix", "/api Prefix")
                .doesNotContain("/ Prefix", "/q Prefix", "/openapi Prefix", "/openapi Exact");
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void keycloakPublishesItsRealmAndTheAdminConsoleOnlyInternally(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        Map<String, Object> keycloak = ofKind(objects, "Keycloak").findFirst().orElseThrow();
        String realm = str(ofKind(objects, "KeycloakRealmImport").findFirst().orElseThrow(), "spec", "realm", "realm");
        assertThat(at(keycloak, "spec", "ingress", "enabled")).as("the operator's Ingress publishes every path")
                .isEqualTo(false);
        String publicHost = URI.create(str(keycloak, "spec", "hostname", "hostname")).getHost();
        String adminHost = URI.create(str(keycloak, "spec", "hostname", "admin")).getHost();
        assertThat(adminHost).as("hostname-admin: the admin console on its own host").isNotEqualTo(publicHost);

        for (Map<String, Object> ingress : ofKind(objects, "Ingress").toList()) {
            boolean isPublic = PUBLIC_CLASS.equals(str(ingress, "spec", "ingressClassName"));
            for (Map<String, Object> rule : list(ingress, "spec", "rules")) {
                if (isPublic) {
                    assertThat(str(rule, "host")).as(name(ingress) + ": the admin host only on an internal class")
                            .isNotEqualTo(adminHost);
                }
                for (Map<String, Object> path : list(rule, "http", "paths")) {
                    if (isPublic && "ade-keycloak-service".equals(str(path, "backend", "service", "name"))) {
                        assertThat(str(rule, "host")).isEqualTo(publicHost);
                        assertThat(str(path, "pathType")).isEqualTo("Prefix");
                        assertThat(str(path, "path")).as(name(ingress) + ": public Keycloak paths")
                                .isIn("/realms/" + realm, "/resources");
                    }
                }
            }
        }
        Map<String, Object> admin = ofKind(objects, "Ingress")
                .filter(i -> list(i, "spec", "rules").stream().anyMatch(r -> adminHost.equals(str(r, "host"))))
                .findFirst().orElseThrow(() -> new AssertionError("no Ingress for the admin host " + adminHost));
        assertThat(str(admin, "spec", "ingressClassName")).isNotEqualTo(PUBLIC_CLASS);
        // the internal controller's namespace may reach Keycloak (and nothing of the ADE applications)
        String internalNamespace = "ingress-nginx-internal";
        assertThat(list(get(objects, "NetworkPolicy", "keycloak"), "spec", "ingress"))
                .flatExtracting(r -> list(r, "from"))
                .anyMatch(peer -> internalNamespace.equals(str(peer, "namespaceSelector", "matchLabels",
                        "kubernetes.io/metadata.name")));
    }

    private static List<Map<String, Object>> paths(Map<String, Object> ingress) {
        return list(ingress, "spec", "rules").stream().flatMap(r -> list(r, "http", "paths").stream()).toList();
    }
}
