package io.adeplatform.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One decision on a submitted contract: who, as which role, when, with what comment. */
@Entity
@Table(name = "contract_approval")
public class ContractApproval {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id")
    public Contract contract;

    public int round;

    public String approver;

    @Enumerated(EnumType.STRING)
    public ApprovalRole asRole;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    public String comment;

    public OffsetDateTime decidedAt;

    static ContractApproval of(Contract contract, String approver, ApprovalRole as, Decision decision, String comment,
                               OffsetDateTime at) {
        ContractApproval approval = new ContractApproval();
        approval.id = UUID.randomUUID();
        approval.contract = contract;
        approval.round = contract.approvalRound;
        approval.approver = approver;
        approval.asRole = as;
        approval.decision = decision;
        approval.comment = comment;
        approval.decidedAt = at;
        return approval;
    }
}
