package io.adeplatform.gateway.statuspack;

import io.adeplatform.gateway.config.StatusPackConfig;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.oidc.client.runtime.TokensHelper;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The gateway's own machine identity {@code ade-reporter} (client credentials, realm role {@code reporter}): the only
 * caller the archive lets store packs, and the one that reads every customer's cadence to-do. The token is kept and
 * renewed by quarkus-oidc-client's {@link TokensHelper}, not asked for on every call.
 */
@ApplicationScoped
public class ReporterToken {

    private final TokensHelper tokens = new TokensHelper();

    @Inject
    OidcClients clients;

    @Inject
    StatusPackConfig config;

    /** {@code "Bearer <access token>"}, or a failed future when Keycloak cannot be reached or the client is not set up. */
    public Future<String> bearer() {
        Promise<String> bearer = Promise.promise();
        try {
            OidcClient client = clients.getClient(config.oidcClient());
            if (client == null) {
                return Future.failedFuture("no oidc client named " + config.oidcClient());
            }
            tokens.getTokens(client).subscribe().with(
                    got -> bearer.complete("Bearer " + got.getAccessToken()),
                    bearer::fail);
        } catch (RuntimeException e) {
            bearer.tryFail(e);
        }
        return bearer.future();
    }
}
