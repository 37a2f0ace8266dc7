package io.adeplatform.platform.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "customer_projection_member")
@IdClass(ProjectedTeamMember.Key.class)
public class ProjectedTeamMember {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    public ProjectedCustomer customer;

    @Id
    public String username;

    @Column(name = "account_role", nullable = false)
    public String accountRole;

    public static class Key implements Serializable {
        public UUID customer;
        public String username;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(customer, other.customer) && Objects.equals(username, other.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(customer, username);
        }
    }
}
