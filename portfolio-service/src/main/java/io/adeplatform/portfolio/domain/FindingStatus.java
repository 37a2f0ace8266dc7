package io.adeplatform.portfolio.domain;

/** A finding is open until its remediation is done; a resolved one may be reopened. */
public enum FindingStatus {
    OPEN, RESOLVED
}
