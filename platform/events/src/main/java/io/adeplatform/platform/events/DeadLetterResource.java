package io.adeplatform.platform.events;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * Every service's dead letters, for admins only: {@code /api/admin/<domain>/dead-letters}, where {@code <domain>} is
 * the service's {@code ade.outbox.domain} (the gateway routes {@code /api/admin/<domain>} to that service).
 */
@Path("/api/admin/{domain}/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    @Inject
    DeadLetterReplay deadLetters;

    @Inject
    OutboxConfig outbox;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "The service's dead-letter topics, one per consuming channel, with how many dead letters "
            + "each holds and how many were replayed (admin only)")
    public List<DeadLetterReplay.Summary> topics(@PathParam("domain") String domain) {
        requireThisService(domain);
        return deadLetters.summaries();
    }

    @GET
    @Path("{topic}")
    @Operation(summary = "The dead letters of one dead-letter topic, oldest first: position, event id and type, "
            + "the error that sent it there, its time and when it was replayed (admin only)")
    public List<DeadLetter> list(@PathParam("domain") String domain, @PathParam("topic") String topic) {
        requireThisService(domain);
        return deadLetters.list(topic);
    }

    @POST
    @Path("{topic}/replay")
    @Operation(summary = "Hands every dead letter of the topic not replayed yet to its consumer again, after a fix; "
            + "the consumer's inbox absorbs repeats, and a replayed dead letter is never replayed again (admin only)")
    public DeadLetterReplay.Result replay(@PathParam("domain") String domain, @PathParam("topic") String topic) {
        requireThisService(domain);
        return deadLetters.replay(topic, user.username());
    }

    private void requireThisService(String domain) {
        if (!outbox.domain().equals(domain)) {
            throw new NotFound("service", domain);
        }
    }
}
