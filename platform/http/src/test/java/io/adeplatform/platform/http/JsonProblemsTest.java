package io.adeplatform.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Real Jackson failures become 400 problems that name the offending field. */
class JsonProblemsTest {

    enum Severity { CRITICAL, HIGH }

    record Body(String title, Severity severity, int count) {
    }

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void unknownEnumValueNamesFieldAndAllowedValues() {
        Problem problem = problemOf("{\"title\":\"t\",\"severity\":\"apocalyptic\",\"count\":1}");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("severity");
            assertThat(error.message()).contains("critical").contains("high");
        });
    }

    @Test
    void wrongTypeUnknownPropertyAndMalformedJsonAreBadRequests() {
        assertThat(problemOf("{\"title\":\"t\",\"count\":\"many\"}").errors())
                .singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("count"));
        assertThat(problemOf("{\"title\":\"t\",\"id\":\"x\"}").errors())
                .singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("id"));
        Problem malformed = problemOf("{\"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.detail()).contains("not well-formed JSON");
    }

    private Problem problemOf(String json) {
        JsonProcessingException failure = catchThrowableOfType(JsonProcessingException.class, () -> mapper.readValue(json, Body.class));
        return JsonProblems.of(failure).toProblem();
    }
}
