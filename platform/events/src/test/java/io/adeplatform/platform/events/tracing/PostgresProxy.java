package io.adeplatform.platform.events.tracing;

import io.adeplatform.platform.testing.PlatformTestResource;
import io.adeplatform.platform.testing.SharedInfrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test database behind a TCP proxy the test can cut: while cut, every open connection is reset and new ones are
 * refused, as when the PostgreSQL server is down or unreachable; restored, it connects again. (The server itself
 * cannot be restarted from a test here: PostgreSQL refuses to start as root, and only the zonky launcher gets past
 * that.) The switch is a file named by a system property (the resource and the test may live in different class
 * loaders): while it exists the database is cut off; a watcher notices within 50 ms.
 */
public class PostgresProxy extends PlatformTestResource {

    static final String SWITCH = "ade.test.postgres-proxy.cut-file";

    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean up = true;
    private ServerSocket server;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        int target = SharedInfrastructure.postgresPort();
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> accept(target), "postgres-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
        Path cut;
        try {
            cut = Files.createTempFile("postgres-proxy", ".cut");
            Files.delete(cut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty(SWITCH, cut.toString());
        Thread watcher = new Thread(() -> watch(cut), "postgres-proxy-switch");
        watcher.setDaemon(true);
        watcher.start();
        config.put("quarkus.datasource.jdbc.url", config.get("quarkus.datasource.jdbc.url")
                .replace("localhost:" + target + "/", "localhost:" + server.getLocalPort() + "/"));
        return config;
    }

    /** Called by the test: cuts the database off, or lets it be reached again. */
    static void databaseReachable(boolean reachable) throws IOException {
        Path cut = Path.of(System.getProperty(SWITCH));
        if (reachable) {
            Files.deleteIfExists(cut);
        } else {
            Files.writeString(cut, "cut");
        }
    }

    private void watch(Path cut) {
        while (!server.isClosed()) {
            boolean reachable = !Files.exists(cut);
            if (reachable != up) {
                set(reachable);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void set(boolean reachable) {
        up = reachable;
        if (!reachable) {
            open.forEach(PostgresProxy::closeQuietly);
            open.clear();
        }
    }

    private void accept(int target) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (!up) {
                    client.setSoLinger(true, 0);   // a reset, as from a closed port
                    client.close();
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // a connection failed or the proxy is closing: the next accept decides
            }
        }
    }

    private void pump(Socket from, Socket to) throws IOException {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        Thread pump = new Thread(() -> {
            try {
                in.transferTo(out);
            } catch (IOException e) {
                // cut
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "postgres-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        set(false);
    }
}
