package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.SlaClock;
import io.adeplatform.escalation.domain.SlaPause;
import io.adeplatform.escalation.domain.SlaState;
import io.adeplatform.escalation.domain.SlaTarget;
import io.adeplatform.escalation.domain.TimerState;
import io.adeplatform.escalation.service.SlaView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Both SLA targets of an escalation measured now; durations are ISO-8601 and also given in seconds. */
public record SlaResponse(UUID escalationId, Severity severity,
                          @Schema(description = "the timers are paused now") boolean paused,
                          @Schema(description = "why, while paused") String pauseReason,
                          OffsetDateTime pausedSince,
                          @Schema(description = "time to acknowledge") Target acknowledge,
                          @Schema(description = "time to resolve") Target resolve,
                          @Schema(description = "every pause, including the time spent resolved before a reopening")
                          List<PauseView> pauses,
                          @Schema(description = "the instant the targets were measured at") OffsetDateTime evaluatedAt) {

    /** One target measured now; durations as ISO-8601 and in seconds. */
    public record Target(SlaTarget target, int targetMinutes,
                         @Schema(description = "time counted so far, pauses excluded (ISO-8601)", example = "PT30M")
                         String elapsed, long elapsedSeconds,
                         @Schema(description = "paused time inside the timer's span (ISO-8601)", example = "PT30M")
                         String paused, long pausedSeconds,
                         @Schema(description = "target minus elapsed, negative when overdue (ISO-8601)",
                                 example = "PT30M")
                         String remaining, long remainingSeconds,
                         @Schema(description = "elapsed / target × 100, one decimal, rounded down", example = "50.0")
                         BigDecimal percentUsed,
                         @Schema(description = "ok below 50 %, warning from 50 %, breached at 100 %") SlaState state,
                         @Schema(description = "50 or 75 while in warning, else null") Integer warningThreshold,
                         TimerState timer,
                         @Schema(description = "when the target breaches at the current pace; null while paused or "
                                 + "stopped") OffsetDateTime dueAt,
                         @Schema(description = "when the timer stopped (acknowledged or resolved), else null")
                         OffsetDateTime stoppedAt) {

        static Target of(SlaClock.Measure m, OffsetDateTime stoppedAt) {
            return new Target(m.target(), (int) m.targetDuration().toMinutes(), m.elapsed().toString(),
                    m.elapsed().toSeconds(), m.paused().toString(), m.paused().toSeconds(), m.remaining().toString(),
                    m.remaining().toSeconds(), m.percentUsed(),
                    m.state(), m.warningThreshold(), m.timer(), utc(m.dueAt()), stoppedAt);
        }
    }

    public record PauseView(OffsetDateTime startedAt, OffsetDateTime endedAt, String reason, String startedBy) {
    }

    public static SlaResponse from(SlaView view) {
        Escalation e = view.escalation();
        Instant now = view.evaluatedAt();
        SlaPause open = e.openPause().orElse(null);
        return new SlaResponse(e.id, e.severity, open != null, open == null ? null : open.reason,
                open == null ? null : open.startedAt,
                Target.of(e.measure(SlaTarget.ACKNOWLEDGE, now), e.acknowledgedAt),
                Target.of(e.measure(SlaTarget.RESOLVE, now), e.resolvedAt),
                e.pauses.stream().map(p -> new PauseView(p.startedAt, p.endedAt, p.reason, p.startedBy)).toList(),
                utc(now));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
