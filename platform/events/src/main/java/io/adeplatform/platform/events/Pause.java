package io.adeplatform.platform.events;

import java.time.Duration;

final class Pause {

    private Pause() {
    }

    /** Sleeps, turning an interrupt into a prompt return with the flag kept. */
    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
