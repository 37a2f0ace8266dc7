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
 * filled from a Secret), the demo users and the front-end's password grant (both only where demo users exist: the
 * local realm and the dev overlay). Brute-force protection is on everywhere. The reporter client is a machine
 * identity with the users' audience and its service account's realm role reporter in every deployment.
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
            assertThat(client(imported, "ade-reporter").get("secret")).isEqualTo("${ADE_REPORTER_CLIENT_SECRET}");
        }
    }

    @Test
    void reporterIsAMachineIdentityWithTheUsersAudienceAndItsRoleEverywhere() {
        for (Map<String, Object> realm : List.of(localRealm(),
                map(get(rendered("dev"), "KeycloakRealmImport", "ade-realm"), "spec", "realm"),
                map(get(rendered("prod"), "KeycloakRealmImport", "ade-realm"), "spec", "realm"))) {
            Map<String, Object> reporter = client(realm, "ade-reporter");
            assertThat(reporter).containsEntry("publicClient", false).containsEntry("serviceAccountsEnabled", true)
                    .containsEntry("standardFlowEnabled", false).containsEntry("implicitFlowEnabled", false)
                    .containsEntry("directAccessGrantsEnabled", false)
                    .containsEntry("clientAuthenticatorType", "client-secret");
            // the audience the services accept for users' tokens, given the way the front-end's tokens get theirs
            assertThat(reporter.get("protocolMappers")).isEqualTo(client(realm, "ade-frontend").get("protocolMappers"));
            assertThat(list(map(realm, "roles"), "realm")).anyMatch(role -> "reporter".equals(role.get("name")));
            assertThat(list(realm, "users")).filteredOn(user -> "ade-reporter".equals(user.get("serviceAccountClientId")))
                    .singleElement().satisfies(user -> {
                        assertThat(user.get("username")).isEqualTo("service-account-ade-reporter");
                        assertThat(user.get("realmRoles")).isEqualTo(List.of("reporter"));
                        assertThat(user).doesNotContainKey("credentials");
                    });
        }
        assertThat(client(localRealm(), "ade-reporter").get("secret")).isEqualTo("ade-reporter-secret");
    }

    private static Map<String, Object> client(Map<String, Object> realm, String clientId) {
        return list(realm, "clients").stream().filter(c -> clientId.equals(c.get("clientId"))).findFirst().orElseThrow();
    }

    @Test
    void demoUsersOnlyInDev() {
        Map<String, Object> dev = map(get(rendered("dev"), "KeycloakRealmImport", "ade-realm"), "spec", "realm");
        Map<String, Object> prod = map(get(rendered("prod"), "KeycloakRealmImport", "ade-realm"), "spec", "realm");
        assertThat(dev.get("users")).isEqualTo(localRealm().get("users"));
        // prod keeps only the machine identities: service accounts, no person, no password
        assertThat(list(prod, "users")).extracting(user -> user.get("username"))
                .containsExactly("service-account-ade-reporter");
        assertThat(list(prod, "users")).allSatisfy(user -> assertThat(user).doesNotContainKey("credentials")
                .containsKey("serviceAccountClientId"));
        assertThat(list(prod, "clients").get(0).get("redirectUris").toString()).doesNotContain("localhost");
        assertThat(list(prod, "clients").get(0).get("attributes").toString()).as("post-logout redirects")
                .contains("post.logout.redirect.uris=https://app.ade.example.com/*").doesNotContain("localhost");
    }

    @Test
    void passwordGrantOnlyWhereDemoUsersExist() {
        Map<String, Object> dev = map(get(rendered("dev"), "KeycloakRealmImport", "ade-realm"), "spec", "realm");
        Map<String, Object> prod = map(get(rendered("prod"), "KeycloakRealmImport", "ade-realm"), "spec", "realm");
        Map<String, Object> base = Manifests.parse(read(Manifests.deployDir()
                .resolve("k8s/infra/keycloak/realm-import.yaml"))).get(0);
        assertThat(passwordGrantClients(localRealm())).as("local realm (platform.sh, e2e tests)")
                .containsExactly("ade-frontend");
        assertThat(passwordGrantClients(dev)).as("dev overlay, with its demo users").containsExactly("ade-frontend");
        assertThat(passwordGrantClients(prod)).as("prod").isEmpty();
        assertThat(passwordGrantClients(map(base, "spec", "realm"))).as("base realm import").isEmpty();
        assertThat(list(dev, "clients").get(0).get("publicClient")).isEqualTo(true);
    }

    @Test
    void bruteForceProtectionIsOnEverywhere() {
        for (Map<String, Object> realm : List.of(localRealm(),
                map(get(rendered("dev"), "KeycloakRealmImport", "ade-realm"), "spec", "realm"),
                map(get(rendered("prod"), "KeycloakRealmImport", "ade-realm"), "spec", "realm"))) {
            assertThat(realm.get("bruteForceProtected")).isEqualTo(true);
            assertThat(realm.get("permanentLockout")).as("temporary lockouts need no admin").isEqualTo(false);
            assertThat((Integer) realm.get("failureFactor")).isBetween(3, 10);
            assertThat((Integer) realm.get("waitIncrementSeconds")).isPositive();
            assertThat((Integer) realm.get("maxFailureWaitSeconds")).isGreaterThanOrEqualTo(
                    (Integer) realm.get("waitIncrementSeconds"));
            assertThat((Integer) realm.get("minimumQuickLoginWaitSeconds")).isPositive();
        }
    }

    private static List<Object> passwordGrantClients(Map<String, Object> realm) {
        return list(realm, "clients").stream().filter(c -> Boolean.TRUE.equals(c.get("directAccessGrantsEnabled")))
                .map(c -> c.get("clientId")).toList();
    }

    @Test
    void clientSecretPlaceholdersHaveTheirSecretsInDev() {
        List<Map<String, Object>> dev = rendered("dev");
        Map<String, Object> realmImport = ofKind(dev, "KeycloakRealmImport").findFirst().orElseThrow();
        for (String placeholder : List.of("ADE_PARTNER_CLIENT_SECRET", "ADE_REPORTER_CLIENT_SECRET")) {
            String secret = str(realmImport, "spec", "placeholders", placeholder, "secret", "name");
            String key = str(realmImport, "spec", "placeholders", placeholder, "secret", "key");
            assertThat(map(get(dev, "Secret", secret), "data")).as(placeholder).containsKey(key);
        }
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
        copy.remove("directAccessGrantsEnabled"); // checked apart: passwordGrantOnlyWhereDemoUsersExist
        copy.remove("redirectUris");
        copy.remove("webOrigins");
        copy.remove("secret");
        // where a browser may land after logout is the deployment's own address, like the redirect URIs
        if (copy.get("attributes") instanceof Map<?, ?> attributes) {
            Map<Object, Object> kept = new LinkedHashMap<>(attributes);
            kept.remove("post.logout.redirect.uris");
            copy.put("attributes", kept);
        }
        return copy;
    }
}
