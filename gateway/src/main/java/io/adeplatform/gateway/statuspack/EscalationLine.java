package io.adeplatform.gateway.statuspack;

import com.fasterxml.jackson.databind.JsonNode;
import io.adeplatform.gateway.statuspack.StatusPack.EscalationPart;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** One open escalation as a line: severity, level, status, title, and the state of its SLA timers. */
final class EscalationLine {

    private EscalationLine() {
    }

    static String of(EscalationPart part) {
        JsonNode e = part.escalation();
        return Figures.text(e, "severity") + " " + Figures.text(e, "level") + " - " + Figures.text(e, "title")
                + " (" + Figures.text(e, "status") + ", owner " + Figures.text(e, "owner") + ") - " + sla(part);
    }

    private static String sla(EscalationPart part) {
        if (!part.sla().available() || part.sla().data() == null) {
            // the list still tells whether a target was missed
            return "SLA " + (part.escalation().path("slaBreached").asBoolean() ? "breached" : "state not available: "
                    + part.sla().unavailable());
        }
        JsonNode sla = part.sla().data();
        return "SLA acknowledge " + timer(sla.path("acknowledge")) + ", resolve " + timer(sla.path("resolve"))
                + (sla.path("paused").asBoolean() ? ", paused" : "");
    }

    private static String timer(JsonNode target) {
        String state = Figures.text(target, "state");
        String remaining = target.path("remaining").asText("");
        return state + ("stopped".equals(target.path("timer").asText()) || remaining.isBlank() ? "" : " (" + readable(remaining) + " left)");
    }

    /** An ISO-8601 duration as a steering committee reads it: "1 d 4 h", "2 h 5 min", "0 min"; else as given. */
    static String readable(String iso) {
        Duration left;
        try {
            left = Duration.parse(iso);
        } catch (DateTimeParseException notADuration) {
            return iso;
        }
        if (left.isNegative()) {
            return iso;
        }
        long days = left.toDays();
        int hours = left.toHoursPart();
        int minutes = left.toMinutesPart();
        if (days > 0) {
            return days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        return hours > 0 ? hours + " h" + (minutes > 0 ? " " + minutes + " min" : "") : minutes + " min";
    }
}
