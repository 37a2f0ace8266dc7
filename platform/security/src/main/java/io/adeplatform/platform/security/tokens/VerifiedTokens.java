package io.adeplatform.platform.security.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Verifies each bearer token once rather than on every request. A front-end sends the same access token with every
 * call for its whole life (five minutes in the realm), and verifying it (parse, RSA signature, claims) was the
 * largest single cost of a proxied request (issue 19's profile: a fifth of the gateway's CPU).
 * <p>
 * Runs before quarkus-oidc's own provider (a higher priority) and hands it every token it has not seen. An identity
 * that verification produced is kept, keyed by the exact token text, until the token's {@code exp} (never beyond
 * {@code ade.security.verified-tokens.max-age}, so a key the realm withdraws stops being honoured soon after). A token that fails
 * is not kept: it fails again, verified again. Only JWTs with an expiry are kept.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private final OidcIdentityProvider verifier;
    private final Cache<String, SecurityIdentity> verified;

    @Inject
    public VerifiedTokens(OidcIdentityProvider verifier,
                          @ConfigProperty(name = "ade.security.verified-tokens.max-size") long maxSize,
                          @ConfigProperty(name = "ade.security.verified-tokens.max-age") Duration maxAge) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(new TokenCacheLimits(maxAge))
                .recordStats()
                .build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Ahead of quarkus-oidc's provider (the default priority, {@code SYSTEM_FIRST + 1}), which is called by this one
     * for the tokens it has not verified yet.
     */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        SecurityIdentity known = verified.getIfPresent(token);
        if (known != null) {
            return Uni.createFrom().item(forThisRequest(known, request));
        }
        return verifier.authenticate(request, context).invoke(identity -> remember(token, identity));
    }

    /** How many requests were answered from the cache and how many tokens were verified (tests, diagnostics). */
    public long hits() {
        return verified.stats().hitCount();
    }

    public long verifications() {
        return verified.stats().missCount();
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity != null && !identity.isAnonymous() && expiryOf(identity).isPresent()) {
            // the request that verified it is over soon: the kept identity must not hold on to its routing context
            verified.put(token, QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, null).build());
        }
    }

    /** The kept identity, attached to this request's routing context as quarkus-oidc attaches a fresh one. */
    private static SecurityIdentity forThisRequest(SecurityIdentity known, TokenAuthenticationRequest request) {
        Object routingContext = request.getAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE);
        return QuarkusSecurityIdentity.builder(known)
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, routingContext).build();
    }

    /** When a kept identity stops being honoured: its token's expiry, at most {@code maxAge} after verification. */
    static Optional<Instant> expiryOf(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0
                ? Optional.of(Instant.ofEpochSecond(jwt.getExpirationTime())) : Optional.empty();
    }
}
