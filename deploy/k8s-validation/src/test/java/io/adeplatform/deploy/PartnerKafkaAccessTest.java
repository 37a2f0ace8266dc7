package io.adeplatform.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static io.adeplatform.deploy.Manifests.at;
import static io.adeplatform.deploy.Manifests.list;
import static io.adeplatform.deploy.Manifests.map;
import static io.adeplatform.deploy.Manifests.name;
import static io.adeplatform.deploy.Manifests.ofKind;
import static io.adeplatform.deploy.Manifests.read;
import static io.adeplatform.deploy.Manifests.rendered;
import static io.adeplatform.deploy.Manifests.repoDir;
import static io.adeplatform.deploy.Manifests.str;
import static io.adeplatform.deploy.Manifests.strings;
import static io.adeplatform.deploy.TopicsAndAclsTest.allows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partners get Kafka access one by one (a KafkaUser each, from deploy/k8s/partners/kafka-user.template.yaml): they
 * read only the channels contracts/asyncapi.yaml marks {@code x-ade-partner-access: read}, whose events carry no
 * user names and no invoices, plus their own {@code partner.<name>.} prefix; they write only the channels marked
 * {@code write}; their consumer groups are their own. From outside the cluster (prod) only from listed networks.
 */
class PartnerKafkaAccessTest {

    private static final String PARTNER_LABEL = "ade-platform/partner";
    /** Payload fields that name users (account teams, owners, whoever acted) or are about them. */
    private static final Pattern USER_FIELD = Pattern.compile(
            "(?i)^(username|accountTeam|owner|watchers|attendees|deliveryManager|approver|approvals|\\w+By)$");

    /** x-ade-partner-access of each asyncapi channel, by topic. */
    @SuppressWarnings("unchecked")
    static Map<String, String> partnerAccess() {
        Map<String, String> access = new TreeMap<>();
        map(asyncApi(), "channels").values().forEach(channel -> {
            Map<String, Object> c = (Map<String, Object>) channel;
            access.put(str(c, "address"), str(c, "x-ade-partner-access"));
        });
        return access;
    }

    private static Map<String, Object> asyncApi() {
        return Manifests.parse(read(repoDir().resolve("contracts/asyncapi.yaml"))).get(0);
    }

    /** The payload property names (at any depth) of every message of a channel. */
    @SuppressWarnings("unchecked")
    static Map<String, Set<String>> payloadFields(String topic) {
        Map<String, Object> doc = asyncApi();
        Map<String, Object> channel = map(doc, "channels").values().stream().map(c -> (Map<String, Object>) c)
                .filter(c -> topic.equals(c.get("address"))).findFirst().orElseThrow();
        Map<String, Set<String>> fields = new TreeMap<>();
        map(channel, "messages").forEach((message, ref) -> {
            String component = str(ref, "$ref").replace("#/components/messages/", "");
            String schemaFile = str(doc, "components", "messages", component, "payload", "$ref");
            Path schema = repoDir().resolve("contracts").resolve(schemaFile).normalize();
            Set<String> names = new TreeSet<>();
            collectProperties(Manifests.parse(read(schema)).get(0), names);
            fields.put(message, names);
        });
        assertThat(fields).as("messages of " + topic).isNotEmpty();
        return fields;
    }

