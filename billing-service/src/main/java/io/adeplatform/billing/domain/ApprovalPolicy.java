package io.adeplatform.billing.domain;

import java.math.BigDecimal;
import java.util.List;

/** Who must approve a deal of a given total: finance always; an executive as well above the threshold. */
public final class ApprovalPolicy {

    private ApprovalPolicy() {
    }

    public static List<ApprovalRole> requiredRoles(BigDecimal total, BigDecimal executiveAbove) {
        return total.compareTo(executiveAbove) > 0
                ? List.of(ApprovalRole.FINANCE, ApprovalRole.EXECUTIVE)
                : List.of(ApprovalRole.FINANCE);
    }
}
