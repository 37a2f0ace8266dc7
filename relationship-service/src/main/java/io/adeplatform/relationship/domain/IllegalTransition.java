package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.WireEnums;

import java.util.Map;
import java.util.Set;

/**
 * The 409 {@code illegal-transition} of a move a state machine does not allow. Besides {@code from} and {@code to} it
 * names the states the thing may move to from where it is ({@code allowed}, empty when the state is final), so a
 * client can offer the legal moves instead of guessing.
 */
final class IllegalTransition {

    private IllegalTransition() {
    }

    static <E extends Enum<E>> Conflict of(E from, E to, Set<E> allowed) {
        String fromName = WireEnums.wireName(from);
        String toName = WireEnums.wireName(to);
        return new Conflict("illegal-transition", "cannot move from " + fromName + " to " + toName,
                Map.of("from", fromName, "to", toName,
                        "allowed", allowed.stream().sorted().map(WireEnums::wireName).toList()));
    }
}
