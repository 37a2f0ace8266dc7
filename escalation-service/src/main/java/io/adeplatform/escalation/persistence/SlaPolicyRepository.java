package io.adeplatform.escalation.persistence;

import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.SlaPolicy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SlaPolicyRepository implements PanacheRepositoryBase<SlaPolicy, Severity> {
}
