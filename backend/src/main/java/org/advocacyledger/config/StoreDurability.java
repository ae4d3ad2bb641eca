package org.advocacyledger.config;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * Commit after each unit of work. On the embedded store, the writes of a unit of work (events, journal
 * marker, read models) are sent unjournaled ({@code j: false}) and made durable together by one
 * {@code fsync} at the end of the unit of work, before the command is acknowledged: one file commit per
 * command instead of one per write. On a real MongoDB nothing changes: writes use the client's write
 * concern and {@link #flush()} does nothing.
 */
public final class StoreDurability {

    private final MongoClient client;
    private final boolean embedded;

    StoreDurability(MongoClient client, boolean embedded) {
        this.client = client;
        this.embedded = embedded;
    }

    /** The database as the writes inside a unit of work should see it. */
    MongoDatabase forUnitsOfWork(MongoDatabase database) {
        return embedded ? database.withWriteConcern(WriteConcern.W1.withJournal(false)) : database;
    }

    /** Makes every write so far durable (embedded store only). */
    public void flush() {
        if (embedded) {
            client.getDatabase("admin").runCommand(new Document("fsync", 1));
        }
    }
}
