package io.adeplatform.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One person's hours on an engagement in a role, as reported. {@code nonBillableIfExceeded}: when billing them would
 * pass a not-to-exceed limit, record them as non-billable instead of refusing them.
 */
public record WorkedTime(UUID engagementId, String person, String role, LocalDate date, BigDecimal hours,
                         boolean nonBillableIfExceeded) {
}
