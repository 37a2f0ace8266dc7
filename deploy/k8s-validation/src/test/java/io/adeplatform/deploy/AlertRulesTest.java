package io.adeplatform.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.adeplatform.deploy.Manifests.get;
import static io.adeplatform.deploy.Manifests.list;
import static io.adeplatform.deploy.Manifests.rendered;
import static io.adeplatform.deploy.Manifests.str;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event backbone's alerts (PrometheusRule ade-events) ship in every overlay, and every outbox metric they use
 * is one platform/events really registers (RelayMetrics), under its Prometheus name.
 */
class AlertRulesTest {

    private static final Pattern OUTBOX_METRIC = Pattern.compile("\\bade_outbox_[a-z_]+");
    private static final Pattern REGISTERED = Pattern.compile("\"(ade\\.outbox\\.[a-z.]+)\"");

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void theEventAlertsShipWithMetricsThatExist(String overlay) {
        Map<String, Object> rule = get(rendered(overlay), "PrometheusRule", "ade-events");
        List<Map<String, Object>> rules = list(rule, "spec", "groups").stream()
                .flatMap(group -> list(group, "rules").stream()).toList();
        assertThat(rules).extracting(r -> str(r, "alert")).containsExactlyInAnyOrder("AdeOutboxEventWaiting",
                "AdeOutboxRelayFailing", "AdeOutboxRowQuarantined", "AdeDeadLetter", "AdeConsumerLagGrowing");

        Set<String> used = new TreeSet<>();
        rules.forEach(r -> {
            Matcher metric = OUTBOX_METRIC.matcher(str(r, "expr"));
            while (metric.find()) {
                used.add(metric.group());
            }
        });
        assertThat(used).isNotEmpty().isSubsetOf(registeredOutboxMetrics());
        assertThat(str(rules.stream().filter(r -> "AdeDeadLetter".equals(str(r, "alert"))).findFirst().orElseThrow(),
                "expr")).contains("ade_dead_letters_total").contains("topic");
        assertThat(str(rules.stream().filter(r -> "AdeOutboxEventWaiting".equals(str(r, "alert"))).findFirst()
                .orElseThrow(), "expr")).contains("ade_outbox_oldest_pending_age_seconds").endsWith("> 60");
    }

    /** Prometheus names of the meters RelayMetrics registers: dots become underscores, counters get _total. */
    private static Set<String> registeredOutboxMetrics() {
        String source = Manifests.read(Manifests.repoDir().resolve(Path.of("platform", "events", "src", "main", "java",
                "io", "adeplatform", "platform", "events", "RelayMetrics.java")));
        Set<String> names = new TreeSet<>();
        Matcher meter = REGISTERED.matcher(source);
        while (meter.find()) {
            String name = meter.group(1).replace('.', '_');
            boolean counter = source.substring(Math.max(0, meter.start() - 40), meter.start()).contains("Counter.builder(");
            names.add(counter ? name + "_total" : name);
        }
        return names;
    }
}
