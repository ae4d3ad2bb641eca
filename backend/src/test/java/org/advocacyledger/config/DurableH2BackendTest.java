package org.advocacyledger.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's file is compacted at a graceful stop (for a bounded time), and before it is opened
 * only when it is mostly free space, as after a crash under load (decision 20); either way nothing is lost.
 * Opening a store reads no documents.
 */
class DurableH2BackendTest {

    private static final int KEPT = 100;

    @TempDir
    Path dir;

    @Test
    void aFileLeftMostlyFreeByACrashIsCompactedBeforeItIsOpened() throws Exception {
        Path file = dir.resolve("store.mv.db");
        EmbeddedStoreFixture store = new EmbeddedStoreFixture(() -> DurableH2Backend.open(file));
        churn(store.records());
        store.crash();
        long crashed = Files.size(file);
        assertThat(crashed).isGreaterThan(DurableH2Backend.COMPACT_AT_START_ABOVE_BYTES);
        assertThat(DurableH2Backend.liveDataPercent(file)).isLessThan(DurableH2Backend.COMPACT_AT_START_BELOW_PERCENT);

        try (EmbeddedStoreFixture reopened = new EmbeddedStoreFixture(() -> DurableH2Backend.open(file))) {
            assertThat(Files.size(file)).isLessThan(crashed / 2);
            assertKept(reopened.records());
        }
    }

    @Test
    void aGracefulStopCompactsTheFileSoTheNextStartOpensItWithoutRewritingIt() throws Exception {
        Path file = dir.resolve("store.mv.db");
        long beforeStop;
        try (EmbeddedStoreFixture store = new EmbeddedStoreFixture(() -> DurableH2Backend.open(file))) {
            churn(store.records());
            beforeStop = store.backend.getMvStore().getFileStore().size();
        }
        assertThat(Files.size(file)).isLessThan(beforeStop / 10).isLessThan(DurableH2Backend.COMPACT_AT_START_ABOVE_BYTES);

        var modified = Files.getLastModifiedTime(file);
        try (EmbeddedStoreFixture reopened = new EmbeddedStoreFixture(() -> DurableH2Backend.open(file))) {
            assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
            assertKept(reopened.records());
        }
    }

    @Test
    void openingTheStoreReadsNoDocumentOfACollectionWithASecondaryIndex() {
        Path file = dir.resolve("store.mv.db");
        try (EmbeddedStoreFixture store = new EmbeddedStoreFixture(() -> DurableH2Backend.open(file))) {
            store.records().createIndex(Indexes.ascending("group"));
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                documents.add(new Document("_id", i).append("group", i % 10).append("text", "y".repeat(500)));
            }
            store.records().insertMany(documents);
        }
        try (EmbeddedStoreFixture reopened = new EmbeddedStoreFixture(() -> DurableH2Backend.open(file))) {
            // 52 page reads measured; reading the 20,000 documents of 500 bytes took 3,729
            assertThat(reopened.backend.getMvStore().getFileStore().getReadCount()).isLessThan(1_000);
            assertThat(reopened.records().listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                    .contains("_id_", "group_1");
            assertThat(reopened.records().countDocuments(Filters.eq("group", 3))).isEqualTo(2_000);
        }
    }

    @Test
    void pagesHoldAtMostSixteenEntriesSoACommitRewritesLittle() {
        Path file = dir.resolve("store.mv.db");
        try (EmbeddedStoreFixture store = new EmbeddedStoreFixture(() -> DurableH2Backend.open(file))) {
            for (int i = 0; i < 3_000; i++) {
                store.records().insertOne(new Document("_id", java.util.UUID.randomUUID().toString()).append("n", i));
            }
            var mvStore = store.backend.getMvStore();
            List<Integer> largest = new ArrayList<>();
            for (String name : mvStore.getMapNames()) {
                if (name.contains("records") && !name.startsWith("meta.")) {
                    largest.add(largestPage(mvStore.openMap(name).getRootPage()));
                }
            }
            assertThat(largest).as("the collection and its _id index").hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(keys -> assertThat(keys).isLessThanOrEqualTo(16));
            assertThat(store.records().countDocuments()).isEqualTo(3_000);
        }
    }

