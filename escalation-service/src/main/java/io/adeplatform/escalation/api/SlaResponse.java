package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.SlaClock;
import io.adeplatform.escalation.domain.SlaPause;
import io.adeplatform.escalation.domain.SlaState;
import io.adeplatform.escalation.domain.SlaTarget;
import io.adeplatform.escalation.domain.TimerState;
import io.adeplatform.escalation.service.SlaView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Both SLA targets of an escalation measured now; durations are ISO-8601 and also given in seconds. */
public record SlaResponse(UUID escalationId, Severity severity, boolean paused, String pauseReason,
                          OffsetDateTime pausedSince, Target acknowledge, Target resolve, List<PauseView> pauses,
                          OffsetDateTime evaluatedAt) {

    public record Target(SlaTarget target, int targetMinutes, String elapsed, long elapsedSeconds, String paused,
                         long pausedSeconds, String remaining, long remainingSeconds, BigDecimal percentUsed,
                         SlaState state, Integer warningThreshold, TimerState timer, OffsetDateTime dueAt,
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
