package io.adeplatform.portfolio.persistence;

import io.adeplatform.portfolio.domain.CostEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class CostEntryRepository implements PanacheRepositoryBase<CostEntry, UUID> {
}
