package io.adeplatform.platform.testing;

import io.restassured.response.Response;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on a refused request as issue 14 demands them: the status, an {@code application/problem+json} body,
 * and a detail and field errors in the API's words (no Java type, no Jackson text).
 */
public final class ProblemAnswers {

    private ProblemAnswers() {
    }

    /** Asserts the answer and returns its field errors' names (empty when the problem names none). */
    public static List<String> refused(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        String body = response.asString();
        assertThat(body).doesNotContain("io.adeplatform", "java.", "Cannot deserialize", "com.fasterxml");
        List<Map<String, String>> errors = response.path("errors");
        return errors == null ? List.of() : errors.stream().map(error -> error.get("field")).toList();
    }
}
