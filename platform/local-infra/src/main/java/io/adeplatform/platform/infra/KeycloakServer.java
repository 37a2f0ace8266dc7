package io.adeplatform.platform.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak server from the {@code org.keycloak:keycloak-quarkus-dist} zip on Maven Central, run in dev mode
 * ({@code kc.sh start-dev}, file-based H2 database) as a child process, without Docker and without root.
 * <p>
 * Everything about a server lives in its home folder: the unpacked distribution, its data (H2 database and the
 * realm files to import), the log, the pid file and the port. So any code that knows the folder can stop it
 * ({@link #attach(Path)}), and a second start reuses the unpacked distribution and the data (about 20 s instead of
 * about 60 s for the first one).
 * <p>
 * Realms are imported with {@code --import-realm}, which skips a realm that exists already. To keep the realm
 * file the source of truth, {@link #prepare} drops the dev database when a realm file differs from the copy that
 * was imported last, so the next start imports it again (users and settings made by hand in that realm are lost).
 */
public final class KeycloakServer {

    public static final String VERSION = "26.5.6";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern REALM_NAME = Pattern.compile("\"realm\"\\s*:\\s*\"([^\"]+)\"");

    private final Path home;

    private KeycloakServer(Path home) {
        this.home = home.toAbsolutePath();
    }

    /**
     * Prepares a server in {@code home}: unpacks the distribution zip once, copies the realm files into
     * {@code data/import/}, and remembers the port (0 picks a free one). Does not start it.
     */
    public static KeycloakServer prepare(Path distributionZip, Path home, int port, Path... realmFiles) {
        KeycloakServer server = new KeycloakServer(home);
        try {
            Files.createDirectories(server.home);
            server.unpack(distributionZip);
            server.installRealms(List.of(realmFiles));
            Files.writeString(server.portFile(), Integer.toString(port == 0 ? FreePorts.next() : port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Keycloak in " + home, e);
        }
        return server;
    }

    /** A handle on a server prepared earlier, possibly by another process. */
    public static KeycloakServer attach(Path home) {
        return new KeycloakServer(home);
    }

    public Path home() {
        return home;
    }

    public int port() {
        try {
            return Integer.parseInt(Files.readString(portFile()).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak in " + home + " was not prepared", e);
        }
    }

    /** Base URL, e.g. {@code http://localhost:8180}. */
    public String url() {
        return "http://localhost:" + port();
    }

    /** The issuer of a realm's tokens, e.g. {@code http://localhost:8180/realms/ade}. */
    public String realmUrl(String realm) {
        return url() + "/realms/" + realm;
    }

    public String tokenEndpoint(String realm) {
        return realmUrl(realm) + "/protocol/openid-connect/token";
    }

    public Path logFile() {
        return home.resolve("keycloak.log");
    }

    public Path pidFile() {
        return home.resolve("keycloak.pid");
    }

    /** The process id of the launcher (kc.sh, which forwards signals to its JVM), when running. */
    public Optional<Long> pid() {
        return new PidFile(pidFile()).process().filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
    }

    /**
     * Starts the server unless it runs already and waits until every imported realm serves its OpenID
     * configuration.
     */
    public synchronized void start() {
        if (isRunning()) {
            awaitReady(START_TIMEOUT);
            return;
        }
        int port = port();
        if (FreePorts.isListening(port)) {
            throw new IllegalStateException("cannot start Keycloak: port " + port + " is in use by another process");
        }
        Path dist = distribution();
        List<String> command = List.of("bash", dist.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port,
                "--hostname=http://localhost:" + port,
                "--import-realm");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dist.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("KEYCLOAK_")
                || name.equals("JAVA_OPTS") || name.equals("JAVA_OPTS_KC_HEAP"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // a modest heap instead of kc.sh's default of 70 % of the machine's memory
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("JAVA_OPTS_APPEND", "-Xms64m -Xmx512m");
        try {
            Files.writeString(logFile(), "---- " + Instant.now() + " " + String.join(" ", command) + System.lineSeparator(),
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            Process process = builder.start();
            new PidFile(pidFile()).record(process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak in " + home, e);
        }
        awaitReady(START_TIMEOUT);
    }

    /**
     * Stops the server (SIGTERM, then SIGKILL after 30 s) and waits until its port is closed. Not synchronized on
     * purpose: it may interrupt a {@link #start()} that is still waiting for the server.
     */
    public void stop() {
        new PidFile(pidFile()).process().ifPresent(launcher -> {
            List<ProcessHandle> all = new ArrayList<>();
            all.add(launcher);
            launcher.descendants().forEach(all::add);
            launcher.destroy(); // kc.sh traps TERM and forwards it to the JVM
            Instant deadline = Instant.now().plus(STOP_TIMEOUT);
            while (all.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
                KafkaBroker.sleep(100);
            }
            all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            all.forEach(handle -> {
                try {
                    handle.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // nothing more to do
                }
            });
        });
        new PidFile(pidFile()).delete();
        if (Files.exists(portFile())) {
            Instant deadline = Instant.now().plusSeconds(10);
            while (FreePorts.isListening(port()) && Instant.now().isBefore(deadline)) {
                KafkaBroker.sleep(100);
            }
        }
    }

    public boolean isRunning() {
        return new PidFile(pidFile()).isAlive();
    }

    /** Realm names found in {@code data/import/}: the realms whose discovery document means "ready". */
    public List<String> realms() {
        Path imports = importDirectory();
        if (!Files.isDirectory(imports)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(imports)) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .map(KeycloakServer::realmName)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration timeout) {
        List<String> realms = realms();
        List<URI> probes = realms.isEmpty()
                ? List.of(URI.create(url() + "/realms/master/.well-known/openid-configuration"))
                : realms.stream().map(realm -> URI.create(realmUrl(realm) + "/.well-known/openid-configuration")).toList();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!isRunning()) {
                throw new IllegalStateException("Keycloak exited during start; see " + logFile() + "\n" + logTail(30));
            }
            if (probes.stream().allMatch(probe -> answersOk(http, probe))) {
                return;
            }
            KafkaBroker.sleep(500);
        }
        throw new IllegalStateException("Keycloak not ready after " + timeout.toSeconds() + " s; see " + logFile()
                + "\n" + logTail(30));
    }

    private static boolean answersOk(HttpClient http, URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Unpacks the zip unless this home holds that distribution already; unpacking is atomic (temp dir + move). */
    private void unpack(Path zip) throws IOException {
        if (Files.isRegularFile(distribution().resolve("bin/kc.sh"))) {
            return;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("Keycloak distribution not found: " + zip
                    + " (get it with: ./mvnw dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:" + VERSION
                    + ":zip)");
        }
        Path staging = Files.createTempDirectory(home, ".unpack-");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path unpacked = staging.resolve("keycloak-" + VERSION);
        if (!Files.isRegularFile(unpacked.resolve("bin/kc.sh"))) {
            deleteRecursively(staging);
            throw new IOException(zip + " is not the Keycloak " + VERSION + " distribution (no keycloak-" + VERSION
                    + "/bin/kc.sh)");
        }
        try (Stream<Path> scripts = Files.list(unpacked.resolve("bin"))) {
            for (Path script : scripts.filter(file -> file.toString().endsWith(".sh")).toList()) {
                Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(script));
                permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE));
                Files.setPosixFilePermissions(script, permissions);
            }
        }
        Files.move(unpacked, distribution(), StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(staging);
    }

    /**
     * Copies the realm files into {@code data/import/}. When a realm file differs from the copy imported last, the
     * dev database is dropped so that the realm is imported again (an existing realm would be skipped).
     */
    private void installRealms(List<Path> realmFiles) throws IOException {
        Path imports = importDirectory();
        Files.createDirectories(imports);
        boolean changed = false;
        for (Path realmFile : realmFiles) {
            if (!Files.isRegularFile(realmFile)) {
                throw new IllegalArgumentException("realm file not found: " + realmFile);
            }
            Path target = imports.resolve(realmFile.getFileName());
            if (Files.exists(target) && Files.mismatch(realmFile, target) != -1) {
                changed = true;
            }
            Files.copy(realmFile, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Path database = distribution().resolve("data/h2");
        if (changed && Files.exists(database)) {
            if (isRunning()) {
                throw new IllegalStateException("realm file changed while Keycloak in " + home
                        + " runs; stop it first so the realm can be imported again");
            }
            Files.writeString(logFile(), "---- " + Instant.now() + " realm file changed: dropping " + database
                            + " so the realm is imported again" + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            deleteRecursively(database);
        }
    }

    private Path distribution() {
        return home.resolve("keycloak-" + VERSION);
    }

    private Path importDirectory() {
        return distribution().resolve("data/import");
    }

    private Path portFile() {
        return home.resolve("keycloak.port");
    }

    private static String realmName(Path realmFile) {
        try (InputStream in = Files.newInputStream(realmFile)) {
            Matcher matcher = REALM_NAME.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!matcher.find()) {
                throw new IllegalArgumentException("no \"realm\" name in " + realmFile);
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
