package io.adeplatform.portfolio.staffing;

import io.adeplatform.portfolio.Fixtures;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.portfolio.Fixtures.EXEC;
import static io.restassured.RestAssured.given;

/** Test helpers for the resource plan: engagements with given dates, requests, submissions, assignments. */
final class StaffingFixtures {

    static final String TYPE_PREFIX = "io.adeplatform.portfolio.engagement.";

    private StaffingFixtures() {
    }

    static String engagement(String customer, String start, String end, String budget) {
        Map<String, Object> body = Fixtures.engagementBody(customer, "Staffed " + UUID.randomUUID());
        body.put("startDate", start);
        body.put("endDate", end);
        body.put("budget", Map.of("amount", budget, "currency", "USD"));
        return Fixtures.createEngagement(body).path("id");
    }

    static Map<String, Object> role(String role, String start, String end, String rate) {
        Map<String, Object> body = new HashMap<>();
        body.put("role", role);
        body.put("skills", List.of("Terraform"));
        body.put("fte", 1);
        body.put("costRate", Map.of("amount", rate, "currency", "USD"));
        body.put("startDate", start);
        body.put("endDate", end);
        return body;
    }

    static Response postRequest(String engagement, Map<String, Object> body) {
        return given().header("Authorization", EXEC).contentType(ContentType.JSON).body(body)
                .post(requests(engagement));
    }

    static String request(String engagement, Map<String, Object> body) {
        return postRequest(engagement, body).then().statusCode(201).extract().path("id");
    }

    static Response move(String engagement, String request, String to) {
        return Fixtures.transition(requests(engagement) + "/" + request, requests(engagement) + "/" + request
                + "/transitions", to);
    }

    static String submitted(String engagement, Map<String, Object> body) {
        String id = request(engagement, body);
        move(engagement, id, "submitted").then().statusCode(200);
        return id;
    }

    static Response assign(String token, String engagement, String request, String user, int percent, String from,
                           String to, Boolean allow) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", user);
        body.put("allocationPercent", percent);
        body.put("startDate", from);
        body.put("endDate", to);
        if (allow != null) {
            body.put("allowOverAllocation", allow);
        }
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post(requests(engagement) + "/" + request + "/assignments");
    }

    static String requests(String engagement) {
        return "/api/engagements/" + engagement + "/resource-requests";
    }
}
