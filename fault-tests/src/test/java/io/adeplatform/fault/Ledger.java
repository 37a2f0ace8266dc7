package io.adeplatform.fault;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A writer that sends creates through the gateway, each with its own Idempotency-Key, retrying with the same key and
 * body until the platform acknowledges it (2xx), and the record of every acknowledged write; afterwards it checks
 * that each exists exactly once (lost, duplicated) and that its effects downstream exist (projection misses).
 */
final class Ledger implements AutoCloseable {

    /** An acknowledged write: its key, its unique name and the id the platform answered. */
    record Write(LedgerWrite kind, String key, String name, String id, Instant acknowledgedAt) {
    }

    /** What {@link #verify} found. */
    record Check(int acknowledged, int lost, int duplicated, int misses, int rejected, int abandoned,
                 Duration drain, List<String> problems) {
    }

    private static final Duration GIVE_UP_AFTER_STOP = Duration.ofSeconds(180);
    /**
     * Reads the effects 8 at a time: after a long outage a thousand writes have four effects each, and one by one a
     * round of reads took longer than the drain it was measuring.
     */
    private static final ForkJoinPool CHECKERS = new ForkJoinPool(8);

    private final FaultPlatform platform;
    private final String prefix = "ledger-" + UUID.randomUUID().toString().substring(0, 8);
    private final String anchorCustomer;
    private final ConcurrentLinkedQueue<Write> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Instant> failedAttempts = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> rejected = new ConcurrentLinkedQueue<>();
    private final AtomicInteger abandoned = new AtomicInteger();
    private final Set<String> sentNames = ConcurrentHashMap.newKeySet();
    /** Effects already read as visible: they stay so (nothing the ledger writes is deleted), so they are not re-read. */
    private final Set<String> visibleEffects = ConcurrentHashMap.newKeySet();
    /** One writer thread per kind, so a fault of one owning service does not hold back the other kind's writes. */
    private final List<Thread> threads = new ArrayList<>();
    private final long pauseMillis;
    private volatile boolean running = true;
    private volatile Instant stoppedAt;

    private Ledger(FaultPlatform platform, long pauseMillis) {
        this.platform = platform;
        this.pauseMillis = pauseMillis;
        this.anchorCustomer = platform.newCustomer(prefix + "-anchor");
        for (LedgerWrite kind : LedgerWrite.values()) {
            threads.add(new Thread(() -> run(kind), "ledger-writer-" + kind));
        }
    }

    /** Starts writing at once: per kind about one create every {@code pauseMillis} plus the request's own time. */
    static Ledger start(FaultPlatform platform, long pauseMillis) {
        Ledger ledger = new Ledger(platform, pauseMillis);
        ledger.threads.forEach(Thread::start);
        return ledger;
    }

    static Ledger start(FaultPlatform platform) {
        return start(platform, 300); // a few writes a second: enough load, and the checks stay quick on 2 cores
    }

    private void run(LedgerWrite kind) {
        int n = 0;
        while (running) {
            write(kind, prefix + "-" + kind.name().toLowerCase() + "-" + n++);
            if (running) {
                Api.sleep(pauseMillis);
            }
        }
    }

    /** One create, retried with the same key and body until acknowledged, refused, or given up after stop. */
    private void write(LedgerWrite kind, String name) {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = kind.body(name, anchorCustomer);
        sentNames.add(name);
        while (true) {
            Api.Answer answer = Api.post(platform.gateway() + kind.path(), Users.writer(), body, Map.of("Idempotency-Key", key));
            if (answer.ok()) {
                acknowledged.add(new Write(kind, key, name, answer.text("id"), Instant.now()));
                return;
            }
            if (!retryable(answer.status())) {
                rejected.add(kind + " " + name + ": " + answer.status() + " " + answer.body());
                return;
            }
            failedAttempts.add(Instant.now());
            if (stoppedAt != null && Instant.now().isAfter(stoppedAt.plus(GIVE_UP_AFTER_STOP))) {
                abandoned.incrementAndGet();
                return;
            }
            Api.sleep(250);
        }
    }

    /** No answer, 5xx, or a 4xx that says "later" (timeout, conflict of a key still in flight, rate limit). */
    private static boolean retryable(int status) {
        return status < 0 || status >= 500 || status == 408 || status == 409 || status == 425 || status == 429;
    }

