package io.adeplatform.portfolio.api;

import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the engagement resources share: creates that honour an Idempotency-Key and answer 201 with a Location below
 * the request path. A versioned body goes through {@code idempotent.created} (Location and ETag from the body);
 * records that are never updated through {@link #recorded}.
 */
abstract class CreatingResource {

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    /** 201 for a record that is never updated: a Location but no ETag (no version to match); a repeated key replays it. */
    <T> Response recorded(String idempotencyKey, Object request, Supplier<T> create, Function<T, UUID> id) {
        return idempotent.create(idempotencyKey, request, () -> {
            T body = create.get();
            URI location = uri.getAbsolutePathBuilder().path(id.apply(body).toString()).build();
            return Response.created(location).entity(body).build();
        });
    }

}
