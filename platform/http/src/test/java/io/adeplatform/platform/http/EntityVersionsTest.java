package io.adeplatform.platform.http;

import io.adeplatform.platform.core.StaleVersion;
import io.adeplatform.platform.core.VersionRequired;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityVersionsTest {

    @Test
    void missingIfMatchIs428() {
        assertThatThrownBy(() -> EntityVersions.expected(null).check(3))
                .isInstanceOfSatisfying(VersionRequired.class, e -> assertThat(DomainProblems.of(e).status()).isEqualTo(428));
        assertThatThrownBy(() -> EntityVersions.expected("  ").check(3)).isInstanceOf(VersionRequired.class);
    }

    @Test
    void staleIfMatchIs412() {
        assertThatThrownBy(() -> EntityVersions.expected("\"2\"").check(3))
                .isInstanceOfSatisfying(StaleVersion.class, e -> assertThat(DomainProblems.of(e).status()).isEqualTo(412));
        assertThatThrownBy(() -> EntityVersions.expected("\"not-ours\"").check(3)).isInstanceOf(StaleVersion.class);
    }

    @Test
    void currentVersionPassesInAnyOfItsSpellings() {
        assertThatCode(() -> EntityVersions.expected("\"3\"").check(3)).doesNotThrowAnyException();
        assertThatCode(() -> EntityVersions.expected("W/\"3\"").check(3)).doesNotThrowAnyException();
        assertThatCode(() -> EntityVersions.expected("\"1\", \"3\"").check(3)).doesNotThrowAnyException();
        assertThatCode(() -> EntityVersions.expected("*").check(3)).doesNotThrowAnyException();
        assertThat(EntityVersions.tag(3).getValue()).isEqualTo("3");
    }
}
