package io.adeplatform.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link IncomingEvent#optionalBoolean}: the typed-accessor rule for booleans. */
class IncomingEventBooleanTest {

    private static IncomingEvent event(String json) throws Exception {
        return new IncomingEvent(UUID.randomUUID(), "io.adeplatform.billing.invoice.credit-note-issued.v1",
                "/billing-service", "s", new ObjectMapper().readTree(json));
    }

    @Test
    void readsJsonBooleansAndTreatsAbsentOrNullAsNull() throws Exception {
        assertThat(event("{\"fullyCredited\": true}").optionalBoolean("fullyCredited")).isTrue();
        assertThat(event("{\"fullyCredited\": false}").optionalBoolean("fullyCredited")).isFalse();
        assertThat(event("{\"fullyCredited\": null}").optionalBoolean("fullyCredited")).isNull();
        assertThat(event("{}").optionalBoolean("fullyCredited")).isNull();
    }

    @Test
    void anythingElseIsPoison() throws Exception {
        for (String value : new String[] {"\"true\"", "1", "{}"}) {
            assertThatThrownBy(() -> event("{\"fullyCredited\": " + value + "}").optionalBoolean("fullyCredited"))
                    .as(value).isInstanceOf(PoisonEventException.class).hasMessageContaining("not a boolean");
        }
    }
}
