package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.ContractTerms;
import io.adeplatform.platform.core.Money;

import java.util.List;
import java.util.UUID;

/**
 * The contract terms a create and an update request state alike, mapped to the domain's {@link ContractTerms}.
 * Which parts a billing method needs, and that amounts add up, is the domain's rule ({@code ContractTermsValidator}).
 */
interface ContractTermsMapper {

    String title();

    String currency();

    List<UUID> engagementIds();

    Money notToExceed();

    List<ContractLineRequest> lines();

    default ContractTerms terms() {
        return new ContractTerms(title(), currency(), engagementIds(), notToExceed(),
                lines().stream().map(ContractTermsMapper::line).toList());
    }

    private static ContractTerms.Line line(ContractLineRequest l) {
        return new ContractTerms.Line(l.description(), l.billingMethod(), l.engagementId(), l.value(), l.notToExceed(),
                l.rateCard() == null ? null : l.rateCard().stream()
                        .map(r -> new ContractTerms.Rate(r.role(), r.billRate(), r.costRate())).toList(),
                l.schedule() == null ? null : l.schedule().stream()
                        .map(s -> new ContractTerms.Installment(s.dueDate(), s.amount())).toList(),
                l.milestones() == null ? null : l.milestones().stream()
                        .map(m -> new ContractTerms.Milestone(m.name(), m.amount(), m.milestoneId())).toList());
    }
}
