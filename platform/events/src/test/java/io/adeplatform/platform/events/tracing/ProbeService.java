package io.adeplatform.platform.events.tracing;

import io.adeplatform.platform.events.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/** A use case as services write them: the state change and its event in one transaction. */
@ApplicationScoped
public class ProbeService {

    @Inject
    EntityManager em;

    @Inject
    OutboxWriter outbox;

    @Transactional
    public UUID write(UUID probeId, String name) {
        Probe probe = new Probe();
        probe.id = probeId;
        probe.name = name;
        em.persist(probe);
        return outbox.append("probe", probeId, "written", Map.of("probeId", probeId.toString(), "name", name));
    }
}
