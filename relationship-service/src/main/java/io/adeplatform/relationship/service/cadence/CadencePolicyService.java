package io.adeplatform.relationship.service.cadence;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.references.References;
import io.adeplatform.relationship.domain.cadence.CadenceIntervals;
import io.adeplatform.relationship.domain.cadence.CadencePolicy;
import io.adeplatform.relationship.persistence.CustomerRepository;
import io.adeplatform.relationship.persistence.cadence.CadencePolicyRepository;
import io.adeplatform.relationship.service.CustomerAccess;
import io.adeplatform.relationship.service.HealthRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer's cadence policy: read it (the defaults until one is set) and replace it. */
@ApplicationScoped
public class CadencePolicyService {

    @Inject
    CustomerAccess access;

    @Inject
    CustomerRepository customers;

    @Inject
    CadencePolicyRepository policies;

    @Inject
    References references;

    @Inject
    HealthRecorder health;

    @Inject
    Clock clock;

    /** The policy that applies: the one set, or the defaults (version 0); 404 for a customer the caller may not see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CadencePolicy get(UUID customerId) {
        access.visible(customerId);
        return current(customerId);
    }

    /**
     * Replaces the policy (the defaults count as version 0, so the first replacement names If-Match "0"). Writers of
     * the account only; an override must name an engagement of this customer (422 unknown-engagement). Under the
     * customer's row lock, so two replacements based on one version cannot both pass. Health is recomputed.
     */
    @Transactional
    public CadencePolicy replace(UUID customerId, ExpectedVersion expected, CadenceIntervals intervals, String actor) {
        access.changeable(customerId);
        customers.lockForHealthRefresh(customerId);
        CadencePolicy policy = current(customerId);
        expected.check(policy.version);
        intervals.steeringCommitteeOverrides().keySet().forEach(id -> references.requireEngagement(id, customerId));
        boolean first = policy.isDefault();
        policy.replace(intervals, OffsetDateTime.now(clock), actor);
        if (first) {
            policies.persist(policy);
        }
        health.factsChanged(customerId);
        return policy;
    }

    private CadencePolicy current(UUID customerId) {
        CadencePolicy set = policies.findById(customerId);
        return set != null ? set : CadencePolicy.defaults(customerId);
    }
}
