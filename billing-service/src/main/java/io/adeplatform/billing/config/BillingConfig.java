package io.adeplatform.billing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** Deal approval thresholds: every deal needs finance; a total above {@code executive-above} also an executive. */
@ConfigMapping(prefix = "ade.billing.approval")
public interface BillingConfig {

    /** Contract totals strictly above this amount (in the contract's currency) also need an executive approval. */
    @WithDefault("1000000")
    BigDecimal executiveAbove();
}
