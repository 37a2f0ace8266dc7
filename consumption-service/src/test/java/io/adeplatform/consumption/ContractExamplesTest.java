package io.adeplatform.consumption;

import io.adeplatform.platform.testing.EventContracts;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContractExamplesTest {

    @Test
    void examplesConformToTheirSchemas() throws Exception {
        for (String type : List.of("usage.ingested", "usage.anomaly-detected", "commitment.at-risk")) {
            String file = type.replace('.', '-') + ".v1.example.json";
            String example = Files.readString(EventContracts.contractsDirectory().resolve("events/consumption/" + file));
            assertThat(EventContracts.violations("io.adeplatform.consumption." + type + ".v1", example)).as(file).isEmpty();
            assertThat(EventContracts.violations("io.adeplatform.consumption." + type + ".v1", "{\"customerId\": 1}")).isNotEmpty();
        }
    }
}
