package io.adeplatform.billing.persistence;

import io.adeplatform.billing.domain.LineProgress;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class LineProgressRepository implements PanacheRepositoryBase<LineProgress, UUID> {
}
