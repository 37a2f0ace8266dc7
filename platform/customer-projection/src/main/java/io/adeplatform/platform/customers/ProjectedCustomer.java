package io.adeplatform.platform.customers;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A customer as this service knows it from relationship-service's events. */
@Entity
@Table(name = "customer_projection")
public class ProjectedCustomer {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String segment;
    public String tier;
    public String industry;
    public String region;

    @Column(nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** relationship-service's version of the customer last applied; null when projected from unversioned events. */
    public Long version;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ProjectedTeamMember> accountTeam = new ArrayList<>();
}
