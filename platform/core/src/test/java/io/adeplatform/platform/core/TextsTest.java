package io.adeplatform.platform.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void controlCharactersAndUnpairedSurrogatesAreFound() {
        assertThat(Texts.forbiddenCharacter("plain text, ünïcödé and 😀", false)).isEqualTo(-1);
        assertThat(Texts.forbiddenCharacter("ab\u0000c", true)).isEqualTo(2);
        assertThat(Texts.forbiddenCharacter("a\u007f", true)).isEqualTo(1);
        assertThat(Texts.forbiddenCharacter("a\u0085", true)).isEqualTo(1);
        assertThat(Texts.forbiddenCharacter("a\ud800b", true)).isEqualTo(1);
        assertThat(Texts.forbiddenCharacter("a\udc00", true)).isEqualTo(1);
        assertThat(Texts.forbiddenCharacter("x\ud83d", true)).isEqualTo(1);
    }

    @Test
    void lineBreaksAndTabsOnlyWhereAllowed() {
        assertThat(Texts.forbiddenCharacter("line one\r\n\tline two", true)).isEqualTo(-1);
        assertThat(Texts.forbiddenCharacter("id\n", false)).isEqualTo(2);
        assertThat(Texts.forbiddenCharacterMessage("ab\u0000", 2)).isEqualTo("must not contain control characters (U+0000 at position 3)");
    }
}
