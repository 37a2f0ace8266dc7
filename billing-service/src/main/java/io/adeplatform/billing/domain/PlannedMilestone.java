package io.adeplatform.billing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** portfolio's planned milestone (milestone-planned): its due date places a milestone line's milestone in time. */
@Entity
@Table(name = "planned_milestone")
public class PlannedMilestone {

    @Id
    public UUID milestoneId;

    public UUID engagementId;

    public UUID customerId;

    public String name;

    public LocalDate dueDate;

    public static PlannedMilestone of(UUID milestoneId, UUID engagementId, UUID customerId, String name,
                                      LocalDate dueDate) {
        PlannedMilestone m = new PlannedMilestone();
        m.milestoneId = milestoneId;
        m.engagementId = engagementId;
        m.customerId = customerId;
        m.replan(name, dueDate);
        return m;
    }

    /** A milestone planned again (a redelivery or a new plan) takes the latest name and due date. */
    public void replan(String name, LocalDate dueDate) {
        this.name = name.strip();
        this.dueDate = dueDate;
    }
}
