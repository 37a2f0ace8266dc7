package io.adeplatform.platform.events.tracing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

/** The state change the probe use case commits together with its event. */
@Entity
public class Probe {

    @Id
    public UUID id;

    public String name;
}
