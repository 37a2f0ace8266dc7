package io.adeplatform.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One line of a RAID entry's history: what changed, who changed it, when. Never rewritten. */
@Entity
@Table(name = "raid_history")
public class RaidHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @ManyToOne(optional = false)
    @JoinColumn(name = "raid_item_id")
    public RaidItem item;

    @Column(name = "changed_at")
    public OffsetDateTime at;

    @Column(name = "changed_by")
    public String by;

    public String what;
}
