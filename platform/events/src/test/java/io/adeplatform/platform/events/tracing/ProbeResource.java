package io.adeplatform.platform.events.tracing;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.util.UUID;

/** A traced request (quarkus-opentelemetry gives it a server span) that writes an event; answers its event id. */
@Path("/probes")
public class ProbeResource {

    @Inject
    ProbeService probes;

    @POST
    @Path("/{probeId}")
    public String write(@PathParam("probeId") UUID probeId) {
        return probes.write(probeId, "probe " + probeId).toString();
    }
}
