package io.adeplatform.gateway.web;

import io.adeplatform.platform.http.ProblemException;
import io.adeplatform.platform.security.TokenAudiences;

import java.time.Duration;

/** The errors the gateway itself answers with, so each situation has one type and status everywhere. */
public final class GatewayProblems {

    private GatewayProblems() {
    }

    public static ProblemException tokenMissing() {
        return unauthenticated("a valid bearer token is required");
    }

    public static ProblemException tokenRejected() {
        return unauthenticated("the bearer token is invalid, expired, or not issued for this platform");
    }

    public static ProblemException noRoute(String path) {
        return new ProblemException(404, "not-found", "Not found", "no service serves " + path);
    }

    /** A verified token that is not for the platform's user API (a partner system's): see TokenAudiences. */
    public static ProblemException tokenNotForThisApi() {
        return new ProblemException(403, "forbidden", "Forbidden", TokenAudiences.PARTNER_REFUSED);
    }

    /** The client did not send its declared body in time: not the service's fault, so not counted against it. */
    public static ProblemException clientTooSlow(Duration timeout) {
        return new ProblemException(408, "request-timeout", "Request timeout",
                "the request body did not arrive within " + timeout.toMillis() + " ms");
    }

    public static ProblemException upstreamUnavailable(String service) {
        return new ProblemException(502, "bad-gateway", "Bad gateway",
                "the " + service + " service cannot be reached; try again later");
    }

    public static ProblemException upstreamTimeout(String service, Duration timeout) {
        return new ProblemException(504, "gateway-timeout", "Gateway timeout",
                "the " + service + " service did not answer within " + timeout.toMillis() + " ms");
    }

    public static ProblemException circuitOpen(String service) {
        return new ProblemException(503, "service-unavailable", "Service unavailable",
                "the " + service + " service is failing; calls to it are paused for a moment");
    }

    private static ProblemException unauthenticated(String detail) {
        // same type and title as the services' own 401s (platform/http ProblemMappers)
        return new ProblemException(401, "unauthenticated", "Unauthorized", detail);
    }
}
