package io.adeplatform.billing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ade.billing.invoicing")
public interface InvoicingConfig {

    /** Days from issue to due date. */
    @WithDefault("30")
    int paymentTermsDays();

    /** How many days before today an invoice may be dated when it is issued. */
    @WithDefault("90")
    int maxBackdatingDays();
}
