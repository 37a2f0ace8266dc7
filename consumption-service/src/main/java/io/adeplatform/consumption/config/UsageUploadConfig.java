package io.adeplatform.consumption.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of CSV usage uploads ({@code ade.consumption.upload.*}). */
@ConfigMapping(prefix = "ade.consumption.upload")
public interface UsageUploadConfig {

    /** How many rejected rows an upload answers with their line and reason (every rejected row is counted). */
    @WithDefault("100")
    int reportedRejections();
}
