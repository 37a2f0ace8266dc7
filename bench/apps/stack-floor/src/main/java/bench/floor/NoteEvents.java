package bench.floor;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The one consumer, so the application starts a Kafka consumer as every service does; it has nothing to do. */
@ApplicationScoped
public class NoteEvents {

    @Incoming("floor-in")
    public void onNote(String id) {
        // the start-up floor measures the consumer's start, not its work
    }
}
