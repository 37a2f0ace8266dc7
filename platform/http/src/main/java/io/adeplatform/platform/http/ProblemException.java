package io.adeplatform.platform.http;

import io.adeplatform.platform.core.DomainException;
import io.adeplatform.platform.core.FieldError;

import java.util.List;
import java.util.Map;

/**
 * An answer only HTTP has (a missing If-Match, a bad query parameter, a refused body): thrown by api classes and the
 * platform's HTTP mechanisms, mapped by {@link ProblemMappers}. Business rules throw the domain exceptions of
 * platform/core instead, which {@link DomainProblems} answers the same way in every service.
 */
public class ProblemException extends RuntimeException {

    private final String slug;
    private final String title;
    private final int status;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of(), Map.of());
    }

    public ProblemException(int status, String slug, String title, String detail,
                            List<FieldError> errors, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.extensions = extensions;
    }

    /** The answer a domain exception gets, for code that sends problems itself (the gateway's Vert.x handlers). */
    public static ProblemException of(DomainException e) {
        Problem problem = DomainProblems.of(e);
        return new ProblemException(problem.status(), e.slug(), problem.title(), e.getMessage(), e.fieldErrors(), e.details());
    }

    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid request", detail, errors, Map.of());
    }

    public Problem toProblem() {
        return new Problem(Problem.type(slug), title, status, getMessage(), null, errors, extensions);
    }

    public int status() {
        return status;
    }
}
