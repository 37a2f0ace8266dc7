package io.adeplatform.gateway.config;

import io.smallrye.config.ConfigMapping;

/**
 * The cockpit (web/) the gateway serves at {@code /}: where the browser signs in. Served to the page as
 * {@code /config.json}, so one build of the cockpit runs against every Keycloak.
 */
@ConfigMapping(prefix = "ade.gateway.cockpit")
public interface CockpitConfig {

    /** The OIDC issuer as the browser reaches it (the public URL, not the in-cluster one). */
    String authority();

    /** Keycloak's public client for browsers: authorization code with PKCE. */
    String clientId();
}
