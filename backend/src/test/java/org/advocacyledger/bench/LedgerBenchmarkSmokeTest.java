package org.advocacyledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark program at its smallest size (10,000 events), as a smoke run: it must complete, write its
 * JSON, and find every read model equal to what the event store implies. No time is asserted.
 */
class LedgerBenchmarkSmokeTest {

    @TempDir
    Path temp;

    @Test
    void smallestRunCompletesAndReadModelsEqualTheEventStore() throws Exception {
        Path out = temp.resolve("results.json");

        boolean consistent = new LedgerBenchmark().run(List.of(10_000L), out);

        assertThat(consistent).as("read models equal the event store").isTrue();
        JsonNode figures = new ObjectMapper().readTree(Files.readString(out));
        assertThat(figures.findValuesAsText("name")).contains("appends through the command gateway, 4 threads",
                "full rebuild of every read model", "read models equal the event store (differences)",
                "rebuild ceiling: scan the events, write each read document once (ceiling)",
                "raw unit of work: an event + one read document, one commit, 4 threads (ceiling)",
                "raw unit of work shaped like an action's (7 writes, one commit), 4 threads (ceiling)");
        for (JsonNode figure : figures) {
            if (figure.get("name").asText().startsWith("appends")) {
                assertThat(figure.get("eventsInStore").asLong()).isEqualTo(10_000);
            }
            if (figure.get("name").asText().equals("read documents after the rebuild")) {
                // every action alone has a record, a timeline entry and a record-type row
                assertThat(figure.get("value").asDouble()).isGreaterThan(figure.get("eventsInStore").asDouble());
            }
            if (figure.get("name").asText().equals("full rebuild of every read model")) {
                assertThat(figure.get("ratioToCeiling").asDouble()).isPositive();
            }
        }
    }
}
