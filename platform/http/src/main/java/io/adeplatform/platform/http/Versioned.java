package io.adeplatform.platform.http;

import java.util.UUID;

/**
 * A response body of a resource with an id and a version: {@link EntityVersions#created} and {@link EntityVersions#ok}
 * take Location and ETag from it, so resources need not spell them out.
 */
public interface Versioned {

    UUID id();

    long version();
}
