package io.adeplatform.consumption.api;

import io.adeplatform.platform.security.Roles;

/** Roles that may change consumption data; viewers (and anyone else) only read. */
final class Writers {
    static final String EXECUTIVE = Roles.EXECUTIVE;
    static final String DELIVERY_MANAGER = Roles.DELIVERY_MANAGER;
    static final String FINANCE = Roles.FINANCE;
    static final String ADMIN = Roles.ADMIN;

    private Writers() {
    }
}
