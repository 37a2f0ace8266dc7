package io.adeplatform.consumption.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where a cost-export layout takes one usage column from: the first non-blank of some header columns, or several
 * joined into one identity text. Bound once to a header's positions ({@link #bind}), so a row costs index lookups
 * only. Header names compare as {@link #normalize} makes them (case, spaces, underscores and hyphens ignored).
 */
@FunctionalInterface
public interface ColumnRule {

    /** The rule for a header whose normalized column names sit at these positions (the first of a name twice wins). */
    Bound bind(Map<String, Integer> positions);

    /** A rule bound to one header. */
    @FunctionalInterface
    interface Bound {
        /** The column's raw text in this record, or null when the header has none of the columns it reads. */
        String value(List<String> record);
    }

    /** One source column of {@link #joined}, with an optional transform (null drops the part). */
    record Part(String name, UnaryOperator<String> transform) {
    }

    static String normalize(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The first of these columns with a non-blank value; blank when they are all blank; null when none is present. */
    static ColumnRule first(String... names) {
        return positions -> {
            int[] indexes = indexes(positions, names);
            if (indexes.length == 0) {
                return record -> null;
            }
            return record -> {
                for (int index : indexes) {
                    String value = record.get(index);
                    if (!value.isBlank()) {
                        return value;
                    }
                }
                return "";
            };
        };
    }

    /** Never null: {@code fallback} when the rule finds no column or only blank values. */
    default ColumnRule orElse(String fallback) {
        return positions -> {
            Bound bound = bind(positions);
            return record -> {
                String value = bound.value(record);
                return value == null || value.isBlank() ? fallback : value;
            };
        };
    }

    /** The value passed through {@code transform} (which sees non-null values only). */
    default ColumnRule map(UnaryOperator<String> transform) {
        return positions -> {
            Bound bound = bind(positions);
            return record -> {
                String value = bound.value(record);
                return value == null ? null : transform.apply(value);
            };
        };
    }

    /**
     * The non-blank parts as {@code Name=value} joined with "; " (stable whatever the column order of the file, and
     * readable when stored); blank when every part is; never null.
     */
    static ColumnRule joined(Part... parts) {
        return positions -> {
            List<Part> present = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (Part part : parts) {
                Integer index = positions.get(normalize(part.name()));
                if (index != null) {
                    present.add(part);
                    at.add(index);
                }
            }
            return record -> {
                StringBuilder joined = new StringBuilder();
                for (int i = 0; i < present.size(); i++) {
                    String value = record.get(at.get(i)).strip();
                    UnaryOperator<String> transform = present.get(i).transform();
                    value = value.isEmpty() || transform == null ? value : transform.apply(value);
                    if (value != null && !value.isEmpty()) {
                        joined.append(joined.isEmpty() ? "" : "; ").append(present.get(i).name()).append('=').append(value);
                    }
                }
                return joined.toString();
            };
        };
    }

    static Part part(String name) {
        return new Part(name, null);
    }

    static Part part(String name, UnaryOperator<String> transform) {
        return new Part(name, transform);
    }

    private static int[] indexes(Map<String, Integer> positions, String... names) {
        return java.util.Arrays.stream(names).map(ColumnRule::normalize).map(positions::get)
                .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
    }
}
