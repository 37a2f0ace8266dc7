package io.adeplatform.consumption.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A commitment's last risk evaluation, in a row of its own: evaluations (after ingestion, by the scheduler) lock this
 * row, never the commitment, so they neither change the commitment's version (its ETag) nor conflict with an edit,
 * and two evaluations of one commitment are serialised by the row lock. CommitmentAtRisk is published once per
 * crossing into {@code at-risk}.
 */
@Entity
@Table(name = "commitment_standing")
public class CommitmentStanding {

    @Id
    public UUID commitmentId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commitment_id")
    public Commitment commitment;

    @Convert(converter = RiskState.Converter.class)
    public RiskState state;

    @Convert(converter = RiskReason.SetConverter.class)
    @Column(name = "reasons")
    public Set<RiskReason> reasons = EnumSet.noneOf(RiskReason.class);

    public OffsetDateTime evaluatedAt;

    public OffsetDateTime changedAt;

    static CommitmentStanding of(Commitment commitment, OffsetDateTime now) {
        CommitmentStanding standing = new CommitmentStanding();
        standing.commitment = commitment;
        standing.state = RiskState.INSUFFICIENT_DATA;
        standing.evaluatedAt = now;
        standing.changedAt = now;
        return standing;
    }

    /**
     * Remembers an evaluation; true when the commitment has just crossed into {@code at-risk}, so CommitmentAtRisk is
     * published once per crossing (a new reason while at risk publishes nothing; after leaving, a new crossing does).
     */
    public boolean record(RiskAssessment assessment, OffsetDateTime now) {
        boolean crossed = assessment.state() == RiskState.AT_RISK && state != RiskState.AT_RISK;
        if (assessment.state() != state || !assessment.reasons().equals(reasons)) {
            changedAt = now;
        }
        state = assessment.state();
        reasons = assessment.reasons().isEmpty() ? EnumSet.noneOf(RiskReason.class) : EnumSet.copyOf(assessment.reasons());
        evaluatedAt = now;
        return crossed;
    }

    public boolean atRisk() {
        return state == RiskState.AT_RISK;
    }
}
