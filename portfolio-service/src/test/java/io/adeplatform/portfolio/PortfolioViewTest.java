package io.adeplatform.portfolio;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.adeplatform.portfolio.Fixtures.EXEC;
import static io.adeplatform.portfolio.Fixtures.OUTSIDER;
import static io.adeplatform.portfolio.Fixtures.VIEWER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class PortfolioViewTest {

    @Test
    void summaryByStageAndHealthAndPlanByHorizon() {
        String customer = Fixtures.customer();
        String envisioning = Fixtures.engagement(customer);
        String solution = Fixtures.engagement(customer);
        Fixtures.moveTo(solution, "solution-development");
        String planning = Fixtures.engagement(customer);
        Fixtures.moveTo(planning, "solution-development", "delivery-planning");
        String delivery = Fixtures.engagement(customer);
        Fixtures.moveTo(delivery, "solution-development", "delivery-planning", "delivery");
        String closed = Fixtures.engagement(customer);
        Fixtures.moveTo(closed, "solution-development", "delivery-planning", "delivery", "closure");

        given().header("Authorization", VIEWER).queryParam("customerId", customer).get("/api/portfolio/summary")
                .then().statusCode(200)
                .body("customerId", equalTo(customer))
                .body("count", equalTo(5))
                .body("budget[0].amount", equalTo("500000.00"))
                .body("byStage.key", equalTo(List.of("envisioning", "solution-development", "delivery-planning", "delivery", "closure")))
                .body("byStage.count", equalTo(List.of(1, 1, 1, 1, 1)))
                .body("byStage[0].budget[0].amount", equalTo("100000.00"))
                .body("byHealth.key", equalTo(List.of("green", "amber", "red")))
                .body("byHealth[0].count", equalTo(5));

        given().header("Authorization", EXEC).queryParam("customerId", customer).get("/api/portfolio/plan")
                .then().statusCode(200)
                .body("horizons.horizon", equalTo(List.of("H1", "H2", "H3")))
                .body("horizons[0].engagements", hasSize(2))
                .body("horizons[0].engagements.id", hasItem(planning))
                .body("horizons[0].engagements.id", hasItem(delivery))
                .body("horizons[1].engagements.id", equalTo(List.of(solution)))
                .body("horizons[2].engagements.id", equalTo(List.of(envisioning)));

        // filtered by a customer the caller may not see, or one that does not exist: an empty view, never 404
        for (String filter : List.of(customer, UUID.randomUUID().toString())) {
            given().header("Authorization", OUTSIDER).queryParam("customerId", filter).get("/api/portfolio/summary")
                    .then().statusCode(200).body("count", equalTo(0)).body("budget", hasSize(0))
                    .body("byStage.count", equalTo(List.of(0, 0, 0, 0, 0)));
            given().header("Authorization", OUTSIDER).queryParam("customerId", filter).get("/api/portfolio/plan")
                    .then().statusCode(200).body("horizons.engagements.flatten()", hasSize(0));
        }
        given().header("Authorization", OUTSIDER).queryParam("customerId", customer).get("/api/engagements")
                .then().statusCode(200).body("items", hasSize(0)).body("hasMore", equalTo(false));
        given().header("Authorization", OUTSIDER).get("/api/portfolio/summary").then().statusCode(200)
                .body("count", equalTo(0));
        given().header("Authorization", EXEC).queryParam("customerId", "nope").get("/api/portfolio/summary")
                .then().statusCode(400);
        given().get("/api/portfolio/summary").then().statusCode(401);
    }
}
