package io.adeplatform.platform.http;

import io.adeplatform.platform.core.ExpectedVersion;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.HashSet;
import java.util.Set;

/**
 * Optimistic concurrency over HTTP: the ETag of a resource is its version; an update must name the version it
 * was based on in If-Match (428 without it, 412 when another update came first).
 */
public final class EntityVersions {

    private EntityVersions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * For the few updates where If-Match is optional: a header that was sent must name the current version; none at
     * all accepts any.
     */
    public static ExpectedVersion expectedIfSent(String ifMatch) {
        return ifMatch == null ? ExpectedVersion.any() : expected(ifMatch);
    }

    /** 200 with the body and its ETag, the If-Match the next update must send. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(tag(version)).build();
    }

    /** 200 with a versioned body and its ETag. */
    public static Response ok(Versioned body) {
        return ok(body, body.version());
    }

    /** 201 for a created resource with a versioned body: Location = the request's URI + {@code /id}, and its ETag. */
    public static Response created(UriInfo uri, Versioned body) {
        return created(uri, body.id(), body.version(), body);
    }

    /** 201 for a created resource: Location = the request's URI + {@code /id}, and its ETag. */
    public static Response created(UriInfo uri, Object id, long version, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .tag(tag(version)).entity(body).build();
    }

    /**
     * The versions an If-Match header names, for the use case to check once it found the thing (428 when the header
     * is missing, 412 when stale). Tags that are not versions of ours match nothing.
     */
    public static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ExpectedVersion.missing();
        }
        Set<Long> versions = new HashSet<>();
        for (String candidate : ifMatch.split(",")) {
            String value = candidate.trim();
            if (value.equals("*")) {
                return ExpectedVersion.any();
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.matches("\\d{1,18}")) {
                versions.add(Long.parseLong(value));
            }
        }
        return ExpectedVersion.oneOf(versions);
    }
}
