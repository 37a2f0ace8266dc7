package io.adeplatform.platform.persistence;

import io.adeplatform.platform.core.RuleViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.ProblemException;
import io.adeplatform.platform.http.Versioned;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.CurrentUser;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.function.Supplier;

/**
 * Idempotency-Key for creating POSTs. The key row, the created resource and its events commit in one transaction:
 * a retry with the same key and body replays the first response; the same key with another body is a 422.
 * A concurrent retry waits on the key's row lock until the first attempt commits, then replays it.
 * A replay checks access again: the customers the first request's access checks named ({@link AccountAccess}) must
 * still be visible to the caller, or the answer is the 404 an unknown customer gets. Keys expire after
 * {@code ade.idempotency.key-ttl} (24 h): an expired key is treated as new, and {@link IdempotencyKeyPurge} deletes it.
 */
@ApplicationScoped
public class IdempotentCreates {

    private static final int MAX_KEY_LENGTH = 255;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentUser user;

    @Inject
    HttpServerRequest httpRequest;

    @Inject
    AccountAccess access;

    @Inject
    IdempotencyConfig config;

    private RequestFingerprint fingerprint;

    @PostConstruct
    void createFingerprint() {
        fingerprint = new RequestFingerprint(mapper);
    }

    /**
     * Runs {@code create} once per key within the current request's scope: the caller, the method and the path
     * ({@code "alice POST /api/customers/<id>/stakeholders"}), so two users' or two operations' keys never collide.
     * Without a key the call is simply executed.
     */
    @Transactional
    public Response create(String key, Object request, Supplier<Response> create) {
        return create(key, user.username() + " " + httpRequest.method().name() + " " + httpRequest.path(), request, create);
    }

    /**
     * The usual create: runs {@code create} once per key (as above) and answers 201 with the created body, its
     * Location below the request's URI and its ETag.
     */
    @Transactional
    public Response created(String key, Object request, UriInfo uri, Supplier<? extends Versioned> create) {
        return create(key, request, () -> EntityVersions.created(uri, create.get()));
    }

    private Response create(String key, String scope, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badRequest("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters", List.of());
        }
        String hash = fingerprint.of(request);
        // an expired key is forgotten here already, whether or not the purge has reached it
        em.createNativeQuery("DELETE FROM idempotency_key WHERE scope = ?1 AND key = ?2"
                        + " AND created_at < now() - ?3 * interval '1 millisecond'")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, config.keyTtl().toMillis())
                .executeUpdate();
        int claimed = em.createNativeQuery("INSERT INTO idempotency_key (scope, key, request_hash, status) "
                        + "VALUES (?1, ?2, ?3, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(scope, key, request);
        }
        Response response = create.get();
        em.createNativeQuery("UPDATE idempotency_key SET status = ?3, body = ?4, location = ?5, etag = ?6, "
                        + "customer_ids = ?7 WHERE scope = ?1 AND key = ?2")
                .setParameter(1, scope).setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, json(response.getEntity()))
                .setParameter(5, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(6, response.getEntityTag() == null ? null : response.getEntityTag().getValue())
                .setParameter(7, customerIds(access.customersChecked()))
                .executeUpdate();
        return response;
    }

    private Response replay(String scope, String key, Object request) {
        Object[] stored = (Object[]) em.createNativeQuery("SELECT request_hash, status, body, location, etag, customer_ids "
                        + "FROM idempotency_key WHERE scope = ?1 AND key = ?2")
                .setParameter(1, scope).setParameter(2, key)
                .getSingleResult();
        if (!fingerprint.matches(request, (String) stored[0])) {
            throw new RuleViolation("idempotency-key-reused",
                    "this Idempotency-Key was used before with a different request body");
        }
        requireStillVisible((String) stored[5]);
        Response.ResponseBuilder builder = Response.status((Integer) stored[1])
                .header("Idempotent-Replayed", "true");
        if (stored[2] != null) {
            builder.entity(stored[2]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (stored[3] != null) {
            builder.location(URI.create((String) stored[3]));
        }
        if (stored[4] != null) {
            builder.tag(new EntityTag((String) stored[4]));
        }
        return builder.build();
    }

    /** The same 404 an unknown customer gets, when the caller no longer sees a customer the first answer was about. */
    private void requireStillVisible(String customerIds) {
        if (customerIds == null || customerIds.isEmpty()) {
            return;
        }
        for (String id : customerIds.split(",")) {
            access.requireVisible(UUID.fromString(id));
        }
    }

    private static String customerIds(Set<UUID> customers) {
        return customers.isEmpty() ? null : customers.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    private String json(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String text ? text : mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the response", e);
        }
    }
}
