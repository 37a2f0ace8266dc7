package io.adeplatform.portfolio.persistence;

import io.adeplatform.portfolio.domain.EngagementEscalation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class EngagementEscalationRepository implements PanacheRepositoryBase<EngagementEscalation, UUID> {
}
