package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractRevenue;
import io.adeplatform.billing.domain.InvoiceStatus;
import io.adeplatform.billing.domain.LineProgress;
import io.adeplatform.billing.persistence.InvoiceRepository;
import io.adeplatform.billing.persistence.LineProgressRepository;
import io.adeplatform.billing.persistence.TimeEntryRepository;
import io.adeplatform.platform.core.ExpectedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.UUID;

/** Revenue recognition: the progress of fixed-fee lines, and the revenue recognized and billed per line. */
@ApplicationScoped
public class RevenueRecognitionService {

    @Inject
    ContractLookup lookup;

    @Inject
    InvoiceRepository invoices;

    @Inject
    TimeEntryRepository timeEntries;

    @Inject
    LineProgressRepository progressReports;

    @Inject
    Actor actor;

    /** Also keeps the report with its time: the revenue forecast dates fixed-fee recognition by it. */
    @Transactional
    public ContractView progress(UUID id, ExpectedVersion expected, UUID lineId, BigDecimal percentComplete) {
        ContractView view = lookup.changeRows(id, expected, contract -> contract.reportProgress(lineId, percentComplete));
        progressReports.persist(LineProgress.of(lineId, percentComplete, actor.now()));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractRevenue revenue(UUID id) {
        Contract contract = lookup.visible(id);
        return ContractRevenue.of(contract, line -> timeEntries.approvedOnLine(line.id),
                line -> invoices.billedForLine(line.id, InvoiceStatus.BILLED),
                invoices.creditedOnContract(contract.id, InvoiceStatus.BILLED));
    }
}
