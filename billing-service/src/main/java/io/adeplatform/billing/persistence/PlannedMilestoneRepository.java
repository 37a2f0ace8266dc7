package io.adeplatform.billing.persistence;

import io.adeplatform.billing.domain.PlannedMilestone;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class PlannedMilestoneRepository implements PanacheRepositoryBase<PlannedMilestone, UUID> {
}
