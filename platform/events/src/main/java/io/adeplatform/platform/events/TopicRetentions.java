package io.adeplatform.platform.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Asks the broker how long each topic keeps its records ({@code retention.ms}; -1 is for ever). */
@ApplicationScoped
public class TopicRetentions {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    /** Each topic's retention, empty when unlimited; throws when the broker cannot tell (then nothing is deleted). */
    public Map<String, Optional<Duration>> of(Collection<String> topics) throws Exception {
        List<ConfigResource> resources = topics.stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.put("client.id", "inbox-retention");
        try (Admin admin = Admin.create(settings)) {
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, Optional<Duration>> retentions = new HashMap<>();
            configs.forEach((resource, config) -> {
                ConfigEntry entry = config.get(TopicConfig.RETENTION_MS_CONFIG);
                long millis = Long.parseLong(entry.value());
                retentions.put(resource.name(), millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis)));
            });
            return retentions;
        }
    }
}
