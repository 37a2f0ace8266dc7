package io.adeplatform.consumption.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A cloud subscription (identified as the cloud names it) whose usage counts for one customer. */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;
}
