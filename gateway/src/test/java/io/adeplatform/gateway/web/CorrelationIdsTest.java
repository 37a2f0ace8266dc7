package io.adeplatform.gateway.web;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

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

    @Test
    void newIdsAreRandomVersion4Uuids() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = CorrelationIds.newId();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }
}
