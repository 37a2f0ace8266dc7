package io.adeplatform.escalation.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.escalation.api.SlaPolicyRequest;
import io.adeplatform.escalation.api.SlaPolicyResponse;
import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.SlaPolicy;
import io.adeplatform.escalation.persistence.SlaPolicyRepository;
import io.adeplatform.platform.http.EntityVersions;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

@ApplicationScoped
public class SlaPolicyService {

    @Inject
    SlaPolicyRepository policies;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlaPolicyResponse> list() {
        return policies.listAll(Sort.by("severity")).stream()
                .sorted(Comparator.comparing(p -> p.severity.ordinal()))
                .map(SlaPolicyResponse::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SlaPolicyResponse get(Severity severity) {
        return SlaPolicyResponse.of(find(severity));
    }

    /** New targets for a severity; acknowledging must be due before resolving. */
    @Transactional
    public SlaPolicyResponse update(Severity severity, String ifMatch, SlaPolicyRequest request, String editor) {
        SlaPolicy policy = find(severity);
        EntityVersions.requireMatch(ifMatch, policy.version);
        if (request.acknowledgeMinutes() >= request.resolveMinutes()) {
            throw new RuleViolation("invalid-sla-policy",
                    "the time to acknowledge must be shorter than the time to resolve");
        }
        policy.acknowledgeMinutes = request.acknowledgeMinutes();
        policy.resolveMinutes = request.resolveMinutes();
        policy.updatedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        policy.updatedBy = editor;
        policies.flush();
        return SlaPolicyResponse.of(policy);
    }

    private SlaPolicy find(Severity severity) {
        SlaPolicy policy = policies.findById(severity);
        if (policy == null) {
            throw new NotFound("SLA policy", severity.wireName());
        }
        return policy;
    }
}
