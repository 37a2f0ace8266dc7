package io.adeplatform.billing.persistence;

import io.adeplatform.billing.domain.ProjectedOpportunity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class OpportunityProjectionRepository implements PanacheRepositoryBase<ProjectedOpportunity, UUID> {
}
