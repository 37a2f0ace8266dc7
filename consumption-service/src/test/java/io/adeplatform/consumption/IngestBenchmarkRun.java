package io.adeplatform.consumption;

import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.File;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs bench/ingest-bench.sh (CSV upload through the API against raw COPY of the same file) against this service
 * as the tests start it (real PostgreSQL, port and token of the test setup), without the whole platform. Not a test:
 * only with {@code -Dade.bench.rows=N}; the script's output goes to target/ingest-bench.log and to the console.
 * <pre>
 * ./mvnw -B -o verify -pl consumption-service -am -Dtest=IngestBenchmarkRun -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dade.bench.rows=1000000
 * </pre>
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "ade.bench.rows", matches = "\\d+")
class IngestBenchmarkRun {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void run() throws Exception {
        UUID customer = Fixtures.customer("Benchmark Inc");
        URI db = URI.create(jdbcUrl.substring("jdbc:".length()));
        ProcessBuilder script = new ProcessBuilder("bash", "bench/ingest-bench.sh").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/ingest-bench.log")));
        script.environment().putAll(Map.of("CONSUMPTION_URL", "http://localhost:" + port,
                "TOKEN", TestTokens.token("root", "admin"), "CUSTOMER_ID", customer.toString(),
                "ROWS", System.getProperty("ade.bench.rows"), "FILL_TO", System.getProperty("ade.bench.fill-to", "0"),
                "PGHOST", db.getHost(), "PGPORT", Integer.toString(db.getPort()), "PGUSER", "postgres",
                "PGDATABASE", db.getPath().substring(1)));
        Process process = script.start();
        assertThat(process.waitFor(30, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isZero();
    }
}
