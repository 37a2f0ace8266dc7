package io.adeplatform.platform.core;

/** How the domain stores optional text a client sent: without surrounding blanks, and absent when blank. */
public final class Texts {

    private Texts() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
