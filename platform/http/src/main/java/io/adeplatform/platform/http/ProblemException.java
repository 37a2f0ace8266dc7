package io.adeplatform.platform.http;

import java.util.List;
import java.util.Map;

/**
 * Thrown by any layer to answer with a problem document; mapped by {@link ProblemMappers}. Prefer the factory
 * methods so the same situation gets the same type and status in every service.
 */
public class ProblemException extends RuntimeException {

    private final String slug;
    private final String title;
    private final int status;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of(), Map.of());
    }

    public ProblemException(int status, String slug, String title, String detail,
                            List<Problem.FieldError> errors, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.extensions = extensions;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail);
    }

    public static ProblemException illegalTransition(Object from, Object to) {
        return new ProblemException(409, "illegal-transition", "Illegal state transition",
                "cannot move from " + from + " to " + to, List.of(), Map.of("from", String.valueOf(from), "to", String.valueOf(to)));
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(422, slug, "Unprocessable request", detail);
    }

    public static ProblemException badRequest(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid request", detail, errors, Map.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public Problem toProblem() {
        return new Problem(Problem.type(slug), title, status, getMessage(), null, errors, extensions);
    }

    public int status() {
        return status;
    }
}
