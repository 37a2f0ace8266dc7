package io.adeplatform.portfolio.service;

import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.portfolio.domain.EarnedValue;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.RagRules;
import io.adeplatform.portfolio.domain.StatusReport;
import io.adeplatform.portfolio.domain.StatusSnapshot;
import io.adeplatform.portfolio.persistence.StatusReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Dated status reports: frozen snapshots of the computed RAG, with an optional override beside it. */
@ApplicationScoped
public class StatusReportService extends EngagementUseCase {

    @Inject
    StatusReportRepository reports;

    @Inject
    JsonColumns json;

    /**
     * Freezes today's RAG, reasons and financials; an override of overall ({@code overrideRag} and its reason, both
     * or neither) is stored beside the computed value with who gave it and when. A closed engagement still reports.
     */
    @Transactional
    public StatusReportView create(UUID id, String summary, Health overrideRag, String overrideReason,
                                   String actor) {
        Engagement e = locked(id);
        LocalDate today = health.today();
        OffsetDateTime now = now();
        EarnedValue.Figures figures = health.financials(e, today);
        RagRules.Assessment a = health.assess(e, today, figures);
        StatusReport report = StatusReport.freeze(e, today, summary, a.overall().rag(),
                json.write(StatusSnapshot.of(e, a, figures)), now, actor);
        if (overrideRag != null) {
            report.override(overrideRag, overrideReason, now, actor);
        }
        // read back as every later read will, so the first answer equals all later ones
        return view(store(e, reports, report));
    }

    /** Oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StatusReportView> list(UUID id, PageRequest page) {
        return Page.fromOverfetch(reports.ofEngagement(visible(id).id, page), page, this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StatusReportView get(UUID id, UUID reportId) {
        return view(recordOn(visible(id), reports, "status report", reportId));
    }

    private StatusReportView view(StatusReport report) {
        return new StatusReportView(report, json.read(report.snapshot, StatusSnapshot.class));
    }
}
