package io.adeplatform.platform.events;

/**
 * A transient retry stopped because the service is shutting down: not the record's fault, so it is never
 * dead-lettered ({@link DeadLetterStrategy}); its offset stays uncommitted and it is consumed again after the restart.
 */
public class RetryAbandonedException extends RuntimeException {

    public RetryAbandonedException(String message, Throwable lastFailure) {
        super(message, lastFailure);
    }

    static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetryAbandonedException) {
                return true;
            }
        }
        return false;
    }
}
