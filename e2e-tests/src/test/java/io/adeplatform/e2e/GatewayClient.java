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
        Response response = as(caller).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post(path);
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
