package io.adeplatform.gateway.web;

/** Character checks of header values on the hot path, as loops: a regex per request was 5 % of the gateway's CPU. */
public final class HeaderChars {

    private HeaderChars() {
    }

    /** True when {@code value} is not empty and every character is an ASCII letter, a digit or one of {@code symbols}. */
    public static boolean onlyAlphanumericOr(String value, String symbols) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || symbols.indexOf(c) >= 0;
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
