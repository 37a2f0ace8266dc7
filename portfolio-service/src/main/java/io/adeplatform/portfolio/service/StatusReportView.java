package io.adeplatform.portfolio.service;

import io.adeplatform.portfolio.domain.StatusReport;
import io.adeplatform.portfolio.domain.StatusSnapshot;

/** A status report with its frozen snapshot read back. */
public record StatusReportView(StatusReport report, StatusSnapshot snapshot) {
}
