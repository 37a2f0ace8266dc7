package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules contract terms must meet, all checked at once so the caller sees every field at fault: one currency for
 * every amount, positive values, and per billing method its own parts — a rate card with unique roles for time and
 * materials, an installment schedule for a fixed fee and milestones for a milestone line, each summing exactly to the
 * line value — and a contract limit not below the committed (fixed-fee and milestone) values.
 */
public final class ContractTermsValidator {

    private final String currency;
    private final List<FieldError> errors = new ArrayList<>();

    private ContractTermsValidator(String currency) {
        this.currency = currency;
    }

    /** Passes valid terms; an {@link InvalidInput} with every field error otherwise. */
    public static void validate(ContractTerms terms) {
        ContractTermsValidator validator = new ContractTermsValidator(terms.currency());
        validator.check(terms);
        if (!validator.errors.isEmpty()) {
            throw new InvalidInput("the contract is not valid", validator.errors);
        }
    }

    private void check(ContractTerms terms) {
        if (!new Money(BigDecimal.ZERO, currency).isKnownCurrency()) {
            errors.add(new FieldError("currency", "is not an ISO 4217 currency"));
        }
        money("notToExceed", terms.notToExceed(), false);
        for (int i = 0; i < terms.lines().size(); i++) {
            line("lines[" + i + "]", terms.lines().get(i));
        }
        if (errors.isEmpty() && terms.notToExceed() != null) {
            BigDecimal committed = terms.lines().stream().filter(l -> l.billingMethod() != BillingMethod.TIME_AND_MATERIALS)
                    .map(l -> l.value().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (committed.compareTo(terms.notToExceed().amount()) > 0) {
                errors.add(new FieldError("notToExceed", "is below the fixed-fee and milestone values of the lines ("
                        + committed.toPlainString() + ")"));
            }
        }
    }

    private void line(String at, ContractTerms.Line line) {
        money(at + ".value", line.value(), true);
        money(at + ".notToExceed", line.notToExceed(), false);
        switch (line.billingMethod()) {
            case TIME_AND_MATERIALS -> {
                rateCard(at, line.rateCard());
                absent(at, "schedule", line.schedule());
                absent(at, "milestones", line.milestones());
            }
            case FIXED_FEE -> {
                parts(at + ".schedule", line.schedule(), ContractTerms.Installment::amount, line.value(),
                        "a fixed-fee line needs an invoice schedule", "installments");
                absent(at, "rateCard", line.rateCard());
                absent(at, "milestones", line.milestones());
            }
            case MILESTONE -> {
                parts(at + ".milestones", line.milestones(), ContractTerms.Milestone::amount, line.value(),
                        "a milestone line needs milestones", "milestones");
                absent(at, "rateCard", line.rateCard());
                absent(at, "schedule", line.schedule());
            }
        }
    }

    private void rateCard(String at, List<ContractTerms.Rate> rateCard) {
        if (rateCard == null || rateCard.isEmpty()) {
            errors.add(new FieldError(at + ".rateCard", "a time-and-materials line needs a rate card"));
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (int r = 0; r < rateCard.size(); r++) {
            ContractTerms.Rate rate = rateCard.get(r);
            money(at + ".rateCard[" + r + "].billRate", rate.billRate(), true);
            money(at + ".rateCard[" + r + "].costRate", rate.costRate(), true);
            if (!roles.add(rate.role())) {
                errors.add(new FieldError(at + ".rateCard[" + r + "].role", "appears twice"));
            }
        }
    }

    /** The installments or milestones of a line: present, each amount valid, together exactly the line value. */
    private <T> void parts(String field, List<T> parts, Function<T, Money> amountOf, Money lineValue, String missing,
                           String what) {
        if (parts == null || parts.isEmpty()) {
            errors.add(new FieldError(field, missing));
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            Money amount = amountOf.apply(parts.get(i));
            money(field + "[" + i + "].amount", amount, true);
            sum = sum.add(amount.amount());
        }
        if (sum.compareTo(lineValue.amount()) != 0) {
            errors.add(new FieldError(field, what + " sum to " + sum.toPlainString() + ", not the line value "
                    + lineValue.amount().toPlainString()));
        }
    }

    private void absent(String at, String field, List<?> value) {
        if (value != null && !value.isEmpty()) {
            errors.add(new FieldError(at + "." + field, "does not apply to this billing method"));
        }
    }

    private void money(String field, Money money, boolean positive) {
        if (money == null) {
            return;
        }
        if (!money.currency().equals(currency)) {
            errors.add(new FieldError(field + ".currency", "must be the contract currency " + currency));
        }
        if (positive ? money.amount().signum() <= 0 : money.amount().signum() < 0) {
            errors.add(new FieldError(field + ".amount", positive ? "must be greater than 0" : "must not be negative"));
        }
    }
}
