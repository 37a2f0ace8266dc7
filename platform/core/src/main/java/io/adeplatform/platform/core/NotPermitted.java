package io.adeplatform.platform.core;

/** The caller's role allows the kind of action, but not this one (an approval above their authority). */
public class NotPermitted extends DomainException {

    public NotPermitted(String detail) {
        super("forbidden", detail, null);
    }

    public NotPermitted(String slug, String detail) {
        super(slug, detail, null);
    }
}
