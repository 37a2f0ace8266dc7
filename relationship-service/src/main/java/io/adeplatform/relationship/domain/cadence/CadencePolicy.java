package io.adeplatform.relationship.domain.cadence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A customer's cadence policy. Until one is set the defaults apply ({@link #defaults}: version 0, never stored); the
 * first replacement stores version 1, each later one a version more (the ETag; changes of one customer's policy are
 * serialised by the customer's row lock, so the version is counted here rather than by Hibernate).
 */
@Entity
@Table(name = "cadence_policy")
public class CadencePolicy {

    @Id
    public UUID customerId;

    public int qbrIntervalDays;

    public int executiveBriefingIntervalDays;

    public int steeringCommitteeIntervalDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cadence_engagement_override", joinColumns = @JoinColumn(name = "customer_id"))
    @MapKeyColumn(name = "engagement_id")
    @Column(name = "interval_days")
    public Map<UUID, Integer> steeringCommitteeOverrides = new HashMap<>();

    public long version;

    public OffsetDateTime updatedAt;

    public String updatedBy;

    /** What applies while the customer has set no policy: {@link CadenceIntervals#DEFAULTS}, version 0. */
    public static CadencePolicy defaults(UUID customerId) {
        CadencePolicy policy = new CadencePolicy();
        policy.customerId = customerId;
        policy.apply(CadenceIntervals.DEFAULTS);
        return policy;
    }

    /** True while no policy has been set. */
    public boolean isDefault() {
        return version == 0;
    }

    /** A full replacement: the new intervals and overrides, a version more. */
    public void replace(CadenceIntervals intervals, OffsetDateTime at, String by) {
        apply(intervals);
        version++;
        updatedAt = at;
        updatedBy = by;
    }

    public CadenceIntervals intervals() {
        return new CadenceIntervals(qbrIntervalDays, executiveBriefingIntervalDays, steeringCommitteeIntervalDays,
                steeringCommitteeOverrides);
    }

    private void apply(CadenceIntervals intervals) {
        qbrIntervalDays = intervals.qbrDays();
        executiveBriefingIntervalDays = intervals.executiveBriefingDays();
        steeringCommitteeIntervalDays = intervals.steeringCommitteeDays();
        steeringCommitteeOverrides.clear();
        steeringCommitteeOverrides.putAll(intervals.steeringCommitteeOverrides());
    }
}
