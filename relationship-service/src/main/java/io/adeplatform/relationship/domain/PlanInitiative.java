package io.adeplatform.relationship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Something we do towards an objective (optionally linked to one). */
@Entity
@Table(name = "plan_initiative")
public class PlanInitiative {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "objective_id")
    public UUID objectiveId;

    @Column(nullable = false)
    public String name;

    public String description;

    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InitiativeStatus status;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;
}
