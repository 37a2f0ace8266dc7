package io.adeplatform.platform.security;

import io.adeplatform.platform.http.ProblemResponses;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, with 403, every REST call made with a token that is valid but not issued for the platform's audience
 * (a partner token): {@code @Authenticated} reads would otherwise accept it. The identity is resolved lazily
 * (proactive authentication is off), so this filter waits for it; a token that fails to verify is left to the
 * endpoint's own check (401).
 */
public class PartnerTokenFilter {

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    TokenAudiences audiences;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Response> refusePartnerTokens(ContainerRequestContext request) {
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> audiences.isRefused(identity)
                        ? ProblemResponses.of(403, "forbidden", "Forbidden", TokenAudiences.PARTNER_REFUSED,
                                request.getUriInfo().getPath())
                        : null);
    }
}
