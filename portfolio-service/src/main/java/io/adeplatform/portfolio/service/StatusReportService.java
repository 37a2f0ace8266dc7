package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.portfolio.api.StatusDtos.Overall;
import io.adeplatform.portfolio.api.StatusDtos.Override;
import io.adeplatform.portfolio.api.StatusDtos.Snapshot;
import io.adeplatform.portfolio.api.StatusDtos.StatusReportResponse;
import io.adeplatform.portfolio.api.WorkDtos.StatusReportRequest;
import io.adeplatform.portfolio.domain.EarnedValue;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.RagRules;
import io.adeplatform.portfolio.domain.StatusReport;
import io.adeplatform.portfolio.persistence.StatusReportRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StatusReportService {

    @Inject
    StatusReportRepository reports;

    @Inject
    EngagementLookup lookup;

    @Inject
    HealthService health;

    @Inject
    Clock clock;

    /** Freezes today's RAG, reasons and financials; an override of overall is stored beside the computed value. */
    @Transactional
    public StatusReportResponse create(UUID engagementId, StatusReportRequest r, String actor) {
        Engagement e = lookup.visibleForUpdate(engagementId);
        LocalDate today = health.today();
        OffsetDateTime now = OffsetDateTime.now(clock);
        EarnedValue.Figures figures = health.financials(e, today);
        RagRules.Assessment a = health.assess(e, today, figures);
        StatusReport report = new StatusReport();
        report.id = UUID.randomUUID();
        report.engagementId = e.id;
        report.asOf = today;
        report.summary = r == null ? null : r.summary();
        report.overallComputed = a.overall().rag();
        if (r != null && r.override() != null) {
            report.overrideRag = r.override().rag();
            report.overrideReason = r.override().reason().strip();
            report.overrideBy = actor;
            report.overrideAt = now;
        }
        report.snapshot = health.json(new Snapshot(e.stage, e.percentComplete, a.schedule(), a.budget(), a.scope(),
                a.risk(), a.overall(), figures));
        report.createdAt = now;
        report.createdBy = actor;
        reports.persist(report);
        health.refresh(e);
        reports.flush();
        return response(report);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatusReportResponse> list(UUID engagementId) {
        Engagement e = lookup.visible(engagementId);
        return reports.list("engagementId", Sort.by("createdAt").and("id"), e.id).stream().map(this::response).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StatusReportResponse get(UUID engagementId, UUID reportId) {
        Engagement e = lookup.visible(engagementId);
        StatusReport report = reports.findById(reportId);
        if (report == null || !report.engagementId.equals(e.id)) {
            throw new NotFound("status report", reportId);
        }
        return response(report);
    }

    private StatusReportResponse response(StatusReport report) {
        Snapshot s = health.read(report.snapshot, Snapshot.class);
        Override override = report.overrideRag == null ? null
                : new Override(report.overrideRag, report.overrideReason, report.overrideBy, report.overrideAt);
        Overall overall = new Overall(report.overallComputed, s.overall().reasons(), override,
                override == null ? report.overallComputed : override.rag());
        return new StatusReportResponse(report.id, report.engagementId, report.asOf, report.summary, s.stage(),
                s.percentComplete(), s.schedule(), s.budget(), s.scope(), s.risk(), overall, s.financials(),
                report.createdAt, report.createdBy);
    }
}
