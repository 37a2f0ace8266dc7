package io.adeplatform.consumption.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of CSV usage uploads ({@code ade.consumption.upload.*}). */
@ConfigMapping(prefix = "ade.consumption.upload")
public interface UsageUploadConfig {

    /** How many rejected rows an upload answers with their line and reason (every rejected row is counted). */
    @WithDefault("100")
    int reportedRejections();

    /**
     * The longest row (a record with its fields, separators and quoted line breaks) in characters, so also the longest
     * field: a longer one refuses the file with 400 naming its line, after reading no more than this much of it.
     */
    @WithDefault("65536")
    int maxRowLength();
}
