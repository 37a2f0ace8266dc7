package io.adeplatform.escalation;

import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.escalation.Escalations.change;
import static io.adeplatform.escalation.Escalations.create;
import static io.adeplatform.escalation.Escalations.rootCause;
import static io.adeplatform.escalation.Escalations.transition;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** State machine, levels, timeline and pauses over HTTP, with the events they publish. */
@QuarkusTest
class EscalationLifecycleTest extends WithAccountTeam {

    private final String admin = TestTokens.bearer("root", "admin");

    private UUID customer() {
        return customer("Northbridge University");
    }

    /** A status move with the escalation's current ETag. */
    private io.restassured.response.ValidatableResponse move(String token, String id, Map<String, Object> body) {
        return change(token, id, "transitions", body);
    }

    /** A change of {@code subPath} without If-Match (428) and with a stale one (412) changes nothing. */
    private void ifMatchRequired(String token, String id, String subPath, Map<String, Object> body) {
        String before = given().header("Authorization", token).get("/api/escalations/" + id).then().extract().asString();
        given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/api/escalations/" + id + "/" + subPath).then().statusCode(428)
                .contentType("application/problem+json");
        given().header("Authorization", token).header("If-Match", "\"99\"").contentType(ContentType.JSON).body(body)
                .post("/api/escalations/" + id + "/" + subPath).then().statusCode(412)
                .contentType("application/problem+json");
        assertThat(given().header("Authorization", token).get("/api/escalations/" + id).then().extract().asString())
                .isEqualTo(before);
    }

