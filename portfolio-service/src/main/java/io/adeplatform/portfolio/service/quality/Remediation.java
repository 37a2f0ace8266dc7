package io.adeplatform.portfolio.service.quality;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How a finding's remediation is tracked in the RAID log: an existing entry of the engagement ({@code raidItemId}),
 * or a new RAID action of category quality with this owner and due date.
 */
public record Remediation(UUID raidItemId, String owner, LocalDate dueDate) {
}
