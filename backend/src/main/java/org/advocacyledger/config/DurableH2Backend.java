package org.advocacyledger.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
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

    private DurableH2Backend(String file) {
        super(file);
    }

    /** Compacts the file (it grows with every commit), then opens it. */
    public static DurableH2Backend open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file)) {
                long before = Files.size(file);
                long started = System.nanoTime();
                MVStoreTool.compact(file.toString(), true);
                log.info("Compacted the embedded store {} from {} to {} bytes in {} ms", file, before,
                        Files.size(file), (System.nanoTime() - started) / 1_000_000);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot prepare the embedded store at " + file + ": " + e.getMessage(), e);
        }
        return new DurableH2Backend(file.toString());
    }

    /**
     * mongo-java-server's H2 database, with its unique indexes ordered by {@link KeyOrderedH2Index.KeyOrder}
     * and its documents stored as BSON ({@link BsonDocumentType}); map names as mongo-java-server gives them.
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
            return new H2Collection(this, collectionName, options, data, meta, getCursorRegistry());
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
        if ("fsync".equalsIgnoreCase(command)) {
            commitThrough(getMvStore().getCurrentVersion());
            return new Document("ok", 1.0);
        }
        Document result = super.handleCommand(channel, databaseName, command, query);
        if (WRITE_COMMANDS.contains(command.toLowerCase()) && !deferred(query)) {
            commitThrough(getMvStore().getCurrentVersion());
        }
        return result;
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
