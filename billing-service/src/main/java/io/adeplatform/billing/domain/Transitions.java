package io.adeplatform.billing.domain;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The states a state machine may move to from one state: the {@code allowed} of the 409 {@code illegal-transition}
 * (platform/core {@code Conflict.illegalTransition}) any other move gets.
 */
public final class Transitions {

    private Transitions() {
    }

    /** Every state of {@code type} that {@code canMove} allows from {@code from}, in declaration order. */
    public static <S extends Enum<S>> List<S> allowedFrom(S from, Class<S> type, BiPredicate<S, S> canMove) {
        return Arrays.stream(type.getEnumConstants()).filter(target -> canMove.test(from, target)).toList();
    }
}
