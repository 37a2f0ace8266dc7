package io.adeplatform.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.adeplatform.deploy.Manifests.APPS;
import static io.adeplatform.deploy.Manifests.SERVICES;
import static io.adeplatform.deploy.Manifests.at;
import static io.adeplatform.deploy.Manifests.configEnv;
import static io.adeplatform.deploy.Manifests.container;
import static io.adeplatform.deploy.Manifests.find;
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
 * What the Deployments name exists: ConfigMaps, Secrets (rendered, or created by an operator from a rendered
 * resource), ServiceAccounts, the database, Kafka and Keycloak behind the configuration, the gateway's route
 * targets; Services, HPAs, PDBs, ServiceMonitors and the Ingress point at real Deployments and ports; probes use
 * the container port and the /q/health paths; requests and limits cover the measured RSS.
 */
class CrossReferenceTest {

    /** Quarkus's management interface: health and metrics, apart from the API. */
    static final int MANAGEMENT_PORT = 9000;

    /** Measured RSS in MB (root README, "Measured"): the memory request must be above it. */
    private static final Map<String, Integer> MEASURED_RSS_MB = Map.of(
            "gateway", 160, "relationship-service", 259, "portfolio-service", 242, "consumption-service", 238,
            "escalation-service", 247, "billing-service", 263);

    /**
     * Secrets that operators create from rendered resources, with the keys they hold: Strimzi's User Operator
     * (one per KafkaUser, named after it), Strimzi's Cluster Operator (the cluster CA certificate), CloudNativePG
     * (the application owner's credentials, {@code <cluster>-app}).
     */
    /**
     * Secrets kept out of git in prod: ops create them before the first apply (deploy/README.md, checked below), dev
     * generates them.
     */
    static final Map<String, Set<String>> CREATED_BY_OPS = Map.of("ade-reporter-client", Set.of("client-secret"));

