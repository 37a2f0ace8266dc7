package io.adeplatform.portfolio.persistence;

import io.adeplatform.portfolio.domain.RaidItem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class RaidItemRepository implements PanacheRepositoryBase<RaidItem, UUID> {
}
