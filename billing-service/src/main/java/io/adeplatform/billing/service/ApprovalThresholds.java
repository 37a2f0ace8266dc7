package io.adeplatform.billing.service;

import io.adeplatform.billing.config.BillingConfig;
import io.adeplatform.billing.domain.ApprovalPolicy;
import io.adeplatform.billing.domain.ApprovalRole;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.platform.core.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The deal approval a contract needs under the configured per-currency thresholds, weighed on its exposure. */
@ApplicationScoped
public class ApprovalThresholds {

    static final String KEY = "ade.billing.approval.executive-above.";

    @Inject
    BillingConfig config;

    /** Finance; an executive too above the threshold. A currency without a threshold is a 422 naming the setting. */
    public List<ApprovalRole> required(Contract contract) {
        return ifConfigured(contract).orElseThrow(() -> new RuleViolation("no-approval-threshold",
                "no deal approval threshold is configured for " + contract.currency + " (setting " + KEY
                        + contract.currency + "); contracts in " + contract.currency + " cannot be submitted",
                Map.of("currency", contract.currency)));
    }

    /** {@link #required}, or empty when the contract's currency has no threshold (a draft may still be read). */
    public Optional<List<ApprovalRole>> ifConfigured(Contract contract) {
        BigDecimal above = config.executiveAbove().get(contract.currency);
        return Optional.ofNullable(above).map(a -> ApprovalPolicy.requiredRoles(contract.exposure().amount(), a));
    }
}
