package io.adeplatform.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Status packs (PDF): the time budget of the composition, where packs are kept (the archive's route), and the
 * cadence scheduler that keeps one pack per due QBR, executive briefing and steering committee.
 */
@ConfigMapping(prefix = "ade.gateway.status-pack")
public interface StatusPackConfig {

    /** Every section call of one pack must answer within this time; a later one is "not available" in the PDF. */
    @WithDefault("5s")
    Duration budget();

    /** How many open risks (by exposure) each engagement shows. */
    @WithDefault("5")
    int topRisks();

    /** The route of the service that keeps packs and lists the cadence to-do (relationship-service). */
    @WithDefault("relationship")
    String archiveRoute();

    /** The named quarkus-oidc-client whose client-credentials token stores packs and reads the cadence to-do. */
    @WithDefault("reporter")
    String oidcClient();

    Cadence cadence();

    interface Cadence {

        /** Off switch (tests, or a replica that should not render). */
        @WithDefault("true")
        boolean enabled();

        /** How often the due items are read and their packs kept. */
        @WithDefault("1h")
        Duration every();

        /** Items due up to today plus this many days are kept ahead of their meeting. */
        @WithDefault("7")
        int horizonDays();
    }
}
