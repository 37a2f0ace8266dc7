package io.adeplatform.escalation.domain;

/** Who performs a command, and with which authority (their highest realm role, or the system itself). */
public record Actor(String username, Authority authority) {

    public static final Actor SYSTEM = new Actor("system", Authority.SYSTEM);

    public boolean isSystem() {
        return authority == Authority.SYSTEM;
    }
}
