package io.adeplatform.billing.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/** Marks invoices overdue the day after their due date. */
@ApplicationScoped
public class OverdueScheduler {

    @Inject
    InvoiceService invoices;

    @Inject
    Clock clock;

    @Scheduled(every = "${ade.billing.overdue.every:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void markOverdue() {
        invoices.markOverdue(LocalDate.now(clock));
    }
}
