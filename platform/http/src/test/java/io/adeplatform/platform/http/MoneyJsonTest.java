package io.adeplatform.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Money on the API's wire: a decimal string in the currency's scale, read from a decimal string only. */
class MoneyJsonTest {

    record Line(String description, Money value, List<Money> installments) {
    }

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    MoneyJsonTest() {
        StrictJson.configure(mapper);
        new MoneyJson().customize(mapper);
    }

    @Test
    void amountsAreWrittenAsStringsInTheCurrencyScale() throws Exception {
        assertThat(mapper.writeValueAsString(Money.of("300000", "USD"))).isEqualTo("{\"amount\":\"300000.00\",\"currency\":\"USD\"}");
        assertThat(mapper.writeValueAsString(Money.of("301.5", "EUR"))).isEqualTo("{\"amount\":\"301.50\",\"currency\":\"EUR\"}");
        assertThat(mapper.writeValueAsString(Money.of("1500.00", "JPY"))).isEqualTo("{\"amount\":\"1500\",\"currency\":\"JPY\"}");
        assertThat(mapper.writeValueAsString(Money.of("12.345", "BHD"))).isEqualTo("{\"amount\":\"12.345\",\"currency\":\"BHD\"}");
        // more digits than the currency's minor unit are kept, never rounded away
        assertThat(mapper.writeValueAsString(Money.of("0.0125", "USD"))).isEqualTo("{\"amount\":\"0.0125\",\"currency\":\"USD\"}");
        assertThat(mapper.writeValueAsString(Money.of("1E+3", "USD"))).isEqualTo("{\"amount\":\"1000.00\",\"currency\":\"USD\"}");
        assertThat(mapper.writeValueAsString(Money.of("-40", "USD"))).isEqualTo("{\"amount\":\"-40.00\",\"currency\":\"USD\"}");
    }

    @Test
    void amountsAreReadFromDecimalStrings() throws Exception {
        Line line = mapper.readValue("{\"description\":\"d\",\"value\":{\"amount\":\"300000.50\",\"currency\":\"USD\"},"
                + "\"installments\":[{\"amount\":\"-12\",\"currency\":\"EUR\"}]}", Line.class);
        assertThat(line.value()).isEqualTo(new Money(new BigDecimal("300000.50"), "USD"));
        assertThat(line.installments().get(0).amount()).isEqualByComparingTo("-12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"300000.5", "true", "\"1e3\"", "\"1,000.00\"", "\" 12\"", "\"12.\"", "\"+12\"", "\"\"", "{}",
            "\"1111111111111111111111111111111111111111111111\""})
    void anythingButADecimalStringIsA400NamingTheAmount(String amount) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> mapper.readValue(
                "{\"description\":\"d\",\"value\":{\"amount\":" + amount + ",\"currency\":\"USD\"}}", Line.class));
        ProblemException problem = JsonProblems.of(e);
        assertThat(problem.toProblem().errors()).containsExactly(new FieldError("value.amount", "must be " + MoneyJson.EXPECTED));
    }

    @Test
    void aMissingAmountIsStillNamed() {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> mapper.readValue(
                "{\"description\":\"d\",\"installments\":[{\"currency\":\"USD\"}]}", Line.class));
        assertThat(JsonProblems.of(e).toProblem().errors()).containsExactly(new FieldError("installments[0].amount", "must not be null"));
    }
}
