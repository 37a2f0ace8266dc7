package io.adeplatform.platform.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.adeplatform.platform.core.FieldError;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details document. {@code errors} carries field errors of a validation failure;
 * {@code extensions} carries any further members a problem type defines (they are written at the top level).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, URI instance,
                      List<FieldError> errors, @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://adeplatform.io/problems/";

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    public Problem withInstance(URI instance) {
        return new Problem(type, title, status, detail, instance, errors, extensions);
    }
}
