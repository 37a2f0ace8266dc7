package io.adeplatform.portfolio.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import io.adeplatform.platform.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The JSON kept in text columns (health reasons, status report snapshots, meeting content), in the platform's stored
 * form ({@link EventJson}: enums by the API's wire names, amounts as numbers, so rows written before amounts became
 * strings on the API still read). What this service wrote it can read: a failure is a bug, not a client's mistake.
 */
@ApplicationScoped
public class JsonColumns {

    @Inject
    EventJson stored;

    public String write(Object value) {
        try {
            return stored.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        return read(json, stored.mapper().constructType(type));
    }

    public List<String> strings(String json) {
        return read(json, stored.mapper().getTypeFactory().constructCollectionType(List.class, String.class));
    }

    private <T> T read(String json, JavaType type) {
        try {
            return stored.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
