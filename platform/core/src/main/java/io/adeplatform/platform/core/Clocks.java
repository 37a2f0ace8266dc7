package io.adeplatform.platform.core;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** Every service takes time from an injectable Clock; a test replaces it with its own bean to control time. */
public class Clocks {

    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
