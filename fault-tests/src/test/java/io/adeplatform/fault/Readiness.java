package io.adeplatform.fault;

import io.adeplatform.platform.infra.ServiceProcess;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

/** Polls {@code /q/health/ready} of every service process and the gateway every half second during a fault. */
final class Readiness implements AutoCloseable {

    private final Map<String, ServiceProcess> watched = new TreeMap<>();
    /** name → [polls, polls answered 200]. */
    private final Map<String, AtomicIntegerArray> counts = new ConcurrentHashMap<>();
    /** One poller per process: a probe that hangs until its timeout must not thin out the others' polls. */
    private final java.util.List<Thread> threads = new java.util.ArrayList<>();
    private volatile boolean running = true;

    private Readiness(FaultPlatform platform) {
        platform.processes.services().forEach((name, process) -> {
            if (process.isAlive()) { // a replica stopped by an earlier experiment is not part of this one
                watched.put(name, process);
            }
        });
        watched.put("gateway", platform.processes.gateway());
        watched.keySet().forEach(name -> counts.put(name, new AtomicIntegerArray(2)));
        watched.forEach((name, process) -> threads.add(new Thread(() -> poll(name, process), "readiness-" + name)));
    }

    static Readiness watch(FaultPlatform platform) {
        Readiness readiness = new Readiness(platform);
        readiness.threads.forEach(Thread::start);
        return readiness;
    }

    private void poll(String name, ServiceProcess process) {
        while (running) {
            boolean ready = process.isReady();
            counts.get(name).incrementAndGet(0);
            if (ready) {
                counts.get(name).incrementAndGet(1);
            }
            Api.sleep(500);
        }
    }

    @Override
    public void close() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The processes that answered anything but 200 at least once. */
    Map<String, String> notAlwaysReady() {
        Map<String, String> down = new TreeMap<>();
        counts.forEach((name, c) -> {
            if (c.get(1) < c.get(0)) {
                down.put(name, (c.get(0) - c.get(1)) + "/" + c.get(0) + " polls not ready");
            }
        });
        return down;
    }

    /** One line: every process UP, or which were not ready how often. */
    String summary() {
        Map<String, String> down = notAlwaysReady();
        int polls = counts.values().stream().mapToInt(c -> c.get(0)).max().orElse(0);
        return down.isEmpty() ? "all " + counts.size() + " processes UP in every poll (" + polls + " polls each)" : down.toString();
    }
}
