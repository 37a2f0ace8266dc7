package io.adeplatform.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The two audiences the realm issues: {@code ade-platform} for the people using the platform (front-ends) and
 * {@code ade-partner-api} for partner systems (client ade-partner). quarkus-oidc accepts either one, so a partner
 * token is authenticated and then refused with 403, never mistaken for a user's: no HTTP endpoint is documented for
 * partners (they read the platform's Kafka topics), so only platform-audience tokens reach the API.
 */
@ApplicationScoped
public class TokenAudiences {

    @ConfigProperty(name = "ade.security.platform-audience")
    String platformAudience;

    /** Whether this caller is a platform user: an authenticated token whose audience names the platform. */
    public boolean isPlatformUser(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous()
                && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getAudience() != null && jwt.getAudience().contains(platformAudience);
    }

    /** Authenticated, but not for the platform's audience (a partner token): refused on every user endpoint. */
    public boolean isRefused(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && !isPlatformUser(identity);
    }

    /** The detail of that 403, the same at the gateway and at every service. */
    public static final String PARTNER_REFUSED = "this token is not issued for the platform's user API (partner"
            + " systems read the platform's events and have no HTTP endpoint)";
}