    @Test
    void walksTheStateMachineAndRejectsIllegalMoves() {
        String id = create(exec, customer(), "high");
        move(dm, id, Map.of("to", "investigating", "note", "skip")).statusCode(409)
                .contentType("application/problem+json").body("type", containsString("illegal-transition"))
                .body("from", equalTo("open")).body("to", equalTo("investigating"))
                .body("allowed", equalTo(List.of("acknowledged")));
        move(dm, id, Map.of("to", "acknowledged")).statusCode(400).body("errors.field", hasItem("note"));
        move(dm, id, Map.of("to", "paused", "note", "x")).statusCode(400).body("errors.field", hasItem("to"));
        move(dm, id, Map.of("to", "acknowledged", "note", "On it")).statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("status", equalTo("acknowledged")).body("acknowledgedAt", notNullValue());
        // If-Match is required and must be current
        ifMatchRequired(dm, id, "transitions", Map.of("to", "investigating", "note", "stale"));
        given().header("Authorization", dm).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("to", "investigating", "note", "stale")).post("/api/escalations/" + id + "/transitions")
                .then().statusCode(412);
        given().header("Authorization", dm).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("to", "investigating", "note", "Looking at the cut-over logs"))
                .post("/api/escalations/" + id + "/transitions").then().statusCode(200).body("status", equalTo("investigating"));
        transition(dm, id, "mitigated");
        // resolving needs a root-cause analysis; nothing changes without one
        move(dm, id, Map.of("to", "resolved", "note", "fixed")).statusCode(422).body("type", containsString("root-cause-required"));
        Map<String, Object> partialRca = new HashMap<>(rootCause());
        partialRca.remove("preventiveActions");
        move(dm, id, Map.of("to", "resolved", "note", "fixed", "rootCause", partialRca)).statusCode(400)
                .body("errors.field", hasItem("rootCause.preventiveActions"));
        move(dm, id, Map.of("to", "investigating", "note", "x", "rootCause", rootCause())).statusCode(400)
                .body("errors.field", hasItem("rootCause"));
        given().header("Authorization", dm).get("/api/escalations/" + id).then().body("status", equalTo("mitigated"));

        move(dm, id, Map.of("to", "resolved", "note", "Cut-over completed", "rootCause", rootCause())).statusCode(200)
                .body("status", equalTo("resolved")).body("resolvedAt", notNullValue())
                .body("rootCause.category", equalTo("capacity"))
                .body("rootCause.preventiveActions", equalTo("Staffing locked until go-live"));
        Escalations.assertPublished(id, "resolved", 1);
        // resolved: the level is frozen and the timers are stopped
        change(exec, id, "level/transitions", Map.of("to", "L2", "reason", "x")).statusCode(409)
                .body("type", containsString("escalation-not-active"));
        change(exec, id, "sla/transitions", Map.of("to", "paused", "reason", "x")).statusCode(409)
                .body("type", containsString("escalation-not-active"));
        given().header("Authorization", exec).get("/api/escalations/" + id + "/sla").then()
                .body("resolve.timer", equalTo("stopped")).body("acknowledge.timer", equalTo("stopped"));

        transition(exec, id, "closed");
        Escalations.assertPublished(id, "closed", 1);
        move(exec, id, Map.of("to", "closed", "note", "again")).statusCode(409)
                .body("type", containsString("illegal-transition")).body("allowed", equalTo(List.of("investigating")));
        move(exec, id, Map.of("to", "resolved", "note", "again", "rootCause", rootCause())).statusCode(409);
        given().header("Authorization", exec).contentType(ContentType.JSON)
                .body(Map.of("text", "late note", "visibility", "internal"))
                .post("/api/escalations/" + id + "/timeline").then().statusCode(409);

        move(exec, id, Map.of("to", "investigating", "note", "The cut-over failed again")).statusCode(200)
                .body("status", equalTo("investigating")).body("resolvedAt", nullValue()).body("closedAt", nullValue())
                .body("rootCause", nullValue());
        var reopened = Escalations.assertPublished(id, "reopened", 1).get(0);
        assertThat(Escalations.field(reopened, "reason")).isEqualTo("The cut-over failed again");
        assertThat(Escalations.field(reopened, "reopenedBy")).isEqualTo(execName);
        // the resolve timer runs again; the time spent resolved is recorded as a pause
        given().header("Authorization", exec).get("/api/escalations/" + id + "/sla").then()
                .body("resolve.timer", equalTo("running")).body("pauses[0].reason", equalTo("resolved until reopened"));
        given().header("Authorization", exec).queryParam("kind", "status-change").get("/api/escalations/" + id + "/timeline")
                .then().statusCode(200).body("items", hasSize(6))
                .body("items.to", equalTo(java.util.List.of("acknowledged", "investigating", "mitigated", "resolved",
                        "closed", "investigating")))
                .body("items[0].text", equalTo("On it")).body("items[0].author", equalTo(dmName));
    }

    @Test
    void levelsRiseAndFallWithTheRightAuthority() {
        String id = create(exec, customer(), "high");
        ifMatchRequired(dm, id, "level/transitions", Map.of("to", "L2", "reason", "Needs the ADE"));
        change(dm, id, "level/transitions", Map.of("to", "L2", "reason", "Needs the ADE")).statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("level", equalTo("L2")).body("levelSetBy", equalTo("delivery-manager"));
        change(exec, id, "level/transitions", Map.of("to", "L3", "reason", "CIO involved")).statusCode(200)
                .body("level", equalTo("L3"));
        // the executive raised it: the delivery manager may not lower it
        change(dm, id, "level/transitions", Map.of("to", "L2", "reason", "calmer now")).statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("executive"));
        change(exec, id, "level/transitions", Map.of("to", "L3", "reason", "again")).statusCode(409)
                .body("type", containsString("level-unchanged"));
        change(exec, id, "level/transitions", Map.of("to", "L2")).statusCode(400).body("errors.field", hasItem("reason"));
        change(exec, id, "level/transitions", Map.of("to", "L4", "reason", "x")).statusCode(400)
                .body("errors.field", hasItem("to"));
        change(exec, id, "level/transitions", Map.of("to", "L1", "reason", "Back to the team")).statusCode(200)
                .body("level", equalTo("L1")).body("levelSetBy", equalTo("executive"));
        // the old verb path is gone
        given().header("Authorization", exec).header("If-Match", Escalations.etag(exec, id)).contentType(ContentType.JSON)
                .body(Map.of("to", "L2", "reason", "x")).post("/api/escalations/" + id + "/level")
                .then().statusCode(anyOf(equalTo(404), equalTo(405)));

        given().header("Authorization", exec).queryParam("kind", "level-change").get("/api/escalations/" + id + "/timeline")
                .then().statusCode(200).body("items", hasSize(3))
                .body("items.from", equalTo(java.util.List.of("L1", "L2", "L3")))
                .body("items.to", equalTo(java.util.List.of("L2", "L3", "L1")))
                .body("items[1].text", containsString("CIO involved")).body("items[1].author", equalTo(execName));
        var events = Escalations.assertPublished(id, "level-changed", 3);
        assertThat(Escalations.field(events.get(0), "from")).isEqualTo("L1");
        assertThat(Escalations.field(events.get(0), "to")).isEqualTo("L2");
        assertThat(Escalations.field(events.get(0), "changedBy")).isEqualTo(dmName);
        assertThat(Escalations.field(events.get(0), "automatic")).isEqualTo("false");
        assertThat(Escalations.field(events.get(0), "reason")).isEqualTo("Needs the ADE");
    }

    @Test
    void timelineSeparatesCustomerVisibleEntries() {
        String id = create(exec, customer(), "medium");
        String key = UUID.randomUUID().toString();
        Map<String, Object> note = Map.of("text", "Vendor ticket 4711 opened", "visibility", "internal", "trend", "declining");
        String first = given().header("Authorization", dm).header("Idempotency-Key", key).contentType(ContentType.JSON).body(note)
                .post("/api/escalations/" + id + "/timeline").then().statusCode(201)
                .header("Location", containsString("/timeline/"))
                .body("visibility", equalTo("internal")).body("customerVisible", equalTo(false))
                .body("trend", equalTo("declining")).body("author", equalTo(dmName)).extract().path("id");
        given().header("Authorization", dm).header("Idempotency-Key", key).contentType(ContentType.JSON).body(note)
                .post("/api/escalations/" + id + "/timeline").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().header("Authorization", exec).contentType(ContentType.JSON)
                .body(Map.of("text", "We have restored service and are monitoring.", "visibility", "customer", "trend", "improving"))
                .post("/api/escalations/" + id + "/timeline").then().statusCode(201).body("customerVisible", equalTo(true));
        given().header("Authorization", exec).contentType(ContentType.JSON).body(Map.of("text", "x", "visibility", "public"))
                .post("/api/escalations/" + id + "/timeline").then().statusCode(400).body("errors.field", hasItem("visibility"));
        given().header("Authorization", exec).contentType(ContentType.JSON).body(Map.of("text", "", "visibility", "internal"))
                .post("/api/escalations/" + id + "/timeline").then().statusCode(400).body("errors.field", hasItem("text"));

        given().header("Authorization", exec).get("/api/escalations/" + id).then().body("trend", equalTo("improving"));
        given().header("Authorization", exec).queryParam("visibility", "customer").get("/api/escalations/" + id + "/timeline")
                .then().statusCode(200).body("items", hasSize(1)).body("items.customerVisible", everyItem(equalTo(true)))
                .body("items[0].text", equalTo("We have restored service and are monitoring."));
        given().header("Authorization", exec).get("/api/escalations/" + id + "/timeline")
                .then().statusCode(200).body("items", hasSize(3))
                .body("items.kind", equalTo(java.util.List.of("opened", "update", "update")));
        given().header("Authorization", exec).queryParam("visibility", "everyone").get("/api/escalations/" + id + "/timeline")
                .then().statusCode(400).body("errors.field", hasItem("visibility"));
    }

    @Test
    void pauseAndResumeTheSlaTimers() {
        String id = create(exec, customer(), "critical");
        change(dm, id, "sla/transitions", Map.of("to", "paused", "reason", " ")).statusCode(400)
                .body("errors.field", hasItem("reason"));
        change(dm, id, "sla/transitions", Map.of("to", "paused")).statusCode(400).body("errors.field", hasItem("reason"));
        change(dm, id, "sla/transitions", Map.of("to", "stopped", "reason", "x")).statusCode(400)
                .body("errors.field", hasItem("to"));
        change(dm, id, "sla/transitions", Map.of("reason", "x")).statusCode(400).body("errors.field", hasItem("to"));
        change(dm, id, "sla/transitions", Map.of("to", "running")).statusCode(409).body("type", containsString("not-paused"));
        ifMatchRequired(dm, id, "sla/transitions", Map.of("to", "paused", "reason", "waiting for customer"));
        change(dm, id, "sla/transitions", Map.of("to", "paused", "reason", "waiting for customer")).statusCode(200)
                .body("paused", equalTo(true)).header("ETag", equalTo("\"1\""));
        change(dm, id, "sla/transitions", Map.of("to", "paused", "reason", "again")).statusCode(409)
                .body("type", containsString("already-paused"));
        given().header("Authorization", dm).get("/api/escalations/" + id + "/sla").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("paused", equalTo(true)).body("pauseReason", equalTo("waiting for customer"))
                .body("acknowledge.timer", equalTo("paused")).body("acknowledge.dueAt", nullValue());
        change(dm, id, "sla/transitions", Map.of("to", "running", "reason", "customer answered")).statusCode(200)
                .body("paused", equalTo(false)).header("ETag", equalTo("\"2\""));
        given().header("Authorization", dm).get("/api/escalations/" + id + "/sla").then().statusCode(200)
                .body("paused", equalTo(false)).body("acknowledge.timer", equalTo("running"))
                .body("acknowledge.dueAt", notNullValue()).body("pauses", hasSize(1));
        given().header("Authorization", dm).queryParam("kind", "sla-event").get("/api/escalations/" + id + "/timeline")
                .then().body("items", hasSize(2)).body("items[0].text", containsString("waiting for customer"))
                .body("items[1].text", containsString("customer answered"));
        // the old verb paths are gone
        for (String verb : List.of("pause", "resume")) {
            given().header("Authorization", dm).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                    .body(Map.of("reason", "x")).post("/api/escalations/" + id + "/" + verb)
                    .then().statusCode(anyOf(equalTo(404), equalTo(405)));
        }
    }

    @Test
    void adminsEditSlaPolicies() {
        given().header("Authorization", dm).get("/api/escalations/sla-policies").then().statusCode(200)
                .body("items.severity", equalTo(List.of("critical", "high", "medium", "low")))
                .body("items[0].acknowledgeMinutes", equalTo(60)).body("items[0].resolveMinutes", equalTo(1440))
                .body("page", equalTo(0)).body("limit", equalTo(50)).body("hasMore", equalTo(false));
        given().header("Authorization", dm).queryParam("limit", 3).get("/api/escalations/sla-policies").then()
                .statusCode(200).body("items.severity", equalTo(List.of("critical", "high", "medium")))
                .body("hasMore", equalTo(true));
        given().header("Authorization", dm).queryParam("limit", 3).queryParam("page", 1)
                .get("/api/escalations/sla-policies").then().statusCode(200)
                .body("items.severity", equalTo(List.of("low"))).body("page", equalTo(1)).body("hasMore", equalTo(false));
        given().header("Authorization", dm).queryParam("limit", 201).get("/api/escalations/sla-policies").then()
                .statusCode(400).body("errors.field", hasItem("limit"));
        String etag = given().header("Authorization", dm).get("/api/escalations/sla-policies/low").then().statusCode(200)
                .extract().header("ETag");
        given().header("Authorization", dm).get("/api/escalations/sla-policies/urgent").then().statusCode(404);
        Map<String, Object> change = Map.of("acknowledgeMinutes", 720, "resolveMinutes", 10080);
        given().header("Authorization", exec).header("If-Match", etag).contentType(ContentType.JSON).body(change)
                .put("/api/escalations/sla-policies/low").then().statusCode(403);
        given().header("Authorization", admin).contentType(ContentType.JSON).body(change)
                .put("/api/escalations/sla-policies/low").then().statusCode(428);
        given().header("Authorization", admin).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("acknowledgeMinutes", 0, "resolveMinutes", 10))
                .put("/api/escalations/sla-policies/low").then().statusCode(400).body("errors.field", hasItem("acknowledgeMinutes"));
        given().header("Authorization", admin).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("acknowledgeMinutes", 600, "resolveMinutes", 60))
                .put("/api/escalations/sla-policies/low").then().statusCode(422);
        Map<String, Object> original = new HashMap<>();
        given().header("Authorization", admin).get("/api/escalations/sla-policies/low").then().extract().jsonPath()
                .getMap("").forEach((k, v) -> original.put(String.valueOf(k), v));
        String newTag = given().header("Authorization", admin).header("If-Match", etag).contentType(ContentType.JSON).body(change)
                .put("/api/escalations/sla-policies/low").then().statusCode(200)
                .body("acknowledgeMinutes", equalTo(720)).body("updatedBy", equalTo("root")).extract().header("ETag");
        try {
            String id = create(exec, customer(), "low");
            given().header("Authorization", exec).get("/api/escalations/" + id + "/sla").then()
                    .body("acknowledge.targetMinutes", equalTo(720)).body("resolve.targetMinutes", equalTo(10080));
            given().header("Authorization", admin).header("If-Match", etag).contentType(ContentType.JSON).body(change)
                    .put("/api/escalations/sla-policies/low").then().statusCode(412);
        } finally {
            given().header("Authorization", admin).header("If-Match", newTag).contentType(ContentType.JSON)
                    .body(Map.of("acknowledgeMinutes", original.get("acknowledgeMinutes"), "resolveMinutes", original.get("resolveMinutes")))
                    .put("/api/escalations/sla-policies/low").then().statusCode(200);
        }
    }
}
