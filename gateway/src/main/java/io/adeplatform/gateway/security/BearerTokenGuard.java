package io.adeplatform.gateway.security;

import io.adeplatform.gateway.web.GatewayProblems;
import io.adeplatform.gateway.web.ProblemWriter;
import io.adeplatform.platform.http.ProblemException;
import io.adeplatform.platform.security.TokenAudiences;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.function.BiConsumer;

/**
 * Lets a request through only with a valid bearer token (signature, expiry, issuer, audience: quarkus-oidc with
 * the platform/security settings) issued for the platform's users (a partner token is a 403: {@link TokenAudiences}).
 * The platform runs with lazy authentication, so the identity Quarkus prepared
 * for this request is resolved here; failures become 401 problem documents instead of Quarkus's empty challenge.
 */
@ApplicationScoped
public class BearerTokenGuard implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(BearerTokenGuard.class);

    /** Where the verified identity is kept on the routing context for the handlers after this one. */
    public static final String IDENTITY = "ade.identity";

    // Quarkus's default lazy-auth failure handler would end the response with an empty 401; this guard answers
    private static final BiConsumer<RoutingContext, Throwable> ANSWERED_BY_GUARD = (ctx, failure) -> { };

    @Inject
    ProblemWriter problems;

    @Inject
    TokenAudiences audiences;

    @Override
    public void handle(RoutingContext ctx) {
        // hold the body until the token is checked: the proxy streams it to the service afterwards
        ctx.request().pause();
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, ANSWERED_BY_GUARD);
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> onContext(context, () -> decide(ctx, identity)),
                failure -> onContext(context, () -> reject(ctx, failure)));
    }

    private void decide(RoutingContext ctx, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            unauthorized(ctx, GatewayProblems.tokenMissing());
        } else if (!audiences.isPlatformUser(identity)) {
            // a partner token: verified, but no gateway route is for partners (they read the platform's events)
            problems.send(ctx, GatewayProblems.tokenNotForThisApi());
        } else {
            ctx.put(IDENTITY, identity);
            ctx.next();
        }
    }

    private void reject(RoutingContext ctx, Throwable failure) {
        LOG.debugf("bearer token rejected on %s: %s", ctx.request().path(), failure.getMessage());
        unauthorized(ctx, GatewayProblems.tokenRejected());
    }

    private void unauthorized(RoutingContext ctx, ProblemException problem) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        problems.send(ctx, problem);
    }

    /** Continues routing on the request's own event-loop context, whichever thread verified the token. */
    private static void onContext(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }
}
