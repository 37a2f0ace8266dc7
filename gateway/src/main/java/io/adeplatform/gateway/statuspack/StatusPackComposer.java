package io.adeplatform.gateway.statuspack;

import com.fasterxml.jackson.databind.JsonNode;
import io.adeplatform.gateway.account360.SectionFetcher;
import io.adeplatform.gateway.account360.SectionResult;
import io.adeplatform.gateway.config.StatusPackConfig;
import io.adeplatform.gateway.statuspack.StatusPack.EngagementPart;
import io.adeplatform.gateway.statuspack.StatusPack.EscalationPart;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * Fetches a pack's sections from the services with the given token (the caller's, or the reporter's for cadence
 * packs), so each service applies its own roles and account-team rules. Never fails: a section that does not come
 * is a missing {@link Part}; only the customer (or the engagement of an engagement pack) answering 404 stops the pack.
 */
@ApplicationScoped
public class StatusPackComposer {

    static final String RELATIONSHIP = "relationship";
    static final String PORTFOLIO = "portfolio";
    static final String CONSUMPTION = "consumption";
    static final String ESCALATION = "escalation";
    /** Every escalation that is not closed, as Account 360 lists them. */
    static final String NOT_CLOSED = "open,acknowledged,investigating,mitigated,resolved";

    @Inject
    SectionFetcher fetcher;

    @Inject
    Vertx vertx;

    @Inject
    StatusPackConfig config;

    /** Either the pack, or the service's 404 answer for a customer (or engagement) the caller may not see. */
    public record Composed(StatusPack pack, SectionResult notFound) {
    }

    public Future<Composed> compose(PackRequest request, String authorization, String correlationId) {
        BudgetedCalls calls = new BudgetedCalls(fetcher, vertx, authorization, correlationId, config.budget());
        String customer = "/api/customers/" + request.customerId();
        Future<SectionResult> customerCall = calls.get(RELATIONSHIP, customer);
        Future<SectionResult> healthCall = calls.get(RELATIONSHIP, customer + "/health");
        Future<SectionResult> engagementsCall = request.engagementPack()
                ? calls.get(PORTFOLIO, "/api/engagements/" + request.engagementId())
                : calls.get(PORTFOLIO, "/api/engagements?customerId=" + request.customerId() + "&limit=50");
        Future<SectionResult> consumptionCall = request.engagementPack() ? Future.succeededFuture(null)
                : calls.get(CONSUMPTION, "/api/consumption/customers/" + request.customerId() + "/summary");
        Future<SectionResult> escalationsCall = calls.get(ESCALATION, "/api/escalations?customerId=" + request.customerId()
                + "&status=" + NOT_CLOSED + "&limit=50"
                + (request.engagementPack() ? "&engagementId=" + request.engagementId() : ""));
        Future<Part<List<EngagementPart>>> engagements = engagementsCall.compose(r -> engagements(request, r, calls));
        Future<Part<List<EscalationPart>>> escalations = escalationsCall.compose(r -> escalations(r, calls));

        return Future.join(customerCall, healthCall, consumptionCall, engagements, escalations).map(all -> {
            SectionResult notFound = notFound(request, customerCall.result(), engagementsCall.result());
            if (notFound != null) {
                return new Composed(null, notFound);
            }
            StatusPack pack = new StatusPack(request,
                    Part.from(customerCall.result(), JsonNode.class::cast),
                    Part.from(healthCall.result(), JsonNode.class::cast),
                    engagements.result(),
                    consumptionCall.result() == null ? null : Part.from(consumptionCall.result(), JsonNode.class::cast),
                    escalations.result());
            return new Composed(pack, null);
        });
    }

    /** The owner says the customer (or the engagement, or that it is another customer's) does not exist for the caller. */
    private static SectionResult notFound(PackRequest request, SectionResult customer, SectionResult engagement) {
        if (customer.status() == SectionResult.Status.NOT_FOUND) {
            return customer;
        }
        if (request.engagementPack()) {
            if (engagement.status() == SectionResult.Status.NOT_FOUND) {
                return engagement;
            }
            if (engagement.ok() && !request.customerId().equals(((JsonNode) engagement.data()).path("customerId").asText())) {
                return SectionResult.answered(404, null);
            }
        }
        return null;
    }

