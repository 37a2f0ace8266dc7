package io.adeplatform.relationship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person at the customer: who they are, how much they weigh, how they stand towards us, whom they report to. */
@Entity
@Table(name = "stakeholder")
public class Stakeholder {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(nullable = false)
    public String name;

    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_type", nullable = false)
    public RoleType roleType;

    @Column(nullable = false)
    public int influence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stance stance;

    @Column(name = "reports_to_id")
    public UUID reportsToId;

    public String email;

    public String phone;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;
}
