package io.adeplatform.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.adeplatform.deploy.Manifests.SERVICES;
import static io.adeplatform.deploy.Manifests.list;
import static io.adeplatform.deploy.Manifests.name;
import static io.adeplatform.deploy.Manifests.ofKind;
import static io.adeplatform.deploy.Manifests.read;
import static io.adeplatform.deploy.Manifests.rendered;
import static io.adeplatform.deploy.Manifests.repoDir;
import static io.adeplatform.deploy.Manifests.str;
import static io.adeplatform.deploy.Manifests.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every topic a service's configuration uses (its application.properties, plus the customer projection's channel
 * for the services that depend on platform/customer-projection), every topic it publishes through its outbox and
 * every channel of contracts/asyncapi.yaml has a KafkaTopic; each service's KafkaUser allows exactly what it needs
 * (partners: PartnerKafkaAccessTest).
 */
class TopicsAndAclsTest {

    /** Topics published through each service's outbox ({@code <domain>.<aggregate>.events}; DESIGN.md, Events). */
    static final Map<String, List<String>> PUBLISHES = Map.of(
            "relationship-service", List.of("relationship.customer.events", "relationship.customer-state.events",
                    "relationship.satisfaction.events"),
            "portfolio-service", List.of("portfolio.engagement.events"),
            "consumption-service", List.of("consumption.usage.events", "consumption.commitment.events"),
            "escalation-service", List.of("escalation.escalation.events"),
            "billing-service", List.of("billing.contract.events", "billing.invoice.events"));

    record Channel(String topic, String groupId, String deadLetterTopic) {
    }

    /** The incoming Kafka channels of a service, with ${quarkus.application.name} resolved and conventions applied. */
    static List<Channel> channels(String service) {
        Path repo = repoDir();
        Properties props = load(repo.resolve(service).resolve("src/main/resources/application.properties"));
        String pom = read(repo.resolve(service).resolve("pom.xml"));
        for (String projection : List.of("customer-projection", "reference-projection")) {
            if (pom.contains("<artifactId>ade-platform-" + projection + "</artifactId>")) {
                load(repo.resolve("platform/" + projection + "/src/main/resources/META-INF/microprofile-config.properties"))
                        .forEach(props::putIfAbsent);
            }
        }
        String app = props.getProperty("quarkus.application.name");
        assertThat(app).isEqualTo(service);
        Pattern topicKey = Pattern.compile("^mp\\.messaging\\.incoming\\.([^.]+)\\.topic$");
        List<Channel> channels = new ArrayList<>();
        for (String key : new TreeSet<>(props.stringPropertyNames())) {
            Matcher m = topicKey.matcher(key);
            if (m.matches()) {
                String prefix = "mp.messaging.incoming." + m.group(1) + ".";
                String topic = resolve(props.getProperty(key), app);
                // what is not set follows platform/events' KafkaChannelConventions: group <application>.<channel>,
                // dead letters to <topic>.<group>.dlq (one dead-letter topic per consumer group)
                String group = resolve(props.getProperty(prefix + "group.id", app + "." + m.group(1)), app);
                channels.add(new Channel(topic, group,
                        resolve(props.getProperty(prefix + "dead-letter-queue.topic", topic + "." + group + ".dlq"), app)));
            }
        }
        return channels;
    }

    private static String resolve(String value, String app) {
        return value == null ? null : value.replace("${quarkus.application.name}", app);
    }

