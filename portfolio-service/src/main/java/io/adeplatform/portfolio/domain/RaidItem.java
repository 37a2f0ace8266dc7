package io.adeplatform.portfolio.domain;

import static io.adeplatform.platform.core.Texts.blankToNull;

import io.adeplatform.platform.core.Conflict;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** An entry of an engagement's RAID log; every change is written to its history, which is never rewritten. */
@Entity
@Table(name = "raid_item")
public class RaidItem extends EngagementRecord {

    public static final String CHANGE = "change";
    public static final String QUALITY = "quality";

    @Enumerated(EnumType.STRING)
    public RaidType type;

    public String title;

    public String description;

    /**
     * Free classification; two are recognised and stored in lower case whatever the client's spelling: open issues
     * of category {@value #CHANGE} count against scope, of category {@value #QUALITY} against quality.
     */
    public String category;

    public String owner;

    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public RaidStatus status;

    public Integer probability;

    public Integer impact;

    @Enumerated(EnumType.STRING)
    public RaidType convertedFrom;

    @Version
    public long version;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    public List<RaidHistoryEntry> history = new ArrayList<>();

    /** A new open entry with its first history line. */
    public static RaidItem open(UUID engagementId, RaidType type, String title, String owner, LocalDate dueDate,
                                OffsetDateTime at, String by) {
        RaidItem item = new RaidItem();
        item.createdOn(engagementId, at, by);
        item.type = type;
        item.title = title.strip();
        item.owner = owner.strip();
        item.dueDate = dueDate;
        item.status = RaidStatus.OPEN;
        item.record(at, by, "created as " + type.wireName());
        return item;
    }

    /** A new open entry as a client describes it. */
    public static RaidItem open(UUID engagementId, RaidType type, RaidDetails d, OffsetDateTime at, String by) {
        d.validateFor(type);
        RaidItem item = open(engagementId, type, d.title(), d.owner(), d.dueDate(), at, by);
        item.description = d.description();
        item.category = category(d.category());
        item.probability = d.probability();
        item.impact = d.impact();
        return item;
    }

    /**
     * Applies an update of the details, writing what changed to the history; returns false (and records nothing) when
     * nothing did. The status moves by {@link #moveTo}.
     */
    public boolean revise(RaidDetails d, OffsetDateTime at, String by) {
        d.validateFor(type);
        List<String> changes = new ArrayList<>();
        change(changes, "title", title, d.title().strip());
        change(changes, "description", description, d.description());
        change(changes, "category", category, category(d.category()));
        change(changes, "owner", owner, d.owner().strip());
        change(changes, "due date", dueDate, d.dueDate());
        change(changes, "probability", probability, d.probability());
        change(changes, "impact", impact, d.impact());
        if (changes.isEmpty()) {
            return false;
        }
        title = d.title().strip();
        description = d.description();
        category = category(d.category());
        owner = d.owner().strip();
        dueDate = d.dueDate();
        probability = d.probability();
        impact = d.impact();
        record(at, by, String.join("; ", changes));
        return true;
    }

    /** The category as stored: blank is none, a recognised one in lower case, any other as given (stripped). */
    static String category(String given) {
        String c = blankToNull(given);
        if (c == null) {
            return null;
        }
        for (String recognised : new String[] {CHANGE, QUALITY}) {
            if (recognised.equalsIgnoreCase(c)) {
                return recognised;
            }
        }
        return c;
    }

    /**
     * A transition: to another status (any other, so a closed entry may be reopened), or to {@code issue}, which turns
     * an open risk into an issue. Written to the history with the reason when one is given.
     */
    public void moveTo(RaidTarget to, String reason, OffsetDateTime at, String by) {
        String note = reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")";
        if (to == RaidTarget.ISSUE) {
            convertToIssue(at, by, note);
            return;
        }
        if (to.status == status) {
            throw Lifecycle.illegalMove(status.wireName(), to.wireName(), allowedTargets());
        }
        record(at, by, "status: " + status.wireName() + " → " + to.status.wireName() + note);
        status = to.status;
    }

    /** The targets a transition may name from here (wire names). */
    public List<String> allowedTargets() {
        return Arrays.stream(RaidTarget.values())
                .filter(t -> t == RaidTarget.ISSUE ? convertible() : t.status != status)
                .map(RaidTarget::wireName).toList();
    }

    private boolean convertible() {
        return type == RaidType.RISK && status != RaidStatus.CLOSED;
    }

    /** Turns an open risk into an issue: same entry, same id, history kept, conversion recorded. */
    private void convertToIssue(OffsetDateTime at, String by, String note) {
        // the slugs predate the transitions; the members name the move like illegal-transition does
        Map<String, Object> move = Map.of("from", status.wireName(), "to", RaidTarget.ISSUE.wireName(),
                "allowed", allowedTargets());
        if (type != RaidType.RISK) {
            throw new Conflict("not-a-risk",
                    "only a risk can be converted into an issue; this is a " + type.wireName(), move);
        }
        if (status == RaidStatus.CLOSED) {
            throw new Conflict("raid-closed", "a closed risk cannot be converted", move);
        }
        convertedFrom = RaidType.RISK;
        type = RaidType.ISSUE;
        record(at, by, "converted from risk to issue (the risk materialised)" + note);
    }

    /** A steering committee decision closes the entry, noting the decision in the history. */
    public void closeBy(String decision, OffsetDateTime at, String by) {
        status = RaidStatus.CLOSED;
        record(at, by, decision + " → closed");
    }

    /** A steering committee decision sets status and/or due date (null leaves it), noting the decision. */
    public void updateBy(String decision, RaidStatus newStatus, LocalDate newDueDate, OffsetDateTime at, String by) {
        List<String> changes = new ArrayList<>();
        if (newStatus != null) {
            changes.add("status: " + status.wireName() + " → " + newStatus.wireName());
            status = newStatus;
        }
        if (newDueDate != null) {
            changes.add("due date: " + dueDate + " → " + newDueDate);
            dueDate = newDueDate;
        }
        record(at, by, decision + " → " + String.join("; ", changes));
    }

    public boolean isOverdue(LocalDate today) {
        return status != RaidStatus.CLOSED && dueDate != null && dueDate.isBefore(today);
    }

    public Integer exposure() {
        return probability == null || impact == null ? null : probability * impact;
    }

    public void record(OffsetDateTime at, String by, String what) {
        RaidHistoryEntry entry = new RaidHistoryEntry();
        entry.item = this;
        entry.at = at;
        entry.by = by;
        entry.what = what;
        history.add(entry);
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + before + " → " + after);
        }
    }

}
