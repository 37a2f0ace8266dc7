package io.adeplatform.fault;

import io.adeplatform.platform.infra.ServiceProcess;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one call of the dead-letter admin endpoint each service serves (issue 15, part B): re-inject the records of one
 * of its dead-letter topics into its consumer. The path is an assumption until part B is merged; only this method
 * knows it.
 */
final class DeadLetterAdmin {

    private DeadLetterAdmin() {
    }

    /** {@code POST <service>/api/admin/dead-letters/<dead-letter topic>/replay} as an admin; answers the reply. */
    static Api.Answer replay(ServiceProcess service, String deadLetterTopic) {
        return Api.post(service.url() + "/api/admin/dead-letters/"
                        + URLEncoder.encode(deadLetterTopic, StandardCharsets.UTF_8) + "/replay",
                Users.admin(), Map.of(), Map.of());
    }
}
