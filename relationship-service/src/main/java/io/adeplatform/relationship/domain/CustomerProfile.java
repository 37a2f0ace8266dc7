package io.adeplatform.relationship.domain;

import static io.adeplatform.platform.core.Texts.blankToNull;

/** What describes a customer; name and segment are required, tier, industry and region are optional free text. */
public record CustomerProfile(String name, String segment, String tier, String industry, String region) {

    /** Stripped, with blank optional fields as null, so equal profiles compare equal. */
    public CustomerProfile normalised() {
        return new CustomerProfile(name.strip(), segment.strip(), blankToNull(tier), blankToNull(industry),
                blankToNull(region));
    }

}
