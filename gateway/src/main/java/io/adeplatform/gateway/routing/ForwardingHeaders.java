package io.adeplatform.gateway.routing;

import io.adeplatform.gateway.web.HeaderChars;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

import java.util.List;
import java.util.Locale;

/**
 * Tells a service who really called and how: X-Forwarded-For/-Host/-Proto and the standard Forwarded header.
 * Whatever forwarding headers the client sent are removed first, so the service (which trusts these headers from
 * the gateway only, {@code quarkus.http.proxy.trusted-proxies}) can never be told another host, scheme or address:
 * {@code Location} answers, and the ones stored for idempotent replay, name the gateway as the client reached it.
 * Behind a trusted ingress, Quarkus has already resolved the ingress's headers into the request's remote address,
 * authority and scheme, so those are what is written here.
 * Every other request header (Authorization, X-Correlation-Id, ...) is copied unchanged by the proxy itself, except
 * hop-by-hop ones and the trace context ({@link TraceContextHeaders}).
 */
class ForwardingHeaders implements ProxyInterceptor {

    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        String client = clientAddress(incoming.remoteAddress());
        String host = incoming.authority() == null ? null : incoming.authority().toString();
        String proto = incoming.scheme();

        removeClientForwarding(request);
        if (client != null) {
            request.putHeader("X-Forwarded-For", client);
        }
        if (host != null) {
            request.putHeader("X-Forwarded-Host", host);
        }
        request.putHeader("X-Forwarded-Proto", proto);
        request.putHeader("Forwarded", forwardedElement(client, host, proto));
        return context.sendRequest();
    }

    /** Forwarded and every X-Forwarded-* (For, Host, Proto, Port, Prefix, Server, Ssl, ...) the client sent. */
    static void removeClientForwarding(ProxyRequest request) {
        List<String> names = request.headers().names().stream()
                .filter(name -> name.equalsIgnoreCase("Forwarded") || name.toLowerCase(Locale.ROOT).startsWith("x-forwarded-"))
                .toList();
        names.forEach(request.headers()::remove);
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
        return isToken(value) ? value : "\"" + value + "\"";
    }

    /** An RFC 7230 token (letters, digits and !#$%&'*+-.^_`|~), which a Forwarded value may be unquoted. */
    static boolean isToken(String value) {
        return HeaderChars.onlyAlphanumericOr(value, TOKEN_SYMBOLS);
    }

    private static String clientAddress(SocketAddress address) {
        return address == null ? null : address.hostAddress();
    }
}
