package io.adeplatform.billing.domain;

import java.math.BigDecimal;
import java.util.List;

/** Who must approve a deal of a given maximum exposure: finance always; an executive as well above the threshold. */
public final class ApprovalPolicy {

    private ApprovalPolicy() {
    }

    public static List<ApprovalRole> requiredRoles(BigDecimal exposure, BigDecimal executiveAbove) {
        return exposure.compareTo(executiveAbove) > 0
                ? List.of(ApprovalRole.FINANCE, ApprovalRole.EXECUTIVE)
                : List.of(ApprovalRole.FINANCE);
    }
}
