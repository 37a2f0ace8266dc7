package io.adeplatform.fault;

import org.assertj.core.api.SoftAssertions;

import java.time.Duration;
import java.util.Map;

/** The figures of one experiment, printed in one block, and the assertions every transient fault must pass. */
final class Report {

    private Report() {
    }

    static void print(String experiment, Ledger.Check check, Map<String, Long> deadLettersAdded, String readiness,
                      String extra) {
        StringBuilder out = new StringBuilder("\n==== ").append(experiment).append('\n');
        out.append(String.format("  acknowledged writes   %d%n", check.acknowledged()));
        out.append(String.format("  lost                  %d%n", check.lost()));
        out.append(String.format("  duplicated effects    %d%n", check.duplicated()));
        out.append(String.format("  projection misses     %d%n", check.misses()));
        out.append(String.format("  refused / abandoned   %d / %d%n", check.rejected(), check.abandoned()));
        out.append(String.format("  dead letters added    %d %s%n", Broker.total(deadLettersAdded), deadLettersAdded));
        out.append(String.format("  readiness during fault %s%n", readiness));
        out.append(String.format("  recovery/drain time   %s%n", check.drain() == null ? "not drained" : seconds(check.drain())));
        if (extra != null && !extra.isBlank()) {
            out.append("  ").append(extra.replace("\n", "\n  ")).append('\n');
        }
        check.problems().stream().limit(10).forEach(problem -> out.append("  ! ").append(problem).append('\n'));
        if (check.problems().size() > 10) {
            out.append("  ! ... ").append(check.problems().size() - 10).append(" more\n");
        }
        System.out.println(out);
    }

    /** Nothing lost, duplicated, missed, refused, abandoned or dead-lettered: what a transient fault may cost. */
    static void assertTransient(SoftAssertions softly, Experiment.Outcome outcome) {
        Ledger.Check check = outcome.check();
        softly.assertThat(outcome.notReadyAfter()).as("processes not ready a minute after the recovery").isEmpty();
        softly.assertThat(check.acknowledged()).as("acknowledged writes").isPositive();
        softly.assertThat(check.lost()).as("lost writes").isZero();
        softly.assertThat(check.duplicated()).as("duplicated effects").isZero();
        softly.assertThat(check.misses()).as("projection misses").isZero();
        softly.assertThat(check.rejected()).as("writes refused with a 4xx").isZero();
        softly.assertThat(check.abandoned()).as("writes never acknowledged").isZero();
        softly.assertThat(outcome.deadLettersAdded()).as("dead letters added").isEmpty();
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
