package io.adeplatform.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A consumer's table of event type → handler, one typed handler per type. Types without a handler are skipped
 * (tolerant reader: producers may add types without breaking anyone).
 */
public final class EventHandlers {

    private final Map<String, Consumer<IncomingEvent>> byType;

    private EventHandlers(Map<String, Consumer<IncomingEvent>> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static Builder on(String type, Consumer<IncomingEvent> handler) {
        return new Builder().on(type, handler);
    }

    /** Applies the event's handler, if it has one; returns whether it had. */
    public boolean handle(IncomingEvent event) {
        Consumer<IncomingEvent> handler = byType.get(event.type());
        if (handler == null) {
            return false;
        }
        handler.accept(event);
        return true;
    }

    public static final class Builder {

        private final Map<String, Consumer<IncomingEvent>> byType = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder on(String type, Consumer<IncomingEvent> handler) {
            if (byType.putIfAbsent(type, handler) != null) {
                throw new IllegalArgumentException("two handlers for " + type);
            }
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
