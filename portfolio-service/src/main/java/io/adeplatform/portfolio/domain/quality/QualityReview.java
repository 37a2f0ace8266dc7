package io.adeplatform.portfolio.domain.quality;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.portfolio.domain.EngagementRecord;
import io.adeplatform.portfolio.domain.ReviewOutcome;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A quality review of one gate on one engagement: its checklist, outcome and who decided it when. */
@Entity
@Table(name = "quality_review")
public class QualityReview extends EngagementRecord {

    public String gateCode;

    public String title;

    public String reviewer;

    @Enumerated(EnumType.STRING)
    public ReviewOutcome outcome;

    public OffsetDateTime decidedAt;

    public String decidedBy;

    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quality_review_item", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    public List<ChecklistItem> checklist = new ArrayList<>();

    /** A pending review of the gate, with the gate's checklist, nothing checked yet. */
    public static QualityReview start(UUID engagementId, QualityGate gate, String title, String reviewer,
                                      OffsetDateTime at, String by) {
        QualityReview r = new QualityReview();
        r.createdOn(engagementId, at, by);
        r.gateCode = gate.code;
        r.title = title == null || title.isBlank() ? gate.name : title.strip();
        r.reviewer = reviewer.strip();
        r.outcome = ReviewOutcome.PENDING;
        gate.checklist.forEach(item -> r.checklist.add(new ChecklistItem(item)));
        return r;
    }

    /** Marks the named items done and every other one not done; a name the checklist lacks is a 422. */
    public void check(Set<String> done) {
        Set<String> known = new HashSet<>();
        checklist.forEach(i -> known.add(i.item));
        for (String name : done) {
            if (!known.contains(name)) {
                throw new RuleViolation("unknown-checklist-item",
                        "'" + name + "' is not an item of this review's checklist");
            }
        }
        checklist.forEach(i -> i.done = done.contains(i.item));
    }

    /**
     * What still stands between this review and a pass: checklist items not done and open findings of severity high
     * or critical ({@code findings}: this review's).
     */
    public List<String> openPoints(List<QualityFinding> findings) {
        List<String> open = new ArrayList<>();
        checklist.stream().filter(i -> !i.done).forEach(i -> open.add("checklist item not done: " + i.item));
        findings.stream().filter(QualityFinding::blocks).forEach(f -> open.add("open "
                + WireEnums.wireName(f.severity) + " finding: " + f.title));
        return open;
    }

    /**
     * Moves the outcome by {@link ReviewOutcome#allowed()}; passing needs no open points (409 review-incomplete
     * naming them).
     */
    public void decide(ReviewOutcome to, List<QualityFinding> findings, OffsetDateTime at, String by) {
        if (!outcome.allowed().contains(to)) {
            throw Conflict.illegalTransition(outcome, to, outcome.allowed());
        }
        if (to == ReviewOutcome.PASSED) {
            List<String> open = openPoints(findings);
            if (!open.isEmpty()) {
                throw new Conflict("review-incomplete", "the review cannot pass: " + String.join("; ", open),
                        Map.of("open", open));
            }
        }
        outcome = to;
        decidedAt = to == ReviewOutcome.PENDING ? null : at;
        decidedBy = to == ReviewOutcome.PENDING ? null : by;
    }
}
