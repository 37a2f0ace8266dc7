package io.adeplatform.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service or the gateway, run from its packaged jar ({@code <module>/target/quarkus-app/quarkus-run.jar}) as a
 * separate process configured only through environment variables, exactly as in production. It can be killed
 * ({@code kill -9}) and started again on the same port with the same environment; its log is appended to.
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The module (folder) name, e.g. {@code billing-service}; {@link #name} tells replicas apart. */
    public final String module;
    public final String name;
    public final int port;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private volatile Process process;

    private ServiceProcess(String module, String name, int port, List<String> command, Map<String, String> environment,
                           Path log) {
        this.module = module;
        this.name = name;
        this.port = port;
        this.command = command;
        this.environment = environment;
        this.log = log;
    }

    /** Starts the module's jar on this port (0 picks a free one); logs go to {@code <logs>/<name>.log}. */
    public static ServiceProcess start(Path repository, Path logs, String module, String name, int port,
                                       Map<String, String> environment) {
        Path jar = repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the modules first (./mvnw -B package -DskipTests)");
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString());
        ServiceProcess service = new ServiceProcess(module, name, port == 0 ? FreePorts.next() : port, command,
                Map.copyOf(environment), logs.resolve(name + ".log"));
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        service.launch();
        return service;
    }

    public static ServiceProcess start(Path repository, Path logs, String module, int port, Map<String, String> environment) {
        return start(repository, logs, module, module, port, environment);
    }

    private synchronized void launch() {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** One readiness probe: true when {@code /q/health/ready} answers 200 within two seconds. */
    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start; see " + log);
            }
            if (isReady()) {
                return;
            }
            KafkaBroker.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop; waits until the process is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the stopped or killed process again on the same port with the same environment. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " still runs; kill or stop it first");
        }
        launch();
    }

    /** Asks the process to stop (SIGTERM); {@link #awaitStopped()} waits for it. Split so all stop at once. */
    public void requestStop() {
        process.destroy();
    }

    public void awaitStopped() {
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
