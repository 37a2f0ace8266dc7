package io.adeplatform.relationship.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "customer")
public class Customer {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String segment;

    public String tier;

    public String industry;

    public String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CustomerStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<AccountTeamMember> accountTeam = new ArrayList<>();

    /** A new active customer whose creator is its first account executive. */
    public static Customer register(String name, String segment, String creator, OffsetDateTime now) {
        return register(name, segment, null, null, null, creator, now);
    }

    public static Customer register(String name, String segment, String tier, String industry, String region,
                                    String creator, OffsetDateTime now) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.name = name;
        customer.segment = segment;
        customer.tier = tier;
        customer.industry = industry;
        customer.region = region;
        customer.status = CustomerStatus.ACTIVE;
        customer.createdAt = now;
        customer.createdBy = creator;
        customer.accountTeam.add(new AccountTeamMember(customer, creator, AccountRole.EXECUTIVE));
        return customer;
    }

    public boolean isArchived() {
        return status == CustomerStatus.ARCHIVED;
    }

    public java.util.Optional<AccountTeamMember> member(String username) {
        return accountTeam.stream().filter(m -> m.username.equals(username)).findFirst();
    }
}
