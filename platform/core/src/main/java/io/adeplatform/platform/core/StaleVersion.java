package io.adeplatform.platform.core;

/** An update based on a version that another update has replaced meanwhile (optimistic concurrency). */
public class StaleVersion extends DomainException {

    public StaleVersion(long currentVersion) {
        super("precondition-failed",
                "the resource has changed since it was read: its current ETag is \"" + currentVersion + "\"", null);
    }
}
