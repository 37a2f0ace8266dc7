package io.adeplatform.relationship.persistence.statuspack;

import io.adeplatform.relationship.domain.statuspack.StatusPackContent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class StatusPackContentRepository implements PanacheRepositoryBase<StatusPackContent, UUID> {
}
