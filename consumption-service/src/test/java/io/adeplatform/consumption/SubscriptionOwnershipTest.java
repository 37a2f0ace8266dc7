package io.adeplatform.consumption;

import io.adeplatform.platform.testing.TestCustomers;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.consumption.Fixtures.ADMIN;
import static io.adeplatform.consumption.Fixtures.EXEC;
import static io.adeplatform.consumption.Fixtures.HEADER;
import static io.adeplatform.consumption.Fixtures.PARTNER_DLQ;
import static io.adeplatform.consumption.Fixtures.PARTNER_TOPIC;
import static io.adeplatform.consumption.Fixtures.STRANGER;
import static io.adeplatform.consumption.Fixtures.partnerRecord;
import static io.adeplatform.consumption.Fixtures.row;
import static io.adeplatform.consumption.Fixtures.stored;
import static io.adeplatform.platform.testing.TestCustomers.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A subscription is held by one customer: never claimed by another, usage only for the holder, moved only by an admin. */
@QuarkusTest
class SubscriptionOwnershipTest {

    /** A customer of another team: mallory (executive) alone. */
    private static UUID othersCustomer(String name) {
        return TestCustomers.register("/api/consumption/customer-projections", name, member("mallory", "executive"));
    }

    private static String registerAs(String token, UUID customer) {
        String id = "sub-" + UUID.randomUUID();
        register(token, id, customer).statusCode(201);
        return id;
    }

