package io.adeplatform.relationship.domain.statuspack;

import io.adeplatform.platform.core.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The bytes of a rendered status pack, as sent: a PDF (it begins with the {@code %PDF-} header) of at most 10 MB,
 * with its SHA-256 computed here, so what is kept is checked against what was received.
 */
public final class PdfDocument {

    /** The largest pack kept: 10 MB (10 485 760 bytes). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final byte[] bytes;
    private final String sha256;

    private PdfDocument(byte[] bytes) {
        this.bytes = bytes;
        this.sha256 = HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The document, when these bytes are a PDF of at most {@link #MAX_BYTES}; a 400 naming the body otherwise. */
    public static PdfDocument of(byte[] bytes) {
        if (bytes == null || bytes.length < MAGIC.length
                || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw InvalidInput.field("body", "must be a PDF document (beginning with %PDF-)");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInput.field("body", "must be at most " + MAX_BYTES + " bytes");
        }
        return new PdfDocument(bytes);
    }

    public byte[] bytes() {
        return bytes;
    }

    public int size() {
        return bytes.length;
    }

    /** Lower-case hex of the SHA-256 of the bytes. */
    public String sha256() {
        return sha256;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
