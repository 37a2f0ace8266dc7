package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "contract")
public class Contract {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(nullable = false)
    public String title;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "nte_amount")
    public BigDecimal notToExceed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Column(name = "approval_round", nullable = false)
    public int approvalRound;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "signed_at")
    public OffsetDateTime signedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "contract_engagement", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "engagement_id")
    public Set<UUID> engagementIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ContractLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "compliance_item", joinColumns = @JoinColumn(name = "contract_id"))
    public List<ComplianceItem> compliance = new ArrayList<>();

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("decidedAt")
    public List<ContractApproval> approvals = new ArrayList<>();

    /** The contract value: the sum of its lines' values. */
    public Money total() {
        Money total = Money.zero(currency);
        for (ContractLine line : lines) {
            total = total.plus(new Money(line.value, currency));
        }
        return total;
    }

    public Money notToExceedMoney() {
        return notToExceed == null ? null : new Money(notToExceed, currency);
    }

    public void moveTo(ContractStatus target) {
        if (!status.canMoveTo(target)) {
            throw Conflict.illegalTransition(status.wireName(), target.wireName());
        }
        status = target;
    }

    public boolean complianceComplete() {
        return compliance.stream().allMatch(ComplianceItem::isComplete);
    }

    public List<ContractApproval> currentRoundApprovals() {
        return approvals.stream().filter(a -> a.round == approvalRound && a.decision == Decision.APPROVED).toList();
    }

    public ContractLine line(UUID lineId) {
        return lines.stream().filter(l -> l.id.equals(lineId)).findFirst()
                .orElseThrow(() -> new NotFound("contract line", lineId));
    }
}
