package io.adeplatform.gateway.statuspack;

import io.adeplatform.gateway.web.PathIds;
import com.fasterxml.jackson.databind.JsonNode;
import io.adeplatform.gateway.account360.SectionResult;
import io.adeplatform.gateway.security.BearerTokenGuard;
import io.adeplatform.gateway.web.CorrelationIds;
import io.adeplatform.gateway.web.MetricsUri;
import io.adeplatform.gateway.web.ProblemWriter;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.NotPermitted;
import io.adeplatform.platform.http.Problem;
import io.adeplatform.platform.http.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * The status-pack endpoints: a customer's or an engagement's pack as a PDF, composed with the caller's own token
 * (the services decide what the caller sees), and {@code POST .../status-packs}, which renders one the same way and
 * keeps it in the archive with the gateway's reporter identity.
 */
@ApplicationScoped
public class StatusPackRoutes {

    static final String CUSTOMER_PACK = "/api/accounts/:customerId/status-pack";
    static final String ENGAGEMENT_PACK = "/api/accounts/:customerId/engagements/:engagementId/status-pack";
    static final String KEEP = "/api/accounts/:customerId/status-packs";
    /** Keeping a pack is a write: every platform role but viewer (DESIGN: viewers read, never write). */
    private static final Set<String> KEEPERS = Set.of("admin", "executive", "delivery-manager", "finance");

    @Inject
    StatusPackPrinter printer;

    @Inject
    PackArchive archive;

    @Inject
    ProblemWriter problems;

    @Inject
    Clock clock;

    public void register(Router router) {
        router.get(CUSTOMER_PACK).handler(ctx -> download(ctx, "/api/accounts/{customerId}/status-pack", null));
        router.get(ENGAGEMENT_PACK).handler(ctx -> download(ctx,
                "/api/accounts/{customerId}/engagements/{engagementId}/status-pack", ctx.pathParam("engagementId")));
        router.post(KEEP).handler(this::keep);
    }

    private void download(RoutingContext ctx, String metricsUri, String engagementId) {
        MetricsUri.set(metricsUri);
        try {
            PackRequest request = PackRequest.parse(ctx.pathParam("customerId"), engagementId,
                    ctx.request().getParam("asOf"), LocalDate.now(clock));
            render(ctx, request).onSuccess(pdf -> {
                if (pdf != null) {
                    ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/pdf")
                            .putHeader("Content-Disposition", "inline; filename=\"" + fileName(request) + "\"")
                            .putHeader(HttpHeaders.CACHE_CONTROL, "private, no-store")
                            .end(io.vertx.core.buffer.Buffer.buffer(pdf));
                }
            }).onFailure(ctx::fail);
        } catch (ProblemException e) {
            problems.send(ctx, e);
        }
    }

    private void keep(RoutingContext ctx) {
        MetricsUri.set("/api/accounts/{customerId}/status-packs");
        ctx.request().resume();
        try {
            SecurityIdentity caller = ctx.get(BearerTokenGuard.IDENTITY);
            if (caller == null || caller.getRoles().stream().noneMatch(KEEPERS::contains)) {
                throw ProblemException.of(new NotPermitted("keeping a status pack takes one of the roles " + KEEPERS.stream().sorted().toList()));
            }
            String engagementId = ctx.request().getParam("engagementId");
            if (engagementId != null && !PathIds.isUuid(engagementId)) {
                throw ProblemException.of(InvalidInput.field("engagementId", "must be a UUID"));
            }
            PackRequest request = PackRequest.parse(ctx.pathParam("customerId"), engagementId,
                    ctx.request().getParam("asOf"), LocalDate.now(clock));
            String correlationId = ctx.request().getHeader(CorrelationIds.HEADER);
            render(ctx, request).onSuccess(pdf -> {
                if (pdf == null) {
                    return;
                }
                archive.keep(request, PackArchive.Provenance.onDemand(caller.getPrincipal().getName()), pdf, correlationId)
                        .onSuccess(answer -> {
                            ctx.response().setStatusCode(answer.status());
                            if (answer.contentType() != null) {
                                ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, answer.contentType());
                            }
                            if (answer.location() != null) {
                                ctx.response().putHeader(HttpHeaders.LOCATION, answer.location());
                            }
                            ctx.response().end(answer.body());
                        })
                        .onFailure(failure -> problems.send(ctx, new ProblemException(503, "service-unavailable",
                                "Service unavailable", "the status-pack archive cannot be reached now; try again later")));
            }).onFailure(ctx::fail);
        } catch (ProblemException e) {
            problems.send(ctx, e);
        }
    }

    /** The PDF, or null when the answer (a 404 for a customer the caller may not see) has been sent already. */
    private Future<byte[]> render(RoutingContext ctx, PackRequest request) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        String correlationId = ctx.request().getHeader(CorrelationIds.HEADER);
        return printer.print(request, authorization, correlationId).map(printed -> {
            if (printed.notFound() != null) {
                notFound(ctx, request, printed.notFound());
            }
            return printed.pdf();
        });
    }

    /** Passes the owning service's own 404 problem on, so the gateway says no more than the service did. */
    private void notFound(RoutingContext ctx, PackRequest request, SectionResult answer) {
        if (answer.data() instanceof JsonNode problem && problem.isObject() && problem.has("status")) {
            ctx.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(problem.toString());
        } else {
            problems.send(ctx, ProblemException.of(request.engagementPack()
                    ? new NotFound("engagement", request.engagementId()) : new NotFound("customer", request.customerId())));
        }
    }

    static String fileName(PackRequest request) {
        return "status-pack-" + (request.engagementPack() ? "engagement-" + request.engagementId() : request.customerId())
                + "-" + request.asOf() + ".pdf";
    }
}
