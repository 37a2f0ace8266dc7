package io.adeplatform.escalation.domain;

import org.junit.jupiter.api.Test;

import static io.adeplatform.escalation.domain.EscalationStatus.ACKNOWLEDGED;
import static io.adeplatform.escalation.domain.EscalationStatus.CLOSED;
import static io.adeplatform.escalation.domain.EscalationStatus.INVESTIGATING;
import static io.adeplatform.escalation.domain.EscalationStatus.MITIGATED;
import static io.adeplatform.escalation.domain.EscalationStatus.OPEN;
import static io.adeplatform.escalation.domain.EscalationStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

class EscalationRulesTest {

    @Test
    void statusMachineAllowsOnlyTheDocumentedMoves() {
        assertThat(OPEN.next()).containsExactly(ACKNOWLEDGED);
        assertThat(ACKNOWLEDGED.next()).containsExactly(INVESTIGATING);
        assertThat(INVESTIGATING.next()).containsExactlyInAnyOrder(MITIGATED, RESOLVED);
        assertThat(MITIGATED.next()).containsExactlyInAnyOrder(INVESTIGATING, RESOLVED);
        assertThat(RESOLVED.next()).containsExactlyInAnyOrder(CLOSED, INVESTIGATING);
        assertThat(CLOSED.next()).containsExactly(INVESTIGATING);
        assertThat(OPEN.canMoveTo(RESOLVED)).isFalse();
        assertThat(OPEN.canMoveTo(OPEN)).isFalse();
        assertThat(ACKNOWLEDGED.canMoveTo(CLOSED)).isFalse();
        assertThat(RESOLVED.isReopening(INVESTIGATING)).isTrue();
        assertThat(CLOSED.isReopening(INVESTIGATING)).isTrue();
        assertThat(MITIGATED.isReopening(INVESTIGATING)).isFalse();
        assertThat(RESOLVED.isActive()).isFalse();
        assertThat(MITIGATED.isActive()).isTrue();
        assertThat(MITIGATED.wireName()).isEqualTo("mitigated");
    }

    @Test
    void levelsAndTheAuthorityToLowerThem() {
        assertThat(Level.L1.next()).isEqualTo(Level.L2);
        assertThat(Level.L3.next()).isEqualTo(Level.L3);
        assertThat(Level.L3.isAbove(Level.L2)).isTrue();
        // a delivery manager cannot lower what an executive or the system raised; an executive can; admin always
        assertThat(Authority.DELIVERY_MANAGER.mayOverrule(Authority.EXECUTIVE)).isFalse();
        assertThat(Authority.DELIVERY_MANAGER.mayOverrule(Authority.SYSTEM)).isFalse();
        assertThat(Authority.DELIVERY_MANAGER.mayOverrule(Authority.FINANCE)).isTrue();
        assertThat(Authority.EXECUTIVE.mayOverrule(Authority.SYSTEM)).isTrue();
        assertThat(Authority.EXECUTIVE.mayOverrule(Authority.ADMIN)).isFalse();
        assertThat(Authority.ADMIN.mayOverrule(Authority.ADMIN)).isTrue();
    }
}
