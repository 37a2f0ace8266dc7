package io.adeplatform.gateway.statuspack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationLineTest {

    @Test
    void slaTimeLeftReadsInDaysHoursAndMinutes() {
        assertThat(EscalationLine.readable("PT2H")).isEqualTo("2 h");
        assertThat(EscalationLine.readable("PT2H5M30S")).isEqualTo("2 h 5 min");
        assertThat(EscalationLine.readable("PT45M")).isEqualTo("45 min");
        assertThat(EscalationLine.readable("PT0S")).isEqualTo("0 min");
        assertThat(EscalationLine.readable("P1DT4H")).isEqualTo("1 d 4 h");
        assertThat(EscalationLine.readable("PT72H")).isEqualTo("3 d");
        // anything else is shown as the service wrote it
        assertThat(EscalationLine.readable("soon")).isEqualTo("soon");
        assertThat(EscalationLine.readable("-PT1H")).isEqualTo("-PT1H");
    }
}