    /** Stops writing; the write in flight is still retried until acknowledged (or given up after 180 s). */
    @Override
    public void close() {
        running = false;
        stoppedAt = Instant.now();
        for (Thread thread : threads) {
            try {
                thread.join(GIVE_UP_AFTER_STOP.plusSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    long acknowledgedBetween(Instant from, Instant to) {
        return acknowledged.stream().filter(w -> !w.acknowledgedAt().isBefore(from) && w.acknowledgedAt().isBefore(to)).count();
    }

    long failedAttemptsBetween(Instant from, Instant to) {
        return failedAttempts.stream().filter(t -> !t.isBefore(from) && t.isBefore(to)).count();
    }

    String anchorCustomer() {
        return anchorCustomer;
    }

    /**
     * The drain after a fault that ended at {@code since}: the time until the newest write of each kind acknowledged
     * by then is visible everywhere. Each service's relay publishes its outbox in order, so when the newest is
     * applied the backlog before it is too; reading a backlog of thousands of effects takes longer than draining it,
     * so that is confirmed afterwards, and a drain is null when any effect of those writes is still missing after
     * {@code timeout}.
     */
    Duration awaitDrained(Instant since, Duration timeout) {
        List<Write> writes = List.copyOf(acknowledged);
        List<Write> newest = java.util.Arrays.stream(LedgerWrite.values())
                .flatMap(kind -> writes.stream().filter(w -> w.kind() == kind && !w.acknowledgedAt().isAfter(since))
                        .max(java.util.Comparator.comparing(Write::acknowledgedAt)).stream())
                .toList();
        boolean newestVisible = pendingEffects(newest, timeout).isEmpty();
        Duration drain = Duration.between(since, Instant.now());
        return newestVisible && pendingEffects(writes, timeout).isEmpty() ? drain : null;
    }

    /** An effect still not visible: the write it belongs to and the status of its last read (-1: no answer). */
    private record Pending(Write write, int lastStatus) {
    }

    /** The effects (read path → write and last status) still not visible after polling them for up to {@code timeout}. */
    private Map<String, Pending> pendingEffects(List<Write> writes, Duration timeout) {
        String admin = Users.admin();
        Map<String, Pending> pending = new ConcurrentHashMap<>();
        for (Write write : writes) {
            for (String effect : write.kind().effects(write.id())) {
                if (!visibleEffects.contains(effect)) {
                    pending.put(effect, new Pending(write, 0));
                }
            }
        }
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        for (int round = 1; !pending.isEmpty() && Instant.now().isBefore(deadline); round++) {
            int toRead = pending.size();
            // every effect is read at least once; after that the deadline holds within a round too, so reads that
            // hang until their timeout cannot stretch it
            CHECKERS.submit(() -> List.copyOf(pending.keySet()).parallelStream()
                    .filter(effect -> pending.get(effect).lastStatus() == 0 || Instant.now().isBefore(deadline))
                    .forEach(effect -> {
                        int status = Api.get(platform.gateway() + effect, admin).status();
                        if (status / 100 == 2) {
                            visibleEffects.add(effect);
                            pending.remove(effect);
                        } else {
                            pending.computeIfPresent(effect, (e, p) -> new Pending(p.write(), status));
                        }
                    })).join();
            // shows whether a drain is waiting for the platform or for the reads themselves
            System.out.printf("[ledger] read round %d: %d effects read, %d still pending, %.1f s since the start%n",
                    round, toRead, pending.size(), Duration.between(start, Instant.now()).toMillis() / 1000.0);
            if (!pending.isEmpty()) {
                Api.sleep(250);
            }
        }
        return pending;
    }

    /**
     * Stops the writer, waits (up to {@code drainTimeout}) until every acknowledged write's effects are visible, and
     * checks each write exists exactly once; {@code drain} is what {@link #awaitDrained} measured after the fault.
     */
    Check verify(Duration drain, Duration drainTimeout) {
        close();
        List<String> problems = new ArrayList<>();
        String admin = Users.admin();
        Map<String, Pending> pendingEffects = pendingEffects(List.copyOf(acknowledged), drainTimeout);
        Set<String> missed = new LinkedHashSet<>();
        pendingEffects.forEach((effect, pending) -> {
            Write write = pending.write();
            missed.add(write.key());
            problems.add("projection miss: " + write.kind() + " " + write.name() + " (" + write.id() + ") not at " + effect
                    + ", last answer " + pending.lastStatus());
        });

        List<Write> lostWrites = CHECKERS.submit(() -> acknowledged.parallelStream()
                .filter(write -> Api.get(platform.gateway() + write.kind().readPath(write.id()), admin).status() != 200)
                .toList()).join();
        int lost = lostWrites.size();
        lostWrites.forEach(write -> problems.add("lost: " + write.kind() + " " + write.name() + " (" + write.id()
                + ") acknowledged but not found"));
        int duplicated = 0;
        for (LedgerWrite kind : LedgerWrite.values()) {
            Map<String, Integer> seen = new HashMap<>();
            for (JsonNode item : Api.all(platform.gateway() + kind.listPath(prefix, anchorCustomer), admin)) {
                seen.merge(item.path("name").asText(), 1, Integer::sum);
            }
            for (Map.Entry<String, Integer> entry : seen.entrySet()) {
                if (entry.getValue() > 1 && sentNames.contains(entry.getKey())) {
                    duplicated += entry.getValue() - 1;
                    problems.add("duplicated: " + kind + " " + entry.getKey() + " exists " + entry.getValue() + " times");
                }
            }
        }
        problems.addAll(rejected);
        return new Check(acknowledged.size(), lost, duplicated, missed.size(), rejected.size(), abandoned.get(),
                drain, problems);
    }
}
