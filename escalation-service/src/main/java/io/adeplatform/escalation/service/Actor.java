package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Authority;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.Roles;

/** Who performs a command, and with which authority (their highest realm role). */
public record Actor(String username, Authority authority) {

    public static final Actor SYSTEM = new Actor("system", Authority.SYSTEM);

    public static Actor of(CurrentUser user) {
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
