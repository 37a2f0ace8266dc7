package io.adeplatform.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.Money;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The platform's JSON rules on a real ObjectMapper configured as Quarkus configures the application's. */
class StrictJsonTest {

    enum RoleType { EXECUTIVE_SPONSOR, DECISION_MAKER }

    record Installment(LocalDate dueDate, Money amount) {
    }

    record Line(String description, @Size(max = 120) List<Installment> schedule) {
    }

    record Contract(String name, int count, boolean active, RoleType roleType, BigDecimal rate, OffsetDateTime at,
                    List<Line> lines, List<String> tags, Map<String, String> labels) {
    }

    private final ObjectMapper mapper = StrictJson.configure(new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(WireEnumJson.module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    @Test
    void aValidBodyIsRead() throws Exception {
        Contract contract = mapper.readValue("""
                {"name":"Line\\tone\\r\\nand two","count":3,"active":true,"roleType":"decision-maker","rate":1250.50,
                 "at":"2026-03-31T09:30:00Z","lines":[{"description":"d","schedule":[{"dueDate":"2026-04-30",
                 "amount":{"amount":100.25,"currency":"EUR"}}]}],"tags":["a"],"labels":{"k":"v"}}""", Contract.class);
        assertThat(contract.name()).isEqualTo("Line\tone\r\nand two");
        assertThat(contract.rate()).isEqualByComparingTo("1250.50");
        assertThat(contract.lines().get(0).schedule().get(0).amount()).isEqualTo(Money.of("100.25", "EUR"));
    }

    @Test
    void wrongScalarTypesNameTheFieldAndWhatItMustBe() {
        assertThat(error("{\"name\":123}")).isEqualTo(new FieldError("name", "must be text"));
        assertThat(error("{\"name\":true}")).isEqualTo(new FieldError("name", "must be text"));
        assertThat(error("{\"count\":1.5}")).isEqualTo(new FieldError("count", "must be a whole number"));
        assertThat(error("{\"count\":\"3\"}")).isEqualTo(new FieldError("count", "must be a whole number"));
        assertThat(error("{\"active\":1}")).isEqualTo(new FieldError("active", "must be true or false"));
        assertThat(error("{\"active\":\"true\"}")).isEqualTo(new FieldError("active", "must be true or false"));
        assertThat(error("{\"roleType\":7}")).isEqualTo(new FieldError("roleType", "must be one of: executive-sponsor, decision-maker"));
        assertThat(error("{\"rate\":\"12,5\"}").message()).startsWith("must be a decimal number");
        assertThat(error("{\"rate\":\"1E-999999999\"}").message()).startsWith("must be a decimal number");
        assertThat(error("{\"lines\":{}}")).isEqualTo(new FieldError("lines", "must be a list"));
    }

    @Test
    void controlCharactersInTextListsAndKeysAreRefused() {
        assertThat(error("{\"name\":\"a\\u0000b\"}")).isEqualTo(
                new FieldError("name", "must be text without control characters (U+0000 at position 2)"));
        assertThat(error("{\"tags\":[\"ok\",\"\\u001b[31m\"]}").field()).isEqualTo("tags[1]");
        assertThat(error("{\"labels\":{\"a\\u0000\":\"v\"}}").field()).isEqualTo("labels");
        assertThat(error("{\"lines\":[{\"description\":\"\\ud800\"}]}").field()).isEqualTo("lines[0].description");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"0000-01-01\"", "\"+999999999-12-31\"", "\"1899-12-31\"", "\"3000-01-01\"", "20260331",
            "[2026,3,31]", "\"2026-02-30\""})
    void datesOutsideTheRangeOrNotIsoTextAreRefused(String date) {
        FieldError error = error("{\"lines\":[{\"schedule\":[{\"dueDate\":" + date + "}]}]}");
        assertThat(error.field()).isEqualTo("lines[0].schedule[0].dueDate");
        assertThat(error.message()).contains("a date between 1900-01-01 and 2999-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"+999999999-12-31T00:00:00Z\"", "\"0000-01-01T00:00:00Z\"", "1700000000"})
    void dateTimesOutsideTheRangeAreRefused(String time) {
        assertThat(error("{\"at\":" + time + "}").message()).contains("a date and time with offset between 1900-01-01 and 2999-12-31");
    }

    @Test
    void unboundedDecimalsAreRefusedAtOnce() {
        long start = System.nanoTime();
        FieldError error = error("{\"lines\":[{\"schedule\":[{\"amount\":{\"amount\":1E-999999999,\"currency\":\"USD\"}}]}]}");
        assertThat(error.field()).isEqualTo("lines[0].schedule[0].amount.amount");
        assertThat(error.message()).startsWith("must be a decimal number of at most 40 digits");
        assertThat(error("{\"rate\":1e999999999}").field()).isEqualTo("rate");
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void decimalsAsTextAreCheckedTheSameWayAndMoneyNeedsItsMembers() throws Exception {
        assertThat(mapper.readValue("{\"rate\":\"1250.50\"}", Contract.class).rate()).isEqualByComparingTo("1250.50");
        assertThat(error("{\"lines\":[{\"schedule\":[{\"amount\":{\"currency\":\"USD\"}}]}]}"))
                .isEqualTo(new FieldError("lines[0].schedule[0].amount.amount", "must not be null"));
    }

    @Test
    void listsAreLimitedBySizeOrByTheDefaultWhileReading() {
        String schedule = "{}," .repeat(99_999) + "{}";
        long start = System.nanoTime();
        FieldError error = error("{\"lines\":[{\"schedule\":[" + schedule + "]}]}");
        assertThat(error).isEqualTo(new FieldError("lines[0].schedule", "must be at most 120 items"));
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        String tags = "\"t\"," .repeat(CollectionLimits.DEFAULT_MAX_ITEMS) + "\"t\"";
        assertThat(error("{\"tags\":[" + tags + "]}")).isEqualTo(new FieldError("tags", "must be at most 1000 items"));
        assertThat(problem("[" + "{}," .repeat(1000) + "{}]", List.class).detail()).isEqualTo("the body must be at most 1000 items");
    }

    @Test
    void trailingContentAndLimitsAreBodyProblemsWithoutJavaNames() {
        assertThat(problem("{\"name\":\"x\"} garbage", Contract.class).detail()).startsWith("the body is not well-formed JSON");
        assertThat(problem("{\"name\":\"x\"} 42", Contract.class).detail())
                .isEqualTo("the body has content after the end of the JSON document");
        assertThat(problem("{\"name\":\"x\"}{}", Contract.class).detail())
                .isEqualTo("the body has content after the end of the JSON document");
        assertThat(problem("[".repeat(100) + "]".repeat(100), Object.class).detail())
                .isEqualTo("the body is nested deeper than 64 levels");
        assertThat(problem("{\"rate\":" + "1".repeat(100) + "}", Contract.class).detail())
                .isEqualTo("the body has a number longer than 64 characters");
        assertThat(problem("{\"name\":\"" + "x".repeat(StrictJson.MAX_STRING_LENGTH + 1) + "\"}", Contract.class).detail())
                .isEqualTo("the body has a text longer than 100000 characters");
        assertThat(problem("[]", Contract.class).detail()).isEqualTo("the body must be an object");
        assertThat(problem("", Contract.class).detail()).startsWith("the body is empty");
        Problem overflow = problem("{\"count\":99999999999}", Contract.class);
        assertThat(overflow.detail()).startsWith("a number in the body is out of range");
        for (String detail : List.of(overflow.detail(), problem("[]", Contract.class).detail())) {
            assertThat(detail).doesNotContain("io.adeplatform", "java.", "Cannot deserialize", "`");
        }
    }

    private FieldError error(String json) {
        Problem problem = problem(json, Contract.class);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).doesNotContain("io.adeplatform", "java.", "Cannot deserialize");
        assertThat(problem.errors()).hasSize(1);
        return problem.errors().get(0);
    }

    private Problem problem(String json, Class<?> type) {
        JsonProcessingException failure = catchThrowableOfType(JsonProcessingException.class, () -> mapper.readValue(json, type));
        assertThat(failure).as(json.length() > 200 ? json.substring(0, 200) : json).isNotNull();
        return JsonProblems.of(failure).toProblem();
    }
}
