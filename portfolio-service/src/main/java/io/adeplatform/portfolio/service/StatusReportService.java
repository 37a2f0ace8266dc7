package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.portfolio.domain.EarnedValue;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.RagRules;
import io.adeplatform.portfolio.domain.StatusReport;
import io.adeplatform.portfolio.domain.StatusSnapshot;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import io.adeplatform.portfolio.persistence.StatusReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Dated status reports: frozen snapshots of the computed RAG, with an optional override beside it. */
@ApplicationScoped
public class StatusReportService {

    @Inject
    StatusReportRepository reports;

    @Inject
    EngagementRepository engagements;

    @Inject
    AccountAccess access;

    @Inject
    HealthService health;

    @Inject
    JsonColumns json;

    @Inject
    Clock clock;

    /**
     * Freezes today's RAG, reasons and financials; an override of overall ({@code overrideRag} and its reason, both
     * or neither) is stored beside the computed value with who gave it and when.
     */
    @Transactional
    public StatusReportView create(UUID id, String summary, Health overrideRag, String overrideReason,
                                   String actor) {
        Engagement e = access.visible("engagement", id, engagements.findForUpdate(id), x -> x.customerId);
        LocalDate today = health.today();
        OffsetDateTime now = OffsetDateTime.now(clock);
        EarnedValue.Figures figures = health.financials(e, today);
        RagRules.Assessment a = health.assess(e, today, figures);
        StatusSnapshot snapshot = StatusSnapshot.of(e, a, figures);
        StatusReport report = new StatusReport();
        report.id = UUID.randomUUID();
        report.engagementId = e.id;
        report.asOf = today;
        report.summary = summary;
        report.overallComputed = a.overall().rag();
        if (overrideRag != null) {
            report.overrideRag = overrideRag;
            report.overrideReason = overrideReason.strip();
            report.overrideBy = actor;
            report.overrideAt = now;
        }
        report.snapshot = json.write(snapshot);
        report.createdAt = now;
        report.createdBy = actor;
        reports.persist(report);
        health.refresh(e);
        reports.flush();
        return view(report); // read back as every later read will, so the first answer equals all later ones
    }

    /** Oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatusReportView> list(UUID id) {
        Engagement e = access.visible("engagement", id, engagements.findById(id), x -> x.customerId);
        return reports.ofEngagement(e.id).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StatusReportView get(UUID id, UUID reportId) {
        Engagement e = access.visible("engagement", id, engagements.findById(id), x -> x.customerId);
        return view(reports.findOn(e.id, reportId).orElseThrow(() -> new NotFound("status report", reportId)));
    }

    private StatusReportView view(StatusReport report) {
        return new StatusReportView(report, json.read(report.snapshot, StatusSnapshot.class));
    }
}
