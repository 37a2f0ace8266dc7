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
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                if (!(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
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

    /** What {@link #forbiddenCharacter} refuses, in words for a field error. */
    public static String forbiddenCharacterMessage(String text, int index) {
        return String.format("must not contain control characters (U+%04X at position %d)", (int) text.charAt(index), index + 1);
    }
}
