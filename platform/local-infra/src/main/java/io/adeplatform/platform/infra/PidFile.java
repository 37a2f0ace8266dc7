package io.adeplatform.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The process id of a server this code started, kept in a file beside the server's data, so that another process
 * (./platform.sh) or another class loader (a test) can find, check and stop the same server.
 */
final class PidFile {

    private final Path path;

    PidFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    void record(Process process) throws IOException {
        Files.writeString(path, Long.toString(process.pid()));
    }

    /** The recorded process, if the file names one that the operating system still knows. */
    Optional<ProcessHandle> process() {
        try {
            if (!Files.exists(path)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(path).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean isAlive() {
        return process().map(ProcessHandle::isAlive).orElse(false);
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
