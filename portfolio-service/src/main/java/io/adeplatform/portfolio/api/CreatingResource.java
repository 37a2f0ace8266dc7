package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.EntityVersions;
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
import java.util.function.ToLongFunction;

/**
 * What the engagement resources share: creates that honour an Idempotency-Key and answer 201 with a Location below
 * the request path, and answers tagged with the version of what they show (the If-Match of the next update).
 */
abstract class CreatingResource {

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    /** 201 for what {@code create} made, with an ETag when it has a {@code version}; a repeated key replays it. */
    <T> Response created(String idempotencyKey, Object request, Supplier<T> create, Function<T, UUID> id,
                         ToLongFunction<T> version) {
        return idempotent.create(idempotencyKey, request, () -> {
            T body = create.get();
            URI location = uri.getAbsolutePathBuilder().path(id.apply(body).toString()).build();
            Response.ResponseBuilder response = Response.created(location).entity(body);
            if (version != null) {
                response.tag(EntityVersions.tag(version.applyAsLong(body)));
            }
            return response.build();
        });
    }

}
