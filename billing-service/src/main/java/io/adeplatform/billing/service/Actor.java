package io.adeplatform.billing.service;

import io.adeplatform.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Who acts in the current request, and when: what the use cases stamp on the records they change. */
@ApplicationScoped
public class Actor {

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public String name() {
        return user.username();
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public boolean hasRole(String role) {
        return user.hasRole(role);
    }
}
