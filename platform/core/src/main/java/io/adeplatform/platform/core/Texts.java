package io.adeplatform.platform.core;

/** How the domain stores optional text a client sent, and which characters text from outside may hold. */
public final class Texts {

    private Texts() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The index of the first character that text from a client may not hold, or -1: C0 controls (NUL among them,
     * which PostgreSQL cannot store), DEL, C1 controls and unpaired surrogates (not encodable as UTF-8). Tab, CR and
     * LF are allowed when {@code lineBreaksAllowed} (free text in JSON bodies), refused otherwise (ids and filters).
     */
    public static int forbiddenCharacter(String text, boolean lineBreaksAllowed) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (isForbiddenControl(c, lineBreaksAllowed)) {
                    return i;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True for a C0 or C1 control character or DEL that text may not hold; tab, CR and LF pass when
     * {@code lineBreaksAllowed}. For readers that check one character at a time (a streaming CSV tokenizer).
     */
    public static boolean isForbiddenControl(int c, boolean lineBreaksAllowed) {
        return Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'));
    }

    /** What {@link #forbiddenCharacter} refuses, in words for a field error. */
    public static String forbiddenCharacterMessage(String text, int index) {
        return String.format("must not contain control characters (U+%04X at position %d)", (int) text.charAt(index), index + 1);
    }
}
