package io.adeplatform.platform.references;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** One id another service owns ({@code kind}: "engagement", "milestone") and the customer it belongs to. */
@Entity
@Table(name = "customer_reference")
@IdClass(CustomerReference.Key.class)
public class CustomerReference {

    @Id
    public String kind;

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    /** The primary key (a record gives it value equality). */
    public record Key(String kind, UUID id) implements Serializable {
    }
}
