package io.adeplatform.platform.core;

import java.util.Map;

/** The request is valid but the current state of the thing forbids it (a move its state machine does not allow). */
public class Conflict extends DomainException {

    public Conflict(String slug, String detail) {
        super(slug, detail, null);
    }

    public Conflict(String slug, String detail, Map<String, Object> details) {
        super(slug, detail, details);
    }

    public static Conflict illegalTransition(Object from, Object to) {
        return new Conflict("illegal-transition", "cannot move from " + from + " to " + to,
                Map.of("from", String.valueOf(from), "to", String.valueOf(to)));
    }
}
