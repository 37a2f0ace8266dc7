package io.adeplatform.gateway.cockpit;

import io.adeplatform.gateway.config.CockpitConfig;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

/**
 * Serves the cockpit's page on the gateway's origin, so the browser's API calls are same-origin. The built files
 * (ade-web's {@code META-INF/resources}) are Quarkus static resources; this adds what a single-page app needs
 * besides: {@code /config.json} naming the Keycloak to sign in with, and {@code index.html} for the app's own
 * addresses (a bookmark of {@code /engagements/…} or a reload), answered only to browsers asking for HTML so that
 * an API client still gets the 404 problem for a path nothing serves.
 */
@ApplicationScoped
public class CockpitRoutes {

    static final String INDEX = "META-INF/resources/index.html";
    /** The app's own addresses: anything without a dot (files have one) outside the API, Quarkus and /openapi. */
    static final String APP_PATHS = "^/(?!api(/|$)|q(/|$)|openapi(/|$))[^.]*$";

    @Inject
    CockpitConfig config;

    private Optional<Buffer> indexPage;
    private String contentSecurityPolicy;

    void init(@Observes Router router) {
        indexPage = readIndexPage();
        contentSecurityPolicy = contentSecurityPolicy(originOf(config.authority()));
        router.get("/config.json").handler(this::sendConfig);
        router.get().pathRegex(APP_PATHS).handler(this::sendIndexPage);
    }

    private void sendConfig(RoutingContext ctx) {
        ctx.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-cache")
                .end(new JsonObject().put("authority", config.authority()).put("clientId", config.clientId()).encode());
    }

    private void sendIndexPage(RoutingContext ctx) {
        String accept = ctx.request().getHeader("Accept");
        if (indexPage.isEmpty() || accept == null || !accept.contains("text/html")) {
            ctx.next();
            return;
        }
        ctx.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                // the page names its hashed scripts: always ask again, so a deployment is seen at once
                .putHeader("Cache-Control", "no-cache")
                .putHeader("Content-Security-Policy", contentSecurityPolicy)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer")
                .end(indexPage.get());
    }

    /**
     * Scripts only from this origin; the token and logout calls go to Keycloak, and its silent-renewal frame is the
     * only frame; the page itself may be framed only by itself (the renewal's callback page).
     */
    public static String contentSecurityPolicy(String keycloakOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self' " + keycloakOrigin + "; frame-src " + keycloakOrigin + "; "
                + "frame-ancestors 'self'; base-uri 'self'; object-src 'none'";
    }

    public static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static Optional<Buffer> readIndexPage() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(INDEX)) {
            // without ade-web on the classpath the gateway is an API gateway only
            return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cockpit's " + INDEX, e);
        }
    }
}
