package bench.floor;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import java.util.UUID;

/** One read and one write behind a bearer token; the write also produces an event. */
@Path("/notes")
@Authenticated
public class NoteResource {

    @Channel("floor-out")
    Emitter<String> events;

    @GET
    @Path("{id}")
    public Note get(@PathParam("id") UUID id) {
        return Note.findById(id);
    }

    @POST
    @Transactional
    public Note add(@Valid Note note) {
        note.id = UUID.randomUUID();
        note.persist();
        events.send(note.id.toString());
        return note;
    }
}