    private Future<Part<List<EngagementPart>>> engagements(PackRequest request, SectionResult answer, BudgetedCalls calls) {
        if (!answer.ok()) {
            return Future.succeededFuture(Part.from(answer, data -> List.of()));
        }
        JsonNode data = (JsonNode) answer.data();
        List<JsonNode> found = request.engagementPack() ? List.of(data) : items(data);
        List<Future<EngagementPart>> parts = new ArrayList<>();
        found.stream().sorted(Comparator.comparing((JsonNode e) -> e.path("name").asText()).thenComparing(e -> e.path("id").asText()))
                .forEach(engagement -> parts.add(engagement(request, engagement, calls)));
        return Future.join(new ArrayList<>(parts)).map(all -> Part.of(parts.stream().map(Future::result).toList()));
    }

    private Future<EngagementPart> engagement(PackRequest request, JsonNode engagement, BudgetedCalls calls) {
        String path = "/api/engagements/" + engagement.path("id").asText();
        Future<SectionResult> health = calls.get(PORTFOLIO, path + "/health");
        Future<SectionResult> milestones = calls.get(PORTFOLIO, path + "/milestones?limit=50");
        Future<SectionResult> risks = calls.get(PORTFOLIO, path + "/raid?type=risk&limit=200");
        Future<SectionResult> decisions = calls.get(PORTFOLIO, path + "/raid?type=decision&limit=200");
        Future<SectionResult> financials = calls.get(PORTFOLIO, path + "/financials?asOf=" + request.asOf());
        Future<SectionResult> staffing = calls.get(PORTFOLIO, path + "/resource-requests?limit=50");
        return Future.join(List.of(health, milestones, risks, decisions, financials, staffing)).map(all -> new EngagementPart(engagement,
                Part.from(health.result(), JsonNode.class::cast),
                Part.from(milestones.result(), data -> sorted(items(data), e -> true, Comparator.comparing(m -> m.path("dueDate").asText()))),
                Part.from(risks.result(), data -> sorted(items(data), StatusPackComposer::open, byExposure())
                        .stream().limit(config.topRisks()).toList()),
                Part.from(decisions.result(), data -> sorted(items(data), StatusPackComposer::open,
                        Comparator.comparing(d -> d.path("dueDate").asText("9999")))),
                Part.from(financials.result(), JsonNode.class::cast),
                Part.from(staffing.result(), StatusPackComposer::items)));
    }

    private Future<Part<List<EscalationPart>>> escalations(SectionResult answer, BudgetedCalls calls) {
        if (!answer.ok()) {
            return Future.succeededFuture(Part.from(answer, data -> List.of()));
        }
        List<JsonNode> open = items(answer.data());
        List<Future<SectionResult>> slas = open.stream()
                .map(e -> calls.get(ESCALATION, "/api/escalations/" + e.path("id").asText() + "/sla")).toList();
        return Future.join(new ArrayList<>(slas)).map(all -> {
            List<EscalationPart> parts = new ArrayList<>();
            for (int i = 0; i < open.size(); i++) {
                parts.add(new EscalationPart(open.get(i), Part.from(slas.get(i).result(), JsonNode.class::cast)));
            }
            return Part.of(parts);
        });
    }

    private static boolean open(JsonNode raidItem) {
        return !"closed".equals(raidItem.path("status").asText());
    }

    private static Comparator<JsonNode> byExposure() {
        return Comparator.comparingInt((JsonNode r) -> -r.path("exposure").asInt())
                .thenComparingInt(r -> -r.path("impact").asInt())
                .thenComparing(r -> r.path("title").asText());
    }

    private static List<JsonNode> sorted(List<JsonNode> items, Predicate<JsonNode> keep, Comparator<JsonNode> order) {
        return items.stream().filter(keep).sorted(order).toList();
    }

    static List<JsonNode> items(Object page) {
        if (!(page instanceof JsonNode node)) {
            return List.of();
        }
        JsonNode items = node.path("items");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }
}
