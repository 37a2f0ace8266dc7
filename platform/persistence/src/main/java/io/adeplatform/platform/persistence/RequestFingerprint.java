package io.adeplatform.platform.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a request's JSON form, to tell a retried request from a different one under the same
 * Idempotency-Key. Absent (null) fields are left out and map entries sorted, so adding an optional field to a
 * request type does not change the fingerprint of requests that do not use it.
 */
final class RequestFingerprint {

    private final ObjectMapper mapper;
    /** How fingerprints were taken before absent fields were left out, so keys stored then still replay. */
    private final ObjectMapper legacyMapper;

    RequestFingerprint(ObjectMapper applicationMapper) {
        this.legacyMapper = applicationMapper;
        this.mapper = applicationMapper.copy()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    String of(Object request) {
        return digest(mapper, request);
    }

    /** Whether a stored fingerprint is this request's, taken now or by the earlier scheme. */
    boolean matches(Object request, String stored) {
        return of(request).equals(stored) || digest(legacyMapper, request).equals(stored);
    }

    private static String digest(ObjectMapper mapper, Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