    private static io.restassured.response.ValidatableResponse register(String token, String id, UUID customer) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Prod", "customerId", customer.toString()))
                .post("/api/consumption/subscriptions").then();
    }

    @Test
    void anIdHeldByAnotherCustomerIsRefusedWithoutSayingSo() {
        UUID ours = Fixtures.customer("Claimant County");
        UUID theirs = othersCustomer("Holder County");
        String held = registerAs(STRANGER, theirs);

        ExtractableResponse<Response> refused = register(EXEC, held, ours).statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("subscription-not-registrable")).extract();
        String detail = refused.path("detail");
        assertThat(detail).doesNotContain(theirs.toString()).doesNotContainIgnoringCase("exist")
                .doesNotContainIgnoringCase("already");
        // the answer is built from the requested id alone: the same words whoever holds it
        assertThat(detail.replace(held, "ID")).isEqualTo("subscription ID cannot be registered for this customer; "
                + "if the cloud subscription is the customer's, an administrator can transfer it");
        given().header("Authorization", STRANGER).get("/api/consumption/subscriptions/" + held).then()
                .statusCode(200).body("customerId", equalTo(theirs.toString()));

        // a duplicate within what the caller sees stays an ordinary 409
        String mine = registerAs(EXEC, ours);
        register(EXEC, mine, ours).statusCode(409).body("type", containsString("subscription-exists"));
        // an admin sees every holder: a plain 409 pointing at the transfer
        register(ADMIN, held, ours).statusCode(409).body("detail", containsString("transfer"));
    }

    @Test
    void usageIsOnlyEverAttributedToTheHolder() {
        UUID ours = Fixtures.customer("Honest County");
        UUID theirs = othersCustomer("Target County");
        String mine = registerAs(EXEC, ours);
        String held = registerAs(STRANGER, theirs);

        // CSV: rows naming the other team's subscription are unknown to the uploader; a customerId column must match
        Fixtures.upload("date,subscriptionId,serviceName,meter,resourceGroup,quantity,unit,cost,currency,customerId\n"
                        + "2026-08-01," + held + ",Storage,Blob,rg,1,GB,5.00,USD,\n"
                        + "2026-08-01," + mine + ",Storage,Blob,rg,1,GB,2.00,USD," + theirs + "\n"
                        + "2026-08-02," + mine + ",Storage,Blob,rg,1,GB,3.00,USD," + ours + "\n")
                .statusCode(200).body("accepted", equalTo(1)).body("rejected", equalTo(2))
                .body("rejections[0].reason", containsString("unknown subscription"))
                .body("rejections[1].reason", containsString("is not a subscription of customer"));
        assertThat(stored(theirs)[0]).isEqualByComparingTo("0");
        assertThat(stored(ours)[1]).isEqualByComparingTo("3.00");

        // partner feed: a record claiming our customer for their subscription is dropped to the dead-letter topic
        String key = "claim-" + UUID.randomUUID();
        TestKafka.send(PARTNER_TOPIC, key, partnerRecord("2026-08-03", held, "9.00",
                ", \"customerId\": \"" + ours + "\""), Map.of());
        TestKafka.send(PARTNER_TOPIC, key, partnerRecord("2026-08-03", mine, "4.00",
                ", \"customerId\": \"" + ours + "\""), Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(ours)[0].intValue() == 2);
        assertThat(TestKafka.await(PARTNER_DLQ, r -> key.equals(r.key()), 1, Duration.ofSeconds(20)))
                .singleElement().satisfies(dead -> assertThat(dead.value()).contains(held));
        assertThat(stored(theirs)[0]).isEqualByComparingTo("0");
        assertThat(stored(ours)[1]).isEqualByComparingTo("7.00");
    }

    @Test
    void onlyAnAdminTransfersAndEachTransferIsAudited() {
        UUID from = othersCustomer("Seller County");
        UUID to = Fixtures.customer("Buyer County");
        String id = "sub-" + UUID.randomUUID();
        given().header("Authorization", STRANGER).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Prod", "customerId", from.toString(),
                        "engagementId", Fixtures.engagement(from).toString()))
                .post("/api/consumption/subscriptions").then().statusCode(201);
        Map<String, String> body = Map.of("customerId", to.toString(), "reason", "contract novated to Buyer County");
        String transfer = "/api/consumption/subscriptions/" + id + "/transfers";

        given().header("Authorization", STRANGER).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .post(transfer).then().statusCode(403);
        given().header("Authorization", EXEC).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .post(transfer).then().statusCode(403);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body)
                .post(transfer).then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", ADMIN).header("If-Match", "\"5\"").contentType(ContentType.JSON).body(body)
                .post(transfer).then().statusCode(412);
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("customerId", UUID.randomUUID().toString(), "reason", "typo"))
                .post(transfer).then().statusCode(422).body("type", containsString("unknown-customer"));
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("customerId", from.toString(), "reason", "no-op"))
                .post(transfer).then().statusCode(422).body("type", containsString("subscription-already-held"));
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("customerId", to.toString(), "reason", " ")).post(transfer).then().statusCode(400);
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body).post("/api/consumption/subscriptions/sub-missing/transfers").then().statusCode(404);

        String key = UUID.randomUUID().toString();
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post(transfer).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("customerId", equalTo(to.toString()))
                .body("engagementId", nullValue());
        // a retry with the same key replays the answer instead of failing on the old If-Match
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post(transfer).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("customerId", equalTo(to.toString()));

        given().header("Authorization", ADMIN).get("/api/consumption/subscriptions/" + id + "/transfers").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("page", equalTo(0)).body("limit", equalTo(50))
                .body("hasMore", equalTo(false))
                .body("items[0].fromCustomerId", equalTo(from.toString())).body("items[0].toCustomerId", equalTo(to.toString()))
                .body("items[0].reason", equalTo("contract novated to Buyer County"))
                .body("items[0].transferredBy", equalTo("root"))
                .body("items[0].transferredAt", org.hamcrest.Matchers.notNullValue());
        given().header("Authorization", ADMIN).get("/api/consumption/subscriptions/sub-missing/transfers").then()
                .statusCode(404);
        given().header("Authorization", EXEC).get("/api/consumption/subscriptions/" + id + "/transfers").then()
                .statusCode(403);

        // the old holder no longer sees it; the new holder's usage counts for the new customer only
        given().header("Authorization", STRANGER).get("/api/consumption/subscriptions/" + id).then().statusCode(404);
        Fixtures.upload(HEADER + row("2026-08-01", id, "Storage", "Blob", "6.50")).statusCode(200)
                .body("accepted", equalTo(1));
        assertThat(stored(to)[1]).isEqualByComparingTo("6.50");
        assertThat(stored(from)[0]).isEqualByComparingTo("0");
    }
}
