package io.adeplatform.relationship.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** How a detractor answer's follow-up is assigned (README, Customer satisfaction). */
@ConfigMapping(prefix = "ade.satisfaction.follow-up")
public interface SatisfactionConfig {

    /** Days from the answer's recording to the follow-up's due date. */
    @WithDefault("7")
    int dueDays();

    /**
     * A fixed owner (a username, e.g. a customer-success desk) for every follow-up; when absent, the first executive
     * of the customer's account team by username owns it.
     */
    Optional<String> owner();
}
