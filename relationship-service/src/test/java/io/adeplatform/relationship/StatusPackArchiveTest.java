package io.adeplatform.relationship;

import io.adeplatform.platform.references.CustomerReferences;
import io.adeplatform.platform.testing.TestEngagements;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.adeplatform.relationship.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The status-pack archive (issue 21) on PostgreSQL, with real tokens: only the reporter stores, readers who see the
 * customer list and download, outsiders get 404; cadence packs are kept once per due item, also when two arrive at
 * once; bodies and parameters are checked before anything is stored.
 */
@QuarkusTest
class StatusPackArchiveTest {

    private static final String REPORTER = TestTokens.reporterBearer();

    private final String owner = "pia." + UUID.randomUUID();
    private final String exec = TestTokens.bearer(owner, "executive");

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n% status pack " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String packs(String customer) {
        return "/api/customers/" + customer + "/status-packs";
    }

    private static RequestSpecification pdfAs(String token, byte[] body) {
        return given().header("Authorization", token).contentType("application/pdf").body(body);
    }

    private static ExtractableResponse<Response> keep(String customer, byte[] body, Map<String, ?> params, int status) {
        return pdfAs(REPORTER, body).queryParams(params).post(packs(customer)).then().statusCode(status).extract();
    }

    @Test
    void onlyTheReporterKeepsAPackAndWhoeverSeesTheCustomerDownloadsIt() throws Exception {
        String customer = Api.customer(exec, "Harbor Port Authority " + UUID.randomUUID());
        byte[] body = pdf("harbor");
        Map<String, String> params = Map.of("asOf", "2026-11-30", "requestedBy", owner);
        // users, even an admin and the account's own executive, never store
        for (String user : List.of(exec, TestTokens.bearer("root", "admin"), TestTokens.bearer("v", "viewer"))) {
            pdfAs(user, body).queryParams(params).post(packs(customer)).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        ExtractableResponse<Response> kept = keep(customer, body, params, 201);
        String id = kept.path("id");
        assertThat(kept.header("Location")).endsWith(packs(customer) + "/" + id);
        assertThat(kept.<String>path("sha256")).isEqualTo(sha256(body));
        assertThat(kept.<Integer>path("sizeBytes")).isEqualTo(body.length);
        assertThat(kept.<String>path("generatedBy")).isEqualTo(owner);
        assertThat(kept.<String>path("trigger")).isEqualTo("on-demand");
        assertThat(kept.<String>path("asOf")).isEqualTo("2026-11-30");
        assertThat(kept.<Object>path("cadenceKind")).isNull();
        assertThat(kept.<Object>path("engagementId")).isNull();

        // the account's executive, an admin and the reporter read it; the PDF comes back byte for byte
        for (String reader : List.of(exec, TestTokens.bearer("root", "admin"), REPORTER)) {
            as(reader).get(packs(customer)).then().statusCode(200).body("items.id", contains(id))
                    .body("items[0].sha256", equalTo(sha256(body))).body("hasMore", equalTo(false));
            ExtractableResponse<Response> download = given().header("Authorization", reader)
                    .get(packs(customer) + "/" + id).then().statusCode(200).contentType("application/pdf").extract();
            assertThat(download.asByteArray()).isEqualTo(body);
            assertThat(download.header("ETag")).isEqualTo("\"" + sha256(body) + "\"");
            assertThat(download.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"status-pack-customer-2026-11-30-" + id + ".pdf\"");
        }
        given().header("Authorization", exec).header("If-None-Match", "\"" + sha256(body) + "\"")
                .get(packs(customer) + "/" + id).then().statusCode(304);

        // an outsider gets the 404 of a missing customer on both; a pack named under another customer is missing too
        String stranger = TestTokens.bearer("stranger." + UUID.randomUUID(), "executive");
        as(stranger).get(packs(customer)).then().statusCode(404).contentType("application/problem+json");
        as(stranger).get(packs(customer) + "/" + id).then().statusCode(404).contentType("application/problem+json");
        String other = Api.customer(stranger, "Other Port " + UUID.randomUUID());
        as(stranger).get(packs(other) + "/" + id).then().statusCode(404);
        as(exec).get(packs(customer) + "/" + UUID.randomUUID()).then().statusCode(404);
        as(exec).get(packs(customer) + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void aCadencePackIsKeptOncePerDueItem() throws Exception {
        String customer = Api.customer(exec, "Lakeside Schools " + UUID.randomUUID());
        Map<String, String> qbr = Map.of("asOf", "2026-12-01", "trigger", "cadence", "cadenceKind", "qbr",
                "cadenceDue", "2026-12-15");
        byte[] first = pdf("first");
        String id = keep(customer, first, qbr, 201).path("id");
        // the same due item again (another replica, another rendering): the first pack's metadata, nothing stored
        ExtractableResponse<Response> again = keep(customer, pdf("second"), qbr, 200);
        assertThat(again.<String>path("id")).isEqualTo(id);
        assertThat(again.<String>path("sha256")).isEqualTo(sha256(first));
        assertThat(again.<String>path("trigger")).isEqualTo("cadence");
        assertThat(again.<String>path("cadenceKind")).isEqualTo("qbr");
        assertThat(again.<String>path("cadenceDue")).isEqualTo("2026-12-15");
        assertThat(again.<String>path("generatedBy")).isEqualTo(TestTokens.REPORTER_USERNAME);
        // another due date, another kind, or on demand: packs of their own
        keep(customer, first, Map.of("asOf", "2026-12-01", "trigger", "cadence", "cadenceKind", "qbr",
                "cadenceDue", "2027-03-15"), 201);
        keep(customer, first, Map.of("asOf", "2026-12-01", "trigger", "cadence", "cadenceKind", "executive-briefing",
                "cadenceDue", "2026-12-15"), 201);
        keep(customer, first, Map.of("asOf", "2026-12-01"), 201);
        keep(customer, first, Map.of("asOf", "2026-12-01"), 201);
        as(exec).queryParam("limit", 200).get(packs(customer)).then().statusCode(200).body("items", hasSize(5));
    }

    @Test
    void twoReplicasKeepingTheSameDueItemAtOnceKeepOnePack() throws Exception {
        String customer = Api.customer(exec, "Twin Rivers County " + UUID.randomUUID());
        Map<String, String> item = Map.of("asOf", "2026-12-01", "trigger", "cadence",
                "cadenceKind", "executive-briefing", "cadenceDue", "2026-12-10");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> racers = List.of("a", "b").stream()
                .map(replica -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return pdfAs(REPORTER, pdf(replica)).queryParams(item).post(packs(customer)).statusCode();
                })).toList();
        start.countDown();
        List<Integer> statuses = racers.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(200, 201);
        as(exec).get(packs(customer)).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void theEngagementMustBeTheCustomersAndTheListFiltersByIt() {
        String customer = Api.customer(exec, "Summit Health " + UUID.randomUUID());
        String other = Api.customer(exec, "Valley Health " + UUID.randomUUID());
        String engagement = engagementOf(customer);
        String foreign = engagementOf(other);
        String id = keep(customer, pdf("engagement"), Map.of("asOf", "2026-12-01", "engagementId", engagement,
                "trigger", "cadence", "cadenceKind", "steering-committee", "cadenceDue", "2026-12-05"), 201).path("id");
        keep(customer, pdf("customer"), Map.of("asOf", "2026-12-01"), 201);
        for (String unknown : List.of(foreign, UUID.randomUUID().toString())) {
            pdfAs(REPORTER, pdf("x")).queryParams(Map.of("asOf", "2026-12-01", "engagementId", unknown))
                    .post(packs(customer)).then().statusCode(422).contentType("application/problem+json")
                    .body("type", endsWith("unknown-engagement"));
        }
        as(exec).queryParam("engagementId", engagement).get(packs(customer)).then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].engagementId", equalTo(engagement))
                .body("items[0].cadenceKind", equalTo("steering-committee"));
        as(exec).queryParam("engagementId", foreign).get(packs(customer)).then().statusCode(200).body("items", empty());
        as(exec).queryParam("engagementId", "nope").get(packs(customer)).then().statusCode(400)
                .body("errors.field", hasItem("engagementId"));
        given().header("Authorization", exec).get(packs(customer) + "/" + id).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"status-pack-engagement-2026-12-01-"
                        + id + ".pdf\""));
        as(exec).get(packs(customer)).then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void theListIsNewestFirstAndPaginated() {
        String customer = Api.customer(exec, "Northwind Transit " + UUID.randomUUID());
        String oldest = keep(customer, pdf("1"), Map.of("asOf", "2026-12-01"), 201).path("id");
        String middle = keep(customer, pdf("2"), Map.of("asOf", "2026-09-01"), 201).path("id");
        String newest = keep(customer, pdf("3"), Map.of("asOf", "2026-10-01"), 201).path("id");
        as(exec).queryParam("limit", 2).get(packs(customer)).then().statusCode(200)
                .body("items.id", contains(newest, middle)).body("hasMore", equalTo(true)).body("limit", equalTo(2));
        as(exec).queryParam("limit", 2).queryParam("page", 1).get(packs(customer)).then().statusCode(200)
                .body("items.id", contains(oldest)).body("hasMore", equalTo(false));
        as(exec).queryParam("limit", 201).get(packs(customer)).then().statusCode(400);
    }

    @Test
    void badBodiesAndParametersAreRefusedAndNothingIsStored() {
        String customer = Api.customer(exec, "Granite Falls " + UUID.randomUUID());
        Map<String, String> fine = Map.of("asOf", "2026-12-01");
        for (byte[] notPdf : List.of(new byte[0], "%PDF".getBytes(StandardCharsets.US_ASCII),
                "hello, not a pdf".getBytes(StandardCharsets.US_ASCII), "  %PDF-1.7".getBytes(StandardCharsets.US_ASCII))) {
            pdfAs(REPORTER, notPdf).queryParams(fine).post(packs(customer)).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("body"));
        }
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf("big"), 0, tooLarge, 0, 8);
        pdfAs(REPORTER, tooLarge).queryParams(fine).post(packs(customer)).then().statusCode(413)
                .contentType("application/problem+json").body("type", endsWith("payload-too-large"));
        given().header("Authorization", REPORTER).contentType("application/json").body("{}").queryParams(fine)
                .post(packs(customer)).then().statusCode(415).contentType("application/problem+json");
        List<Map<String, String>> badParams = List.of(Map.of(), Map.of("asOf", "2026-13-01"),
                Map.of("asOf", "2026-12-01", "trigger", "weekly"),
                Map.of("asOf", "2026-12-01", "trigger", "cadence", "cadenceDue", "2026-12-15"),
                Map.of("asOf", "2026-12-01", "trigger", "cadence", "cadenceKind", "qbr"),
                Map.of("asOf", "2026-12-01", "cadenceKind", "qbr"),
                Map.of("asOf", "2026-12-01", "cadenceDue", "2026-12-15"),
                Map.of("asOf", "2026-12-01", "trigger", "cadence", "cadenceKind", "annual", "cadenceDue", "2026-12-15"),
                Map.of("asOf", "2026-12-01", "engagementId", "nope"),
                Map.of("asOf", "2026-12-01", "requestedBy", "x".repeat(201)));
        for (Map<String, String> params : badParams) {
            pdfAs(REPORTER, pdf("p")).queryParams(params).post(packs(customer)).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        as(exec).get(packs(customer)).then().statusCode(200).body("items", empty());
        pdfAs(REPORTER, pdf("p")).queryParams(fine).post(packs(UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    void aPackOfTenMegabytesIsKeptWhole() throws Exception {
        String customer = Api.customer(exec, "Bayview College " + UUID.randomUUID());
        byte[] largest = new byte[10 * 1024 * 1024];
        System.arraycopy(pdf("largest"), 0, largest, 0, 8);
        String id = keep(customer, largest, Map.of("asOf", "2026-12-01"), 201).path("id");
        byte[] back = given().header("Authorization", exec).get(packs(customer) + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"" + sha256(largest) + "\"")).extract().asByteArray();
        assertThat(back).hasSize(largest.length).isEqualTo(largest);
    }

    @Test
    void anArchivedCustomerKeepsNoNewPacksButItsPacksStayReadable() {
        String customer = Api.customer(exec, "Old Mill Town " + UUID.randomUUID());
        String id = keep(customer, pdf("before"), Map.of("asOf", "2026-12-01"), 201).path("id");
        as(exec).header("If-Match", "\"0\"").body(Map.of("to", "archived")).post("/api/customers/" + customer
                + "/transitions").then().statusCode(200);
        pdfAs(REPORTER, pdf("after")).queryParams(Map.of("asOf", "2026-12-02")).post(packs(customer)).then()
                .statusCode(409).body("type", endsWith("customer-archived"));
        as(exec).get(packs(customer)).then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() throws Exception {
        String customer = Api.customer(exec, "Cobalt Energy " + UUID.randomUUID());
        byte[] body = pdf("retry");
        String key = "pack-" + UUID.randomUUID();
        Map<String, String> params = Map.of("asOf", "2026-12-01", "requestedBy", owner);
        String id = pdfAs(REPORTER, body).header("Idempotency-Key", key).queryParams(params).post(packs(customer))
                .then().statusCode(201).extract().path("id");
        pdfAs(REPORTER, body).header("Idempotency-Key", key).queryParams(params).post(packs(customer)).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id))
                .body("sha256", equalTo(sha256(body)));
        pdfAs(REPORTER, pdf("another")).header("Idempotency-Key", key).queryParams(params).post(packs(customer))
                .then().statusCode(422).body("type", endsWith("idempotency-key-reused"));
        as(exec).get(packs(customer)).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].cadenceDue", nullValue());
    }

    private static String engagementOf(String customer) {
        return TestEngagements.created(UUID.fromString(customer), id -> QuarkusTransaction.requiringNew()
                .call(() -> Arc.container().instance(CustomerReferences.class).get()
                        .ownerOf(CustomerReferences.ENGAGEMENT, id)) != null).toString();
    }
}
