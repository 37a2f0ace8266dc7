package io.adeplatform.billing.config;

import io.smallrye.config.ConfigMapping;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Deal approval thresholds, one per currency ({@code ade.billing.approval.executive-above.USD=1000000}): every deal
 * needs finance; a deal whose maximum exposure is above its currency's threshold also an executive. A currency
 * without a threshold cannot be submitted for approval (there is no sensible default across currencies).
 */
@ConfigMapping(prefix = "ade.billing.approval")
public interface BillingConfig {

    /** ISO currency code → the exposure above which an executive approves as well, in that currency. */
    Map<String, BigDecimal> executiveAbove();
}
