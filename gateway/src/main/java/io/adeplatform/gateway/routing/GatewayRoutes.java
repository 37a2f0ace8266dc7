package io.adeplatform.gateway.routing;

import io.adeplatform.gateway.account360.Account360;
import io.adeplatform.gateway.limits.BodySizeLimit;
import io.adeplatform.gateway.limits.RequestHeadLimits;
import io.adeplatform.gateway.limits.UserRateLimit;
import io.adeplatform.gateway.security.BearerTokenGuard;
import io.adeplatform.gateway.statuspack.StatusPackRoutes;
import io.adeplatform.gateway.web.CorrelationIds;
import io.adeplatform.gateway.web.GatewayProblems;
import io.adeplatform.gateway.web.MetricsUri;
import io.adeplatform.gateway.web.ProblemWriter;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Puts the gateway on Quarkus's HTTP router. Every {@code /api/*} request passes, in order: correlation id, body
 * size limit, token check, per-user rate limit, then Account 360, the status packs or the route table (proxy to the service, or 404). {@code /q/*} is left to Quarkus, open. Every path first passes {@link RequestHeadLimits}
 * (414, 431), and a path nothing serves is a 404 problem.
 */
@ApplicationScoped
public class GatewayRoutes {

    static final String API = "/api/*";

    @Inject
    RouteTable table;

    @Inject
    UpstreamProxies proxies;

    @Inject
    BearerTokenGuard guard;

    @Inject
    ProblemWriter problems;

    @Inject
    BodySizeLimit bodySizeLimit;

    @Inject
    UserRateLimit rateLimit;

    @Inject
    RequestHeadLimits headLimits;

    @Inject
    Account360 account360;

    @Inject
    StatusPackRoutes statusPacks;

    void init(@Observes Router router) {
        // before everything else on every path (also /q/*): 414 and 431 as problems
        router.route().order(Integer.MIN_VALUE).handler(headLimits);
        // a path nothing serves (outside /api too) is a problem, not Vert.x's text page
        router.errorHandler(404, ctx -> problems.send(ctx, GatewayProblems.noRoute(ctx.normalizedPath())));
        router.route(API).handler(ctx -> {
            MetricsUri.set("/api/**"); // refined to the route's prefix once the request is routed
            ctx.next();
        });
        router.route(API).handler(new CorrelationIds());
        router.route(API).handler(bodySizeLimit);
        router.route(API).handler(guard);
        router.route(API).handler(rateLimit);
        router.get(Account360.PATH).handler(account360);
        statusPacks.register(router);
        router.route(API).handler(this::dispatch);
    }

    private void dispatch(RoutingContext ctx) {
        // match on the normalized path (no "..", no "//") so a crafted path cannot slip under another prefix
        String path = ctx.normalizedPath();
        table.find(path).ifPresentOrElse(
                match -> {
                    MetricsUri.set(match.prefix() + "/**");
                    proxies.forward(ctx, match.route());
                },
                () -> problems.send(ctx, GatewayProblems.noRoute(path)));
    }
}
