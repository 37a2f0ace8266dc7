package io.adeplatform.platform.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFingerprintTest {

    record CreateV1(String name, String segment) {
    }

    /** The same request type after an optional field was added. */
    record CreateV2(String name, String segment, String region) {
    }

    private final RequestFingerprint fingerprint = new RequestFingerprint(new ObjectMapper());

    @Test
    void addingAnOptionalFieldKeepsTheFingerprintOfRequestsThatDoNotUseIt() {
        assertThat(fingerprint.of(new CreateV2("Acme", "city", null)))
                .isEqualTo(fingerprint.of(new CreateV1("Acme", "city")));
    }

    @Test
    void differentValuesGiveDifferentFingerprints() {
        assertThat(fingerprint.of(new CreateV2("Acme", "city", "west")))
                .isNotEqualTo(fingerprint.of(new CreateV1("Acme", "city")));
        assertThat(fingerprint.of(new CreateV1("Acme", "state")))
                .isNotEqualTo(fingerprint.of(new CreateV1("Acme", "city")))
                .hasSize(64);
    }

    @Test
    void mapEntryOrderDoesNotMatter() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertThat(fingerprint.of(ab)).isEqualTo(fingerprint.of(ba));
    }

    @Test
    void fingerprintsStoredByTheEarlierSchemeStillMatch() throws Exception {
        CreateV2 request = new CreateV2("Acme", "city", null);
        // before absent fields were left out, the digest covered the JSON with its nulls
        String earlier = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(new ObjectMapper().writeValueAsString(request).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(fingerprint.of(request)).isNotEqualTo(earlier);
        assertThat(fingerprint.matches(request, earlier)).isTrue();
        assertThat(fingerprint.matches(request, fingerprint.of(request))).isTrue();
        assertThat(fingerprint.matches(new CreateV2("Acme", "state", null), earlier)).isFalse();
    }
}
