package io.adeplatform.gateway.statuspack;

import io.adeplatform.gateway.TokenClaims;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.adeplatform.gateway.statuspack.FakeData.CUSTOMER;
import static io.adeplatform.gateway.statuspack.FakeData.MIGRATION;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** POST .../status-packs and the cadence scheduler: packs kept through the archive with the reporter's token. */
@QuarkusTest
@TestProfile(StatusPackProfile.class)
class KeepStatusPackTest {

    static JsonPath recorded() {
        String relationship = ConfigProvider.getConfig().getValue("ade.test.relationship", String.class);
        return given().baseUri(relationship).get("/recorded").then().statusCode(200).extract().jsonPath();
    }

    static List<Map<String, Object>> kept(String queryPart) {
        return recorded().<Map<String, Object>>getList("kept").stream()
                .filter(k -> k.get("query").toString().contains(queryPart)).toList();
    }

    @Test
    void postRendersWithTheCallersTokenAndKeepsThePackWithTheReporters() {
        given().header("Authorization", TestTokens.bearer("alice", "delivery-manager"))
                .queryParam("asOf", "2026-06-30").queryParam("engagementId", MIGRATION)
                .post("/api/accounts/" + CUSTOMER + "/status-packs")
                .then().statusCode(201)
                .header("Location", startsWith("/api/customers/" + CUSTOMER + "/status-packs/"))
                .body("customerId", equalTo(CUSTOMER))
                .body("generatedBy", equalTo("alice"));
        Map<String, Object> pack = kept("requestedBy=alice").get(0);
        assertThat(pack.get("path"), equalTo("/api/customers/" + CUSTOMER + "/status-packs"));
        assertThat(pack.get("query").toString(), equalTo("asOf=2026-06-30&engagementId=" + MIGRATION
                + "&trigger=on-demand&requestedBy=alice"));
        assertThat(pack.get("contentType"), equalTo("application/pdf"));
        assertThat(pack.get("start"), equalTo("%PDF-"));
        assertThat(TokenClaims.username(pack.get("authorization").toString()), equalTo("service-account-ade-reporter"));
        // client credentials of ade-reporter with its local default secret
        String basic = "Basic " + Base64.getEncoder().encodeToString("ade-reporter:ade-reporter-secret".getBytes(StandardCharsets.UTF_8));
        assertThat(recorded().getList("tokenRequests.authorization"), hasItem(basic));
        assertThat(recorded().getString("tokenRequests[0].form"), containsString("grant_type=client_credentials"));
    }

    @Test
    void viewersMayNotKeepPacksAndBadInputIsA400() {
        given().header("Authorization", TestTokens.bearer("vera", "viewer"))
                .post("/api/accounts/" + CUSTOMER + "/status-packs")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("alice", "executive")).queryParam("engagementId", "nope")
                .post("/api/accounts/" + CUSTOMER + "/status-packs")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("mallory", "executive"))
                .post("/api/accounts/" + CUSTOMER + "/status-packs")
                .then().statusCode(404);
    }

    @Test
    void theCadenceKeepsOnePackPerDueItemAndRetriesAFailedOneNextRound() throws InterruptedException {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline
                && (kept("cadenceKind=qbr").isEmpty() || kept("cadenceKind=steering-committee").isEmpty())) {
            Thread.sleep(250);
        }
        Map<String, Object> qbr = kept("cadenceKind=qbr").get(0);
        assertThat(qbr.get("query"), equalTo("asOf=" + today + "&trigger=cadence&cadenceKind=qbr&cadenceDue=2026-01-01"));
        assertThat(qbr.get("start"), equalTo("%PDF-"));
        assertThat(TokenClaims.username(qbr.get("authorization").toString()), equalTo("service-account-ade-reporter"));
        // the steering committee's first try was refused (503); a later round kept it: an engagement pack
        Map<String, Object> steering = kept("cadenceKind=steering-committee").get(0);
        assertThat(steering.get("query"), equalTo("asOf=" + today + "&engagementId=" + MIGRATION
                + "&trigger=cadence&cadenceKind=steering-committee&cadenceDue=" + today));
        // the round that kept the steering committee's pack did not render the QBR's again: it was kept already
        assertThat(kept("cadenceKind=qbr").size(), equalTo(1));
        // the to-do was read with the reporter's token, from today to today + 7 days
        JsonPath recorded = recorded();
        assertThat(recorded.getString("dueRequests[0].query"), startsWith("from=" + today + "&to="
                + LocalDate.now(ZoneOffset.UTC).plusDays(7)));
        assertThat(TokenClaims.username(recorded.getString("dueRequests[0].authorization")), equalTo("service-account-ade-reporter"));
        // the gateway is still serving
        given().get("/q/health/live").then().statusCode(200);
    }
}
