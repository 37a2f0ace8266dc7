package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Actor;
import io.adeplatform.escalation.domain.Authority;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The caller of the current request as the domain sees them: username and the authority of their highest role. */
@RequestScoped
public class CurrentActor {

    @Inject
    CurrentUser user;

    public Actor get() {
        Authority authority;
        if (user.isAdmin()) {
            authority = Authority.ADMIN;
        } else if (user.hasRole(Roles.EXECUTIVE)) {
            authority = Authority.EXECUTIVE;
        } else if (user.hasRole(Roles.DELIVERY_MANAGER)) {
            authority = Authority.DELIVERY_MANAGER;
        } else {
            authority = Authority.FINANCE;
        }
        return new Actor(user.username(), authority);
    }
}
