package io.adeplatform.platform.events.relay;

import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.testing.PlatformTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OutboxWriter.append locks the event's aggregate until the end of the transaction, so of two transactions that
 * append events of one aggregate the second inserts (and so takes its seq) only after the first has committed: seq
 * follows commit order, even where the service never locked the aggregate itself.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "events_tracing"))
class OutboxWriterLockTest {

    @Inject
    OutboxWriter outbox;

    @Inject
    EntityManager em;

    @Test
    void aSecondAppendForTheSameAggregateWaitsForTheFirstTransactionToCommit() throws Exception {
        String aggregate = UUID.randomUUID().toString();
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        CompletableFuture<UUID> first = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            UUID id = outbox.append("probe", aggregate, "locked", Map.of("n", 1));
            firstAppended.countDown();
            assertThat(commitFirst.await(30, TimeUnit.SECONDS)).isTrue();
            return id;
        }));
        assertThat(firstAppended.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<UUID> second = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() ->
                outbox.append("probe", aggregate, "locked", Map.of("n", 2))));
        CompletableFuture<UUID> otherAggregate = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> outbox.append("probe", UUID.randomUUID(), "locked", Map.of("n", 1))));

        // another aggregate is not held up; the same aggregate is, as long as the first transaction is open
        assertThat(otherAggregate.get(10, TimeUnit.SECONDS)).isNotNull();
        Thread.sleep(1_000);
        assertThat(second).isNotDone();

        commitFirst.countDown();
        UUID firstId = first.get(10, TimeUnit.SECONDS);
        UUID secondId = second.get(10, TimeUnit.SECONDS);
        assertThat(seq(firstId)).isLessThan(seq(secondId));
    }

    @Test
    void aRolledBackFirstTransactionReleasesTheAggregate() throws Exception {
        String aggregate = UUID.randomUUID().toString();
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch rollBackFirst = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.append("probe", aggregate, "locked", Map.of("n", 1));
            firstAppended.countDown();
            try {
                rollBackFirst.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("rolled back on purpose");
        }));
        assertThat(firstAppended.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<UUID> second = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() ->
                outbox.append("probe", aggregate, "locked", Map.of("n", 2))));
        Thread.sleep(500);
        assertThat(second).isNotDone();

        rollBackFirst.countDown();
        assertThat(first).failsWithin(10, TimeUnit.SECONDS);
        assertThat(seq(second.get(10, TimeUnit.SECONDS))).isPositive();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE aggregateid = ?1").setParameter(1, aggregate)
                .getSingleResult()).longValue())).isEqualTo(1);
    }

    private long seq(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT seq FROM outbox_event WHERE id = ?1").setParameter(1, eventId)
                .getSingleResult()).longValue());
    }
}
