package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.WireEnums;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The states a state machine may move to from one state, and the 409 {@code illegal-transition} of any other move,
 * naming {@code from}, {@code to} and the {@code allowed} targets, so a client sees where the item can go instead.
 */
public final class Transitions {

    private Transitions() {
    }

    /** Every state of {@code type} that {@code canMove} allows from {@code from}, in declaration order. */
    public static <S extends Enum<S>> List<S> allowedFrom(S from, Class<S> type, BiPredicate<S, S> canMove) {
        return Arrays.stream(type.getEnumConstants()).filter(target -> canMove.test(from, target)).toList();
    }

    public static <S extends Enum<S>> Conflict illegal(S from, S to, List<S> allowed) {
        List<String> targets = allowed.stream().map(WireEnums::wireName).toList();
        return new Conflict("illegal-transition", "cannot move from " + WireEnums.wireName(from) + " to "
                + WireEnums.wireName(to) + (targets.isEmpty() ? " (" + WireEnums.wireName(from) + " is final)"
                : " (allowed: " + String.join(", ", targets) + ")"),
                Map.of("from", WireEnums.wireName(from), "to", WireEnums.wireName(to), "allowed", targets));
    }
}
