package io.adeplatform.platform.core;

import java.util.List;
import java.util.Map;

/**
 * A business rule said no. Plain Java, so the same rule can run behind a REST call (platform/http answers it with a
 * problem document whose status follows the subtype) and inside a Kafka consumer (where it marks the event as poison:
 * retrying cannot make a refused event acceptable).
 */
public abstract class DomainException extends RuntimeException {

    private final String slug;
    private final Map<String, Object> details;

    protected DomainException(String slug, String detail, Map<String, Object> details) {
        super(detail);
        this.slug = slug;
        this.details = details == null ? Map.of() : details;
    }

    /** A short, stable name of the situation ("illegal-transition"); problem types are built from it. */
    public String slug() {
        return slug;
    }

    /** Further members describing the situation ({@code from}, {@code to}), written as they are. */
    public Map<String, Object> details() {
        return details;
    }

    /** Field errors of an invalid input; empty for every other kind. */
    public List<FieldError> fieldErrors() {
        return List.of();
    }
}
