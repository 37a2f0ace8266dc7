package io.adeplatform.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.adeplatform.gateway.routing.Route;
import io.adeplatform.gateway.routing.RouteTable;
import io.adeplatform.gateway.routing.UpstreamProxies;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /openapi}: the merged OpenAPI document of every service, fetched from their {@code /q/openapi} on each
 * request (the documents are small and this keeps it current as services deploy); Swagger UI at /q/swagger-ui shows
 * it. A service that cannot be reached is listed in {@code x-unavailable-services} instead of failing the document.
 */
@ApplicationScoped
public class AggregatedOpenApi {

    public static final String PATH = "/openapi";

    @Inject
    RouteTable table;

    @Inject
    UpstreamProxies proxies;

    @Inject
    ObjectMapper mapper;

    /** Empty in tests, where tokens are checked against a local key instead of a Keycloak. */
    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> issuer;

    /** The gateway's own operations (META-INF/openapi.yaml, which SmallRye serves at the gateway's /q/openapi too). */
    private JsonNode own;

    void init(@Observes Router router) {
        try (var yaml = AggregatedOpenApi.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            own = new YAMLMapper().readTree(yaml);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("the gateway's own OpenAPI document META-INF/openapi.yaml cannot be read", e);
        }
        router.get(PATH).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        List<Future<OpenApiMerger.ServiceDocument>> fetches = table.routes().stream().map(this::fetch).toList();
        Future.join(fetches).onComplete(done -> {
            List<OpenApiMerger.ServiceDocument> documents = new ArrayList<>();
            List<String> unavailable = new ArrayList<>();
            for (int i = 0; i < fetches.size(); i++) {
                Future<OpenApiMerger.ServiceDocument> fetch = fetches.get(i);
                if (fetch.succeeded()) {
                    documents.add(fetch.result());
                } else {
                    unavailable.add(table.routes().get(i).name());
                }
            }
            OpenApiMerger merger = new OpenApiMerger(mapper,
                    issuer.orElse("http://localhost:8180/realms/ade") + "/.well-known/openid-configuration");
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(merger.merge(own, documents, unavailable).toString());
        });
    }

    private Future<OpenApiMerger.ServiceDocument> fetch(Route route) {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET)
                .setHost(route.target().getHost()).setPort(route.port()).setSsl(route.https())
                .setURI("/q/openapi?format=json")
                .setConnectTimeout(2000).setIdleTimeout(3000)
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        return proxies.client().request(request)
                .compose(outgoing -> outgoing.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture("status " + response.statusCode()))
                .map(body -> {
                    try {
                        JsonNode document = mapper.readTree(body.toString());
                        return new OpenApiMerger.ServiceDocument(route.name(), route.prefixes(), document);
                    } catch (Exception e) {
                        throw new IllegalStateException("not an OpenAPI document from " + route.name(), e);
                    }
                });
    }
}
