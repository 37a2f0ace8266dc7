package io.adeplatform.platform.core;

/**
 * The thing asked for does not exist, or the caller may not know that it does: both get this very answer, so the
 * difference never leaks.
 */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super("not-found", what + " " + id + " does not exist", null);
    }
}
