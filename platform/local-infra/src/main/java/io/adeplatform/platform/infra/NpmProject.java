package io.adeplatform.platform.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An npm project of the repository (contracts/openapi, web/) that a Java test drives: its dependencies installed
 * from the lock file with {@code npm ci} (only when missing or older than the lock file), then its scripts and tools run
 * as processes. A fresh machine needs only Node.js and npm: everything else comes from the registry.
 */
public final class NpmProject {

    /** What a run printed and how it ended. */
    public record Run(int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    private final Path directory;

    public NpmProject(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /** {@code npm ci} when node_modules is missing or older than package-lock.json; fails loudly when it fails. */
    public NpmProject installed() {
        Path modules = directory.resolve("node_modules");
        Path lock = directory.resolve("package-lock.json");
        try {
            if (Files.isDirectory(modules)
                    && Files.getLastModifiedTime(modules).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
                return this;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Run install = run(Duration.ofMinutes(10), "npm", "ci", "--no-audit", "--no-fund");
        if (!install.succeeded()) {
            throw new IllegalStateException("npm ci in " + directory + " failed:\n" + install.output());
        }
        return this;
    }

    /** Runs {@code npx --no-install <tool> args…} (a tool of this project's node_modules). */
    public Run tool(Duration timeout, String tool, String... args) {
        List<String> command = new ArrayList<>(List.of("npx", "--no-install", tool));
        command.addAll(List.of(args));
        return run(timeout, command.toArray(String[]::new));
    }

    /** Runs a command in the project's directory, its output (stdout and stderr together) kept. */
    public Run run(Duration timeout, String... command) {
        return run(timeout, Map.of(), command);
    }

    /** {@link #run(Duration, String...)} with these variables added to the environment. */
    public Run run(Duration timeout, Map<String, String> environment, String... command) {
        try {
            Path log = Files.createTempFile("npm-run", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Run(-1, String.join(" ", command) + " did not finish within " + timeout + "\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + " in " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
