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

    // what the create and the update body document alike about the terms they share
    String TITLE = "The contract's title.";
    String TITLE_EXAMPLE = "Master services agreement 2026";
    String CURRENCY = "The contract's one ISO 4217 currency: every amount of it is in this currency.";
    String ENGAGEMENTS = "Engagements the contract covers (portfolio's ids); each line's engagement is added.";
    String ENGAGEMENTS_EXAMPLE = "[\"0b9e7a3c-41d2-4c55-8f0e-6a2d9b1c7e44\"]";
    String NOT_TO_EXCEED = "The most the whole contract may bill (fixed-fee and milestone values plus time); not below "
            + "its fixed-fee and milestone values. Deal approval weighs it where set.";
    String NOT_TO_EXCEED_EXAMPLE = "{\"amount\": \"500000.00\", \"currency\": \"USD\"}";

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
