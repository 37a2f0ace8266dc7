package io.adeplatform.platform.events;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.Roles;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every service's dead letters, for admins only: {@code /api/admin/<domain>/dead-letters}, where {@code <domain>} is
 * the service's {@code ade.outbox.domain} (the gateway routes {@code /api/admin/<domain>} to that service).
 */
@Path("/api/admin/{domain}/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Dead letters", description = "Operator endpoints of every service (admins only): the records its consumers "
        + "could not apply, and their replay after a fix. Behind the gateway each service's are under /api/admin/<domain>.")
public class DeadLetterResource {

    private static final String DOMAIN = "The service's domain (ade.outbox.domain), e.g. billing";
    private static final String TOPIC = "A dead-letter topic of the service, e.g. portfolio.engagement.events.billing-service.engagement-events.dlq";

    @Inject
    DeadLetterReplay deadLetters;

    @Inject
    OutboxConfig outbox;

    @Inject
    CurrentUser user;

    @GET
    @Operation(operationId = "listDeadLetterTopics", summary = "List the service's dead-letter topics",
            description = "One per consuming channel, with how many dead letters each holds and how many were replayed "
                    + "(admin only).")
    public Page<DeadLetterReplay.Summary> topics(@Parameter(description = DOMAIN) @PathParam("domain") String domain,
                                                @BeanParam @Valid PageRequest page) {
        requireThisService(domain);
        return Page.slice(deadLetters.summaries(), page);
    }

    @GET
    @Path("{topic}")
    @Operation(operationId = "listDeadLetters", summary = "List the dead letters of one dead-letter topic",
            description = "Oldest first: position, event id and type, the error that sent it there, its time and when it "
                    + "was replayed (admin only).")
    public Page<DeadLetter> list(@Parameter(description = DOMAIN) @PathParam("domain") String domain,
                                 @Parameter(description = TOPIC) @PathParam("topic") String topic,
                                 @BeanParam @Valid PageRequest page) {
        requireThisService(domain);
        return Page.slice(deadLetters.list(topic), page);
    }

    @POST
    @Path("{topic}/replay")
    @Operation(operationId = "replayDeadLetters", summary = "Replay a dead-letter topic after a fix",
            description = "Hands every dead letter of the topic not replayed yet to its consumer again; the consumer's "
                    + "inbox absorbs repeats, and a replayed dead letter is never replayed again (admin only).")
    public DeadLetterReplay.Result replay(@Parameter(description = DOMAIN) @PathParam("domain") String domain,
                                          @Parameter(description = TOPIC) @PathParam("topic") String topic) {
        requireThisService(domain);
        return deadLetters.replay(topic, user.username());
    }

    private void requireThisService(String domain) {
        if (!outbox.domain().equals(domain)) {
            throw new NotFound("service", domain);
        }
    }
}
