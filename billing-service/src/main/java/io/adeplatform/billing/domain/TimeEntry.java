package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.NotPermitted;
import io.adeplatform.platform.core.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "time_entry")
public class TimeEntry extends BillingRecord {

    public UUID contractId;

    public UUID lineId;

    public UUID engagementId;

    public String person;

    public String role;

    @Column(name = "work_date")
    public LocalDate date;

    public BigDecimal hours;

    public boolean billable;

    public BigDecimal billAmount;

    public BigDecimal costAmount;

    public String approvedBy;

    public OffsetDateTime approvedAt;

    public UUID invoiceId;

    @Version
    public long version;

    /**
     * Prices the hours with the line's rate card and keeps them within the line's and the contract's not-to-exceed
     * limits, given what is billed so far on the line and in time on the contract: beyond a limit the entry is refused,
     * or recorded as non-billable (cost counted) when the caller asked for that.
     */
    public static TimeEntry record(Contract contract, ContractLine line, WorkedTime work, BigDecimal billedOnLine,
                                   BigDecimal billedTimeOnContract, String by, OffsetDateTime at) {
        RateCardEntry rate = line.rate(work.role()).orElseThrow();
        BigDecimal bill = Money.storable("the bill amount (hours × bill rate)", Calculations.price(work.hours(), rate.billRate));
        Optional<String> exceeded = exceededLimit(contract, line, billedOnLine, billedTimeOnContract, bill);
        if (exceeded.isPresent() && !work.nonBillableIfExceeded()) {
            throw new RuleViolation("not-to-exceed-exceeded", "this entry would exceed " + exceeded.get()
                    + "; send nonBillableIfExceeded=true to record it as non-billable",
                    Map.of("contractId", contract.id.toString(), "lineId", line.id.toString()));
        }
        TimeEntry entry = new TimeEntry();
        entry.create(contract.customerId, contract.currency, by, at);
        entry.contractId = contract.id;
        entry.lineId = line.id;
        entry.engagementId = work.engagementId();
        entry.person = work.person().strip();
        entry.role = work.role();
        entry.date = work.date();
        entry.hours = work.hours();
        entry.billable = exceeded.isEmpty();
        entry.billAmount = entry.billable ? bill : BigDecimal.ZERO;
        entry.costAmount = Money.storable("the cost amount (hours × cost rate)", Calculations.price(work.hours(), rate.costRate));
        return entry;
    }

    /** The limit {@code bill} more would pass: the line's first, then the contract's (committed values plus time). */
    private static Optional<String> exceededLimit(Contract contract, ContractLine line, BigDecimal onLine,
                                                  BigDecimal timeOnContract, BigDecimal bill) {
        if (Calculations.exceeds(onLine, bill, line.notToExceed)) {
            return Optional.of("the line's not-to-exceed of " + line.notToExceed.stripTrailingZeros().toPlainString() + " "
                    + contract.currency + " (already " + onLine.toPlainString() + ", this entry " + bill.toPlainString() + ")");
        }
        BigDecimal committed = contract.committedValue().add(timeOnContract);
        if (Calculations.exceeds(committed, bill, contract.notToExceed)) {
            return Optional.of("the contract's not-to-exceed of " + contract.notToExceed.stripTrailingZeros().toPlainString()
                    + " " + contract.currency + " (already committed " + committed.toPlainString() + ", this entry "
                    + bill.toPlainString() + ")");
        }
        return Optional.empty();
    }

    /**
     * Approved hours are recognized as revenue and can be invoiced. Four eyes: whoever recorded the entry, or worked
     * the hours, may not approve it (403 {@code own-time-entry}).
     */
    public void approve(String by, OffsetDateTime at) {
        if (by.equals(createdBy) || by.equals(person)) {
            throw new NotPermitted("own-time-entry", "time entry " + id + " is " + by
                    + "'s own: someone other than who recorded or worked it approves it");
        }
        if (approvedAt != null) {
            throw new Conflict("already-approved", "time entry " + id + " is already approved");
        }
        approvedBy = by;
        approvedAt = at;
    }

    public TimeEntryStatus status() {
        return approvedAt == null ? TimeEntryStatus.RECORDED : TimeEntryStatus.APPROVED;
    }

    /** Puts the entry on an invoice as one line. */
    public void billOn(Invoice invoice) {
        invoice.addLine(date + " " + person + " (" + role + ") " + hours.stripTrailingZeros().toPlainString() + " h",
                engagementId, lineId, billAmount);
        invoiceId = invoice.id;
    }
}
