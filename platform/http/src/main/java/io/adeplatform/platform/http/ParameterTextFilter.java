package io.adeplatform.platform.http;

import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.Texts;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Path and query parameters (after percent-decoding) hold no control characters at all, tab and line breaks
 * included: an id or a filter never needs one, and a NUL would otherwise reach PostgreSQL and fail there. Runs after
 * the resource is matched, so the problem names the path parameter ({@code customerId}) or query parameter.
 */
public class ParameterTextFilter {

    /** The 400 problem when a parameter holds a control character; null lets the request through. */
    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        List<FieldError> errors = new ArrayList<>();
        try {
            collect(uri.getPathParameters(true), errors);
            collect(uri.getQueryParameters(true), errors);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("query", "is not valid percent-encoded UTF-8"));
        }
        if (errors.isEmpty()) {
            return null;
        }
        return ProblemResponses.of(ProblemException.badRequest("invalid path or query parameter", errors).toProblem(),
                uri.getRequestUri().getRawPath());
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            int inName = Texts.forbiddenCharacter(name, false);
            if (inName >= 0) {
                errors.add(new FieldError("parameter name", Texts.forbiddenCharacterMessage(name, inName)));
                continue;
            }
            for (String value : parameter.getValue()) {
                int forbidden = Texts.forbiddenCharacter(value, false);
                if (forbidden >= 0) {
                    errors.add(new FieldError(name, Texts.forbiddenCharacterMessage(value, forbidden)));
                    break;
                }
            }
        }
    }
}
