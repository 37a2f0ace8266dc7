package io.adeplatform.gateway.statuspack;

import io.adeplatform.gateway.account360.SectionFetcher;
import io.adeplatform.gateway.account360.SectionResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

import java.time.Duration;

/**
 * The section calls of one pack: each through Account 360's {@link SectionFetcher} (caller's token, route's circuit
 * breaker), all sharing one deadline, so a slow service costs its sections and never holds the pack past the budget.
 */
final class BudgetedCalls {

    private final SectionFetcher fetcher;
    private final Vertx vertx;
    private final String authorization;
    private final String correlationId;
    private final Duration budget;
    private final long deadline;

    BudgetedCalls(SectionFetcher fetcher, Vertx vertx, String authorization, String correlationId, Duration budget) {
        this.fetcher = fetcher;
        this.vertx = vertx;
        this.authorization = authorization;
        this.correlationId = correlationId;
        this.budget = budget;
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    Future<SectionResult> get(String route, String uri) {
        long remainingMillis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
        Promise<SectionResult> answer = Promise.promise();
        long timer = vertx.setTimer(remainingMillis, expired ->
                answer.tryComplete(SectionResult.timeout("no answer within " + budget.toMillis() + " ms")));
        fetcher.fetch(route, uri, authorization, correlationId, Duration.ofMillis(remainingMillis))
                .onComplete(result -> {
                    vertx.cancelTimer(timer);
                    answer.tryComplete(result.succeeded() ? result.result()
                            : SectionResult.unavailable("the " + route + " service cannot be reached"));
                });
        return answer.future();
    }
}
