package io.adeplatform.relationship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What we want to achieve with the customer, with its status. */
@Entity
@Table(name = "plan_objective")
public class PlanObjective extends PlanPart {

    public String title;

    @Enumerated(EnumType.STRING)
    public ObjectiveStatus status;

    public LocalDate targetDate;

    public static PlanObjective create(UUID customerId, ObjectiveDetails details, String by, OffsetDateTime at) {
        PlanObjective o = new PlanObjective();
        o.created(customerId, by, at);
        o.status = ObjectiveStatus.NOT_STARTED;
        o.revise(details);
        return o;
    }

    public void revise(ObjectiveDetails d) {
        title = d.title().strip();
        description = d.description();
        status = d.status() == null ? status : d.status();
        targetDate = d.targetDate();
    }
}
