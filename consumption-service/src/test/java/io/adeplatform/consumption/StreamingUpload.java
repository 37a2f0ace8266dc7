package io.adeplatform.consumption;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * POSTs a body streamed from an InputStream (chunked, over a plain socket) and reads the answer while the body is
 * still being sent: a server that refuses early answers at once, whatever is left of the body. HTTP clients that
 * first send the whole body (or buffer it) cannot show that.
 */
final class StreamingUpload {

    record Answer(int status, Map<String, String> headers, String body, Duration took, long bytesSent) {
    }

    private StreamingUpload() {
    }

    static Answer post(URL url, String authorization, String contentType, InputStream body, Duration timeout)
            throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + url.getPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nAuthorization: " + authorization + "\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            long[] sent = {0};
            Thread writer = new Thread(() -> send(body, out, sent), "streaming-upload");
            writer.setDaemon(true);
            writer.start();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String statusLine = line(in);
            Map<String, String> headers = new HashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
            String text = new String(body(in, headers), StandardCharsets.UTF_8);
            long bytesSent;
            synchronized (sent) {
                bytesSent = sent[0];
            }
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, text,
                    Duration.ofNanos(System.nanoTime() - start), bytesSent);
        }
    }

    /** Writes the body in chunks until it ends or the socket is closed under it. */
    private static void send(InputStream body, OutputStream out, long[] sent) {
        byte[] buffer = new byte[1 << 16];
        try {
            for (int n = body.read(buffer); n > 0; n = body.read(buffer)) {
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(buffer, 0, n);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                synchronized (sent) {
                    sent[0] += n;
                }
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException closed) {
            // the answer came and the socket was closed: the rest of the body is not wanted
        }
    }

    private static byte[] body(InputStream in, Map<String, String> headers) throws IOException {
        if (headers.containsKey("content-length")) {
            return in.readNBytes(Integer.parseInt(headers.get("content-length")));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
