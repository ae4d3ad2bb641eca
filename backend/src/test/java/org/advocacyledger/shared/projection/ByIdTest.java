package org.advocacyledger.shared.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.mongodb.client.MongoCollection;
import org.advocacyledger.support.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ByIdTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoCollection<Document> records = mongo.database("by_id_test").getCollection("records");

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void findsEachAskedDocumentOnceAcrossChunksAndSkipsUnknownIds() {
        int stored = 3 * ById.CHUNK + 7;
        IntStream.range(0, stored).forEach(i -> records.insertOne(new Document("_id", "r" + i).append("n", i)));
        List<String> asked = new ArrayList<>();
        IntStream.range(0, stored).filter(i -> i % 2 == 0).forEach(i -> asked.add("r" + i));
        asked.add("r0"); // asked twice
        asked.add("missing");

        List<String> found = new ArrayList<>();
        ById.forEach(records, asked, d -> found.add(d.getString("_id")));

        assertThat(found).hasSize(stored / 2 + 1).doesNotHaveDuplicates().allMatch(id -> Integer.parseInt(id.substring(1)) % 2 == 0);
    }

    @Test
    void appliesTheProjection() {
        records.insertOne(new Document("_id", "a").append("name", "Advocacy").append("country", "JPN"));

        List<Document> found = new ArrayList<>();
        ById.forEach(records, List.of("a"), new Document("name", 1), found::add);

        assertThat(found).containsExactly(new Document("_id", "a").append("name", "Advocacy"));
    }
}
