package io.adeplatform.gateway.routing;

import io.adeplatform.gateway.limits.RouteBreakers;
import io.adeplatform.gateway.web.ProblemWriter;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.OriginRequestProvider;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

/**
 * Forwards a request to its route's service with Vert.x's reverse proxy: method, path, query, headers and body go
 * out unchanged, status, headers and body come back streamed. One proxy per route, all sharing one HTTP client
 * (and so its connection pools).
 */
@ApplicationScoped
public class UpstreamProxies {

    private final HttpClient client;
    private final Map<String, Handler<RoutingContext>> handlers = new HashMap<>();

    @Inject
    public UpstreamProxies(Vertx vertx, RouteTable table, ProblemWriter problems, RouteBreakers breakers) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(50));
        for (Route route : table.routes()) {
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(origin(route))
                    // first, so it also sees failures of the interceptors after it
                    .addInterceptor(new UpstreamFailures(route, problems, breakers.of(route.name()), breakers.retryAfterSeconds()))
                    .addInterceptor(new ForwardingHeaders())
                    .addInterceptor(new TraceContextHeaders());
            handlers.put(route.name(), ProxyHandler.create(proxy));
        }
    }

    /** The shared client, for the gateway's own calls to services (Account 360). */
    public HttpClient client() {
        return client;
    }

    public void forward(RoutingContext ctx, Route route) {
        handlers.get(route.name()).handle(ctx);
    }

    private static OriginRequestProvider origin(Route route) {
        long timeout = route.timeout().toMillis();
        return context -> context.client().request(new RequestOptions()
                .setHost(route.target().getHost())
                .setPort(route.port())
                .setSsl(route.https())
                .setConnectTimeout(timeout)
                // no byte from the service for this long: the call fails with a TimeoutException, answered 504
                .setIdleTimeout(timeout));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
