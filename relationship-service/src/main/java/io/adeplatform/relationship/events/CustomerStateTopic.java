package io.adeplatform.relationship.events;

import io.adeplatform.platform.events.EventTypes;
import io.adeplatform.platform.events.OutboxConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure relationship.customer-state.events is compacted (keeps the latest state of every customer for ever),
 * wherever no operator declared it: locally and in tests the broker would otherwise auto-create it with time-based
 * deletion. In Kubernetes a Strimzi KafkaTopic declares it compacted and this finds nothing to do. Runs on its own
 * thread and retries until the broker answers, so a broker outage never delays the start.
 */
@ApplicationScoped
public class CustomerStateTopic {

    private static final Logger LOG = Logger.getLogger(CustomerStateTopic.class);
    private static final long RETRY_MILLIS = 5_000;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    OutboxConfig outbox;

    private volatile Thread worker;

    public String topic() {
        return EventTypes.topic(outbox.domain(), CustomerEventPayloads.CustomerState.AGGREGATE);
    }

    void start(@Observes StartupEvent event) {
        worker = new Thread(this::declareUntilDone, "customer-state-topic");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }

    private void declareUntilDone() {
        while (!Thread.currentThread().isInterrupted()) {
            try (Admin admin = Admin.create(adminConfig())) {
                declare(admin);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.debugf("cannot declare %s yet (%s); retrying", topic(), e.getMessage());
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Creates the topic compacted, or turns compaction on when it exists with time-based deletion. */
    void declare(Admin admin) throws InterruptedException, ExecutionException {
        String topic = topic();
        if (!admin.listTopics().names().get().contains(topic)) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                        .all().get();
                LOG.infof("created %s (cleanup.policy=compact)", topic);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        ConfigEntry policy = admin.describeConfigs(Set.of(resource)).all().get().get(resource)
                .get(TopicConfig.CLEANUP_POLICY_CONFIG);
        if (policy == null || !policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                    AlterConfigOp.OpType.SET)))).all().get();
            LOG.infof("turned on compaction for %s (was cleanup.policy=%s)", topic, policy == null ? null : policy.value());
        }
    }

    private Map<String, Object> adminConfig() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.putIfAbsent("client.id", "customer-state-topic");
        config.put("default.api.timeout.ms", (int) TimeUnit.SECONDS.toMillis(10));
        config.put("request.timeout.ms", (int) TimeUnit.SECONDS.toMillis(5));
        return config;
    }
}
