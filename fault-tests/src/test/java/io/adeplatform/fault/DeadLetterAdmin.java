package io.adeplatform.fault;

import io.adeplatform.platform.infra.ServiceProcess;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one call of the dead-letter admin endpoint each service serves (issue 15, part B): re-inject the records of one
 * of its dead-letter topics into its consumer ({@code platform/events}' DeadLetterResource).
 */
final class DeadLetterAdmin {

    private DeadLetterAdmin() {
    }

    /** {@code POST <service>/api/admin/<domain>/dead-letters/<dead-letter topic>/replay} as an admin. */
    static Api.Answer replay(ServiceProcess service, String domain, String deadLetterTopic) {
        return Api.post(service.url() + "/api/admin/" + domain + "/dead-letters/"
                        + URLEncoder.encode(deadLetterTopic, StandardCharsets.UTF_8) + "/replay",
                Users.admin(), Map.of(), Map.of());
    }
}