    private static void collectProperties(Object node, Set<String> names) {
        if (node instanceof Map<?, ?> m) {
            if (m.get("properties") instanceof Map<?, ?> props) {
                props.keySet().forEach(k -> names.add(String.valueOf(k)));
            }
            m.values().forEach(v -> collectProperties(v, names));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectProperties(v, names));
        }
    }

    private static List<String> internalData(String topic) {
        List<String> found = new ArrayList<>();
        payloadFields(topic).forEach((message, fields) -> {
            fields.stream().filter(f -> USER_FIELD.matcher(f).matches()).forEach(f -> found.add(message + "." + f));
            if (message.toLowerCase().contains("invoice") || message.toLowerCase().contains("creditnote")) {
                found.add(message + " (an invoice)");
            }
        });
        return found;
    }

    @Test
    void everyChannelDeclaresItsPartnerAccessAndPartnerReadableOnesCarryNoInternalData() {
        Map<String, String> access = partnerAccess();
        assertThat(access.values()).as("x-ade-partner-access on every channel").allMatch(a -> Set.of("read", "write",
                "none").contains(a));
        access.entrySet().stream().filter(e -> e.getValue().equals("read")).forEach(e ->
                assertThat(internalData(e.getKey())).as(e.getKey() + " is partner-readable").isEmpty());
        assertThat(access).containsEntry("consumption.usage.ingest", "write");
        // the check finds what it looks for: these carry user names or invoices
        assertThat(internalData("relationship.customer.events"))
                .contains("AccountTeamChanged.username", "AccountTeamChangedV1.accountTeam");
        assertThat(internalData("relationship.customer-state.events")).contains("CustomerState.accountTeam");
        assertThat(internalData("billing.invoice.events")).isNotEmpty();
        assertThat(access).containsEntry("relationship.customer.events", "none")
                .containsEntry("relationship.customer-state.events", "none")
                .containsEntry("billing.invoice.events", "none");
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void eachPartnerReadsOnlyPartnerChannelsAndItsOwnPrefix(String overlay) {
        List<Map<String, Object>> users = ofKind(rendered(overlay), "KafkaUser")
                .filter(u -> !Manifests.SERVICES.contains(name(u))).toList();
        for (Map<String, Object> user : users) {
            String partner = str(user, "metadata", "labels", PARTNER_LABEL);
            assertThat(partner).as(name(user) + ": a KafkaUser that is not a service's is a partner's").isNotNull();
            Map<String, Object> metadata = new java.util.LinkedHashMap<>(map(user, "metadata"));
            metadata.remove("namespace"); // set by the overlay
            Map<String, Object> withoutNamespace = new java.util.LinkedHashMap<>(user);
            withoutNamespace.put("metadata", metadata);
            assertThat(withoutNamespace).as(name(user) + " is the template for partner " + partner)
                    .isEqualTo(fromTemplate(partner));
        }
        if (overlay.equals("dev")) {
            assertThat(users).as("dev has an example partner").isNotEmpty();
        }
    }

    @Test
    void theTemplateGrantsExactlyThePartnerRules() {
        String partner = "acme";
        Map<String, Object> user = fromTemplate(partner);
        assertThat(SchemaValidationTest.validate(user)).isEmpty();
        assertThat(name(user)).isEqualTo("partner-acme");
        List<Map<String, Object>> acls = list(user, "spec", "authorization", "acls");
        String own = "partner." + partner + ".";
        partnerAccess().forEach((topic, access) -> {
            assertThat(allows(acls, "topic", topic, "Read")).as("reads " + topic).isEqualTo(access.equals("read"));
            assertThat(allows(acls, "topic", topic, "Write")).as("writes " + topic).isEqualTo(access.equals("write"));
        });
        for (Map<String, Object> acl : acls) {
            String resource = str(acl, "resource", "name");
            assertThat(resource).as("no wildcard").isNotEqualTo("*");
            assertThat(str(acl, "type")).as("allow rules only").isIn(null, "allow");
            assertThat(strings(acl, "operations")).isSubsetOf("Read", "Write", "Describe");
            if ("prefix".equals(str(acl, "resource", "patternType"))) {
                assertThat(resource).as("prefixes only of its own").isEqualTo(own);
            } else {
                assertThat(str(acl, "resource", "type")).isEqualTo("topic");
                assertThat(partnerAccess()).as("literal topics are asyncapi channels open to partners")
                        .containsKey(resource);
                assertThat(partnerAccess().get(resource)).isNotEqualTo("none");
            }
        }
        assertThat(allows(acls, "topic", own + "usage.events", "Read")).isTrue();
        assertThat(allows(acls, "topic", "partner.other.usage.events", "Read")).as("another partner's prefix").isFalse();
        assertThat(allows(acls, "group", own + "reader", "Read")).isTrue();
        assertThat(allows(acls, "group", "billing-service.engagement-events", "Read")).isFalse();
        assertThat(allows(acls, "topic", "relationship.customer.events.billing-service.customer-projection.dlq", "Read")).isFalse();
    }

    @Test
    void partnersReachTheProdListenerOnlyFromListedNetworks() {
        Map<String, Object> kafka = ofKind(rendered("prod"), "Kafka").findFirst().orElseThrow();
        List<Map<String, Object>> external = list(kafka, "spec", "kafka", "listeners").stream()
                .filter(l -> !"internal".equals(l.get("type"))).toList();
        assertThat(external).isNotEmpty();
        for (Map<String, Object> listener : external) {
            assertThat(at(listener, "tls")).isEqualTo(true);
            assertThat(str(listener, "authentication", "type")).isEqualTo("scram-sha-512");
            List<String> ranges = strings(listener, "configuration", "loadBalancerSourceRanges");
            assertThat(ranges).as("listener " + listener.get("name") + " source ranges").isNotEmpty()
                    .noneMatch(r -> r.endsWith("/0"));
        }
        assertThat(list(ofKind(rendered("dev"), "Kafka").findFirst().orElseThrow(), "spec", "kafka", "listeners"))
                .as("dev: no listener outside the cluster").allMatch(l -> "internal".equals(l.get("type")));
    }

    static Map<String, Object> fromTemplate(String partner) {
        String template = read(Manifests.deployDir().resolve("k8s/partners/kafka-user.template.yaml"));
        return Manifests.parse(template.replace("PARTNER_NAME", partner)).get(0);
    }
}
