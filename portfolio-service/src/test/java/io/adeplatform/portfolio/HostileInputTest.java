package io.adeplatform.portfolio;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.adeplatform.platform.testing.ProblemAnswers.refused;
import static io.adeplatform.portfolio.Fixtures.DM;
import static io.adeplatform.portfolio.Fixtures.EXEC;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 against portfolio: steering-meeting lists have item limits; dates, currencies and NULs are refused. */
@QuarkusTest
class HostileInputTest {

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

    @Test
    void steeringMeetingListsAreLimited() {
        String meetings = "/api/engagements/" + Fixtures.engagement(Fixtures.customer()) + "/steering-meetings";
        List<String> many = Collections.nCopies(201, "Jane Doe");
        assertThat(refused(as(DM).body(Map.of("date", Fixtures.today().toString(), "attendees", many)).post(meetings), 400))
                .containsExactly("attendees");
        assertThat(refused(as(DM).body(Map.of("date", Fixtures.today().toString(), "attendees", List.of("CIO"),
                "agenda", Collections.nCopies(100_000, "item"))).post(meetings), 400)).containsExactly("agenda");
        assertThat(refused(as(DM).body(Map.of("date", Fixtures.today().toString(), "attendees", List.of("x".repeat(201))))
                .post(meetings), 400)).singleElement().asString().startsWith("attendees");
        assertThat(refused(as(DM).body(Map.of("date", "0000-01-01", "attendees", List.of("CIO"))).post(meetings), 400))
                .containsExactly("date");
        as(DM).body(Map.of("date", Fixtures.today().toString(), "attendees", Collections.nCopies(200, "Jane Doe")))
                .post(meetings).then().statusCode(201);
        assertThat(as(EXEC).get(meetings).<List<?>>path("items")).hasSize(1);
    }

    @Test
    void engagementBodiesAndFiltersAreStrict() {
        String customer = Fixtures.customer();
        Map<String, Object> body = Fixtures.engagementBody(customer, "Hostile");
        body.put("budget", Map.of("amount", "1000.00", "currency", "XXQ"));
        assertThat(refused(as(EXEC).body(body).post("/api/engagements"), 400)).containsExactly("budget.currency");
        body = Fixtures.engagementBody(customer, "Hostile");
        body.put("endDate", "+999999999-12-31");
        assertThat(refused(as(EXEC).body(body).post("/api/engagements"), 400)).containsExactly("endDate");
        body = Fixtures.engagementBody(customer, "Hostile\u0000");
        assertThat(refused(as(EXEC).body(body).post("/api/engagements"), 400)).containsExactly("name");
        assertThat(refused(as(EXEC).urlEncodingEnabled(false).get("/api/engagements?deliveryManager=dave%00"), 400))
                .containsExactly("deliveryManager");
        assertThat(as(EXEC).get("/api/engagements?customerId=" + customer).<List<?>>path("items")).isEmpty();
    }
}
