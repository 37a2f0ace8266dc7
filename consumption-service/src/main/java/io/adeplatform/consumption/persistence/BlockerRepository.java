package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.Blocker;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class BlockerRepository implements PanacheRepositoryBase<Blocker, UUID> {
}
