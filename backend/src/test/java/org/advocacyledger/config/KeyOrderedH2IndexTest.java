package org.advocacyledger.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's unique indexes order their keys exactly as mongo-java-server's own H2 indexes do:
 * the comparison agrees with H2's on random keys, and a file written by either backend is read by the
 * other (every document found by its {@code _id} and by a unique field, duplicates still refused).
 */
class KeyOrderedH2IndexTest {

    @TempDir
    Path dir;

    @Test
    void comparesKeysExactlyAsH2DoesByTheirSerialization() {
        Random random = new Random(7);
        ObjectDataType h2 = new ObjectDataType();
        KeyOrderedH2Index.KeyOrder ours = new KeyOrderedH2Index.KeyOrder();
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            keys.add(randomKey(random));
        }
        for (KeyValue a : keys) {
            for (int j = 0; j < 40; j++) {
                KeyValue b = keys.get(random.nextInt(keys.size()));
                assertThat(Integer.signum(ours.compare(a, b))).as(a + " vs " + b).isEqualTo(Integer.signum(h2.compare(a, b)));
                // a fresh but equal key (not remembered yet) compares the same
                KeyValue copy = new KeyValue(a.iterator().next());
                assertThat(Integer.signum(ours.compare(copy, b))).isEqualTo(Integer.signum(h2.compare(copy, b)));
            }
        }
    }

    @Test
    void writesKeysWithExactlyTheBytesH2WritesAndReadsThemBack() {
        Random random = new Random(11);
        ObjectDataType h2 = new ObjectDataType();
        KeyOrderedH2Index.KeyOrder ours = new KeyOrderedH2Index.KeyOrder();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            values.add(randomKey(random));
        }
        values.add("a plain string");
        values.add(42L);
        for (Object value : values) {
            if (value instanceof KeyValue key && random.nextBoolean()) {
                ours.compare(key, values.get(0)); // remembered already, or not yet: the same bytes either way
            }
            WriteBuffer theirs = new WriteBuffer();
            h2.write(theirs, value);
            WriteBuffer mine = new WriteBuffer();
            ours.write(mine, value);
            byte[] written = bytes(mine);
            assertThat(written).as(String.valueOf(value)).isEqualTo(bytes(theirs));
            ByteBuffer twice = ByteBuffer.allocate(2 * written.length).put(written).put(written).flip();
            assertThat(ours.read(twice)).isEqualTo(value);
            assertThat(twice.position()).as("read exactly its own bytes").isEqualTo(written.length);
            assertThat(ours.read(twice)).isEqualTo(value);
            assertThat(twice.hasRemaining()).isFalse();
            if (value instanceof KeyValue) {
                assertThat(ours.getMemory(value)).as("H2's estimate: twice the serialized bytes")
                        .isEqualTo(2 * ObjectDataType.serialize(value).length);
            }
        }
    }

    private static byte[] bytes(WriteBuffer buffer) {
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);
        return bytes;
    }

    @Test
    void aFileWrittenByEitherBackendIsReadByTheOther() throws Exception {
        Path file = dir.resolve("store.mv.db");
        List<String> ids = new ArrayList<>();
        List<ObjectId> objectIds = new ArrayList<>();

        try (EmbeddedStoreFixture store = new EmbeddedStoreFixture(() -> new H2Backend(file.toString()))) {
            write(store, ids, objectIds, 1_500);
        }
        try (EmbeddedStoreFixture store = new EmbeddedStoreFixture(() -> DurableH2Backend.open(file))) {
            readEverything(store, ids, objectIds);
            write(store, ids, objectIds, 1_500);
            readEverything(store, ids, objectIds);
        }
        // reopened: the documents written as BSON read back
        try (EmbeddedStoreFixture store = new EmbeddedStoreFixture(() -> DurableH2Backend.open(file))) {
            readEverything(store, ids, objectIds);
        }
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void documentsOfEveryBsonTypeReadBackTheSameAfterARestart() throws Exception {
        Path file = dir.resolve("types.mv.db");
        Document original = new Document("_id", "all-types")
                .append("string", "記録 — record").append("int", 42).append("long", 1L << 40).append("double", -0.5)
                .append("decimal", org.bson.types.Decimal128.parse("12.3400")).append("true", true).append("false", false)
                .append("null", null).append("date", new java.util.Date(1_700_000_000_123L)).append("objectId", new ObjectId())
                .append("binary", new org.bson.types.Binary(new byte[] {0, 1, 2, (byte) 255}))
                .append("uuid", new org.bson.types.Binary(org.bson.BsonBinarySubType.UUID_STANDARD, new byte[16]))
                .append("nested", new Document("list", List.of(1, "two", new Document("three", 3.0), List.of())).append("empty", new Document()))
                .append("timestamp", new org.bson.BsonTimestamp(1_700_000_000, 7));
        Document stored;
        try (EmbeddedStoreFixture store = new EmbeddedStoreFixture(() -> new H2Backend(file.toString()))) {
            // written the old way (Java serialization), then updated through the new one
            store.records().insertOne(original);
        }
        try (EmbeddedStoreFixture store = new EmbeddedStoreFixture(() -> DurableH2Backend.open(file))) {
            stored = store.records().find(Filters.eq("_id", "all-types")).first();
            assertThat(stored).isNotNull();
            store.records().updateOne(Filters.eq("_id", "all-types"), com.mongodb.client.model.Updates.set("updated", true));
            store.records().insertOne(new Document(original).append("_id", "all-types-new"));
        }
        try (EmbeddedStoreFixture store = new EmbeddedStoreFixture(() -> DurableH2Backend.open(file))) {
            Document updated = store.records().find(Filters.eq("_id", "all-types")).first();
            Document inserted = store.records().find(Filters.eq("_id", "all-types-new")).first();
            assertThat(updated).isEqualTo(new Document(stored).append("updated", true));
            assertThat(inserted).isEqualTo(new Document(stored).append("_id", "all-types-new"));
            assertThat(inserted.keySet()).containsExactlyElementsOf(stored.keySet());
        }
    }

    @Test
    void aValueBsonCannotHoldIsWrittenTheOldWay() {
        BsonDocumentType type = new BsonDocumentType();
        de.bwaldvogel.mongo.bson.Document bson = new de.bwaldvogel.mongo.bson.Document("_id", "a").append("n", 1);
        de.bwaldvogel.mongo.bson.Document odd = new de.bwaldvogel.mongo.bson.Document("_id", "b")
                .append("javaDate", new java.util.Date(5)); // not a BSON value of mongo-java-server's encoder
        for (de.bwaldvogel.mongo.bson.Document document : List.of(bson, odd)) {
            org.h2.mvstore.WriteBuffer buffer = new org.h2.mvstore.WriteBuffer();
            type.write(buffer, document);
            java.nio.ByteBuffer written = buffer.getBuffer();
            written.flip();
            assertThat(written.get(0) == BsonDocumentType.BSON_DOCUMENT).isEqualTo(document == bson);
            assertThat(type.read(written)).isEqualTo(document);
            assertThat(written.remaining()).isZero();
        }
    }

    private static void write(EmbeddedStoreFixture store, List<String> ids, List<ObjectId> objectIds, int count) {
        MongoCollection<Document> records = store.records();
        records.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
        MongoCollection<Document> events = store.events();
        List<String> written = new ArrayList<>();
        for (int i = ids.size(); i < ids.size() + count; i++) {
            // ids of different lengths and alphabets, as record ids and keys are
            String id = i % 3 == 0 ? UUID.randomUUID().toString() : i % 3 == 1 ? "c" + i + "/" + (i % 64) : "記録-" + i;
            records.insertOne(new Document("_id", id).append("code", "code-" + id).append("n", i));
            written.add(id);
            ObjectId objectId = new ObjectId();
            events.insertOne(new Document("_id", objectId).append("n", i));
            objectIds.add(objectId);
        }
        ids.addAll(written);
    }

    private static void readEverything(EmbeddedStoreFixture store, List<String> ids, List<ObjectId> objectIds) {
        MongoCollection<Document> records = store.records();
        for (String id : ids) {
            assertThat(records.find(Filters.eq("_id", id)).first()).as(id).isNotNull();
            assertThat(records.find(Filters.eq("code", "code-" + id)).first()).as(id).isNotNull();
        }
        for (ObjectId id : objectIds) {
            assertThat(store.events().find(Filters.eq("_id", id)).first()).as(id.toHexString()).isNotNull();
        }
        String taken = ids.get(ids.size() / 2);
        assertThatThrownBy(() -> records.insertOne(new Document("_id", taken))).isInstanceOf(MongoWriteException.class);
        assertThatThrownBy(() -> records.insertOne(new Document("_id", "new-" + UUID.randomUUID()).append("code", "code-" + taken)))
                .isInstanceOf(MongoWriteException.class);
        assertThat(records.countDocuments()).isEqualTo(ids.size());
    }

    private static KeyValue randomKey(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> new KeyValue(UUID.randomUUID().toString());
            case 1 -> new KeyValue("c" + random.nextInt(100_000));
            case 2 -> new KeyValue((long) random.nextInt(1_000_000) - 500_000);
            case 3 -> new KeyValue(random.nextInt(1000));
            case 4 -> new KeyValue(randomText(random));
            case 5 -> new KeyValue("c" + random.nextInt(100) + "/" + random.nextInt(64)); // a campaign-index bucket
            case 6 -> new KeyValue(UUID.randomUUID().toString(), (long) random.nextInt(50)); // Axon's aggregate and sequence
            case 7 -> new KeyValue(List.of("", "Ljava/util/List;", "\u0000", "a\u0000").get(random.nextInt(4)));
            default -> new KeyValue(new de.bwaldvogel.mongo.bson.ObjectId());
        };
    }

    /** Short strings over ASCII, Latin, CJK, the NUL character and surrogate pairs (1, 2 and 3 bytes in modified UTF-8). */
    private static String randomText(Random random) {
        String alphabet = "ab\u0000\u007f\u0080\u00e9\u07ff\u0800\u6771\uac00\ud83d\ude00\uffff";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** A server over a backend with a driver client to it. */
}
