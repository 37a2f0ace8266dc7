package io.adeplatform.portfolio.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The JSON kept in text columns (health reasons, status report snapshots, meeting content), written and read with
 * the application's ObjectMapper, so enums are stored by the same wire names the API uses. What this service wrote
 * it can read: a failure is a bug, not a client's mistake.
 */
@ApplicationScoped
public class JsonColumns {

    @Inject
    ObjectMapper mapper;

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        return read(json, mapper.constructType(type));
    }

    public List<String> strings(String json) {
        return read(json, mapper.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    private <T> T read(String json, JavaType type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
