package io.adeplatform.gateway.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdsTest {

    @Test
    void keepsASaneClientId() {
        assertThat(CorrelationIds.accept("abc-123_X.y")).isEqualTo("abc-123_X.y");
        assertThat(CorrelationIds.accept("a".repeat(64))).isEqualTo("a".repeat(64));
    }

    @Test
    void replacesMissingOversizedOrUnsafeIds() {
        for (String bad : new String[] {null, "", "a".repeat(65), "with space", "new\nline", "a,b", "ünï"}) {
            assertThat(CorrelationIds.accept(bad)).as(String.valueOf(bad))
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
    }
}
