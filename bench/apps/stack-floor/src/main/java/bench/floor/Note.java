package bench.floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;

import java.util.UUID;

/** The one entity: Hibernate has something to map and validate against the migrated schema. */
@Entity
public class Note extends PanacheEntityBase {

    @Id
    public UUID id;

    @NotBlank
    public String text;
}
