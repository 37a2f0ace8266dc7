package io.adeplatform.relationship.api;

import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
import jakarta.inject.Inject;

/**
 * What the resources that write share: creates run once per Idempotency-Key, and the caller is named as the one who
 * created or changed something.
 */
abstract class WritingResource {

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;
}
