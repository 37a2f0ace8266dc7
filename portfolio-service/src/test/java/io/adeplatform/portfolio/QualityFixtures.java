package io.adeplatform.portfolio;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

import static io.adeplatform.portfolio.Fixtures.EXEC;
import static io.restassured.RestAssured.given;

/** Quality reviews through the API: passing the gates that guard a stage, so tests can walk the lifecycle. */
public final class QualityFixtures {

    private QualityFixtures() {
    }

    /** Passes every gate guarding {@code stage} that is not passed or waived yet: a review, its checklist, passed. */
    public static void passGatesInto(String engagementId, String stage) {
        JsonPath gates = given().header("Authorization", EXEC).get(gatesPath(engagementId))
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = gates.getList("items");
        for (Map<String, Object> gate : items) {
            if (stage.equals(gate.get("stage")) && !List.of("passed", "waived").contains(gate.get("status"))) {
                passReview(engagementId, (String) gate.get("gate"));
            }
        }
    }

    /** A new review of the gate with every checklist item done, passed; answers its path. */
    public static String passReview(String engagementId, String gate) {
        String review = startReview(engagementId, gate);
        checkAll(review);
        Fixtures.transition(review, review + "/transitions", "passed").then().statusCode(200);
        return review;
    }

    /** A pending review of the gate; answers its path. */
    public static String startReview(String engagementId, String gate) {
        String id = given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("gate", gate, "reviewer", "erin.exec")).post(reviewsPath(engagementId))
                .then().statusCode(201).extract().path("id");
        return reviewsPath(engagementId) + "/" + id;
    }

    /** Marks every checklist item of the review done. */
    public static void checkAll(String review) {
        List<String> items = given().header("Authorization", EXEC).get(review).then().statusCode(200)
                .extract().jsonPath().getList("checklist.item");
        given().header("Authorization", EXEC).header("If-Match", Fixtures.etag(review)).contentType(ContentType.JSON)
                .body(Map.of("done", items)).put(review + "/checklist").then().statusCode(200);
    }

    public static String gatesPath(String engagementId) {
        return "/api/engagements/" + engagementId + "/quality-gates";
    }

    public static String reviewsPath(String engagementId) {
        return "/api/engagements/" + engagementId + "/quality-reviews";
    }
}
