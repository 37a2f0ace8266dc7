package io.adeplatform.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Calls through the gateway as one demo caller (or without a token), the way a front-end or partner would. */
final class GatewayClient {

    private final RunningPlatform platform;

    GatewayClient(RunningPlatform platform) {
        this.platform = platform;
    }

    RequestSpecification as(DemoCaller caller) {
        RequestSpecification request = anonymous();
        return caller == null ? request : request.header("Authorization", caller.bearer(platform));
    }

    RequestSpecification anonymous() {
        return given().baseUri(platform.gatewayUrl()).urlEncodingEnabled(false);
    }

    /** A creating POST that must succeed; answers the created resource's body. */
    Response create(DemoCaller caller, String path, Object body) {
        return succeeded(post(caller, path, body), caller, path);
    }

    /**
     * A creating POST whose body names an engagement created a moment ago: the service learns engagements from
     * portfolio's events (its reference projection), so until then it answers 422 {@code unknown-engagement}, as a
     * front-end would see too. Retried for up to a minute, then it must succeed.
     */
    Response createOnceEngagementKnown(DemoCaller caller, String path, Object body) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (true) {
            Response response = post(caller, path, body);
            Object type = response.statusCode() == 422 ? response.path("type") : null;
            boolean unknownYet = type != null && type.toString().endsWith("/unknown-engagement");
            if (!unknownYet || System.nanoTime() > deadline) {
                return succeeded(response, caller, path);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the engagement to be known", e);
            }
        }
    }

    private Response post(DemoCaller caller, String path, Object body) {
        return as(caller).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post(path);
    }

    private static Response succeeded(Response response, DemoCaller caller, String path) {
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("fixture: POST " + path + " as " + caller.username + " answered "
                    + response.statusCode() + ": " + response.asString());
        }
        return response;
    }

    String createId(DemoCaller caller, String path, Object body) {
        return create(caller, path, body).path("id").toString();
    }
}
