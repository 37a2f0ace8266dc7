package io.adeplatform.gateway.statuspack;

import com.fasterxml.jackson.databind.JsonNode;
import io.adeplatform.gateway.account360.SectionFetcher;
import io.adeplatform.gateway.account360.SectionResult;
import io.adeplatform.gateway.config.StatusPackConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps one pack per due cadence item: every {@code ade.gateway.status-pack.cadence.every} it reads the cadence to-do
 * (relationship {@code GET /api/cadence/due}, today to today + horizon) with the reporter's token and keeps a customer
 * pack for a QBR or executive briefing, an engagement pack for a steering committee (trigger=cadence, cadenceDue =
 * the item's nextDue). The archive answers a repeat with the pack it has, so every round may simply try again: a
 * failure is logged and the next round retries; nothing here can stop the gateway. Items this gateway has kept are
 * remembered while the to-do still lists them (an overdue item stays listed until it is held), so a round renders
 * only what is new; after a restart, or on another replica, the archive's answer to the repeat keeps it to one pack.
 */
@ApplicationScoped
public class CadenceScheduler {

    private static final Logger LOG = Logger.getLogger(CadenceScheduler.class);
    private static final int PAGE_SIZE = 200;
    private static final int MAX_PAGES = 20;

    @Inject
    StatusPackConfig config;

    @Inject
    SectionFetcher fetcher;

    @Inject
    StatusPackPrinter printer;

    @Inject
    PackArchive archive;

    @Inject
    ReporterToken reporter;

    @Inject
    Vertx vertx;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final Set<DueItem> keptItems = ConcurrentHashMap.newKeySet();
    private volatile Long timer;

    void start(@Observes StartupEvent started) {
        if (config.cadence().enabled()) {
            long every = config.cadence().every().toMillis();
            timer = vertx.setPeriodic(Math.min(every, 5_000), every, tick -> round());
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
    }

    /** One round; answers how many packs were kept (or already kept). Rounds never overlap. */
    public Future<Integer> round() {
        if (!running.compareAndSet(false, true)) {
            return Future.succeededFuture(0);
        }
        String correlationId = "cadence-" + UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        return reporter.bearer()
                .compose(token -> due(token, today, correlationId, 0, new ArrayList<>())
                        .compose(items -> keepAll(token, notKeptYet(items), today, correlationId, 0, 0)))
                .onFailure(failure -> LOG.warnf("cadence round %s failed, retried next round: %s", correlationId, failure.getMessage()))
                .recover(failure -> Future.succeededFuture(0))
                .onComplete(done -> running.set(false));
    }

    private Future<List<JsonNode>> due(String token, LocalDate today, String correlationId, int page, List<JsonNode> found) {
        String uri = "/api/cadence/due?from=" + today + "&to=" + today.plusDays(config.cadence().horizonDays())
                + "&page=" + page + "&limit=" + PAGE_SIZE;
        return fetcher.fetch(config.archiveRoute(), uri, token, correlationId, config.budget()).compose(answer -> {
            if (!answer.ok()) {
                return Future.failedFuture("the cadence to-do answered " + describe(answer));
            }
            found.addAll(StatusPackComposer.items(answer.data()));
            boolean more = ((JsonNode) answer.data()).path("hasMore").asBoolean();
            return more && page + 1 < MAX_PAGES ? due(token, today, correlationId, page + 1, found) : Future.succeededFuture(found);
        });
    }

    /** One item after the other, so a round never floods the services; a failed item does not stop the others. */
    private Future<Integer> keepAll(String token, List<JsonNode> items, LocalDate today, String correlationId, int index, int kept) {
        if (index >= items.size()) {
            LOG.infof("cadence round %s: %d of %d due packs kept", correlationId, kept, items.size());
            return Future.succeededFuture(kept);
        }
        JsonNode item = items.get(index);
        return keep(token, item, today, correlationId)
                .map(done -> {
                    keptItems.add(DueItem.of(item));
                    return true;
                })
                .recover(failure -> {
                    LOG.warnf("cadence pack for customer %s (%s due %s) not kept, retried next round: %s",
                            item.path("customerId").asText(), item.path("kind").asText(), item.path("nextDue").asText(),
                            failure.getMessage());
                    return Future.succeededFuture(false);
                })
                .compose(ok -> keepAll(token, items, today, correlationId, index + 1, kept + (ok ? 1 : 0)));
    }

    private Future<Void> keep(String token, JsonNode item, LocalDate today, String correlationId) {
        String kind = item.path("kind").asText();
        String engagementId = "steering-committee".equals(kind) && item.hasNonNull("engagementId")
                ? item.path("engagementId").asText() : null;
        PackRequest request;
        LocalDate due;
        try {
            request = PackRequest.parse(item.path("customerId").asText(), engagementId, today.toString(), today);
            due = LocalDate.parse(item.path("nextDue").asText());
        } catch (RuntimeException malformed) {
            return Future.failedFuture("malformed cadence item " + item);
        }
        return printer.print(request, token, correlationId).compose(printed -> printed.notFound() != null
                        ? Future.failedFuture("the customer or engagement is not found for the reporter")
                        : archive.keep(request, PackArchive.Provenance.cadence(kind, due), printed.pdf(), correlationId))
                .compose(answer -> answer.status() == 200 || answer.status() == 201 ? Future.<Void>succeededFuture()
                        : Future.failedFuture("the archive answered " + answer.status() + " " + answer.body()));
    }

    /** The items of this to-do this gateway has not kept yet; forgets kept items the to-do no longer lists. */
    private List<JsonNode> notKeptYet(List<JsonNode> items) {
        keptItems.retainAll(items.stream().map(DueItem::of).collect(Collectors.toSet()));
        return items.stream().filter(item -> !keptItems.contains(DueItem.of(item))).toList();
    }

    /** A due item as the archive tells one from another (its unique cadence key). */
    private record DueItem(String customerId, String engagementId, String kind, LocalDate due) {

        static DueItem of(JsonNode item) {
            LocalDate due;
            try {
                due = LocalDate.parse(item.path("nextDue").asText());
            } catch (RuntimeException malformed) {
                due = LocalDate.MAX; // never remembered as kept: keep() refuses it with its reason
            }
            return new DueItem(item.path("customerId").asText(), item.path("engagementId").asText(null),
                    item.path("kind").asText(), due);
        }
    }

    private static String describe(SectionResult answer) {
        return answer.httpStatus() != null ? "HTTP " + answer.httpStatus() : answer.detail();
    }
}
