package io.adeplatform.platform.core;

import java.util.Collection;
import java.util.List;
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

    /**
     * An illegal move of a state machine, naming the states the item may move to from where it is ({@code allowed},
     * empty in a final state), so a client can offer only those: contracts/README.md, "state machines".
     */
    public static Conflict illegalTransition(Object from, Object to, Collection<?> allowed) {
        List<String> targets = allowed.stream().map(Conflict::wire).toList();
        return new Conflict("illegal-transition", "cannot move from " + wire(from) + " to " + wire(to)
                + (targets.isEmpty() ? " (" + wire(from) + " is final)" : "; allowed: " + String.join(", ", targets)),
                Map.of("from", wire(from), "to", wire(to), "allowed", targets));
    }

    private static String wire(Object state) {
        return state instanceof Enum<?> constant ? WireEnums.wireName(constant) : String.valueOf(state);
    }
}
