package io.adeplatform.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The route table, one block per backing service: {@code ade.gateway.routes.<name>.prefixes/target/timeout}.
 * Adding a service is a configuration change only; each key can be overridden by an environment variable
 * ({@code ADE_GATEWAY_ROUTES_RELATIONSHIP_TARGET}).
 */
@ConfigMapping(prefix = "ade.gateway")
public interface GatewayConfig {

    Map<String, RouteConfig> routes();

    interface RouteConfig {

        /** Path prefixes served by this service, e.g. {@code /api/customers}; sub-paths match, siblings do not. */
        List<String> prefixes();

        /** Base URL of the service, e.g. {@code http://localhost:8081}; the request path is appended unchanged. */
        URI target();

        /** How long the service may stay silent before the gateway answers 504. */
        @WithDefault("10s")
        Duration timeout();
    }
}
