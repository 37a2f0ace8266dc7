package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.CustomerRecord;

import io.adeplatform.platform.core.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A recorded contact with the customer: a meeting, briefing, QBR, steering committee, e-mail or call. A record of
 * what happened, so never in the future and never edited.
 */
@Entity
@Table(name = "interaction")
public class Interaction extends CustomerRecord {

    @Enumerated(EnumType.STRING)
    public InteractionType type;

    @Column(name = "occurred_on")
    public LocalDate date;

    @ElementCollection
    @CollectionTable(name = "interaction_stakeholder", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "stakeholder_id")
    public Set<UUID> stakeholderIds = new LinkedHashSet<>();

    public String summary;

    public String outcome;

    public String nextStep;

    /** The interaction, when its date is today (UTC) or earlier. */
    public static Interaction record(UUID customerId, InteractionDetails d, String by, OffsetDateTime now) {
        if (d.date().isAfter(now.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate())) {
            throw new RuleViolation("interaction-in-future", "an interaction is recorded once it happened; "
                    + d.date() + " is in the future");
        }
        Interaction i = new Interaction();
        i.created(customerId, by, now);
        i.type = d.type();
        i.date = d.date();
        i.stakeholderIds.addAll(d.stakeholderIds());
        i.summary = d.summary().strip();
        i.outcome = d.outcome();
        i.nextStep = d.nextStep();
        return i;
    }
}
