package io.adeplatform.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.adeplatform.deploy.Manifests.APPS;
import static io.adeplatform.deploy.Manifests.SERVICES;
import static io.adeplatform.deploy.Manifests.configEnv;
import static io.adeplatform.deploy.Manifests.get;
import static io.adeplatform.deploy.Manifests.id;
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
 * Only the gateway is reachable from outside the namespace (through the ingress controller, on its API port); a
 * service accepts only the gateway on its API port; Prometheus reaches only the management port (health, metrics).
 * A service reaches only DNS, its own database, Kafka and Keycloak.
 * Every ADE pod is covered by a default-deny policy, so anything not listed is refused.
 */
class NetworkPolicyTest {

    private static final String INGRESS_NAMESPACE = "ingress-nginx";
    private static final String MONITORING_NAMESPACE = "monitoring";

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyApplicationPodIsDeniedByDefault(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        List<Map<String, Object>> denyAll = ofKind(objects, "NetworkPolicy")
                .filter(p -> list(p, "spec", "ingress").isEmpty() && list(p, "spec", "egress").isEmpty()
                        && Manifests.strings(p, "spec", "policyTypes").containsAll(List.of("Ingress", "Egress")))
                .toList();
        for (String app : APPS.keySet()) {
            Map<String, Object> labels = podLabels(get(objects, "Deployment", app));
            assertThat(denyAll).as(app + " covered by a default-deny policy")
                    .anyMatch(p -> selects(map(p, "spec", "podSelector"), labels));
        }
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayIsReachableFromOutside(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        for (String app : APPS.keySet()) {
            Map<String, Object> labels = podLabels(get(objects, "Deployment", app));
            int port = APPS.get(app);
            List<Map<String, Object>> rules = ofKind(objects, "NetworkPolicy")
                    .filter(p -> selects(map(p, "spec", "podSelector"), labels))
                    .flatMap(p -> list(p, "spec", "ingress").stream()).toList();
            assertThat(rules).as(app + " has ingress rules").isNotEmpty();
            for (Map<String, Object> rule : rules) {
                List<Map<String, Object>> from = list(rule, "from");
                assertThat(from).as(app + ": a rule without 'from' admits everyone").isNotEmpty();
                assertThat(list(rule, "ports")).as(app + ": a rule without ports opens every port").isNotEmpty();
                Set<Object> ports = Set.copyOf(list(rule, "ports").stream().map(p -> p.get("port")).toList());
                for (Map<String, Object> peer : from) {
                    assertThat(peer).as(app + ": no ipBlock peers").doesNotContainKey("ipBlock");
                    String namespace = str(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name");
                    if (peer.containsKey("namespaceSelector")) {
                        assertThat(namespace).as(app + ": other namespaces only by name").isNotNull();
                        assertThat(peer).as(app + ": whole namespace, not a pod in it").doesNotContainKey("podSelector");
                        if (MONITORING_NAMESPACE.equals(namespace)) {
                            assertThat(ports).as(app + ": Prometheus reaches only the management port")
                                    .isEqualTo(Set.of(CrossReferenceTest.MANAGEMENT_PORT));
                        } else {
                            assertThat(app).as(app + " reachable from outside only by Prometheus").isEqualTo("gateway");
                            assertThat(namespace).isEqualTo(INGRESS_NAMESPACE);
                            assertThat(ports).as("the ingress controller reaches only the gateway's API port")
                                    .isEqualTo(Set.of(port));
                        }
                    } else {
                        Map<String, Object> selector = map(peer, "podSelector");
                        assertThat(app).as("only services accept in-namespace callers").isNotEqualTo("gateway");
                        assertThat(map(selector, "matchLabels")).as(app + " accepts only the gateway")
                                .isEqualTo(Map.of("app.kubernetes.io/name", "gateway"));
                        assertThat(ports).as(app + ": the gateway reaches only the API port").isEqualTo(Set.of(port));
                    }
                }
            }
        }
        // the Ingresses expose the gateway and Keycloak and nothing else (which paths: PublicExposureTest)
        ofKind(objects, "Ingress").flatMap(i -> list(i, "spec", "rules").stream())
                .flatMap(r -> list(r, "http", "paths").stream())
                .forEach(p -> assertThat(str(p, "backend", "service", "name")).isIn("gateway", "ade-keycloak-service"));
        // Kafka's TLS listener admits only the ADE applications (Strimzi turns networkPolicyPeers into a policy)
        Map<String, Object> kafka = ofKind(objects, "Kafka").findFirst().orElseThrow();
        list(kafka, "spec", "kafka", "listeners").stream().filter(l -> "internal".equals(l.get("type")))
                .forEach(l -> assertThat(list(l, "networkPolicyPeers")).as("listener " + l.get("name")).isNotEmpty());
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceReachesOnlyDnsItsDatabaseKafkaAndKeycloak(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        for (String service : SERVICES) {
            Map<String, Object> d = get(objects, "Deployment", service);
            String dbUrl = configEnv(objects, d).get("ADE_DB_URL");
            String cluster = dbUrl.replaceFirst("^jdbc:postgresql://([a-z0-9-]+)-rw:.*$", "$1");
            List<Map<String, Object>> egress = ofKind(objects, "NetworkPolicy")
                    .filter(p -> selects(map(p, "spec", "podSelector"), podLabels(d)))
                    .flatMap(p -> list(p, "spec", "egress").stream()).toList();
            boolean dns = false;
            boolean db = false;
            boolean kafka = false;
            boolean keycloak = false;
            for (Map<String, Object> rule : egress) {
                assertThat(list(rule, "to")).as(service + ": egress without 'to' reaches everything").isNotEmpty();
                assertThat(list(rule, "ports")).as(service + ": egress without ports").isNotEmpty();
                for (Map<String, Object> peer : list(rule, "to")) {
                    Map<String, Object> labels = map(peer, "podSelector", "matchLabels");
                    String ns = str(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name");
                    Set<Object> ports = Set.copyOf(list(rule, "ports").stream().map(p -> p.get("port")).toList());
                    if ("kube-system".equals(ns) && "kube-dns".equals(labels.get("k8s-app"))) {
                        dns = ports.equals(Set.of(53));
                    } else if (peer.containsKey("namespaceSelector")) {
                        throw new AssertionError(service + ": egress to another namespace " + peer);
                    } else if (labels.containsKey("cnpg.io/cluster")) {
                        assertThat(labels.get("cnpg.io/cluster")).as(service + " reaches only its own database")
                                .isEqualTo(cluster);
                        assertThat(ports).isEqualTo(Set.of(5432));
                        db = true;
                    } else if (labels.containsKey("strimzi.io/cluster")) {
                        assertThat(labels).containsEntry("strimzi.io/kind", "Kafka");
                        assertThat(ports).isEqualTo(Set.of(9093));
                        kafka = true;
                    } else if ("keycloak".equals(labels.get("app"))) {
                        assertThat(ports).isEqualTo(Set.of(8080));
                        keycloak = true;
                    } else {
                        throw new AssertionError(service + ": unexpected egress peer " + peer + " in "
                                + egress.stream().map(Object::toString).toList());
                    }
                }
            }
            assertThat(List.of(dns, db, kafka, keycloak)).as(service + " dns, db, kafka, keycloak").containsOnly(true);
        }
        // the gateway reaches the five services and Keycloak, no database and no Kafka
        Map<String, Object> gateway = get(objects, "Deployment", "gateway");
        ofKind(objects, "NetworkPolicy").filter(p -> selects(map(p, "spec", "podSelector"), podLabels(gateway)))
                .flatMap(p -> list(p, "spec", "egress").stream()).flatMap(r -> list(r, "to").stream())
                .map(peer -> map(peer, "podSelector", "matchLabels"))
                .forEach(labels -> assertThat(labels).as("gateway egress").doesNotContainKeys("cnpg.io/cluster",
                        "strimzi.io/cluster"));
        assertThat(ofKind(objects, "NetworkPolicy").map(p -> id(p))).contains("NetworkPolicy/gateway");
        ofKind(objects, "NetworkPolicy").forEach(p -> assertThat(name(p)).isNotBlank());
    }
}
