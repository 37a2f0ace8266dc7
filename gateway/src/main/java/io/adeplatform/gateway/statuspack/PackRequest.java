package io.adeplatform.gateway.statuspack;

import io.adeplatform.gateway.web.PathIds;
import io.adeplatform.platform.core.Dates;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.http.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Which pack: a customer's, or one engagement's ({@code engagementId} set), as of a date that is not in the future. */
public record PackRequest(String customerId, String engagementId, LocalDate asOf) {

    public boolean engagementPack() {
        return engagementId != null;
    }

    /**
     * Checks the caller's input: an id that is no UUID names nothing (404, as Account 360 answers), a malformed
     * or future {@code asOf} is a 400 problem. An absent {@code asOf} is today.
     */
    public static PackRequest parse(String customerId, String engagementId, String asOf, LocalDate today) {
        if (!PathIds.isUuid(customerId)) {
            throw ProblemException.of(new NotFound("customer", customerId));
        }
        if (engagementId != null && !PathIds.isUuid(engagementId)) {
            throw ProblemException.of(new NotFound("engagement", engagementId));
        }
        LocalDate date;
        try {
            date = asOf == null || asOf.isBlank() ? today : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw ProblemException.of(InvalidInput.field("asOf", "must be a date YYYY-MM-DD"));
        }
        if (!Dates.inRange(date)) {
            throw ProblemException.of(InvalidInput.field("asOf", "must be a date between " + Dates.EARLIEST + " and "
                    + Dates.LATEST));
        }
        if (date.isAfter(today)) {
            throw ProblemException.of(InvalidInput.field("asOf", "must not be in the future (today is " + today + ")"));
        }
        return new PackRequest(customerId, engagementId, date);
    }
}
