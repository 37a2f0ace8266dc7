package io.adeplatform.gateway.routing;

import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import io.vertx.core.Future;

/**
 * Keeps the gateway in the trace. OpenTelemetry's Vert.x instrumentation gives every call to a service a client span
 * (child of the gateway's server span, which continues the caller's traceparent when there is one) and adds that
 * span's traceparent/tracestate to the outgoing request. The proxy would also copy the caller's own headers, and the
 * service would then see two traceparents; so the caller's are dropped here.
 */
class TraceContextHeaders implements ProxyInterceptor {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        context.request().headers().remove(TRACEPARENT).remove(TRACESTATE);
        return context.sendRequest();
    }
}
