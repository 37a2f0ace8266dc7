package io.adeplatform.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.util.function.BiConsumer;

/**
 * The failure strategy of every consuming channel ({@code failure-strategy=ade-dead-letter}, set by
 * {@link KafkaChannelConventions}): SmallRye's dead-letter queue, plus
 * <ul>
 * <li>the counter {@code ade_dead_letters_total{topic=<dead-letter topic>}}, registered at zero when the channel
 * starts (so an alert on its increase sees the first dead letter);</li>
 * <li>a record whose transient retry was cut short by the shutdown ({@link RetryAbandonedException}) is neither
 * dead-lettered nor acknowledged: its offset is not committed and it is consumed again after the restart.</li>
 * </ul>
 */
@ApplicationScoped
@Identifier(DeadLetterStrategy.NAME)
public class DeadLetterStrategy implements KafkaFailureHandler.Factory {

    public static final String NAME = "ade-dead-letter";
    static final String COUNTER = "ade.dead.letters";

    private static final Logger LOG = Logger.getLogger(DeadLetterStrategy.class);

    @Inject
    @Identifier("dead-letter-queue")
    KafkaFailureHandler.Factory deadLetterQueue;

    @Inject
    MeterRegistry registry;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler delegate = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        String topic = config.getDeadLetterQueueTopic().orElseThrow(() -> new IllegalStateException(
                "channel " + config.getChannel() + " has no dead-letter-queue.topic"));
        Counter deadLetters = Counter.builder(COUNTER).tag("topic", topic)
                .description("Records moved to a dead-letter topic").register(registry);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (RetryAbandonedException.in(reason)) {
                    LOG.infof("%s-%d@%d left uncommitted: %s", record.getTopic(), record.getPartition(),
                            record.getOffset(), reason.getMessage());
                    return Uni.createFrom().voidItem();
                }
                return delegate.handle(record, reason, metadata).invoke(() -> deadLetters.increment());
            }

            @Override
            public void terminate() {
                delegate.terminate();
            }
        };
    }
}
