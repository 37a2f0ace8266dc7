package bench.minimal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** relationship-service's customer row, read-only: the columns its GET answers with (the team aside). */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String segment;

    public String tier;

    public String industry;

    public String region;

    public String status;

    public long version;

    public OffsetDateTime createdAt;

    public String createdBy;
}
