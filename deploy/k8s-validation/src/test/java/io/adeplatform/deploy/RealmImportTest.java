package io.adeplatform.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.adeplatform.deploy.Manifests.get;
import static io.adeplatform.deploy.Manifests.list;
import static io.adeplatform.deploy.Manifests.map;
import static io.adeplatform.deploy.Manifests.ofKind;
import static io.adeplatform.deploy.Manifests.read;
import static io.adeplatform.deploy.Manifests.rendered;
import static io.adeplatform.deploy.Manifests.repoDir;
import static io.adeplatform.deploy.Manifests.str;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KeycloakRealmImport is the repository's realm (deploy/local/keycloak/ade-realm.json): same roles, clients,
 * mappers and settings; the documented differences are the front-end URLs, the partner secret (a placeholder
 * filled from a Secret) and the demo users (dev only).
 */
class RealmImportTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> localRealm() {
        // JSON is YAML: SnakeYAML reads the realm file as it is
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(read(repoDir().resolve("deploy/local/keycloak/ade-realm.json")));
    }

    @Test
    void realmImportIsTheRepositoryRealm() {
        for (String overlay : Manifests.OVERLAYS) {
            Map<String, Object> imported = map(get(rendered(overlay), "KeycloakRealmImport", "ade-realm"), "spec", "realm");
            Map<String, Object> local = localRealm();
            assertThat(normalise(imported)).as(overlay).isEqualTo(normalise(local));
            assertThat(imported.get("roles")).isEqualTo(local.get("roles"));
            List<Map<String, Object>> localClients = list(local, "clients");
            List<Map<String, Object>> importedClients = list(imported, "clients");
            assertThat(importedClients).hasSameSizeAs(localClients);
            for (int i = 0; i < localClients.size(); i++) {
                assertThat(normaliseClient(importedClients.get(i))).as(overlay + " client " + i)
                        .isEqualTo(normaliseClient(localClients.get(i)));
            }
            Map<String, Object> partner = importedClients.stream()
                    .filter(c -> "ade-partner".equals(c.get("clientId"))).findFirst().orElseThrow();
            assertThat(partner.get("secret")).isEqualTo("${ADE_PARTNER_CLIENT_SECRET}");
        }
    }

    @Test
    void demoUsersOnlyInDev() {
        Map<String, Object> dev = map(get(rendered("dev"), "KeycloakRealmImport", "ade-realm"), "spec", "realm");
        Map<String, Object> prod = map(get(rendered("prod"), "KeycloakRealmImport", "ade-realm"), "spec", "realm");
        assertThat(dev.get("users")).isEqualTo(localRealm().get("users"));
        assertThat(prod).doesNotContainKey("users");
        assertThat(list(prod, "clients").get(0).get("redirectUris").toString()).doesNotContain("localhost");
    }

    @Test
    void partnerSecretPlaceholderHasItsSecretInDev() {
        List<Map<String, Object>> dev = rendered("dev");
        Map<String, Object> realmImport = ofKind(dev, "KeycloakRealmImport").findFirst().orElseThrow();
        String secret = str(realmImport, "spec", "placeholders", "ADE_PARTNER_CLIENT_SECRET", "secret", "name");
        String key = str(realmImport, "spec", "placeholders", "ADE_PARTNER_CLIENT_SECRET", "secret", "key");
        assertThat(map(get(dev, "Secret", secret), "data")).containsKey(key);
    }

    /** The realm settings without clients and roles (compared apart), users (dev only) and sslRequired. */
    private static Map<String, Object> normalise(Map<String, Object> realm) {
        Map<String, Object> copy = new LinkedHashMap<>(realm);
        copy.remove("clients");
        copy.remove("roles");
        copy.remove("users");
        copy.remove("sslRequired");
        return copy;
    }

    private static Map<String, Object> normaliseClient(Map<String, Object> client) {
        Map<String, Object> copy = new LinkedHashMap<>(client);
        copy.remove("redirectUris");
        copy.remove("webOrigins");
        copy.remove("secret");
        return copy;
    }
}
