package io.adeplatform.consumption.domain;

import io.adeplatform.platform.core.WireEnums;
import jakarta.persistence.AttributeConverter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Why a commitment is at risk; more than one may hold. */
public enum RiskReason {
    /** consumed + run-rate × days still to come falls short of the commitment */
    PROJECTED_SHORTFALL,
    /** the customer has had no usage for the configured number of complete days */
    NO_RECENT_USAGE;

    /** Stored as the wire names joined by commas ("projected-shortfall,no-recent-usage"; empty when none). */
    @jakarta.persistence.Converter
    public static class SetConverter implements AttributeConverter<Set<RiskReason>, String> {

        @Override
        public String convertToDatabaseColumn(Set<RiskReason> reasons) {
            return reasons == null ? "" : reasons.stream().sorted().map(WireEnums::wireName).collect(Collectors.joining(","));
        }

        @Override
        public Set<RiskReason> convertToEntityAttribute(String column) {
            Set<RiskReason> reasons = EnumSet.noneOf(RiskReason.class);
            if (column != null && !column.isBlank()) {
                Arrays.stream(column.split(",")).map(name -> valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')))
                        .forEach(reasons::add);
            }
            return reasons;
        }
    }
}
