package io.adeplatform.portfolio.persistence;

import io.adeplatform.portfolio.domain.StatusReport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class StatusReportRepository implements PanacheRepositoryBase<StatusReport, UUID> {
}
