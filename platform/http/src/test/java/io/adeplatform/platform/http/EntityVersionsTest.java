package io.adeplatform.platform.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityVersionsTest {

    @Test
    void missingIfMatchIs428() {
        assertThatThrownBy(() -> EntityVersions.requireMatch(null, 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
        assertThatThrownBy(() -> EntityVersions.requireMatch("  ", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
    }

    @Test
    void staleIfMatchIs412() {
        assertThatThrownBy(() -> EntityVersions.requireMatch("\"2\"", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(412));
    }

    @Test
    void currentVersionPassesInAnyOfItsSpellings() {
        assertThatCode(() -> EntityVersions.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> EntityVersions.requireMatch("W/\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> EntityVersions.requireMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> EntityVersions.requireMatch("*", 3)).doesNotThrowAnyException();
        assertThat(EntityVersions.tag(3).getValue()).isEqualTo("3");
    }
}
