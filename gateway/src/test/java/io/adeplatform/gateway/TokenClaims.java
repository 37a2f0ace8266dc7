package io.adeplatform.gateway;

import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads preferred_username from a bearer token's payload, as a stand-in service needs to answer per caller. */
public final class TokenClaims {

    private TokenClaims() {
    }

    public static String username(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return "";
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length < 2) {
            return "";
        }
        try {
            JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return claims.getString("preferred_username", "");
        } catch (RuntimeException e) {
            return "";
        }
    }
}
