package io.adeplatform.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/**
 * Account 360: which service calls make up the overview, one block per section
 * ({@code ade.gateway.account360.sections.<name>.route/path/required}), and the time budget of the whole answer.
 */
@ConfigMapping(prefix = "ade.gateway.account360")
public interface Account360Config {

    /** The overview answers within this time, with whatever sections arrived; the others are marked timeout. */
    @WithDefault("2500ms")
    Duration budget();

    Map<String, Section> sections();

    interface Section {

        /** The name of a route of the route table, e.g. {@code portfolio}. */
        String route();

        /** Path and query on that service, with {@code {customerId}} filled in, e.g. {@code /api/engagements?customerId={customerId}}. */
        String path();

        /** A required section decides the whole answer when it says the customer does not exist (404). */
        @WithDefault("false")
        boolean required();
    }
}
