package io.adeplatform.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.adeplatform.deploy.Manifests.SERVICES;
import static io.adeplatform.deploy.Manifests.configEnv;
import static io.adeplatform.deploy.Manifests.get;
import static io.adeplatform.deploy.Manifests.list;
import static io.adeplatform.deploy.Manifests.map;
import static io.adeplatform.deploy.Manifests.name;
import static io.adeplatform.deploy.Manifests.ofKind;
import static io.adeplatform.deploy.Manifests.podLabels;
import static io.adeplatform.deploy.Manifests.rendered;
import static io.adeplatform.deploy.Manifests.selects;
import static io.adeplatform.deploy.Manifests.str;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every PostgreSQL cluster's pods (CloudNativePG labels them cnpg.io/cluster=&lt;name&gt;) are selected by a
 * NetworkPolicy, and PostgreSQL's port admits only the owning application, the instances of the same cluster and the
 * CloudNativePG operator: no other application, namespace or address.
 */
class DatabaseAccessTest {

    private static final int POSTGRES = 5432;
    private static final Map<String, Object> KEYCLOAK_PODS = Map.of("app", "keycloak",
            "app.kubernetes.io/instance", "ade-keycloak");

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheOwnerTheClusterAndTheOperatorReachPostgres(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        List<Map<String, Object>> clusters = ofKind(objects, "Cluster").toList();
        assertThat(clusters).hasSize(6);
        for (Map<String, Object> cluster : clusters) {
            Map<String, Object> instanceLabels = Map.of("cnpg.io/cluster", name(cluster));
            Map<String, Object> owner = owner(objects, name(cluster));
            List<Map<String, Object>> policies = ofKind(objects, "NetworkPolicy")
                    .filter(p -> selects(map(p, "spec", "podSelector"), instanceLabels)).toList();
            assertThat(policies).as(name(cluster) + " selected by a NetworkPolicy").isNotEmpty();
            policies.forEach(p -> assertThat(Manifests.strings(p, "spec", "policyTypes")).contains("Ingress"));
            boolean ownerAdmitted = false;
            for (Map<String, Object> rule : policies.stream().flatMap(p -> list(p, "spec", "ingress").stream()).toList()) {
                assertThat(list(rule, "from")).as(name(cluster) + ": a rule without 'from' admits everyone").isNotEmpty();
                assertThat(list(rule, "ports")).as(name(cluster) + ": a rule without ports opens every port").isNotEmpty();
                Set<Object> ports = Set.copyOf(list(rule, "ports").stream().map(p -> p.get("port")).toList());
                for (Map<String, Object> peer : list(rule, "from")) {
                    assertThat(peer).as(name(cluster) + ": no ipBlock peers").doesNotContainKey("ipBlock");
                    String namespace = str(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name");
                    Map<String, Object> pods = map(peer, "podSelector", "matchLabels");
                    if (!ports.contains(POSTGRES)) {
                        assertThat(namespace).as(name(cluster) + ": metrics only for Prometheus").isEqualTo("monitoring");
                    } else if (namespace != null) {
                        assertThat(namespace).as(name(cluster) + ": PostgreSQL from another namespace only for the "
                                + "CloudNativePG operator").isEqualTo("cnpg-system");
                        assertThat(pods).containsEntry("app.kubernetes.io/name", "cloudnative-pg");
                    } else if (pods.equals(instanceLabels)) {
                        continue; // the other instances of this cluster: replication
                    } else {
                        assertThat(pods).as(name(cluster) + " admits only its owner").isEqualTo(owner);
                        ownerAdmitted = true;
                    }
                }
            }
            assertThat(ownerAdmitted).as(name(cluster) + " admits its owner").isTrue();
            for (Map<String, Object> other : ofKind(objects, "Deployment").toList()) {
                boolean isOwner = selects(Map.of("matchLabels", owner), podLabels(other));
                assertThat(isOwner || !admitsOnPostgres(policies, podLabels(other)))
                        .as(name(other) + " must not reach " + name(cluster)).isTrue();
            }
        }
    }

    /** The pod labels of the application using a cluster: the service whose ADE_DB_URL names it, or Keycloak. */
    private static Map<String, Object> owner(List<Map<String, Object>> objects, String cluster) {
        if (cluster.equals(str(ofKind(objects, "Keycloak").findFirst().orElseThrow(), "spec", "db", "host")
                .replaceFirst("-rw$", ""))) {
            return KEYCLOAK_PODS;
        }
        for (String service : SERVICES) {
            Map<String, Object> deployment = get(objects, "Deployment", service);
            if (configEnv(objects, deployment).get("ADE_DB_URL").contains("//" + cluster + "-rw:")) {
                return Map.of("app.kubernetes.io/name", service);
            }
        }
        throw new AssertionError("no application uses the PostgreSQL cluster " + cluster);
    }

    private static boolean admitsOnPostgres(List<Map<String, Object>> policies, Map<String, Object> labels) {
        return policies.stream().flatMap(p -> list(p, "spec", "ingress").stream())
                .filter(rule -> list(rule, "ports").stream().anyMatch(p -> Integer.valueOf(POSTGRES).equals(p.get("port"))))
                .flatMap(rule -> list(rule, "from").stream())
                .filter(peer -> !peer.containsKey("namespaceSelector"))
                .anyMatch(peer -> selects(map(peer, "podSelector"), labels));
    }
}