    private static Properties load(Path file) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    @Test
    void servicesConsumeWhatTheDesignSays() {
        Map<String, Set<String>> consumed = SERVICES.stream().collect(Collectors.toMap(s -> s,
                s -> channels(s).stream().map(Channel::topic).collect(Collectors.toCollection(TreeSet::new))));
        // billing.contract.events (issue 21): the contract drafted from a won opportunity links the opportunity to it
        assertThat(consumed.get("relationship-service")).containsExactlyInAnyOrder("escalation.escalation.events",
                "billing.invoice.events", "consumption.commitment.events", "portfolio.engagement.events",
                "billing.contract.events");
        SERVICES.stream().filter(s -> !s.equals("relationship-service"))
                .forEach(s -> assertThat(consumed.get(s)).as(s).contains("relationship.customer.events"));
        assertThat(consumed.get("consumption-service")).contains("consumption.usage.ingest");
        channels("billing-service").forEach(c -> assertThat(c.deadLetterTopic()).isEqualTo(c.topic() + "." + c.groupId() + ".dlq"));
        // two consumers of one topic in one service: two dead-letter topics, so a record is dead-lettered by each once
        assertThat(channels("escalation-service").stream().filter(c -> c.topic().equals("portfolio.engagement.events"))
                .map(Channel::deadLetterTopic)).containsExactlyInAnyOrder(
                "portfolio.engagement.events.escalation-service.engagement-health.dlq",
                "portfolio.engagement.events.escalation-service.engagement-references.dlq");
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicInUseHasAKafkaTopic(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        Set<String> topics = ofKind(objects, "KafkaTopic")
                .map(t -> str(t, "spec", "topicName") != null ? str(t, "spec", "topicName") : name(t))
                .collect(Collectors.toSet());
        Set<String> needed = new TreeSet<>();
        for (String service : SERVICES) {
            for (Channel c : channels(service)) {
                needed.add(c.topic());
                needed.add(c.deadLetterTopic());
            }
            needed.addAll(PUBLISHES.get(service));
        }
        needed.addAll(asyncApiTopics());
        assertThat(topics).containsAll(needed);
        assertThat(topics).as("no KafkaTopic that nothing uses").containsExactlyInAnyOrderElementsOf(needed);
        ofKind(objects, "KafkaTopic").forEach(t -> {
            assertThat(Manifests.at(t, "spec", "partitions")).as(name(t)).isNotNull();
            assertThat(str(t, "spec", "config", "retention.ms")).as(name(t) + " retention chosen").isNotNull();
            assertThat(str(t, "metadata", "labels", "strimzi.io/cluster")).isEqualTo("ade-kafka");
        });
    }

    /** The channel addresses of contracts/asyncapi.yaml (read as text: the document refers to external files). */
    static Set<String> asyncApiTopics() {
        String doc = read(repoDir().resolve("contracts/asyncapi.yaml"));
        Matcher m = Pattern.compile("(?m)^\\s+address:\\s*([a-z0-9.\\-]+)\\s*$").matcher(doc);
        Set<String> topics = new TreeSet<>();
        while (m.find()) {
            topics.add(m.group(1));
        }
        assertThat(topics).isNotEmpty();
        return topics;
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceKafkaUserAllowsWhatItUses(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        for (String service : SERVICES) {
            Map<String, Object> user = Manifests.get(objects, "KafkaUser", service);
            assertThat(str(user, "spec", "authentication", "type")).isEqualTo("scram-sha-512");
            List<Map<String, Object>> acls = list(user, "spec", "authorization", "acls");
            for (Channel c : channels(service)) {
                assertThat(allows(acls, "topic", c.topic(), "Read")).as(service + " reads " + c.topic()).isTrue();
                assertThat(allows(acls, "group", c.groupId(), "Read")).as(service + " group " + c.groupId()).isTrue();
                assertThat(allows(acls, "topic", c.deadLetterTopic(), "Write")).as(service + " dlq").isTrue();
                // read back by the dead-letter list and replay (platform/events DeadLetterReader)
                assertThat(allows(acls, "topic", c.deadLetterTopic(), "Read")).as(service + " reads its dlq").isTrue();
            }
            for (String topic : PUBLISHES.get(service)) {
                assertThat(allows(acls, "topic", topic, "Write")).as(service + " writes " + topic).isTrue();
            }
            Set<String> others = PUBLISHES.entrySet().stream().filter(e -> !e.getKey().equals(service))
                    .flatMap(e -> e.getValue().stream()).collect(Collectors.toSet());
            others.forEach(t -> assertThat(allows(acls, "topic", t, "Write")).as(service + " must not write " + t).isFalse());
        }
    }

    static boolean allows(List<Map<String, Object>> acls, String type, String resource, String operation) {
        return acls.stream().anyMatch(acl -> type.equals(str(acl, "resource", "type"))
                && !"deny".equals(str(acl, "type"))
                && (strings(acl, "operations").contains(operation) || strings(acl, "operations").contains("All"))
                && ("prefix".equals(str(acl, "resource", "patternType"))
                ? resource.startsWith(str(acl, "resource", "name"))
                : resource.equals(str(acl, "resource", "name")) || "*".equals(str(acl, "resource", "name"))));
    }
}
