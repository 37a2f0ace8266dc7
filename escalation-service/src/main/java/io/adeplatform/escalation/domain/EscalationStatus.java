package io.adeplatform.escalation.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.WireEnums;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an escalation: open → acknowledged → investigating → mitigated → resolved → closed.
 * Investigating may go straight to resolved (no separate mitigation) and mitigated back to investigating (the
 * mitigation did not hold). Resolved and closed escalations are reopened into investigating.
 */
public enum EscalationStatus {
    OPEN, ACKNOWLEDGED, INVESTIGATING, MITIGATED, RESOLVED, CLOSED;

    public String wireName() {
        return WireEnums.wireName(this);
    }

    public Set<EscalationStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(ACKNOWLEDGED);
            case ACKNOWLEDGED -> EnumSet.of(INVESTIGATING);
            case INVESTIGATING -> EnumSet.of(MITIGATED, RESOLVED);
            case MITIGATED -> EnumSet.of(INVESTIGATING, RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, INVESTIGATING);
            case CLOSED -> EnumSet.of(INVESTIGATING);
        };
    }

    public boolean canMoveTo(EscalationStatus target) {
        return next().contains(target);
    }

    /** 409 naming the move and the statuses this one may move to instead, so a client can offer those. */
    public Conflict illegalMoveTo(EscalationStatus target) {
        return Conflict.illegalTransition(this, target, next());
    }

    /** Work is still going on: SLA timers run and levels may change. */
    public boolean isActive() {
        return this != RESOLVED && this != CLOSED;
    }

    /** A move out of resolved or closed is a reopening. */
    public boolean isReopening(EscalationStatus target) {
        return (this == RESOLVED || this == CLOSED) && target == INVESTIGATING;
    }
}
