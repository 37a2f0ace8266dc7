package io.adeplatform.gateway.statuspack;

import com.fasterxml.jackson.databind.JsonNode;
import io.adeplatform.gateway.statuspack.StatusPack.EngagementPart;
import io.adeplatform.gateway.statuspack.StatusPack.EscalationPart;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Lays a {@link StatusPack} out as a PDF for a steering committee. Blocking (PDFBox): call it off the event loop.
 * The same pack gives the same bytes ({@link PackDocument}: dates from asOf, a trailer /ID from the content).
 */
@ApplicationScoped
public class StatusPackRenderer {

    static final String HEALTH = "Customer health";
    static final String ENGAGEMENTS = "Engagements";
    static final String CONSUMPTION = "Consumption vs commitment";
    static final String ESCALATIONS = "Open escalations";

    public byte[] render(StatusPack pack) {
        try (PDDocument document = new PDDocument()) {
            PackDocument.describe(document, pack);
            String footer = pack.customerName() + " - status pack as of " + pack.request().asOf();
            try (PageFlow flow = new PageFlow(document, footer)) {
                header(flow, pack);
                health(flow, pack);
                flow.heading(ENGAGEMENTS);
                Part<List<EngagementPart>> engagements = pack.engagements();
                if (!pack.request().engagementPack() || !engagements.available()) { // the names first, as an agenda
                    EngagementSection.list(flow, engagements.map(list -> list.stream().map(EngagementPart::engagement).toList()),
                            "no engagements", engagement -> Figures.text(engagement, "name"));
                }
                if (engagements.available()) {
                    engagements.data().forEach(engagement -> EngagementSection.write(flow, engagement));
                }
                if (pack.consumption() != null) {
                    consumption(flow, pack.consumption());
                }
                escalations(flow, pack.escalations());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(PageFlow flow, StatusPack pack) {
        flow.title(pack.request().engagementPack() ? "Engagement status pack" : "Executive status pack");
        flow.paragraph(pack.customerName(), flow.bold, 14, 0);
        if (pack.customer().available() && pack.customer().data() != null) {
            JsonNode customer = pack.customer().data();
            flow.line(Figures.text(customer, "industry") + ", " + Figures.text(customer, "segment") + ", "
                    + Figures.text(customer, "region") + ", tier " + Figures.text(customer, "tier")
                    + ", status " + Figures.text(customer, "status"));
        } else {
            flow.unavailable("customer details: " + pack.customer().unavailable());
        }
        flow.line("As of " + pack.request().asOf());
    }

    private static void health(PageFlow flow, StatusPack pack) {
        flow.heading(HEALTH);
        Part<JsonNode> health = pack.health();
        if (!health.available() || health.data() == null) {
            flow.unavailable(health.unavailable());
            return;
        }
        JsonNode data = health.data();
        flow.line("Band " + Figures.text(data, "band").toUpperCase(java.util.Locale.ROOT) + ", score "
                + Figures.text(data, "score") + " of 100");
        if (!pack.request().engagementPack()) { // the engagement pack has the customer's summary only
            data.path("factors").forEach(factor -> flow.bullet(Figures.text(factor, "name") + ": "
                    + Figures.text(factor, "value") + " (weight " + Figures.text(factor, "weight") + ", contributes "
                    + Figures.text(factor, "contribution") + ") " + factor.path("detail").asText("")));
        }
    }

    private static void consumption(PageFlow flow, Part<JsonNode> consumption) {
        flow.heading(CONSUMPTION);
        if (!consumption.available() || consumption.data() == null) {
            flow.unavailable(consumption.unavailable());
            return;
        }
        JsonNode commitments = consumption.data().path("commitments");
        if (commitments.isEmpty()) {
            flow.bullet("no commitments");
        }
        for (JsonNode commitment : commitments) {
            JsonNode outlook = commitment.path("outlook");
            flow.keepTogether(BurnDownChart.HEIGHT + 40);
            flow.label("Commitment " + Figures.money(outlook.path("commitment")) + ", " + Figures.text(outlook, "startDate")
                    + " to " + Figures.text(outlook, "endDate") + " - " + Figures.text(commitment, "riskState"));
            flow.line("Consumed " + Figures.money(outlook.path("consumed")) + ", remaining "
                    + Figures.money(outlook.path("remaining")) + ", projected " + Figures.money(outlook.path("projected"))
                    + ", shortfall " + Figures.money(outlook.path("shortfall")));
            BurnDownChart.draw(flow, flow.block(BurnDownChart.HEIGHT), outlook);
        }
    }

    private static void escalations(PageFlow flow, Part<List<EscalationPart>> escalations) {
        flow.heading(ESCALATIONS);
        if (!escalations.available()) {
            flow.unavailable(escalations.unavailable());
        } else if (escalations.data().isEmpty()) {
            flow.bullet("no open escalations");
        }
        if (escalations.available()) {
            escalations.data().forEach(e -> flow.bullet(EscalationLine.of(e)));
        }
    }
}
