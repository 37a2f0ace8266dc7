package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.SlaPolicy;
import io.adeplatform.escalation.persistence.SlaPolicyRepository;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** SLA targets per severity: everyone reads them, admins change them for escalations opened or re-classified later. */
@ApplicationScoped
public class SlaPolicyService {

    @Inject
    SlaPolicyRepository policies;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlaPolicy> list() {
        return policies.bySeverity();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SlaPolicy get(Severity severity) {
        return find(severity);
    }

    @Transactional
    public SlaPolicy update(Severity severity, ExpectedVersion expected, int acknowledgeMinutes, int resolveMinutes,
                            String editor) {
        SlaPolicy policy = find(severity);
        expected.check(policy.version);
        policy.change(acknowledgeMinutes, resolveMinutes, editor, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        policies.flush();
        return policy;
    }

    private SlaPolicy find(Severity severity) {
        SlaPolicy policy = policies.findById(severity);
        if (policy == null) {
            throw new NotFound("SLA policy", severity.wireName());
        }
        return policy;
    }
}
