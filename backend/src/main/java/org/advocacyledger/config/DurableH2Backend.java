package org.advocacyledger.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend, made durable per write: H2's MVStore commits on its own about once
 * a second, so a write the driver saw acknowledged could vanish on {@code kill -9}. Here every write
 * command is committed before it is acknowledged, or, for the writes of a unit of work, once at its end.
 * Concurrent writers share one commit (group commit):
 * a writer whose change is already covered by a commit that started after it does not commit again.
 * The commit writes to the operating system (it survives the process being killed); it does not fsync
 * on each write, so a power loss can still lose the last second.
 */
public final class DurableH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "drop", "dropdatabase",
            "dropindexes", "renamecollection", "create", "bulkwrite");

    private final Object commitLock = new Object();
    private long committedThrough = -1;

    /** At a graceful stop, how long H2 may spend compacting the file (its own online compaction). */
    static final int COMPACTION_AT_CLOSE_MILLIS = 5_000;

    /** Below this share of live data in the file (percent), a large file is compacted before it is opened. */
    static final int COMPACT_AT_START_BELOW_PERCENT = 50;

    /**
     * At most this many entries per B-tree page (H2's default is 48). Every commit rewrites each page it changed
     * whole, documents re-encoded and keys re-written, and every unit of work changes a few pages at random
     * places (ids are random): smaller pages make a commit write less. Measured at 60,000 events (decision 21):
     * appends 730 to 899 events/s, a rebuild 3,095 to 5,239 events/s; 8 entries gave no more. Not part of the
     * file format: pages written with another limit are read as they are and split when next changed.
     */
    static final int KEYS_PER_PAGE = 16;

    /** A file smaller than this is opened as it is (compacting it would gain little). */
    static final long COMPACT_AT_START_ABOVE_BYTES = 64L << 20;

    private DurableH2Backend(MVStore store) {
        super(store);
    }

    /**
     * Opens the file. A file grows with every commit and H2 compacts it in the background when the store is
     * idle, and at each graceful stop for up to {@value #COMPACTION_AT_CLOSE_MILLIS} ms. A large file that is
     * still mostly free space (over 64 MB with less than {@value #COMPACT_AT_START_BELOW_PERCENT}% live data,
     * e.g. after a rebuild, a bulk import, or the process killed under a heavy load) is compacted by rewriting
     * it before it is opened, which takes time in proportion to the live data (decision 20).
     */
    public static DurableH2Backend open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file) && Files.size(file) > COMPACT_AT_START_ABOVE_BYTES) {
                int live = liveDataPercent(file);
                if (live < COMPACT_AT_START_BELOW_PERCENT) {
                    long before = Files.size(file);
                    long started = System.nanoTime();
                    MVStoreTool.compact(file.toString(), true);
                    log.info("Compacted the embedded store {} ({}% live data) from {} to {} bytes in {} ms", file, live,
                            before, Files.size(file), (System.nanoTime() - started) / 1_000_000);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot prepare the embedded store at " + file + ": " + e.getMessage(), e);
        }
        long started = System.nanoTime();
        DurableH2Backend backend = new DurableH2Backend(new MVStore.Builder().fileName(file.toString())
                .keysPerPage(KEYS_PER_PAGE).open());
        log.info("Opened the embedded store {} ({} bytes) in {} ms", file, backend.getMvStore().getFileStore().size(),
                (System.nanoTime() - started) / 1_000_000);
        return backend;
    }

    /** The share of the file (percent) taken by live data: used chunks times their own fill rate. */
    static int liveDataPercent(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            var fileStore = store.getFileStore();
            return fileStore.getFillRate() * fileStore.getChunksFillRate() / 100;
        } finally {
            store.closeImmediately();
        }
    }

    /**
     * Compacts the file for up to {@value #COMPACTION_AT_CLOSE_MILLIS} ms, then closes it. The compaction is only a
     * saving of space (every unit of work was committed when it ended): if it fails, the store is closed without it,
     * as after a crash, which H2 recovers from at the next start. (Seen once in CI: an assertion inside H2's chunk
     * moving, which only runs with assertions enabled, as in the tests, ended a test's stop.)
     */
    @Override
    public void close() {
        MVStore store = getMvStore();
        if (!store.isClosed()) {
            long before = store.getFileStore().size();
            long started = System.nanoTime();
            try {
                store.close(COMPACTION_AT_CLOSE_MILLIS);
            } catch (org.h2.mvstore.MVStoreException e) {
                log.warn("Compacting the embedded store at close failed; closing it without compaction", e);
                store.closeImmediately();
            }
            log.info("Closed the embedded store: {} bytes before, compaction and closing took {} ms", before,
                    (System.nanoTime() - started) / 1_000_000);
        }
        super.close();
    }

    /**
     * mongo-java-server's H2 database, with its unique indexes ordered by {@link KeyOrderedH2Index.KeyOrder},
     * its documents stored as BSON ({@link BsonDocumentType}) and its scans streamed
     * ({@link StreamingH2Collection}); map names as mongo-java-server gives them.
     */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new KeyOrderedDatabase(databaseName);
    }

    /**
     * Inner (not static): mongo-java-server opens the indexes from the database's constructor, and from the
     * backend's, before either has finished; the outer backend's store is set by then.
     */
    private final class KeyOrderedDatabase extends H2Database {

        KeyOrderedDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String name = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap("databases." + name,
                    new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
            MVMap<String, Object> meta = getMvStore().openMap("meta." + name);
            return new StreamingH2Collection(this, collectionName, options, data, meta, getCursorRegistry());
        }

        /**
         * mongo-java-server keeps no secondary index: it answers with an empty stand-in, and because that stand-in
         * says it is empty, the collection "fills" it by reading every document twice, at every start (19 s for
         * the 1,000,000 events of the event store, whose Axon index on timestamp is such an index). The same
         * stand-in, saying it holds what it should (nothing to fill), changes nothing else.
         */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            return new EmptyIndex<>(indexName, keys) {
                @Override
                public boolean isEmpty() {
                    return false;
                }
            };
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            return KeyOrderedH2Index.open(getMvStore(), getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                    indexName, keys, sparse);
        }
    }

    /**
     * Commits each write before acknowledging it, except writes sent with write concern {@code j: false}:
     * those belong to a unit of work that ends with an {@code fsync} command, which commits them all at
     * once (see {@link StoreDurability}).
     */
    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return reading(() -> {
            if ("fsync".equalsIgnoreCase(command)) {
                commitThrough(getMvStore().getCurrentVersion());
                return new Document("ok", 1.0);
            }
            Document result = super.handleCommand(channel, databaseName, command, query);
            if (WRITE_COMMANDS.contains(command.toLowerCase()) && !deferred(query)) {
                commitThrough(getMvStore().getCurrentVersion());
            }
            return result;
        });
    }

    /**
     * Runs {@code command} with the store's current version registered as in use, so that H2 keeps every chunk
     * that version reads until it is done. A query the store answers in one go (sorted, counted, aggregated,
     * limited) reads the collection as it stood when it began; without the registration H2 may free a chunk
     * under it once its background compaction has moved the pages elsewhere, and the query fails with "Chunk ...
     * not found" (seen on a 700,000-document collection right after a rebuild). Streamed scans read the map
     * as it is at each step ({@link StreamingH2Collection}), one command at a time.
     */
    <T> T reading(Supplier<T> command) {
        MVStore.TxCounter version = getMvStore().registerVersionUsage();
        try {
            return command.get();
        } finally {
            getMvStore().deregisterVersionUsage(version);
        }
    }

    private static boolean deferred(Document query) {
        return query.get("writeConcern") instanceof Document concern && Boolean.FALSE.equals(concern.get("j"));
    }

    private void commitThrough(long version) {
        synchronized (commitLock) {
            if (committedThrough >= version) {
                return;
            }
            long covering = getMvStore().getCurrentVersion();
            getMvStore().commit();
            committedThrough = covering;
        }
    }
}
