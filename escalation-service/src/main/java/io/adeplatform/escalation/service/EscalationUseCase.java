package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.persistence.EscalationRepository;
import io.adeplatform.platform.security.AccountAccess;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** What the escalation use cases share: the escalations, the journal of what happened to them, access and time. */
abstract class EscalationUseCase {

    @Inject
    EscalationRepository escalations;

    @Inject
    EscalationJournal journal;

    @Inject
    AccountAccess access;

    @Inject
    Clock clock;

    /** The escalation when the caller may see its customer; the very 404 of a missing id otherwise. */
    Escalation find(UUID id) {
        return access.visible("escalation", id, escalations.findById(id), e -> e.customerId);
    }

    /** To change: as {@link #find}, and the caller's account role writes (a viewer on the team gets 403). */
    Escalation changeable(UUID id) {
        return access.writable("escalation", id, escalations.findById(id), e -> e.customerId);
    }

    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
