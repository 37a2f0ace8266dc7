package io.adeplatform.platform.core;

import java.util.Set;

/**
 * The version(s) of a thing an update was based on, any version ("*"), or none given. Read from If-Match by the HTTP
 * layer and checked by the use case inside its transaction, after it found the thing: a missing thing is a 404 whether
 * or not the request named a version.
 */
public final class ExpectedVersion {

    private static final ExpectedVersion ANY = new ExpectedVersion(null);
    private static final ExpectedVersion MISSING = new ExpectedVersion(Set.of());

    /** null means any version. */
    private final Set<Long> versions;

    private ExpectedVersion(Set<Long> versions) {
        this.versions = versions;
    }

    public static ExpectedVersion any() {
        return ANY;
    }

    /** The update named no version: {@link #check} refuses it with {@link VersionRequired}. */
    public static ExpectedVersion missing() {
        return MISSING;
    }

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(Set.of(version));
    }

    public static ExpectedVersion oneOf(Set<Long> versions) {
        return new ExpectedVersion(Set.copyOf(versions)); // empty: matches no version at all
    }

    /**
     * Passes when {@code currentVersion} is one this update was based on; {@link VersionRequired} when it named none,
     * {@link StaleVersion} otherwise.
     */
    public void check(long currentVersion) {
        if (this == MISSING) {
            throw new VersionRequired();
        }
        if (versions != null && !versions.contains(currentVersion)) {
            throw new StaleVersion(currentVersion);
        }
    }
}
