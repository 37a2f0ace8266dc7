package io.adeplatform.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells a service who really called and how: X-Forwarded-For/-Host/-Proto and the standard Forwarded header.
 * Every other request header (Authorization, X-Correlation-Id, ...) is copied unchanged by the proxy itself, except
 * hop-by-hop ones and the trace context ({@link TraceContextHeaders}).
 */
class ForwardingHeaders implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        String client = clientAddress(incoming.remoteAddress());
        String host = incoming.authority() == null ? null : incoming.authority().toString();
        String proto = incoming.scheme();

        // appended, so a chain of proxies (ingress, gateway) stays visible to the service
        append(request, "X-Forwarded-For", client);
        if (host != null) {
            request.putHeader("X-Forwarded-Host", host);
        }
        request.putHeader("X-Forwarded-Proto", proto);
        append(request, "Forwarded", forwardedElement(client, host, proto));
        return context.sendRequest();
    }

    private static void append(ProxyRequest request, String name, String value) {
        if (value == null) {
            return;
        }
        // a header sent several times is one comma-separated list (RFC 9110 5.3)
        String existing = String.join(", ", request.headers().getAll(name));
        request.putHeader(name, existing.isBlank() ? value : existing + ", " + value);
    }

    /** One element of RFC 7239: IPv6 addresses and anything with a colon must be quoted. */
    static String forwardedElement(String client, String host, String proto) {
        StringBuilder element = new StringBuilder();
        if (client != null) {
            element.append("for=").append(client.contains(":") ? "\"[" + client + "]\"" : client);
        }
        if (host != null) {
            element.append(element.isEmpty() ? "" : ";").append("host=").append(quoteIfNeeded(host));
        }
        element.append(element.isEmpty() ? "" : ";").append("proto=").append(proto);
        return element.toString();
    }

    private static String quoteIfNeeded(String value) {
        return value.matches("[A-Za-z0-9.\\-_~!#$%&'*+^`|]+") ? value : "\"" + value + "\"";
    }

    private static String clientAddress(SocketAddress address) {
        return address == null ? null : address.hostAddress();
    }
}
