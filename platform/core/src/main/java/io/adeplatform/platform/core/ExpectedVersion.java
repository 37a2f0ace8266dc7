package io.adeplatform.platform.core;

import java.util.Set;

/**
 * The version(s) of a thing an update was based on, or any version ("*"). Read from If-Match by the HTTP layer and
 * checked by the use case inside its transaction.
 */
public final class ExpectedVersion {

    private static final ExpectedVersion ANY = new ExpectedVersion(null);

    /** null means any version. */
    private final Set<Long> versions;

    private ExpectedVersion(Set<Long> versions) {
        this.versions = versions;
    }

    public static ExpectedVersion any() {
        return ANY;
    }

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(Set.of(version));
    }

    public static ExpectedVersion oneOf(Set<Long> versions) {
        return new ExpectedVersion(Set.copyOf(versions)); // empty: matches no version at all
    }

    /** Passes when {@code currentVersion} is one this update was based on; {@link StaleVersion} otherwise. */
    public void check(long currentVersion) {
        if (versions != null && !versions.contains(currentVersion)) {
            throw new StaleVersion(currentVersion);
        }
    }
}
