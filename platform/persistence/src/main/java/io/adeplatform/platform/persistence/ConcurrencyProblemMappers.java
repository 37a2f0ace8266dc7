package io.adeplatform.platform.persistence;

import io.adeplatform.platform.http.ProblemResponses;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Two writers raced on the same row and this one lost: the client should re-read and retry. */
public class ConcurrencyProblemMappers {

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return ProblemResponses.of(412, "precondition-failed", "Precondition failed",
                "the resource was changed by another request meanwhile; read it again and retry",
                uri.getRequestUri().getRawPath());
    }
}
