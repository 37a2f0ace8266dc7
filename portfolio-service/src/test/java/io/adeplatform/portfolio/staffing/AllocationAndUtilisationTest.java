package io.adeplatform.portfolio.staffing;

import io.adeplatform.portfolio.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.portfolio.Fixtures.DM;
import static io.adeplatform.portfolio.Fixtures.EXEC;
import static io.adeplatform.portfolio.staffing.StaffingFixtures.assign;
import static io.adeplatform.portfolio.staffing.StaffingFixtures.role;
import static io.adeplatform.portfolio.staffing.StaffingFixtures.submitted;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A person above 100 % across engagements is refused (or allowed by an executive, recorded); utilisation by hand. */
@QuarkusTest
class AllocationAndUtilisationTest {

    @Test
    void overAllocationAcrossEngagementsIsRefusedNamingPersonPeriodAndTotal() {
        String user = "olga." + UUID.randomUUID();
        String a = StaffingFixtures.engagement(Fixtures.customer(), "2031-01-01", "2031-12-31", "100000.00");
        String b = StaffingFixtures.engagement(Fixtures.customer(), "2031-01-01", "2031-12-31", "100000.00");
        String onA = submitted(a, role("Architect", "2031-01-01", "2031-06-30", "100.00"));
        String onB = submitted(b, role("Architect", "2031-01-01", "2031-06-30", "100.00"));
        assign(EXEC, a, onA, user, 60, "2031-01-01", "2031-03-31", null).then().statusCode(201);

        // 60 % on A until March 31 + 50 % on B from March 1: 110 % from March 1 to 31
        assign(EXEC, b, onB, user, 50, "2031-03-01", "2031-04-30", null).then().statusCode(409)
                .body("type", equalTo("https://adeplatform.io/problems/over-allocation"))
                .body("username", equalTo(user)).body("from", equalTo("2031-03-01"))
                .body("to", equalTo("2031-03-31")).body("totalPercent", equalTo(110));
        // exactly 100 % is allowed
        assign(EXEC, b, onB, user, 40, "2031-03-01", "2031-03-10", null).then().statusCode(201)
                .body("allowedPeakPercent", nullValue());
        // after A ends, the person is free again
        assign(EXEC, b, onB, user, 50, "2031-04-01", "2031-04-30", null).then().statusCode(201);

        // a delivery manager may not override; an executive of the account may, and it is recorded
        assign(DM, b, onB, user, 20, "2031-03-05", "2031-03-20", true).then().statusCode(403);
        assign(EXEC, b, onB, user, 20, "2031-03-05", "2031-03-20", true).then().statusCode(201)
                .body("overAllocationAllowed", equalTo(true)).body("allowedPeakPercent", equalTo(120));
        given().header("Authorization", EXEC).get(StaffingFixtures.requests(b) + "/" + onB + "/assignments").then()
                .statusCode(200).body("items.overAllocationAllowed", equalTo(List.of(false, true, false)));
    }

    @Test
    void utilisationPerPersonAndPerRoleIsAssignedOverCapacity() {
        String customer = Fixtures.customer();
        String e = StaffingFixtures.engagement(customer, "2031-01-01", "2031-12-31", "100000.00");
        String u1 = "ursula." + UUID.randomUUID();
        String u2 = "ulf." + UUID.randomUUID();
        String architect = submitted(e, role("Architect", "2031-01-01", "2031-01-31", "100.00"));
        Map<String, Object> tester = role("Tester", "2031-01-11", "2031-01-20", "60.00");
        tester.remove("fte");
        tester.put("hoursPerMonth", 80); // 0.5 FTE
        String testing = submitted(e, tester);
        assign(EXEC, e, architect, u1, 50, "2031-01-01", "2031-01-31", null).then().statusCode(201);
        assign(EXEC, e, architect, u2, 50, "2031-01-16", "2031-01-31", null).then().statusCode(201);
        assign(EXEC, e, testing, u1, 50, "2031-01-11", "2031-01-20", null).then().statusCode(201);

        // January, 31 days. u1: 0.5 × 31 + 0.5 × 10 = 20.5 FTE-days of 31 = 66.1 %; u2: 0.5 × 16 = 8 of 31 = 25.8 %.
        // Architect: 15.5 + 8 = 23.5 of 1 × 31 = 75.8 %; Tester: 5 of 0.5 × 10 = 5, 100 %.
        given().header("Authorization", EXEC).queryParam("from", "2031-01-01").queryParam("to", "2031-01-31")
                .queryParam("customerId", customer).get("/api/portfolio/utilisation").then().statusCode(200)
                .body("days", equalTo(31))
                .body("people.find { it.name == '" + u1 + "' }.assignedFteDays", equalTo(20.5f))
                .body("people.find { it.name == '" + u1 + "' }.capacityFteDays", equalTo(31.0f))
                .body("people.find { it.name == '" + u1 + "' }.percent", equalTo(66.1f))
                .body("people.find { it.name == '" + u2 + "' }.assignedFteDays", equalTo(8.0f))
                .body("people.find { it.name == '" + u2 + "' }.percent", equalTo(25.8f))
                .body("roles.find { it.name == 'Architect' }.assignedFteDays", equalTo(23.5f))
                .body("roles.find { it.name == 'Architect' }.capacityFteDays", equalTo(31.0f))
                .body("roles.find { it.name == 'Architect' }.percent", equalTo(75.8f))
                .body("roles.find { it.name == 'Tester' }.capacityFteDays", equalTo(5.0f))
                .body("roles.find { it.name == 'Tester' }.percent", equalTo(100.0f));

        // January 16-20, 5 days: u1 full (2.5 + 2.5), u2 half
        given().header("Authorization", EXEC).queryParam("from", "2031-01-16").queryParam("to", "2031-01-20")
                .queryParam("customerId", customer).get("/api/portfolio/utilisation").then().statusCode(200)
                .body("people.find { it.name == '" + u1 + "' }.percent", equalTo(100.0f))
                .body("people.find { it.name == '" + u2 + "' }.percent", equalTo(50.0f))
                .body("roles.find { it.name == 'Architect' }.percent", equalTo(100.0f));

        // the customer's engagements are invisible to an outsider: an empty view
        given().header("Authorization", Fixtures.OUTSIDER).queryParam("from", "2031-01-01").queryParam("to", "2031-01-31")
                .queryParam("customerId", customer).get("/api/portfolio/utilisation").then().statusCode(200)
                .body("people", equalTo(List.of())).body("roles", equalTo(List.of()));
    }

    @Test
    void aBadPeriodIsA400() {
        given().header("Authorization", EXEC).queryParam("from", "2031-02-01").queryParam("to", "2031-01-31")
                .get("/api/portfolio/utilisation").then().statusCode(400);
        given().header("Authorization", EXEC).queryParam("to", "2031-01-31")
                .get("/api/portfolio/utilisation").then().statusCode(400);
        given().header("Authorization", EXEC).queryParam("from", "2031-13-01").queryParam("to", "2031-01-31")
                .get("/api/portfolio/utilisation").then().statusCode(400);
    }
}
