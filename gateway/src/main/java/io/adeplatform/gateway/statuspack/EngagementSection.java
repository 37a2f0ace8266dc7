package io.adeplatform.gateway.statuspack;

import com.fasterxml.jackson.databind.JsonNode;
import io.adeplatform.gateway.statuspack.StatusPack.EngagementPart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One engagement in a pack: RAG with reasons, milestones, top risks, decisions needed, EVM figures, staffing. */
final class EngagementSection {

    static final String[] DIMENSIONS = {"schedule", "budget", "scope", "quality", "risk"};

    private EngagementSection() {
    }

    static void write(PageFlow flow, EngagementPart part) {
        JsonNode engagement = part.engagement();
        flow.subheading(Figures.text(engagement, "name") + " - RAG " + rag(part).toUpperCase(Locale.ROOT));
        flow.line("Stage " + Figures.text(engagement, "stage") + ", " + Figures.text(engagement, "percentComplete")
                + "% complete, delivery manager " + Figures.text(engagement, "deliveryManager")
                + ", " + Figures.text(engagement, "startDate") + " to " + Figures.text(engagement, "endDate"));
        reasons(flow, part);
        milestones(flow, part);
        flow.label("Top risks");
        list(flow, part.risks(), "no open risks", risk -> "exposure " + Figures.text(risk, "exposure") + " (probability "
                + Figures.text(risk, "probability") + " x impact " + Figures.text(risk, "impact") + "): "
                + Figures.text(risk, "title") + " - owner " + Figures.text(risk, "owner") + ", " + Figures.text(risk, "status"));
        flow.label("Decisions needed");
        list(flow, part.decisions(), "no open decisions", decision -> Figures.text(decision, "title") + " - owner "
                + Figures.text(decision, "owner") + ", due " + Figures.text(decision, "dueDate")
                + (decision.path("overdue").asBoolean() ? " (overdue)" : ""));
        financials(flow, part.financials());
        staffing(flow, part.staffing());
    }

    private static String rag(EngagementPart part) {
        if (part.health().available() && part.health().data() != null) {
            return part.health().data().path("overall").path("rag").asText(Figures.text(part.engagement(), "health"));
        }
        return Figures.text(part.engagement(), "health");
    }

    private static void reasons(PageFlow flow, EngagementPart part) {
        flow.label("RAG reasons");
        if (!part.health().available() || part.health().data() == null) {
            flow.unavailable("engagement health: " + part.health().unavailable());
            part.engagement().path("healthReasons").forEach(reason -> flow.bullet(reason.asText()));
            return;
        }
        JsonNode health = part.health().data();
        List<String> lines = new ArrayList<>();
        health.path("overall").path("reasons").forEach(reason -> lines.add(reason.asText()));
        for (String dimension : DIMENSIONS) {
            JsonNode value = health.path(dimension);
            if (!value.isMissingNode() && !"green".equals(value.path("rag").asText())) {
                List<String> why = new ArrayList<>();
                value.path("reasons").forEach(reason -> why.add(reason.asText()));
                why.removeAll(lines); // the overall reasons often repeat a dimension's
                lines.add(dimension + " " + value.path("rag").asText() + (why.isEmpty() ? "" : ": " + String.join("; ", why)));
            }
        }
        if (lines.isEmpty()) {
            flow.bullet("every dimension is green");
        }
        lines.forEach(flow::bullet);
    }

    private static void milestones(PageFlow flow, EngagementPart part) {
        flow.label("Milestones");
        list(flow, part.milestones(), "no milestones", milestone -> Figures.text(milestone, "dueDate") + "  "
                + Figures.text(milestone, "name") + " - " + Figures.text(milestone, "status")
                + (milestone.has("amount") ? ", " + Figures.money(milestone.path("amount")) : ""));
    }

    private static void financials(PageFlow flow, Part<JsonNode> financials) {
        if (!financials.available() || financials.data() == null) {
            flow.label("Financials (EVM)");
            flow.unavailable(financials.unavailable());
            return;
        }
        JsonNode evm = financials.data();
        flow.label("Financials (EVM as of " + Figures.text(evm, "asOf") + ")");
        flow.bullet("PV " + Figures.money(evm.path("pv")) + " | EV " + Figures.money(evm.path("ev"))
                + " | AC " + Figures.money(evm.path("ac")));
        flow.bullet("CPI " + Figures.ratio(evm.path("cpi")) + " | SPI " + Figures.ratio(evm.path("spi"))
                + " | BAC " + Figures.money(evm.path("bac")) + " | EAC " + Figures.money(evm.path("eac")));
    }

    private static void staffing(PageFlow flow, Part<List<JsonNode>> staffing) {
        if (staffing.available() && (staffing.data() == null || staffing.data().isEmpty())) {
            return; // staffing is shown only for engagements that have any
        }
        flow.label("Staffing");
        list(flow, staffing, "none", request -> {
            List<String> people = new ArrayList<>();
            request.path("assignments").forEach(a -> people.add(a.path("username").asText() + " "
                    + a.path("allocationPercent").asText() + "%"));
            return Figures.text(request, "role") + ": " + Figures.text(request, "fte") + " FTE, "
                    + Figures.text(request, "status") + (people.isEmpty() ? "" : " - " + String.join(", ", people));
        });
    }

    static void list(PageFlow flow, Part<List<JsonNode>> part, String none, java.util.function.Function<JsonNode, String> line) {
        if (!part.available()) {
            flow.unavailable(part.unavailable());
        } else if (part.data() == null || part.data().isEmpty()) {
            flow.bullet(none);
        } else {
            part.data().forEach(item -> flow.bullet(line.apply(item)));
        }
    }
}
