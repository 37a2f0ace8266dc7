package io.adeplatform.platform.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The 409 of an illegal move names where the item may go instead, in wire names. */
class ConflictTest {

    enum Stage { IDENTIFIED, QUALIFIED, CLOSED_WON }

    @Test
    void anIllegalTransitionNamesTheAllowedTargets() {
        Conflict conflict = Conflict.illegalTransition(Stage.IDENTIFIED, Stage.CLOSED_WON, List.of(Stage.QUALIFIED));
        assertThat(conflict.slug()).isEqualTo("illegal-transition");
        assertThat(conflict.getMessage()).isEqualTo("cannot move from identified to closed-won; allowed: qualified");
        assertThat(conflict.details()).isEqualTo(Map.of("from", "identified", "to", "closed-won", "allowed", List.of("qualified")));
    }

    @Test
    void aFinalStateAllowsNothing() {
        Conflict conflict = Conflict.illegalTransition(Stage.CLOSED_WON, Stage.QUALIFIED, List.of());
        assertThat(conflict.getMessage()).isEqualTo("cannot move from closed-won to qualified (closed-won is final)");
        assertThat(conflict.details()).containsEntry("allowed", List.of());
    }
}