    static Map<String, Set<String>> operatorSecrets(List<Map<String, Object>> objects) {
        Map<String, Set<String>> secrets = new HashMap<>(CREATED_BY_OPS);
        ofKind(objects, "KafkaUser").forEach(u -> secrets.put(name(u), Set.of("password", "sasl.jaas.config")));
        ofKind(objects, "Kafka").forEach(k -> secrets.put(name(k) + "-cluster-ca-cert",
                Set.of("ca.crt", "ca.p12", "ca.password")));
        ofKind(objects, "Cluster").forEach(c -> secrets.put(name(c) + "-app",
                Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass")));
        ofKind(objects, "Secret").forEach(s -> secrets.put(name(s), map(s, "data").keySet().isEmpty()
                ? map(s, "stringData").keySet() : map(s, "data").keySet()));
        return secrets;
    }

    @Test
    void theSecretsLeftToOpsAreInTheirRunbook() throws java.io.IOException {
        String runbook = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        CREATED_BY_OPS.forEach((secret, keys) -> keys.forEach(key -> assertThat(runbook)
                .contains("create secret generic " + secret + " --from-literal=" + key + "=")));
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyConfigMapSecretAndServiceAccountADeploymentNamesExists(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        Map<String, Set<String>> secrets = operatorSecrets(objects);
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> deployments = ofKind(objects, "Deployment").toList();
        assertThat(deployments).extracting(Manifests::name).containsExactlyInAnyOrderElementsOf(APPS.keySet());
        for (Map<String, Object> d : deployments) {
            Map<String, Object> pod = map(d, "spec", "template", "spec");
            String sa = str(pod, "serviceAccountName");
            if (sa == null || find(objects, "ServiceAccount", sa).isEmpty()) {
                problems.add(id(d) + ": ServiceAccount " + sa + " missing");
            }
            for (Map<String, Object> c : list(pod, "containers")) {
                for (Map<String, Object> from : list(c, "envFrom")) {
                    String cm = str(from, "configMapRef", "name");
                    if (cm != null && find(objects, "ConfigMap", cm).isEmpty()) {
                        problems.add(id(d) + ": envFrom ConfigMap " + cm + " missing");
                    }
                    String secret = str(from, "secretRef", "name");
                    if (secret != null && !secrets.containsKey(secret)) {
                        problems.add(id(d) + ": envFrom Secret " + secret + " missing");
                    }
                }
                for (Map<String, Object> e : list(c, "env")) {
                    Map<String, Object> secretRef = map(e, "valueFrom", "secretKeyRef");
                    if (!secretRef.isEmpty()) {
                        Set<String> keys = secrets.get(str(secretRef, "name"));
                        if (keys == null) {
                            problems.add(id(d) + ": env " + str(e, "name") + " names missing Secret "
                                    + str(secretRef, "name"));
                        } else if (!keys.contains(str(secretRef, "key"))) {
                            problems.add(id(d) + ": Secret " + str(secretRef, "name") + " has no key "
                                    + str(secretRef, "key"));
                        }
                    }
                    Map<String, Object> cmRef = map(e, "valueFrom", "configMapKeyRef");
                    if (!cmRef.isEmpty() && find(objects, "ConfigMap", str(cmRef, "name"))
                            .map(cm -> !map(cm, "data").containsKey(str(cmRef, "key"))).orElse(true)) {
                        problems.add(id(d) + ": ConfigMap key " + cmRef + " missing");
                    }
                }
            }
            for (Map<String, Object> v : list(pod, "volumes")) {
                String secret = str(v, "secret", "secretName");
                if (secret != null) {
                    Set<String> keys = secrets.get(secret);
                    if (keys == null) {
                        problems.add(id(d) + ": volume Secret " + secret + " missing");
                    } else {
                        list(v, "secret", "items").stream().map(i -> str(i, "key")).filter(k -> !keys.contains(k))
                                .forEach(k -> problems.add(id(d) + ": volume Secret " + secret + " has no key " + k));
                    }
                }
                String cm = str(v, "configMap", "name");
                if (cm != null && find(objects, "ConfigMap", cm).isEmpty()) {
                    problems.add(id(d) + ": volume ConfigMap " + cm + " missing");
                }
            }
            Set<String> volumeNames = new HashSet<>(list(pod, "volumes").stream().map(v -> str(v, "name")).toList());
            list(container(d), "volumeMounts").stream().map(m -> str(m, "name")).filter(n -> !volumeNames.contains(n))
                    .forEach(n -> problems.add(id(d) + ": volumeMount of undeclared volume " + n));
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void probesPortsAndResourcesMatchTheServices(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        for (Map<String, Object> d : ofKind(objects, "Deployment").toList()) {
            String app = name(d);
            Map<String, Object> c = container(d);
            int port = APPS.get(app);
            assertThat(list(c, "ports")).as(app + " ports: the API, then health and metrics").hasSize(2);
            assertThat(list(c, "ports").get(0)).containsEntry("containerPort", port).containsEntry("name", "http");
            assertThat(list(c, "ports").get(1)).containsEntry("containerPort", MANAGEMENT_PORT)
                    .containsEntry("name", "management");
            assertThat(configEnv(objects, d)).as(app + " ports").containsEntry("QUARKUS_HTTP_PORT", String.valueOf(port))
                    .containsEntry("QUARKUS_MANAGEMENT_ENABLED", "true")
                    .containsEntry("QUARKUS_MANAGEMENT_PORT", String.valueOf(MANAGEMENT_PORT));
            if (!app.equals("gateway")) {
                // without it a service trusts no proxy and writes its internal host into Location (issue 14)
                assertThat(configEnv(objects, d)).as(app + ": forwarding headers trusted from the pod network only")
                        .containsKey("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES");
            }
            Map<String, String> paths = Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                    "readinessProbe", "/q/health/ready");
            paths.forEach((probe, path) -> {
                assertThat(str(c, probe, "httpGet", "path")).as(app + " " + probe + " path").isEqualTo(path);
                Object probePort = at(c, probe, "httpGet", "port");
                assertThat(probePort).as(app + " " + probe + " on the management port").isIn("management", MANAGEMENT_PORT);
            });
            assertThat(at(d, "spec", "template", "spec", "securityContext", "runAsNonRoot")).isEqualTo(true);
            assertThat(at(c, "securityContext", "readOnlyRootFilesystem")).as(app).isEqualTo(true);
            assertThat(at(c, "securityContext", "allowPrivilegeEscalation")).as(app).isEqualTo(false);
            assertThat(list(c, "volumeMounts")).as(app + " writable /tmp").anyMatch(m -> "/tmp".equals(m.get("mountPath")));
            long request = mebibytes(str(c, "resources", "requests", "memory"));
            long limit = mebibytes(str(c, "resources", "limits", "memory"));
            assertThat(request * 1024 * 1024).as(app + " memory request above measured RSS")
                    .isGreaterThan(MEASURED_RSS_MB.get(app) * 1_000_000L);
            assertThat(limit).as(app + " memory limit").isGreaterThanOrEqualTo(request);
            assertThat(str(c, "resources", "requests", "cpu")).as(app + " cpu request").isNotNull();
            // Quarkus names an image <group>/<quarkus.application.name>; the images profile sets the group ade-platform
            assertThat(str(c, "image")).as(app + " image").matches("^([a-z0-9.:-]+/)?ade-platform/" + app + ":[\\w.-]+$");
        }
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void servicesHpasPdbsMonitorsAndIngressPointAtRealTargets(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        List<Map<String, Object>> deployments = ofKind(objects, "Deployment").toList();
        for (Map<String, Object> svc : ofKind(objects, "Service").toList()) {
            List<Map<String, Object>> backing = deployments.stream()
                    .filter(d -> selects(Map.of("matchLabels", map(svc, "spec", "selector")), podLabels(d))).toList();
            assertThat(backing).as(id(svc) + " selects exactly one Deployment").hasSize(1);
            for (Map<String, Object> p : list(svc, "spec", "ports")) {
                Object target = p.get("targetPort");
                assertThat(list(container(backing.get(0)), "ports"))
                        .as(id(svc) + " targetPort " + target)
                        .anyMatch(cp -> target.equals(cp.get("name")) || target.equals(cp.get("containerPort")));
            }
            assertThat(at(svc, "spec", "ports", 0, "port")).as(id(svc)).isEqualTo(APPS.get(name(svc)));
        }
        for (Map<String, Object> hpa : ofKind(objects, "HorizontalPodAutoscaler").toList()) {
            assertThat(find(objects, str(hpa, "spec", "scaleTargetRef", "kind"),
                    str(hpa, "spec", "scaleTargetRef", "name"))).as(id(hpa)).isPresent();
        }
        assertThat(ofKind(objects, "HorizontalPodAutoscaler").map(Manifests::name)).containsExactlyInAnyOrderElementsOf(APPS.keySet());
        for (Map<String, Object> pdb : ofKind(objects, "PodDisruptionBudget").toList()) {
            assertThat(deployments).as(id(pdb)).filteredOn(d -> selects(map(pdb, "spec", "selector"), podLabels(d)))
                    .hasSize(1);
        }
        assertThat(ofKind(objects, "PodDisruptionBudget").map(Manifests::name)).containsExactlyInAnyOrderElementsOf(APPS.keySet());
        for (Map<String, Object> sm : ofKind(objects, "ServiceMonitor").toList()) {
            List<Map<String, Object>> services = ofKind(objects, "Service")
                    .filter(s -> selects(map(sm, "spec", "selector"), map(s, "metadata", "labels"))).toList();
            assertThat(services).as(id(sm)).hasSize(1);
            for (Map<String, Object> ep : list(sm, "spec", "endpoints")) {
                assertThat(ep).containsEntry("path", "/q/metrics").as(id(sm) + " scrapes the management port")
                        .containsEntry("port", "management");
                assertThat(list(services.get(0), "spec", "ports")).anyMatch(p -> ep.get("port").equals(p.get("name")));
            }
        }
        assertThat(ofKind(objects, "ServiceMonitor").map(Manifests::name)).containsExactlyInAnyOrderElementsOf(APPS.keySet());
        List<Map<String, Object>> ingresses = ofKind(objects, "Ingress").toList();
        assertThat(ingresses).extracting(Manifests::name)
                .containsExactlyInAnyOrder("gateway", "cockpit", "keycloak-public", "keycloak-admin");
        Map<String, Object> keycloak = ofKind(objects, "Keycloak").findFirst().orElseThrow();
        for (Map<String, Object> ing : ingresses) {
            assertThat(list(ing, "spec", "tls")).as("TLS on " + id(ing)).isNotEmpty();
            for (Map<String, Object> rule : list(ing, "spec", "rules")) {
                assertThat(list(ing, "spec", "tls")).anyMatch(t -> Manifests.strings(t, "hosts").contains(str(rule, "host")));
                for (Map<String, Object> path : list(rule, "http", "paths")) {
                    String backend = str(path, "backend", "service", "name");
                    if (backend.equals(name(keycloak) + "-service")) {
                        // the Keycloak operator makes this Service, with the HTTP port of the Keycloak resource
                        assertThat(str(path, "backend", "service", "port", "number")).as(id(ing))
                                .isEqualTo(str(keycloak, "spec", "http", "httpPort"));
                        continue;
                    }
                    Map<String, Object> svc = get(objects, "Service", backend);
                    assertThat(list(svc, "spec", "ports")).anyMatch(p -> p.get("name").equals(str(path, "backend",
                            "service", "port", "name")));
                }
            }
        }
    }

    private static final Pattern JDBC = Pattern.compile("^jdbc:postgresql://([a-z0-9-]+)-rw:5432/([a-z0-9_]+)$");
    private static final Pattern BOOTSTRAP = Pattern.compile("^([a-z0-9-]+)-kafka-bootstrap:(\\d+)$");
    private static final Pattern OIDC_URL = Pattern.compile("^http://([a-z0-9-]+)-service:(\\d+)/realms/([a-z0-9-]+)$");

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void configurationNamesTheRealDatabaseKafkaAndKeycloak(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        Map<String, Object> keycloak = ofKind(objects, "Keycloak").findFirst().orElseThrow();
        Map<String, Object> realmImport = ofKind(objects, "KeycloakRealmImport").findFirst().orElseThrow();
        assertThat(str(realmImport, "spec", "keycloakCRName")).isEqualTo(name(keycloak));
        String realm = str(realmImport, "spec", "realm", "realm");
        for (String app : APPS.keySet()) {
            Map<String, Object> d = get(objects, "Deployment", app);
            Map<String, String> env = configEnv(objects, d);
            Matcher oidc = OIDC_URL.matcher(env.getOrDefault("ADE_OIDC_URL", ""));
            assertThat(oidc.matches()).as(app + " ADE_OIDC_URL " + env.get("ADE_OIDC_URL")).isTrue();
            assertThat(oidc.group(1)).isEqualTo(name(keycloak));
            assertThat(oidc.group(2)).isEqualTo(str(keycloak, "spec", "http", "httpPort"));
            assertThat(at(keycloak, "spec", "http", "httpEnabled")).isEqualTo(true);
            assertThat(oidc.group(3)).isEqualTo(realm);
            assertThat(env.get("ADE_OIDC_ISSUER")).as(app + " issuer = Keycloak's public hostname + realm")
                    .isEqualTo(str(keycloak, "spec", "hostname", "hostname") + "/realms/" + realm);
            if (app.equals("gateway")) {
                continue;
            }
            Matcher jdbc = JDBC.matcher(env.getOrDefault("ADE_DB_URL", ""));
            assertThat(jdbc.matches()).as(app + " ADE_DB_URL " + env.get("ADE_DB_URL")).isTrue();
            Map<String, Object> cluster = get(objects, "Cluster", jdbc.group(1));
            assertThat(str(cluster, "spec", "bootstrap", "initdb", "database")).isEqualTo(jdbc.group(2));
            assertThat(jdbc.group(2)).as("database named after the service").isEqualTo(app.replace("-service", ""));
            for (Map<String, Object> e : list(container(d), "env")) {
                if (str(e, "name").startsWith("ADE_DB_")) {
                    assertThat(str(e, "valueFrom", "secretKeyRef", "name")).as(app + " DB credentials of its own cluster")
                            .isEqualTo(name(cluster) + "-app");
                }
            }
            Matcher bootstrap = BOOTSTRAP.matcher(env.getOrDefault("ADE_KAFKA_BOOTSTRAP", ""));
            assertThat(bootstrap.matches()).as(app + " ADE_KAFKA_BOOTSTRAP").isTrue();
            Map<String, Object> kafka = get(objects, "Kafka", bootstrap.group(1));
            Map<String, Object> listener = list(kafka, "spec", "kafka", "listeners").stream()
                    .filter(l -> String.valueOf(l.get("port")).equals(bootstrap.group(2))).findFirst()
                    .orElseThrow(() -> new AssertionError(app + ": no Kafka listener on " + bootstrap.group(2)));
            assertThat(listener).containsEntry("type", "internal").containsEntry("tls", true);
            assertThat(str(listener, "authentication", "type")).isEqualTo("scram-sha-512");
            assertThat(env).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                    .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
            assertThat(list(container(d), "env")).as(app + " Kafka credentials of its own KafkaUser")
                    .anyMatch(e -> "KAFKA_SASL_JAAS_CONFIG".equals(e.get("name"))
                            && app.equals(str(e, "valueFrom", "secretKeyRef", "name")));
            assertThat(get(objects, "KafkaUser", app)).isNotNull();
            assertThat(str(get(objects, "KafkaUser", app), "metadata", "labels", "strimzi.io/cluster")).isEqualTo(name(kafka));
        }
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void gatewayRoutesReachEveryService(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        Map<String, String> env = configEnv(objects, get(objects, "Deployment", "gateway"));
        for (String service : SERVICES) {
            String route = service.replace("-service", "").toUpperCase();
            String target = env.get("ADE_GATEWAY_ROUTES_" + route + "_TARGET");
            assertThat(target).as("route " + route).isEqualTo("http://" + service + ":" + APPS.get(service));
            Map<String, Object> svc = get(objects, "Service", service);
            assertThat(at(svc, "spec", "ports", 0, "port")).isEqualTo(APPS.get(service));
        }
        assertThat(env.get("ADE_GATEWAY_CORS_ORIGINS")).isNotBlank();
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        if (quantity.endsWith("Mi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2));
        }
        throw new AssertionError("memory quantities are written in Mi or Gi here: " + quantity);
    }
}
