package io.adeplatform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.adeplatform.e2e.DemoCaller.ADMIN;
import static io.adeplatform.e2e.DemoCaller.DELIVERY_MANAGER;
import static io.adeplatform.e2e.DemoCaller.EXECUTIVE;
import static io.adeplatform.e2e.DemoCaller.FINANCE;
import static io.adeplatform.e2e.DemoCaller.PARTNER;
import static io.adeplatform.e2e.DemoCaller.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's fuzz: every operation of the gateway's merged OpenAPI document (read from the document, not a hand
 * list), called through the gateway with a real token of a team member the operation's roles allow, with the bad
 * inputs of {@link HostileInputs}: NUL and control characters, very long texts and a 5,000-character path id,
 * 100,000-element arrays, wrong JSON types, unknown enum values and currencies, dates outside any range, numbers like
 * {@code 1E-999999999}, trailing garbage, malformed, deeply nested and non-UTF-8 bodies, page/limit overflow, a
 * missing body and a wrong content type.
 *
 * <p>Every answer: never 5xx; every 4xx a problem document ({@code application/problem+json} with a title); within
 * {@link RawHttp#TIMEOUT}, the whole run within {@link #BUDGET}; a value that is invalid by the rules (see
 * {@link HostileInputs.BadInput#mustRefuse()}) is not accepted. The requests go to
 * {@link MatrixFixtures#scratchMember()}, a customer like the member one, so a defect that lets a bad write through
 * cannot spoil the security matrix's fixtures. All failures are collected and asserted once, with a summary.
 */
class OpenApiFuzzTest {

    private static final List<DemoCaller> PREFERRED_CALLERS = List.of(EXECUTIVE, DELIVERY_MANAGER, FINANCE, VIEWER, ADMIN, PARTNER,
            DemoCaller.REPORTER);

    private static ApiUnderTest api;
    private static CustomerFixtures fixtures;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.start();
        fixtures = MatrixFixtures.get(api.platform()).scratchMember();
    }

    /** The whole fuzz's budget: past it no more requests are sent, what was found is reported and the test fails. */
    static final Duration BUDGET = Duration.ofMinutes(10);
    private static final Duration BREAKER_OPEN = Duration.ofSeconds(16);
    /** Requests of one operation in a row without an answer after which its remaining inputs are not sent. */
    private static final int GIVE_UP_AFTER = 3;

    private record Planned(ApiOperation operation, DemoCaller caller, HostileInputs.BadInput input) {
    }

    @Test
    @Timeout(value = 25, unit = TimeUnit.MINUTES)
    void noOperationAnswersBadInputWithA5xxOrWithoutAProblem() {
        JsonNode document = ServiceDocuments.merged(api.platform());
        List<ApiOperation> operations = ServiceDocuments.customerFacing(ApiOperation.of("gateway", document)).stream()
                .sorted(Comparator.comparingInt(SecurityMatrixTest::rank)).toList();
        RawHttp http = new RawHttp(api.platform());
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        long started = System.nanoTime();
        int requests = 0;
        Duration slowest = Duration.ZERO;
        String slowestRequest = "";
        List<Planned> plan = new ArrayList<>();
        for (ApiOperation operation : operations) {
            DemoCaller caller = PREFERRED_CALLERS.stream().filter(c -> operation.allowedRoles().contains(c.role)).findFirst()
                    .orElseThrow(() -> new AssertionError(operation.key() + " allows none of the demo callers"));
            HostileInputs.of(operation, document, fixtures).forEach(input -> plan.add(new Planned(operation, caller, input)));
        }
        // inputs that may cost a defective service minutes of CPU or its heap go last, so that they cannot hide what
        // the cheap ones find
        plan.sort(Comparator.comparing(planned -> planned.input().heavy()));
        Map<String, IfMatch> ifMatches = new HashMap<>();
        Map<String, Integer> unanswered = new HashMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        int unsent = 0;
        for (Planned planned : plan) {
            ApiOperation operation = planned.operation();
            HostileInputs.BadInput input = planned.input();
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(BUDGET) > 0) {
                unsent++;
                continue;
            }
            if (unanswered.getOrDefault(operation.key(), 0) >= GIVE_UP_AFTER) {
                skipped.merge(operation.key(), 1, Integer::sum);
                continue;
            }
            IfMatch ifMatch = ifMatches.computeIfAbsent(operation.key(), key -> new IfMatch(operation));
            Map<String, String> headers = new HashMap<>();
            if (operation.headerParameters().contains("Idempotency-Key")) {
                headers.put("Idempotency-Key", UUID.randomUUID().toString());
            }
            ifMatch.current().ifPresent(tag -> headers.put("If-Match", tag));
            RawHttp.Request request = new RawHttp.Request(operation.method(), input.pathAndQuery(), input.contentType(),
                    input.body(), headers);
            RawHttp.Answer answer = http.send(planned.caller(), request);
            if (isOpenBreaker(answer)) {
                // earlier timeouts opened the route's breaker: say so, then let this input be answered
                failures.add(operation.key() + " | " + input.kind() + " | " + input.where() + " | circuit breaker of the"
                        + " route open after earlier timeouts (waited " + BREAKER_OPEN.toSeconds() + " s and sent again)");
                sleep(BREAKER_OPEN);
                answer = http.send(planned.caller(), request);
            }
            boolean noAnswer = !answer.answered() || answer.status() == 504 || isOpenBreaker(answer);
            unanswered.merge(operation.key(), noAnswer ? 1 : 0, (old, now) -> now == 0 ? 0 : old + now);
            requests++;
            statuses.merge(answer.status(), 1, Integer::sum);
            kinds.merge(input.kind(), 1, Integer::sum);
            if (answer.took().compareTo(slowest) > 0) {
                slowest = answer.took();
                slowestRequest = operation.key() + " " + input.kind() + " (" + input.where() + ")";
            }
            failure(answer, input).ifPresent(problem -> failures.add(operation.key() + " | " + input.kind() + " | "
                    + input.where() + " | as " + planned.caller().username + " | " + problem));
            if (answer.status() / 100 == 2) {
                ifMatch.changed();
            }
        }
        if (unsent > 0) {
            failures.add("the fuzz took longer than " + BUDGET.toMinutes() + " minutes: " + unsent + " of " + plan.size()
                    + " requests not sent");
        }
        skipped.forEach((operation, count) -> failures.add(operation + " | stopped answering (" + GIVE_UP_AFTER
                + " timeouts in a row): " + count + " more inputs not sent"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("OpenAPI fuzz: " + operations.size() + " operations, " + requests + " of " + plan.size() + " requests in "
                + took.toSeconds() + " s; statuses " + statuses + "; slowest " + slowest.toMillis() + " ms: " + slowestRequest);
        System.out.println("OpenAPI fuzz: requests per kind " + kinds);
        System.out.println("OpenAPI fuzz: " + failures.size() + " failures");
        failures.forEach(failure -> System.out.println("  " + failure));
        assertThat(operations).as("operations in the merged document").hasSizeGreaterThan(100);
        assertThat(failures).as("bad inputs answered with a 5xx, without a problem, too late or accepted").isEmpty();
    }

    /** The gateway's own 503: the route's circuit breaker is open (gateway README: open for 15 s). */
    private static boolean isOpenBreaker(RawHttp.Answer answer) {
        return answer.status() == 503 && answer.body().contains("service-unavailable");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What is wrong with an answer to a bad input, if anything. */
    private static Optional<String> failure(RawHttp.Answer answer, HostileInputs.BadInput input) {
        int status = answer.status();
        if (!answer.answered()) {
            return Optional.of(answer.body());
        }
        if (status >= 500) {
            return Optional.of(status + " " + answer.contentType() + " " + answer.abbreviated());
        }
        if (status >= 400 && !answer.isProblem()) {
            return Optional.of(status + " without a problem document: " + answer.contentType() + " " + answer.abbreviated());
        }
        if (input.mustRefuse() && !refused(answer, input)) {
            return Optional.of(status + " accepted: " + answer.abbreviated());
        }
        return Optional.empty();
    }

    /** Refused: a 4xx; a usage upload may instead reject its rows one by one (200 with nothing accepted). */
    private static boolean refused(RawHttp.Answer answer, HostileInputs.BadInput input) {
        if (answer.status() >= 400) {
            return true;
        }
        boolean csv = input.contentType() != null && input.contentType().contains("csv");
        return csv && answer.status() == 200 && answer.body().replace(" ", "").matches("(?s).*\"accepted\":0[,}].*");
    }

    /** The If-Match a write needs, read once per operation and again after a request that changed the resource. */
    private static final class IfMatch {

        private final ApiOperation operation;
        private Optional<String> tag;

        IfMatch(ApiOperation operation) {
            this.operation = operation;
        }

        Optional<String> current() {
            if (!operation.headerParameters().contains("If-Match")) {
                return Optional.empty();
            }
            if (tag == null) {
                tag = api.calls().currentETag(fixtures.resolve(operation.path()));
            }
            return tag;
        }

        void changed() {
            tag = null;
        }
    }
}
