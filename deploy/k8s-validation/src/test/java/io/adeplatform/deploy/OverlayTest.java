package io.adeplatform.deploy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.adeplatform.deploy.Manifests.APPS;
import static io.adeplatform.deploy.Manifests.at;
import static io.adeplatform.deploy.Manifests.get;
import static io.adeplatform.deploy.Manifests.list;
import static io.adeplatform.deploy.Manifests.name;
import static io.adeplatform.deploy.Manifests.ofKind;
import static io.adeplatform.deploy.Manifests.rendered;
import static io.adeplatform.deploy.Manifests.str;
import static org.assertj.core.api.Assertions.assertThat;

/** What distinguishes the overlays: dev is small, prod is highly available and backed up. */
class OverlayTest {

    @Test
    void everyObjectOfAnOverlayIsInItsNamespace() {
        Map.of("dev", "ade-dev", "prod", "ade").forEach((overlay, namespace) -> {
            List<Map<String, Object>> objects = rendered(overlay);
            assertThat(get(objects, "Namespace", namespace)).isNotNull();
            objects.stream().filter(o -> !"Namespace".equals(o.get("kind")))
                    .forEach(o -> assertThat(str(o, "metadata", "namespace")).as(Manifests.id(o)).isEqualTo(namespace));
        });
    }

    @Test
    void devRunsOneOfEverything() {
        List<Map<String, Object>> dev = rendered("dev");
        ofKind(dev, "Deployment").forEach(d -> assertThat(at(d, "spec", "replicas")).as(name(d)).isEqualTo(1));
        ofKind(dev, "HorizontalPodAutoscaler").forEach(h -> assertThat(at(h, "spec", "minReplicas")).isEqualTo(1));
        assertThat(at(get(dev, "KafkaNodePool", "dual-role"), "spec", "replicas")).isEqualTo(1);
        ofKind(dev, "Cluster").forEach(c -> assertThat(at(c, "spec", "instances")).isEqualTo(1));
        assertThat(at(get(dev, "Kafka", "ade-kafka"), "spec", "kafka", "config", "default.replication.factor"))
                .isEqualTo(1);
    }

    @Test
    void prodIsHighlyAvailableAndBackedUp() {
        List<Map<String, Object>> prod = rendered("prod");
        for (Map<String, Object> d : ofKind(prod, "Deployment").toList()) {
            assertThat((Integer) at(d, "spec", "replicas")).as(name(d)).isGreaterThanOrEqualTo(2);
            assertThat(list(d, "spec", "template", "spec", "affinity", "podAntiAffinity",
                    "preferredDuringSchedulingIgnoredDuringExecution")).as(name(d) + " anti-affinity").isNotEmpty();
            assertThat(str(d, "spec", "template", "spec", "affinity", "podAntiAffinity",
                    "preferredDuringSchedulingIgnoredDuringExecution", 0, "podAffinityTerm", "labelSelector",
                    "matchLabels", "app.kubernetes.io/name")).isEqualTo(name(d));
        }
        ofKind(prod, "HorizontalPodAutoscaler")
                .forEach(h -> assertThat((Integer) at(h, "spec", "minReplicas")).isGreaterThanOrEqualTo(2));
        assertThat(at(get(prod, "KafkaNodePool", "dual-role"), "spec", "replicas")).isEqualTo(3);
        Map<String, Object> config = Manifests.map(get(prod, "Kafka", "ade-kafka"), "spec", "kafka", "config");
        assertThat(config).containsEntry("default.replication.factor", 3).containsEntry("min.insync.replicas", 2)
                .containsEntry("offsets.topic.replication.factor", 3);
        assertThat(list(get(prod, "Kafka", "ade-kafka"), "spec", "kafka", "listeners"))
                .anyMatch(l -> "external".equals(l.get("name")) && Boolean.TRUE.equals(l.get("tls")));
        Set<String> scheduled = ofKind(prod, "ScheduledBackup").map(b -> str(b, "spec", "cluster", "name"))
                .collect(Collectors.toSet());
        for (Map<String, Object> c : ofKind(prod, "Cluster").toList()) {
            assertThat((Integer) at(c, "spec", "instances")).as(name(c)).isGreaterThanOrEqualTo(3);
            assertThat(str(c, "spec", "affinity", "podAntiAffinityType")).isEqualTo("required");
            assertThat(list(c, "spec", "plugins")).as(name(c) + " WAL archiving")
                    .anyMatch(p -> Boolean.TRUE.equals(p.get("isWALArchiver"))
                            && get(prod, "ObjectStore", str(p, "parameters", "barmanObjectName")) != null);
            assertThat(scheduled).as(name(c) + " scheduled backup").contains(name(c));
        }
        assertThat(ofKind(prod, "Cluster").map(Manifests::name)).containsExactlyInAnyOrder("relationship-db",
                "portfolio-db", "consumption-db", "escalation-db", "billing-db", "keycloak-db");
        assertThat((Integer) at(get(prod, "Keycloak", "ade-keycloak"), "spec", "instances")).isGreaterThanOrEqualTo(2);
        assertThat(ofKind(prod, "Secret").toList()).as("prod renders no secrets: ops create them").isEmpty();
        assertThat(APPS).hasSize(6);
    }
}
