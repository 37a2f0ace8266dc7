package io.adeplatform.fault;

import io.adeplatform.platform.infra.PostgresServer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 4. PostgreSQL stopped the way {@code pg_ctl -m immediate} does, for 90 s ({@code ade.fault.outage-seconds}), right
 * after a member was removed from account teams: once it is back, the removed user gets 404 for those customers in
 * every service, without restarting any service. The partner usage feed writes during the outage: its records wait
 * (retried, never dead-lettered) and are all stored once afterwards.
 */
class Experiment4DatabaseOutageTest {

    private static final int CUSTOMERS = 5;
    private static final int PARTNER_DAYS = 5;

    @Test
    void aRemovedMemberLosesAccessEverywhereAfterADatabaseOutage() {
        FaultPlatform platform = FaultPlatform.get();
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            String customer = platform.newCustomer("team-" + UUID.randomUUID());
            AccountTeams.add(platform, customer);
            customers.add(customer);
        }
        List<String> notYetVisible = AccountTeams.awaitMember(platform, customers, 200, Duration.ofSeconds(60));
        if (!notYetVisible.isEmpty()) {
            throw new AssertionError("fixture: the member never saw " + notYetVisible);
        }

        PartnerFeed feed = new PartnerFeed(platform, customers.get(0));

        Experiment.Outcome outcome = Experiment.run((p, ledger) -> {
            PostgresServer postgres = p.processes.postgres();
            // the removals commit and their events start on their way; the database goes while they are applied
            customers.forEach(customer -> AccountTeams.remove(p, customer));
            postgres.stopImmediately();
            feed.send(PARTNER_DAYS);
            Api.sleep(p.outage.toMillis());
            postgres.startAgain();
            return Instant.now();
        });
        Instant checkStart = Instant.now();
        List<String> stillVisible = AccountTeams.awaitMember(platform, customers, 404, Duration.ofSeconds(120));
        long partnerRows = awaitRows(feed, PARTNER_DAYS, Duration.ofSeconds(60));
        Report.print("4. PostgreSQL stopped (immediate) for " + platform.outage.toSeconds()
                        + " s right after " + Users.MEMBER + " was removed from " + CUSTOMERS + " account teams",
                outcome.check(), outcome.deadLettersAdded(), outcome.readinessSummary(),
                "reads still answering the removed member after recovery: " + stillVisible.size() + " of "
                        + CUSTOMERS * 5 + " " + stillVisible + " (checked " + Report.seconds(Duration.between(checkStart,
                        Instant.now())) + " after the drain)\npartner feed records sent during the outage (each twice): "
                        + PARTNER_DAYS + ", usage rows stored for " + feed.subscription() + ": " + partnerRows);
        SoftAssertions.assertSoftly(softly -> {
            Report.assertTransient(softly, outcome);
            softly.assertThat(stillVisible).as("reads where the removed member still sees the customer").isEmpty();
            softly.assertThat(partnerRows).as("partner usage rows stored once each after the outage").isEqualTo(PARTNER_DAYS);
        });
    }

    private static long awaitRows(PartnerFeed feed, int expected, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        long rows = feed.storedRows();
        while (rows < expected && Instant.now().isBefore(deadline)) {
            Api.sleep(500);
            rows = feed.storedRows();
        }
        return rows;
    }
}
