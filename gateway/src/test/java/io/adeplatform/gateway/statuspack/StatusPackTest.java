package io.adeplatform.gateway.statuspack;

import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static io.adeplatform.gateway.statuspack.FakeData.CUSTOMER;
import static io.adeplatform.gateway.statuspack.FakeData.DEGRADED;
import static io.adeplatform.gateway.statuspack.FakeData.MIGRATION;
import static io.adeplatform.gateway.statuspack.FakeData.OTHERS_ENGAGEMENT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

@QuarkusTest
@TestProfile(StatusPackProfile.class)
class StatusPackTest {

    static final String ALICE = TestTokens.bearer("alice", "executive");
    static final String AS_OF = "2026-06-30";

    private static boolean warm;

    @BeforeEach
    void warmUp() {
        if (warm) {
            return;
        }
        warm = true;
        // the first call of a fresh JVM pays for class loading and connections, not for the section budget
        given().header("Authorization", ALICE).get("/api/accounts/" + CUSTOMER + "/status-pack");
    }

    static byte[] customerPack(String customerId) {
        return given().header("Authorization", ALICE).queryParam("asOf", AS_OF)
                .get("/api/accounts/" + customerId + "/status-pack")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("status-pack-" + customerId + "-" + AS_OF + ".pdf"))
                .extract().asByteArray();
    }

    @Test
    void customerPackShowsEverySectionAsExtractableText() throws Exception {
        byte[] pdf = customerPack(CUSTOMER);
        assertThat(new String(pdf, 0, 5), equalTo("%PDF-"));
        String text = PdfChecks.text(pdf);
        Files.createDirectories(Path.of("target", "status-pack"));
        Files.writeString(Path.of("target", "status-pack", "customer-pack.txt"), text);
        assertThat(text, stringContainsInOrder("Executive status pack", "Contoso Steering AG", "As of " + AS_OF,
                "Customer health", "Band AMBER, score 62", "escalations: 40 (weight 30",
                "Engagements", "Cloud Migration - RAG RED", "RAG reasons", "milestone Cutover is 12 days late",
                "Milestones", "Milestone number 1 of", "Top risks", "Decisions needed", "Approve the cutover weekend",
                "Financials (EVM as of " + AS_OF + ")", "PV 120,000.00 USD | EV 100,000.00 USD | AC 125,000.00 USD",
                "CPI 0.80 | SPI 0.83", "Staffing", "Solution architect: 1.5 FTE, filled - sam 100%",
                "Data Platform - RAG GREEN",
                "Consumption vs commitment", "Commitment 1,200,000.00 USD, 2026-01-01 to 2026-12-31 - at-risk",
                "Open escalations", "Outage of the order API", "SLA acknowledge ok, resolve warning (2 h left)",
                "Slow reports", "resolve breached"));
        // top 5 open risks by exposure: 8, 6, 5, 4, 3 (7 is closed; 1 and 2 are below the cut)
        assertThat(text, stringContainsInOrder("exposure 24", "exposure 18", "exposure 15", "exposure 12", "exposure 9"));
        assertThat(text, not(containsString("Risk 7")));
        // staffing only for the engagement that has any (Cloud Migration, not Data Platform)
        assertThat(text.split("\nStaffing\n", -1).length, equalTo(2));
        assertThat(text, not(containsString("Risk 2 ")));
        // characters the standard fonts cannot draw are replaced, not fatal
        assertThat(text, containsString("Risk 8 ?? data centre ? emoji ?"));
        // 45 milestones do not fit one page: the rest flows on, nothing is drawn off a page
        assertThat(PdfChecks.pages(pdf), greaterThan(1));
        assertThat(text, containsString("Milestone number " + FakeData.MILESTONES + " of a long plan"));
        assertThat(PdfChecks.glyphsOffThePage(pdf), empty());
        Path png = PdfChecks.firstPagePng(pdf, "customer-pack");
        assertThat(Files.size(png), greaterThan(10_000L));
        PdfChecks.pagePng(pdf, -1, "customer-pack-last-page"); // the burn-down chart and the escalations
    }

    @Test
    void theSameDataAndDateGiveTheSameBytes() {
        byte[] first = customerPack(CUSTOMER);
        byte[] second = customerPack(CUSTOMER);
        assertArrayEquals(first, second);
        // the document's dates are asOf's, not the clock's
        assertThat(PdfChecks.creationDate(first), equalTo(AS_OF + "T00:00Z"));
    }

    @Test
    void engagementPackHasThatEngagementUnderTheCustomersHealthSummary() {
        byte[] pdf = given().header("Authorization", ALICE).queryParam("asOf", AS_OF)
                .get("/api/accounts/" + CUSTOMER + "/engagements/" + MIGRATION + "/status-pack")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = PdfChecks.text(pdf);
        assertThat(text, stringContainsInOrder("Engagement status pack", "Contoso Steering AG", "Customer health",
                "Band AMBER, score 62", "Cloud Migration - RAG RED", "Financials (EVM as of " + AS_OF + ")", "Open escalations"));
        assertThat(text, not(containsString("Data Platform")));
        assertThat(text, not(containsString("Consumption vs commitment")));
        assertThat(text, not(containsString("escalations: 40"))); // the summary, not the factors
        PdfChecks.firstPagePng(pdf, "engagement-pack");
    }

    @Test
    void withoutAsOfThePackIsAsOfToday() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        byte[] pdf = given().header("Authorization", ALICE).get("/api/accounts/" + CUSTOMER + "/status-pack")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(PdfChecks.text(pdf), stringContainsInOrder("As of " + today, "Financials (EVM as of " + today + ")"));
    }

    @Test
    void aDeadOrSlowServiceCostsItsSectionAndTheRestRenders() {
        long start = System.nanoTime();
        String text = PdfChecks.text(customerPack(DEGRADED));
        assertThat((System.nanoTime() - start) / 1_000_000, org.hamcrest.Matchers.lessThan(10_000L));
        assertThat(text, stringContainsInOrder("Degraded Industries", "Customer health", "Band AMBER",
                "Cloud Migration - RAG RED", "Consumption vs commitment", "not available: no answer within 2000 ms",
                "Open escalations", "not available: the service answered 503 (error)"));
    }

    @Test
    void callersWhoMayNotSeeTheCustomerOrEngagementGetA404AndBadDatesA400() {
        given().header("Authorization", TestTokens.bearer("mallory", "executive"))
                .get("/api/accounts/" + CUSTOMER + "/status-pack")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("customer not found (from relationship)"));
        given().header("Authorization", ALICE)
                .get("/api/accounts/" + CUSTOMER + "/engagements/" + OTHERS_ENGAGEMENT + "/status-pack")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", ALICE).get("/api/accounts/not-a-uuid/status-pack")
                .then().statusCode(404).contentType("application/problem+json");
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        given().header("Authorization", ALICE).queryParam("asOf", tomorrow)
                .get("/api/accounts/" + CUSTOMER + "/status-pack")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(startsWith("java")));
        given().header("Authorization", ALICE).queryParam("asOf", "30.06.2026")
                .get("/api/accounts/" + CUSTOMER + "/status-pack")
                .then().statusCode(400).contentType("application/problem+json");
        // year 0000 parses as a date, but no pack is as of it (the platform's dates run 1900 to 2999)
        given().header("Authorization", ALICE).queryParam("asOf", "0000-01-01")
                .get("/api/accounts/" + CUSTOMER + "/status-pack")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("asOf"));
        given().get("/api/accounts/" + CUSTOMER + "/status-pack").then().statusCode(401);
    }
}
