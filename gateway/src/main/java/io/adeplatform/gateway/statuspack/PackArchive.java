package io.adeplatform.gateway.statuspack;

import io.adeplatform.gateway.config.StatusPackConfig;
import io.adeplatform.gateway.routing.Route;
import io.adeplatform.gateway.routing.RouteTable;
import io.adeplatform.gateway.routing.UpstreamProxies;
import io.adeplatform.gateway.web.CorrelationIds;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps a rendered pack in relationship-service's status-pack archive
 * ({@code POST /api/customers/{customerId}/status-packs}) with the reporter's token: the archive accepts packs from the
 * role {@code reporter} only, and answers 200 with the kept one for a cadence pack it already has.
 */
@ApplicationScoped
public class PackArchive {

    @Inject
    RouteTable table;

    @Inject
    UpstreamProxies proxies;

    @Inject
    ReporterToken reporter;

    @Inject
    StatusPackConfig config;

    /** How the pack came to be: on demand by a user, or by the cadence for a due meeting. */
    public record Provenance(String trigger, String cadenceKind, LocalDate cadenceDue, String requestedBy) {

        public static Provenance onDemand(String requestedBy) {
            return new Provenance("on-demand", null, null, requestedBy);
        }

        public static Provenance cadence(String kind, LocalDate due) {
            return new Provenance("cadence", kind, due, null);
        }
    }

    /** The archive's answer, to pass on to the caller as it is. */
    public record Answer(int status, String contentType, String location, Buffer body) {
    }

    public Future<Answer> keep(PackRequest pack, Provenance provenance, byte[] pdf, String correlationId) {
        Route route = table.routes().stream().filter(r -> r.name().equals(config.archiveRoute())).findFirst().orElse(null);
        if (route == null) {
            return Future.failedFuture("no route named " + config.archiveRoute());
        }
        return reporter.bearer().compose(token -> {
            RequestOptions request = new RequestOptions()
                    .setMethod(HttpMethod.POST)
                    .setHost(route.target().getHost())
                    .setPort(route.port())
                    .setSsl(route.https())
                    .setURI("/api/customers/" + pack.customerId() + "/status-packs?" + query(pack, provenance))
                    .setTimeout(config.budget().toMillis() * 2)
                    .setHeaders(MultiMap.caseInsensitiveMultiMap()
                            .add(HttpHeaders.AUTHORIZATION, token)
                            .add(HttpHeaders.CONTENT_TYPE, "application/pdf")
                            .add(HttpHeaders.ACCEPT, "application/json")
                            .add(CorrelationIds.HEADER, correlationId));
            return proxies.client().request(request)
                    .compose(outgoing -> outgoing.send(Buffer.buffer(pdf)))
                    .compose(response -> response.body().map(body -> new Answer(response.statusCode(),
                            response.getHeader(HttpHeaders.CONTENT_TYPE), response.getHeader(HttpHeaders.LOCATION), body)));
        });
    }

    private static String query(PackRequest pack, Provenance provenance) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("asOf", pack.asOf());
        params.put("engagementId", pack.engagementId());
        params.put("trigger", provenance.trigger());
        params.put("cadenceKind", provenance.cadenceKind());
        params.put("cadenceDue", provenance.cadenceDue());
        params.put("requestedBy", provenance.requestedBy());
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> {
            if (value != null) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
