package io.adeplatform.platform.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.core.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Event payloads and stored JSON keep money amounts as JSON numbers, nested anywhere in a document. */
class EventJsonTest {

    record Snapshot(String stage, Money budget, List<Money> costs, int percent) {
    }

    record Report(Snapshot snapshot, String summary) {
    }

    /** The application's mapper refuses content after a document, as platform/http's StrictJson configures it. */
    private final ObjectMapper mapper = EventJson.of(new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));

    @Test
    void moneyIsWrittenWithANumericAmount() throws Exception {
        assertThat(mapper.writeValueAsString(new Snapshot("delivery", Money.of("300000.00", "USD"), List.of(), 40)))
                .isEqualTo("{\"stage\":\"delivery\",\"budget\":{\"amount\":300000.00,\"currency\":\"USD\"},\"costs\":[],\"percent\":40}");
    }

    @Test
    void moneyNestedInsideADocumentIsReadWithTheRestOfIt() throws Exception {
        Report report = mapper.readValue("{\"snapshot\":{\"stage\":\"delivery\",\"budget\":{\"amount\":300000.5,"
                + "\"currency\":\"USD\"},\"costs\":[{\"amount\":\"12.25\",\"currency\":\"EUR\"}],\"percent\":40},"
                + "\"summary\":\"on track\"}", Report.class);
        assertThat(report.summary()).isEqualTo("on track");
        assertThat(report.snapshot().budget()).isEqualTo(Money.of("300000.5", "USD"));
        assertThat(report.snapshot().costs()).containsExactly(Money.of("12.25", "EUR"));
        assertThat(report.snapshot().percent()).isEqualTo(40);
    }
}
