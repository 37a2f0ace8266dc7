package io.adeplatform.portfolio.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "raid_item")
public class RaidItem {

    @Id
    public UUID id;

    @Column(name = "engagement_id", nullable = false)
    public UUID engagementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RaidType type;

    @Column(nullable = false)
    public String title;

    public String description;

    /** Free classification; issues of category "change" count against scope. */
    public String category;

    @Column(nullable = false)
    public String owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RaidStatus status;

    public Integer probability;

    public Integer impact;

    @Column(name = "converted_from")
    @Enumerated(EnumType.STRING)
    public RaidType convertedFrom;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    public List<RaidHistoryEntry> history = new ArrayList<>();

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
}
