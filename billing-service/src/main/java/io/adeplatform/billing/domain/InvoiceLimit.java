package io.adeplatform.billing.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The not-to-exceed check of a new invoice: what the contract (and each of its lines) has on invoices that are not
 * void (drafts included, gross of credit notes: a credit note is a concession and frees no room; voiding does), plus
 * the new invoice, may not pass the contract's limit nor the line's.
 */
public final class InvoiceLimit {

    private InvoiceLimit() {
    }

    /** The limit passed: the contract's ({@code lineId} null) or a line's, what was on invoices, what the new one adds. */
    public record Breach(UUID lineId, BigDecimal limit, BigDecimal invoiced, BigDecimal attempted, String currency) {

        public String scope() {
            return lineId == null ? "contract" : "line";
        }

        public String detail() {
            return "this invoice would pass the " + (lineId == null ? "contract's" : "line's") + " not-to-exceed of "
                    + plain(limit) + " " + currency + " (already invoiced " + plain(invoiced) + ", this invoice "
                    + plain(attempted) + ")";
        }

        private static String plain(BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
    }

    /**
     * @param invoicedOnContract the totals of the contract's invoices that are not void
     * @param invoicedOnLine     a line's amounts on invoices that are not void
     */
    public static Optional<Breach> check(Contract contract, Invoice invoice, BigDecimal invoicedOnContract,
                                         Function<UUID, BigDecimal> invoicedOnLine) {
        Map<UUID, BigDecimal> perLine = new LinkedHashMap<>();
        invoice.lines.stream().filter(l -> l.contractLineId != null)
                .forEach(l -> perLine.merge(l.contractLineId, l.amount, BigDecimal::add));
        for (Map.Entry<UUID, BigDecimal> added : perLine.entrySet()) {
            ContractLine line = contract.line(added.getKey());
            BigDecimal already = invoicedOnLine.apply(line.id);
            if (Calculations.exceeds(already, added.getValue(), line.notToExceed)) {
                return Optional.of(new Breach(line.id, line.notToExceed, already, added.getValue(), contract.currency));
            }
        }
        if (Calculations.exceeds(invoicedOnContract, invoice.total, contract.notToExceed)) {
            return Optional.of(new Breach(null, contract.notToExceed, invoicedOnContract, invoice.total, contract.currency));
        }
        return Optional.empty();
    }
}
