package io.adeplatform.e2e;

import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static io.adeplatform.e2e.DemoCaller.DELIVERY_MANAGER;
import static io.adeplatform.e2e.DemoCaller.EXECUTIVE;
import static io.adeplatform.e2e.DemoCaller.VIEWER;
import static io.adeplatform.e2e.MatrixFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The executive status pack (issue 21) on the whole platform: the gateway composes it from the five real services
 * with the caller's token and renders a PDF whose text is checked by extracting it (PDFBox), with a PNG of its first
 * page under target/status-pack/; keeping a pack goes through the gateway's reporter identity into relationship's
 * archive; the cadence scheduler (every 15 s in this run, RunningPlatform) keeps one for a QBR that falls due.
 */
class StatusPackEndToEndTest {

    private static final Path OUT = Path.of("target", "status-pack");
    private static GatewayClient api;
    private static String customer;
    private static String customerName;
    private static String engagement;
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @BeforeAll
    static void anAccountWithAnEngagementARiskAndAnEscalation() {
        api = new GatewayClient(RunningPlatform.get());
        customerName = "Pack Northwind " + UUID.randomUUID().toString().substring(0, 8);
        customer = api.createId(EXECUTIVE, "/api/customers", Map.of("name", customerName, "segment", "state-government"));
        api.create(EXECUTIVE, "/api/customers/" + customer + "/account-team",
                Map.of("username", VIEWER.username, "role", "viewer"));
        engagement = createdOnceProjected("/api/engagements", Map.of("customerId", customer, "name", "Benefits portal rebuild",
                "offering", "Application modernisation", "deliveryManager", DELIVERY_MANAGER.username,
                "startDate", LocalDate.now().minusDays(20).toString(), "endDate", LocalDate.now().plusDays(200).toString(),
                "budget", money(800000)));
        api.create(EXECUTIVE, "/api/engagements/" + engagement + "/raid", Map.of("type", "risk",
                "title", "Identity provider cut-over", "owner", DELIVERY_MANAGER.username, "probability", 4, "impact", 5));
        createdOnceProjected("/api/escalations", Map.of("customerId", customer, "title", "Portal outage on filing day",
                "description", "Citizens could not file", "severity", "high", "category", "delivery", "source", "customer"));
    }

    @Test
    void theCustomerPackCarriesTheAccountsDataAsText() throws IOException {
        byte[] pdf = pdf(api.as(EXECUTIVE).queryParam("asOf", TODAY).get("/api/accounts/" + customer + "/status-pack"));
        String text = textAndFirstPage(pdf, "e2e-customer-pack");
        assertThat(text).contains("Executive status pack", customerName, "As of " + TODAY, "Customer health",
                "Benefits portal rebuild", "Top risks", "Identity provider cut-over", "Open escalations",
                "Portal outage on filing day");
    }

    @Test
    void theEngagementPackIsThatEngagementAndReadersMayHaveIt() throws IOException {
        byte[] pdf = pdf(api.as(VIEWER).get("/api/accounts/" + customer + "/engagements/" + engagement + "/status-pack"));
        String text = textAndFirstPage(pdf, "e2e-engagement-pack");
        assertThat(text).contains(customerName, "Benefits portal rebuild", "Identity provider cut-over");
    }

    @Test
    void whoIsNotOnTheAccountTeamGetsTheAnswerOfAMissingCustomer() {
        api.as(DELIVERY_MANAGER).get("/api/accounts/" + customer + "/status-pack").then().statusCode(404);
        api.as(DELIVERY_MANAGER).post("/api/accounts/" + customer + "/status-packs").then().statusCode(404);
        api.as(VIEWER).post("/api/accounts/" + customer + "/status-packs").then().statusCode(403);
        api.as(EXECUTIVE).queryParam("asOf", LocalDate.now().plusDays(2).toString())
                .get("/api/accounts/" + customer + "/status-pack").then().statusCode(400);
    }

    @Test
    void aKeptPackIsListedAndDownloadsAsTheSameBytes() throws IOException {
        Response kept = api.as(EXECUTIVE).queryParam("asOf", TODAY).post("/api/accounts/" + customer + "/status-packs");
        assertThat(kept.statusCode()).as(kept.asString()).isEqualTo(201);
        String id = kept.path("id");
        assertThat(kept.<String>path("trigger")).isEqualTo("on-demand");
        assertThat(kept.<String>path("generatedBy")).isEqualTo(EXECUTIVE.username);
        List<String> listed = api.as(VIEWER).get("/api/customers/" + customer + "/status-packs").then().statusCode(200)
                .extract().path("items.id");
        assertThat(listed).contains(id);
        byte[] downloaded = pdf(api.as(VIEWER).header("Accept", "application/pdf")
                .get("/api/customers/" + customer + "/status-packs/" + id));
        assertThat(sha256(downloaded)).isEqualTo(kept.<String>path("sha256"));
        assertThat(textAndFirstPage(downloaded, "e2e-kept-pack")).contains(customerName, "As of " + TODAY);
    }

    @Test
    void theCadenceKeepsAPackForAQbrThatFallsDue() throws IOException {
        String policy = "/api/customers/" + customer + "/cadence-policy";
        // a QBR every day: registered today, the next one is due tomorrow, inside the scheduler's 7-day horizon
        api.as(EXECUTIVE).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("qbrIntervalDays", 1, "executiveBriefingIntervalDays", 180, "steeringCommitteeIntervalDays", 180,
                        "steeringCommitteeOverrides", List.of()))
                .put(policy).then().statusCode(200);
        AtomicReference<Map<String, Object>> cadencePack = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            List<Map<String, Object>> packs = api.as(EXECUTIVE).get("/api/customers/" + customer + "/status-packs")
                    .then().statusCode(200).extract().path("items");
            packs.stream().filter(p -> "cadence".equals(p.get("trigger")) && "qbr".equals(p.get("cadenceKind")))
                    .findFirst().ifPresent(cadencePack::set);
            return cadencePack.get() != null;
        });
        assertThat(cadencePack.get().get("generatedBy")).isEqualTo(DemoCaller.REPORTER.username);
        assertThat(cadencePack.get().get("cadenceDue")).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(1).toString());
        byte[] pdf = pdf(api.as(EXECUTIVE).get("/api/customers/" + customer + "/status-packs/" + cadencePack.get().get("id")));
        assertThat(textAndFirstPage(pdf, "e2e-cadence-pack")).contains(customerName, "Benefits portal rebuild");
    }

    /** A create that the service refuses (422) until its projection has the customer registered a moment ago. */
    private static String createdOnceProjected(String path, Map<String, Object> body) {
        AtomicReference<String> id = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Response response = api.as(EXECUTIVE).contentType("application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(path);
            if (response.statusCode() == 201) {
                id.set(response.path("id"));
            }
            return id.get() != null;
        });
        return id.get();
    }

    private static byte[] pdf(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/pdf");
        byte[] bytes = response.asByteArray();
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return bytes;
    }

    /** The PDF's text, and its first page as a PNG at 100 dpi under target/status-pack/. */
    private static String textAndFirstPage(byte[] pdf, String name) throws IOException {
        Files.createDirectories(OUT);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png", OUT.resolve(name + ".png").toFile());
            return new PDFTextStripper().getText(document);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
