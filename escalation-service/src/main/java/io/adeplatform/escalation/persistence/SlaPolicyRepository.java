package io.adeplatform.escalation.persistence;

import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.SlaPolicy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;

@ApplicationScoped
public class SlaPolicyRepository implements PanacheRepositoryBase<SlaPolicy, Severity> {

    /** The policies from the most to the least severe. */
    public List<SlaPolicy> bySeverity() {
        return listAll().stream().sorted(Comparator.comparing(p -> p.severity.ordinal())).toList();
    }

    /** The policy an escalation of this severity copies; the migration seeds one per severity. */
    public SlaPolicy of(Severity severity) {
        SlaPolicy policy = findById(severity);
        if (policy == null) {
            throw new IllegalStateException("no SLA policy for " + severity);
        }
        return policy;
    }
}
