package io.adeplatform.platform.core;

/** An update that does not say which version it was based on (optimistic concurrency needs it). */
public class VersionRequired extends DomainException {

    public VersionRequired() {
        super("precondition-required",
                "updates need an If-Match header with the ETag of the version they are based on", null);
    }
}
