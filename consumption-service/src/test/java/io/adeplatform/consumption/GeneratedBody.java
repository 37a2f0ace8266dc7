package io.adeplatform.consumption;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A body of {@code prefix}, then {@code fillerBytes} times {@code filler}, then {@code suffix}: never materialised. */
final class GeneratedBody extends InputStream {

    private final byte[] prefix;
    private final byte filler;
    private final long fillerBytes;
    private final byte[] suffix;
    private long position;

    GeneratedBody(String prefix, char filler, long fillerBytes, String suffix) {
        this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        this.filler = (byte) filler;
        this.fillerBytes = fillerBytes;
        this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        long total = prefix.length + fillerBytes + suffix.length;
        if (position >= total) {
            return -1;
        }
        int n = (int) Math.min(length, total - position);
        for (int i = 0; i < n; i++) {
            long at = position + i;
            target[offset + i] = at < prefix.length ? prefix[(int) at]
                    : at < prefix.length + fillerBytes ? filler
                    : suffix[(int) (at - prefix.length - fillerBytes)];
        }
        position += n;
        return n;
    }
}
