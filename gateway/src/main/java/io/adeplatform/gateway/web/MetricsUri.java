package io.adeplatform.gateway.web;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Names the {@code uri} tag of the HTTP server metrics. Proxied paths carry ids, so tagging the raw path would
 * grow one time series per customer (or per attacker's guess); the gateway tags the route prefix instead.
 */
public final class MetricsUri {

    // the request-context local Quarkus Micrometer reads the URL template from (RESTEasy Reactive sets the same)
    private static final String URL_TEMPLATE = "UrlPathTemplate";

    private MetricsUri() {
    }

    public static void set(String template) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(URL_TEMPLATE, template);
        }
    }
}
