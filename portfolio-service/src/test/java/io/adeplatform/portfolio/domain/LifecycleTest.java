package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.Conflict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.adeplatform.portfolio.domain.Stage.CLOSURE;
import static io.adeplatform.portfolio.domain.Stage.DELIVERY;
import static io.adeplatform.portfolio.domain.Stage.DELIVERY_PLANNING;
import static io.adeplatform.portfolio.domain.Stage.ENVISIONING;
import static io.adeplatform.portfolio.domain.Stage.SOLUTION_DEVELOPMENT;
import static org.assertj.core.api.Assertions.assertThat;

class LifecycleTest {

    @Test
    void movesOneStageForwardOrOneBackAndClosureIsFinal() {
        assertThat(Lifecycle.allowedFrom(ENVISIONING)).containsExactly(SOLUTION_DEVELOPMENT);
        assertThat(Lifecycle.allowedFrom(SOLUTION_DEVELOPMENT)).containsExactlyInAnyOrder(ENVISIONING, DELIVERY_PLANNING);
        assertThat(Lifecycle.allowedFrom(DELIVERY_PLANNING)).containsExactlyInAnyOrder(SOLUTION_DEVELOPMENT, DELIVERY);
        assertThat(Lifecycle.allowedFrom(DELIVERY)).containsExactlyInAnyOrder(DELIVERY_PLANNING, CLOSURE);
        assertThat(Lifecycle.allowedFrom(CLOSURE)).isEmpty();
        assertThat(Lifecycle.isAllowed(ENVISIONING, DELIVERY)).isFalse();
        assertThat(Lifecycle.isAllowed(DELIVERY, DELIVERY)).isFalse();
        assertThat(Lifecycle.isAllowed(ENVISIONING, CLOSURE)).isFalse();
    }

    @Test
    void milestonesAreAchievedThenAcceptedOrWaived() {
        assertThat(Lifecycle.isAllowed(MilestoneStatus.PLANNED, MilestoneStatus.ACHIEVED)).isTrue();
        assertThat(Lifecycle.isAllowed(MilestoneStatus.PLANNED, MilestoneStatus.ACCEPTED)).isFalse();
        assertThat(Lifecycle.isAllowed(MilestoneStatus.PLANNED, MilestoneStatus.WAIVED)).isTrue();
        assertThat(Lifecycle.isAllowed(MilestoneStatus.ACHIEVED, MilestoneStatus.ACCEPTED)).isTrue();
        assertThat(Lifecycle.isAllowed(MilestoneStatus.ACHIEVED, MilestoneStatus.WAIVED)).isTrue();
        assertThat(Lifecycle.isAllowed(MilestoneStatus.ACCEPTED, MilestoneStatus.WAIVED)).isFalse();
        assertThat(Lifecycle.isAllowed(MilestoneStatus.WAIVED, MilestoneStatus.ACHIEVED)).isFalse();
    }

    @Test
    void anAchievedMilestoneTheCustomerRefusesIsRejectedThenReworked() {
        assertThat(Lifecycle.isAllowed(MilestoneStatus.ACHIEVED, MilestoneStatus.REJECTED)).isTrue();
        assertThat(Lifecycle.isAllowed(MilestoneStatus.PLANNED, MilestoneStatus.REJECTED)).isFalse();
        assertThat(Lifecycle.isAllowed(MilestoneStatus.ACCEPTED, MilestoneStatus.REJECTED)).isFalse();
        assertThat(Lifecycle.isAllowed(MilestoneStatus.REJECTED, MilestoneStatus.ACHIEVED)).isTrue();
        assertThat(Lifecycle.isAllowed(MilestoneStatus.REJECTED, MilestoneStatus.WAIVED)).isTrue();
        assertThat(Lifecycle.isAllowed(MilestoneStatus.REJECTED, MilestoneStatus.ACCEPTED)).isFalse();
    }

    @Test
    void anIllegalMoveNamesFromToAndTheAllowedTargetsInTheMachinesOrder() {
        assertThat(Lifecycle.allowedFrom(MilestoneStatus.ACHIEVED)).containsExactly(MilestoneStatus.ACCEPTED,
                MilestoneStatus.WAIVED, MilestoneStatus.REJECTED);
        Conflict refused = Lifecycle.illegalMove("planned", "accepted", List.of("achieved", "waived"));
        assertThat(refused.slug()).isEqualTo("illegal-transition");
        assertThat(refused.details()).containsEntry("from", "planned").containsEntry("to", "accepted")
                .containsEntry("allowed", List.of("achieved", "waived"));
        assertThat(refused.getMessage()).isEqualTo("cannot move from planned to accepted; allowed: achieved, waived");
        assertThat(Lifecycle.illegalMove("closure", "delivery", List.of()).getMessage())
                .isEqualTo("cannot move from closure to delivery (closure is final)");
    }
}
