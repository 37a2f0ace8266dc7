package io.adeplatform.relationship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Something we do towards an objective (optionally linked to one of the same customer). */
@Entity
@Table(name = "plan_initiative")
public class PlanInitiative extends PlanPart {

    public UUID objectiveId;

    public String name;

    public String owner;

    @Enumerated(EnumType.STRING)
    public InitiativeStatus status;

    public LocalDate dueDate;

    public static PlanInitiative create(UUID customerId, InitiativeDetails details, String by, OffsetDateTime at) {
        PlanInitiative i = new PlanInitiative();
        i.created(customerId, by, at);
        i.status = InitiativeStatus.PLANNED;
        i.revise(details);
        return i;
    }

    public void revise(InitiativeDetails d) {
        name = d.name().strip();
        description = d.description();
        objectiveId = d.objectiveId();
        owner = d.owner();
        status = d.status() == null ? status : d.status();
        dueDate = d.dueDate();
    }
}
