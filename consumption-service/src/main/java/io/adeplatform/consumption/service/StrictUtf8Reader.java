package io.adeplatform.consumption.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text from a byte stream, refusing bytes that are not UTF-8 instead of replacing them (a Latin-1 file must not
 * be stored as new rows full of U+FFFD). Unlike {@link java.io.InputStreamReader}, it first hands out every character
 * decoded before the bad bytes and only then throws, so the reader of the text knows on which line they are.
 */
final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    /** Bytes read but not decoded yet, in read mode. */
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CoderResult malformed;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            if (malformed != null) {
                throw new MalformedInputException(malformed.length());
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            int decoded = out.position() - offset;
            if (result.isError()) {
                malformed = result;
                if (decoded > 0) {
                    return decoded; // the good text before the bad bytes first
                }
                continue;
            }
            if (result.isOverflow() || decoded > 0) {
                return decoded;
            }
            if (endOfInput) {
                flushed = true;
                decoder.flush(out); // UTF-8 keeps no state: nothing to add
                return out.position() > offset ? out.position() - offset : -1;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