    /**
     * A query the store answers in one go (sorted, counted, aggregated, limited) reads a collection as it stood
     * when it began. H2 frees a chunk once no version in use needs it, and only registered versions count as in
     * use: while such a query read 700,000 documents right after a rebuild, the background compaction moved the
     * pages it had still to read and freed their chunks ("Chunk 4189 not found"). Every command now runs with its
     * version registered ({@link DurableH2Backend#reading}). Here a read is stopped halfway while the file is
     * compacted until the chunks it started on are gone; it then reads on. The same read unregistered fails,
     * which is what the registration is for.
     */
    @Test
    void aReadKeepsTheChunksItStartedOnWhileTheFileIsCompactedUnderIt() {
        DurableH2Backend backend = DurableH2Backend.open(dir.resolve("store.mv.db"));
        try {
            var store = backend.getMvStore();
            store.setRetentionTime(0); // a freed chunk may be reused at once (H2 waits 45 s by default)
            store.setCacheSize(1); // so that the rest of the read comes from the file
            org.h2.mvstore.MVMap<Integer, String> records = store.openMap("records");

            assertThat(readHalfThenCompact(backend, records, false)).isEqualTo(20_000);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> readHalfThenCompact(backend, records, true))
                    .isInstanceOf(org.h2.mvstore.MVStoreException.class).hasMessageContaining("not found");
        } finally {
            backend.close();
        }
    }

    /**
     * Fills {@code records} (and as much again in another map, then removes that, so that every chunk is mostly
     * free), reads half of it, compacts the file until nothing is left to move, and reads the rest: how many read.
     */
    private static int readHalfThenCompact(DurableH2Backend backend, org.h2.mvstore.MVMap<Integer, String> records,
                                           boolean unregistered) {
        var store = backend.getMvStore();
        org.h2.mvstore.MVMap<Integer, String> other = store.openMap("other");
        records.clear();
        for (int batch = 0; batch < 40; batch++) {
            for (int i = 0; i < 500; i++) {
                records.put(batch * 500 + i, "y".repeat(400));
                other.put(batch * 500 + i, "z".repeat(3_000));
            }
            store.commit();
        }
        other.clear();
        store.commit();
        Supplier<Integer> read = () -> {
            java.util.Iterator<Integer> keys = records.keyIterator(null);
            int count = 0;
            while (keys.hasNext()) {
                keys.next();
                if (++count == 10_000) {
                    for (int round = 0; round < 50; round++) {
                        store.compact(100, 16 << 20);
                        other.put(round, "a new version");
                        store.commit();
                    }
                }
            }
            return count;
        };
        return unregistered ? read.get() : backend.reading(read);
    }

    /** The most keys a page of this tree holds (an inner page has one child more than keys). */
    private static int largestPage(org.h2.mvstore.Page<?, ?> page) {
        int largest = page.getKeyCount();
        if (!page.isLeaf()) {
            for (int i = 0; i <= page.getKeyCount(); i++) {
                largest = Math.max(largest, largestPage(page.getChildPage(i)));
            }
        }
        return largest;
    }

    /** Many commits (each write is committed on its own), then most documents removed. */
    private static void churn(MongoCollection<Document> records) {
        String text = "x".repeat(2_000);
        for (int i = 0; i < 4_000; i++) {
            records.insertOne(new Document("_id", i).append("text", text + i));
        }
        records.deleteMany(Filters.gte("_id", KEPT));
    }

    private static void assertKept(MongoCollection<Document> records) {
        assertThat(records.countDocuments()).isEqualTo(KEPT);
        for (int i = 0; i < KEPT; i++) {
            Document kept = records.find(Filters.eq("_id", i)).first();
            assertThat(kept).isNotNull();
            assertThat(kept.getString("text")).isEqualTo("x".repeat(2_000) + i);
        }
    }
}
