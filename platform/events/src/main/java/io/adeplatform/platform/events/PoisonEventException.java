package io.adeplatform.platform.events;

/** An event that can never be applied, however often it is retried: it goes straight to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
