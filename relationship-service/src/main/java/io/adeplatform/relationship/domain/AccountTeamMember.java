package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.AccountRole;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

@Entity
@Table(name = "account_team_member")
@IdClass(AccountTeamMember.Key.class)
public class AccountTeamMember {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    public Customer customer;

    @Id
    public String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_role")
    public AccountRole role;

    protected AccountTeamMember() {
    }

    public AccountTeamMember(Customer customer, String username, AccountRole role) {
        this.customer = customer;
        this.username = username;
        this.role = role;
    }

    /** The primary key: the customer's id and the username (a record gives it value equality). */
    public record Key(UUID customer, String username) implements Serializable {
    }
}
