package io.adeplatform.e2e;

import io.adeplatform.platform.infra.NpmProject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cockpit in a real browser against the real platform: web/'s Playwright tests ({@code web/e2e}, run by
 * Vitest) drive Debian's Chromium ({@code /usr/bin/chromium}, installed by {@code .ci/run}) through the gateway
 * that serves the cockpit, signing users in on Keycloak's own page. Screenshots of every page land in
 * {@code web/target/screenshots}.
 */
class CockpitBrowserTest {

    private static final Path WEB = Path.of(System.getProperty("ade.repository.root", "..")).resolve("web");

    @Test
    void theCockpitsBrowserTestsPass() {
        RunningPlatform platform = RunningPlatform.get();
        NpmProject web = new NpmProject(WEB).installed();
        NpmProject.Run run = web.run(Duration.ofMinutes(20), Map.of(
                        "ADE_COCKPIT_URL", platform.gatewayUrl(),
                        "ADE_KEYCLOAK_URL", platform.keycloak.realmUrl("ade"),
                        "ADE_SCREENSHOTS", WEB.resolve("target/screenshots").toAbsolutePath().toString()),
                "npx", "--no-install", "vitest", "run", "--config", "vitest.e2e.config.ts");
        System.out.println(run.output());
        assertThat(run.succeeded()).as("web's browser tests:\n%s", run.output()).isTrue();
        assertThat(run.output()).contains("[budget] first page interactive").doesNotContain("no tests");
    }
}
