package io.adeplatform.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.adeplatform.platform.core.DomainException;
import io.adeplatform.platform.core.FieldError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Turns every error path into an RFC 9457 problem document. Client mistakes (malformed JSON, wrong types, unknown
 * enum values or properties, failed validation) are 400s; only genuine server faults are 500s.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.toProblem(), path(uri));
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        return ProblemResponses.of(DomainProblems.of(e), path(uri));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ProblemResponses.of(ProblemException.badRequest("the request has invalid fields", errors).toProblem(), path(uri));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return ProblemResponses.of(JsonProblems.of(e).toProblem(), path(uri));
    }

    /** Jackson's own mapper for this type would answer plain JSON; ours wins by priority. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String slug = status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Response response = ProblemResponses.of(status.getStatusCode(), slug, status.getReasonPhrase(),
                e.getMessage(), path(uri));
        // keep headers such as Allow (405) or Retry-After that the original response carried
        Response.ResponseBuilder builder = Response.fromResponse(response);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(ProblemResponses.of(401, "unauthenticated", "Unauthorized",
                        "a valid bearer token is required", path(uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(403, "forbidden", "Forbidden", "your role does not allow this action", path(uri));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "unexpected error on %s", path(uri));
        return ProblemResponses.of(500, "internal-error", "Internal server error",
                "the request could not be completed; it has been logged", path(uri));
    }

    /**
     * The violation's field as a JSON path ({@code lines[0].schedule[1].amount.currency}): Bean Validation puts an
     * element's index on the node after the list, and names list elements {@code <list element>}.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && field.length() > 0) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.length() > 0 ? "." : "").append(name);
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return nodes.isEmpty() ? "" : nodes.get(nodes.size() - 1).getName();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
