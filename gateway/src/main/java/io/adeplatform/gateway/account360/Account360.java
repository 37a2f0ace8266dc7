package io.adeplatform.gateway.account360;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.http.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.gateway.config.Account360Config;
import io.adeplatform.gateway.web.CorrelationIds;
import io.adeplatform.gateway.web.PathIds;
import io.adeplatform.gateway.web.MetricsUri;
import io.adeplatform.gateway.web.ProblemWriter;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code GET /api/accounts/{customerId}/overview}: one view of a customer composed from every service in parallel,
 * each section with its own status. A slow or dead service costs its section, never the answer: the overview is
 * sent when all sections are in or when the time budget is spent, whichever comes first.
 */
@ApplicationScoped
public class Account360 implements Handler<RoutingContext> {

    public static final String PATH = "/api/accounts/:customerId/overview";

    @Inject
    Account360Config config;

    @Inject
    SectionFetcher fetcher;

    @Inject
    ProblemWriter problems;

    @Inject
    ObjectMapper mapper;

    @Inject
    Vertx vertx;

    public record Overview(String customerId, boolean complete, Map<String, SectionResult> sections) {
    }

    @Override
    public void handle(RoutingContext ctx) {
        MetricsUri.set("/api/accounts/{customerId}/overview");
        String customerId = ctx.pathParam("customerId");
        if (!PathIds.isUuid(customerId)) {
            problems.send(ctx, ProblemException.of(new NotFound("customer", customerId)));
            return;
        }
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        String correlationId = ctx.request().getHeader(CorrelationIds.HEADER);
        Map<String, Future<SectionResult>> calls = new LinkedHashMap<>();
        config.sections().forEach((name, section) ->
                calls.put(name, fetcher.fetch(section, customerId, authorization, correlationId, config.budget())));

        AtomicBoolean answered = new AtomicBoolean();
        long timer = vertx.setTimer(config.budget().toMillis(), expired -> answer(ctx, customerId, calls, answered));
        Future.join(calls.values().stream().map(f -> (Future<?>) f).toList()).onComplete(all -> {
            vertx.cancelTimer(timer);
            answer(ctx, customerId, calls, answered);
        });
    }

    private void answer(RoutingContext ctx, String customerId, Map<String, Future<SectionResult>> calls,
                        AtomicBoolean answered) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        Map<String, SectionResult> sections = new LinkedHashMap<>();
        calls.forEach((name, call) -> sections.put(name, call.isComplete() && call.succeeded() ? call.result()
                : SectionResult.timeout("no answer within " + config.budget().toMillis() + " ms")));
        boolean customerMissing = config.sections().entrySet().stream()
                .anyMatch(e -> e.getValue().required() && sections.get(e.getKey()).status() == SectionResult.Status.NOT_FOUND);
        if (customerMissing) {
            // the owner of the customer says it does not exist for this caller: no partial view of it either
            problems.send(ctx, ProblemException.of(new NotFound("customer", customerId)));
            return;
        }
        boolean complete = sections.values().stream().allMatch(s -> s.status() == SectionResult.Status.OK);
        try {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(mapper.writeValueAsString(new Overview(customerId, complete, sections)));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

}
