package io.adeplatform.relationship.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A recorded contact with the customer: a meeting, briefing, QBR, steering committee, e-mail or call. */
@Entity
@Table(name = "interaction")
public class Interaction {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InteractionType type;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate date;

    @ElementCollection
    @CollectionTable(name = "interaction_stakeholder", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "stakeholder_id")
    public Set<UUID> stakeholderIds = new LinkedHashSet<>();

    @Column(nullable = false)
    public String summary;

    public String outcome;

    @Column(name = "next_step")
    public String nextStep;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
