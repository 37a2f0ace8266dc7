import io.adeplatform.platform.infra.KafkaBroker;
import io.adeplatform.platform.infra.PostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL and Kafka for deploy/images/check-images.sh, from platform/local-infra (real servers, no Docker):
 * a throw-away PostgreSQL with the given databases and a single-node Kafka broker in the given folder. Writes the
 * variables the images read (ADE_DB_URL_<DATABASE>, ADE_KAFKA_BOOTSTRAP) to env-file, then runs until SIGTERM,
 * when it stops both.
 *
 *   java -cp <local-infra classpath> ImageCheckInfra.java <folder> <env-file> <database>...
 */
public final class ImageCheckInfra {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path envFile = Path.of(args[1]);
        PostgresServer postgres = PostgresServer.startEphemeral();
        KafkaBroker kafka = KafkaBroker.prepare(folder.resolve("kafka"), 0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres, kafka)));
        kafka.start();

        List<String> lines = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            postgres.ensureDatabase(args[i]);
            // the image reaches the host's loopback: the check shares the host's network
            lines.add("ADE_DB_URL_" + args[i].toUpperCase() + "=" + postgres.jdbcUrl(args[i]).replace("localhost", "127.0.0.1"));
        }
        lines.add("ADE_KAFKA_BOOTSTRAP=" + kafka.bootstrapServers());
        Path partial = envFile.resolveSibling(envFile.getFileName() + ".part");
        Files.write(partial, lines);
        Files.move(partial, envFile);
        Thread.currentThread().join();
    }

    private static void stop(PostgresServer postgres, KafkaBroker kafka) {
        try {
            kafka.stop();
        } finally {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("stopping PostgreSQL: " + e);
            }
        }
    }
}
