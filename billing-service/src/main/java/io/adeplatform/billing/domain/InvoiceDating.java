package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The date an invoice is issued with: today by default, or an earlier day (backdating) within the allowed window,
 * never in the future, and never before the last invoice numbered in its year, so numbers follow dates.
 */
public final class InvoiceDating {

    private InvoiceDating() {
    }

    /** The invoice date for a request ({@code null}: today); an {@link InvalidInput} on {@code invoiceDate} otherwise. */
    public static LocalDate invoiceDate(LocalDate requested, LocalDate today, int maxBackdatingDays) {
        LocalDate date = requested == null ? today : requested;
        String problem = null;
        if (date.isAfter(today)) {
            problem = "must not be in the future";
        } else if (date.isBefore(today.minusDays(maxBackdatingDays))) {
            problem = "must not be more than " + maxBackdatingDays + " days ago";
        }
        if (problem != null) {
            throw new InvalidInput("invoice date " + date + " " + problem, List.of(new FieldError("invoiceDate", problem)));
        }
        return date;
    }

    /** Refuses a date before {@code latestOfYear}, the date of the last invoice numbered in the same year. */
    public static void requireInSequence(LocalDate invoiceDate, Optional<LocalDate> latestOfYear) {
        latestOfYear.filter(invoiceDate::isBefore).ifPresent(latest -> {
            throw new Conflict("invoice-date-out-of-sequence", "invoice date " + invoiceDate + " is before " + latest
                    + ", the date of the last invoice numbered in " + invoiceDate.getYear());
        });
    }
}
