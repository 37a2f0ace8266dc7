package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.Conflict;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A RAID entry's transitions: any other status, or a risk to an issue; refusals name the allowed targets. */
class RaidTransitionsTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-02T10:00:00Z");

    private static RaidItem risk() {
        return RaidItem.open(UUID.randomUUID(), RaidType.RISK,
                new RaidDetails("Vendor late", null, null, "dave.dm", null, 3, 4), AT, "erin.exec");
    }

    @Test
    void statusMovesToAnyOtherStatusIncludingReopenAndIsWrittenToTheHistory() {
        RaidItem item = risk();
        assertThat(item.allowedTargets()).containsExactly("in-progress", "closed", "issue");
        item.moveTo(RaidTarget.CLOSED, "mitigated", AT, "dave.dm");
        assertThat(item.status).isEqualTo(RaidStatus.CLOSED);
        assertThat(item.allowedTargets()).containsExactly("open", "in-progress");
        item.moveTo(RaidTarget.OPEN, null, AT, "dave.dm");
        assertThat(item.status).isEqualTo(RaidStatus.OPEN);
        assertThat(item.history).extracting(h -> h.what).containsExactly("created as risk",
                "status: open → closed (mitigated)", "status: closed → open");
    }

    @Test
    void theSameStatusIsAnIllegalTransitionNamingTheAllowedTargets() {
        RaidItem item = risk();
        assertThatThrownBy(() -> item.moveTo(RaidTarget.OPEN, null, AT, "dave.dm"))
                .isInstanceOfSatisfying(Conflict.class, c -> {
                    assertThat(c.slug()).isEqualTo("illegal-transition");
                    assertThat(c.details()).containsEntry("from", "open").containsEntry("to", "open")
                            .containsEntry("allowed", List.of("in-progress", "closed", "issue"));
                });
        assertThat(item.history).hasSize(1);
    }

    @Test
    void onlyARiskNotClosedBecomesAnIssueKeepingItsStatus() {
        RaidItem item = risk();
        item.moveTo(RaidTarget.IN_PROGRESS, null, AT, "dave.dm");
        item.moveTo(RaidTarget.ISSUE, null, AT, "dave.dm");
        assertThat(item.type).isEqualTo(RaidType.ISSUE);
        assertThat(item.convertedFrom).isEqualTo(RaidType.RISK);
        assertThat(item.status).isEqualTo(RaidStatus.IN_PROGRESS);
        assertThatThrownBy(() -> item.moveTo(RaidTarget.ISSUE, null, AT, "dave.dm"))
                .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.slug()).isEqualTo("not-a-risk"));

        RaidItem closed = risk();
        closed.moveTo(RaidTarget.CLOSED, null, AT, "dave.dm");
        assertThatThrownBy(() -> closed.moveTo(RaidTarget.ISSUE, null, AT, "dave.dm"))
                .isInstanceOfSatisfying(Conflict.class, c -> {
                    assertThat(c.slug()).isEqualTo("raid-closed");
                    assertThat(c.details()).containsEntry("allowed", List.of("open", "in-progress"));
                });
        assertThat(closed.type).isEqualTo(RaidType.RISK);
    }
}
