package io.adeplatform.relationship;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.relationship.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Customer attributes, list filters, account-team changes and archiving, with their events. */
@QuarkusTest
class CustomerLifecycleTest {

    private final String owner = "olga." + UUID.randomUUID();
    private final String exec = TestTokens.bearer(owner, "executive");

    @Test
    void tierIndustryRegionAreStoredFilteredAndPublished() throws Exception {
        String id = as(exec).body(Map.of("name", "Cascadia Health", "segment", "state-government", "tier", "tier-1",
                        "industry", "public-health", "region", "us-west"))
                .post("/api/customers").then().statusCode(201)
                .body("tier", equalTo("tier-1")).body("industry", equalTo("public-health")).body("region", equalTo("us-west"))
                .extract().path("id");
        Api.customer(exec, "Other Agency");
        as(exec).queryParam("tier", "tier-1").get("/api/customers").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id));
        as(exec).queryParam("region", "us-west").queryParam("segment", "state-government").get("/api/customers")
                .then().statusCode(200).body("items", hasSize(1));
        JsonNode registered = new ObjectMapper().readTree(
                Api.awaitEvent(id, "io.adeplatform.relationship.customer.registered.v1", 1).value());
        assertThat(registered.get("region").asText()).isEqualTo("us-west");

        as(exec).header("If-Match", "\"0\"").body(Map.of("name", "Cascadia Health", "segment", "state-government",
                        "tier", "tier-2", "industry", "public-health", "region", "us-east"))
                .put("/api/customers/" + id).then().statusCode(200).body("tier", equalTo("tier-2"));
        JsonNode updated = new ObjectMapper().readTree(
                Api.awaitEvent(id, "io.adeplatform.relationship.customer.updated.v1", 1).value());
        assertThat(updated.get("tier").asText()).isEqualTo("tier-2");
        assertThat(updated.get("region").asText()).isEqualTo("us-east");
        as(exec).header("If-Match", "\"1\"").body(Map.of("name", "X", "segment", "y", "tier", "t".repeat(51)))
                .put("/api/customers/" + id).then().statusCode(400).body("errors.field", hasItem("tier"));
    }

    @Test
    void accountTeamChangesAreVersionedScopedAndPublished() throws Exception {
        String id = Api.customer(exec, "Team County " + UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        Map<String, String> dan = Map.of("username", "dan." + owner, "role", "delivery-manager");
        as(exec).header("Idempotency-Key", key).body(dan).post("/api/customers/" + id + "/account-team")
                .then().statusCode(201).header("ETag", equalTo("\"1\"")).body("accountTeam", hasSize(2));
        as(exec).header("Idempotency-Key", key).body(dan).post("/api/customers/" + id + "/account-team")
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        as(exec).body(dan).post("/api/customers/" + id + "/account-team")
                .then().statusCode(409).contentType("application/problem+json");
        as(exec).body(Map.of("username", "", "role", "boss")).post("/api/customers/" + id + "/account-team")
                .then().statusCode(400).contentType("application/problem+json");
        // the new member now sees the customer; a stranger does not
        as(TestTokens.bearer("dan." + owner, "delivery-manager")).get("/api/customers/" + id).then().statusCode(200);
        as(exec).get("/api/customers/" + id + "/account-team").then().statusCode(200)
                .body("items.username", equalTo(List.of("dan." + owner, owner)))
                .body("items.role", equalTo(List.of("delivery-manager", "executive")))
                .body("page", equalTo(0)).body("limit", equalTo(50)).body("hasMore", equalTo(false));
        as(exec).queryParam("limit", 1).get("/api/customers/" + id + "/account-team").then().statusCode(200)
                .body("items.username", equalTo(List.of("dan." + owner))).body("hasMore", equalTo(true));
        as(exec).queryParam("limit", 1).queryParam("page", 1).get("/api/customers/" + id + "/account-team").then()
                .statusCode(200).body("items.username", equalTo(List.of(owner))).body("hasMore", equalTo(false));
        as(exec).get("/api/customers/" + id + "/account-team/dan." + owner).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("username", equalTo("dan." + owner)).body("role", equalTo("delivery-manager"));
        as(exec).get("/api/customers/" + id + "/account-team/nobody").then().statusCode(404);
        as(TestTokens.bearer("stranger", "executive")).get("/api/customers/" + id + "/account-team").then().statusCode(404);
        as(TestTokens.bearer("stranger", "executive")).get("/api/customers/" + id + "/account-team/" + owner).then().statusCode(404);
        as(TestTokens.bearer("stranger", "executive")).get("/api/customers/" + UUID.randomUUID() + "/account-team")
                .then().statusCode(404);
        as(TestTokens.bearer("stranger", "executive")).body(dan).post("/api/customers/" + id + "/account-team")
                .then().statusCode(404);
        as(TestTokens.bearer("victor", "viewer")).body(dan).post("/api/customers/" + id + "/account-team")
                .then().statusCode(403);

        Map<String, String> toViewer = Map.of("role", "viewer");
        as(exec).body(toViewer).put("/api/customers/" + id + "/account-team/dan." + owner).then().statusCode(428);
        as(exec).header("If-Match", "\"0\"").body(toViewer).put("/api/customers/" + id + "/account-team/dan." + owner)
                .then().statusCode(412);
        as(exec).header("If-Match", "\"1\"").body(toViewer).put("/api/customers/" + id + "/account-team/dan." + owner)
                .then().statusCode(200).header("ETag", equalTo("\"2\"")).body("accountTeam.role", hasItem("viewer"));
        // a viewer on the account team reads but never writes, even with a writing realm role
        String danToken = TestTokens.bearer("dan." + owner, "delivery-manager");
        as(danToken).get("/api/customers/" + id).then().statusCode(200);
        as(danToken).body(Api.stakeholder("Nope", "cio", 3, "neutral", null))
                .post("/api/customers/" + id + "/stakeholders").then().statusCode(403);
        // the last executive can neither leave nor be demoted
        as(exec).header("If-Match", "\"2\"").body(toViewer).put("/api/customers/" + id + "/account-team/" + owner)
                .then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("last-executive"));
        as(exec).header("If-Match", "\"2\"").delete("/api/customers/" + id + "/account-team/" + owner).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("last-executive"));
        as(exec).header("If-Match", "\"2\"").delete("/api/customers/" + id + "/account-team/nobody").then().statusCode(404);
        // a removal needs the customer's current version like every other change
        as(exec).delete("/api/customers/" + id + "/account-team/dan." + owner).then().statusCode(428)
                .contentType("application/problem+json");
        as(exec).header("If-Match", "\"1\"").delete("/api/customers/" + id + "/account-team/dan." + owner)
                .then().statusCode(412);
        as(danToken).get("/api/customers/" + id).then().statusCode(200);
        as(exec).header("If-Match", "\"2\"").delete("/api/customers/" + id + "/account-team/dan." + owner).then().statusCode(200)
                .header("ETag", equalTo("\"3\"")).body("accountTeam", hasSize(1));
        as(danToken).get("/api/customers/" + id).then().statusCode(404);

        // v2: each event is the one change and the customer's version after it, never the whole team
        List<JsonNode> changes = new java.util.ArrayList<>();
        for (var record : Api.awaitEvents(id, "io.adeplatform.relationship.customer.account-team-changed.v2", 3)) {
            changes.add(new ObjectMapper().readTree(record.value()));
        }
        assertThat(changes).extracting(c -> c.get("change").asText())
                .containsExactly("member-added", "role-changed", "member-removed");
        assertThat(changes).extracting(c -> c.get("version").asLong()).containsExactly(1L, 2L, 3L);
        assertThat(changes).extracting(c -> c.get("role").asText())
                .containsExactly("delivery-manager", "viewer", "viewer");
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.get("username").asText()).isEqualTo("dan." + owner);
            assertThat(c.get("changedBy").asText()).isEqualTo(owner);
            assertThat(c.has("accountTeam")).isFalse();
        });
    }

    @Test
    void archivingMakesTheCustomerReadOnly() {
        String id = Api.customer(exec, "Archive City " + UUID.randomUUID());
        String transitions = "/api/customers/" + id + "/transitions";
        Map<String, String> archive = Map.of("to", "archived");
        as(TestTokens.bearer("stranger", "executive")).header("If-Match", "\"0\"").body(archive).post(transitions)
                .then().statusCode(404);
        as(TestTokens.bearer("victor", "viewer")).header("If-Match", "\"0\"").body(archive).post(transitions)
                .then().statusCode(403);
        as(exec).body(archive).post(transitions).then().statusCode(428).contentType("application/problem+json");
        as(exec).header("If-Match", "\"9\"").body(archive).post(transitions).then().statusCode(412);
        as(exec).header("If-Match", "\"0\"").body(Map.of("to", "active")).post(transitions).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("illegal-transition"))
                .body("from", equalTo("active")).body("to", equalTo("active")).body("allowed", equalTo(List.of("archived")));
        as(exec).header("If-Match", "\"0\"").body(Map.of("to", "closed")).post(transitions).then().statusCode(400);
        as(exec).header("If-Match", "\"0\"").body(Map.of()).post(transitions).then().statusCode(400)
                .body("errors.field", hasItem("to"));
        as(exec).get("/api/customers/" + id).then().statusCode(200).body("status", equalTo("active"));
        as(exec).header("If-Match", "\"0\"").body(archive).post(transitions).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("status", equalTo("archived"));
        // archiving is final: whoever may see the customer is told so, with no move left
        as(exec).header("If-Match", "\"1\"").body(archive).post(transitions).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("illegal-transition"))
                .body("from", equalTo("archived")).body("to", equalTo("archived")).body("allowed", hasSize(0));
        // the old verb path is gone
        as(exec).header("If-Match", "\"1\"").post("/api/customers/" + id + "/archive").then().statusCode(404);
        as(exec).header("If-Match", "\"1\"").body(Map.of("name", "Renamed", "segment", "city"))
                .put("/api/customers/" + id).then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("customer-archived"));
        as(exec).body(Api.stakeholder("Late", "cio", 3, "neutral", null))
                .post("/api/customers/" + id + "/stakeholders").then().statusCode(409);
        as(exec).queryParam("status", "archived").queryParam("q", "Archive City").get("/api/customers")
                .then().statusCode(200).body("items.id", hasItem(id));
        Api.awaitEvent(id, "io.adeplatform.relationship.customer.archived.v1", 1);
    }

    @Test
    void theOpenApiDocumentListsTheNewPaths() {
        String openapi = io.restassured.RestAssured.given().get("/q/openapi").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/customers/{id}/transitions", "/api/customers/{customerId}/account-team/{username}",
                "/api/customers/{customerId}/stakeholders", "/api/stakeholders/{id}", "/api/customers/{customerId}/org-chart",
                "/api/customers/{customerId}/interactions", "/api/stakeholders/{id}/interactions", "/api/interactions/{id}",
                "/api/customers/{customerId}/account-plan/opportunities/{id}/transitions",
                "/api/customers/{customerId}/coverage", "/api/customers/{customerId}/health",
                "/api/customers/{customerId}/health/history")) {
            assertThat(openapi).as(path).contains(path);
        }
    }

    @Test
    void everyContractExampleConformsToItsSchema() throws Exception {
        for (String event : List.of("registered.v1", "updated.v1", "account-team-changed.v1",
                "account-team-changed.v2", "archived.v1", "health-changed.v1")) {
            String example = Files.readString(EventContracts.contractsDirectory()
                    .resolve("events/relationship/customer-" + event + ".example.json"));
            assertThat(EventContracts.violations("io.adeplatform.relationship.customer." + event, example))
                    .as(event).isEmpty();
        }
    }
}
