package io.adeplatform.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, as the validated bearer token describes them. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    /** Keycloak's preferred_username, the name account teams list; the subject when a token has none. */
    public String username() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String preferred = jwt.getClaim("preferred_username");
            if (preferred != null && !preferred.isBlank()) {
                return preferred;
            }
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The platform's reporting machine identity: sees every customer, acts on none. */
    public boolean isReporter() {
        return identity.hasRole(Roles.REPORTER);
    }
}
