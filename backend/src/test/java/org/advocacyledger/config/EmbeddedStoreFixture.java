package org.advocacyledger.config;

import java.util.function.Supplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;

/** An embedded store on a backend of the test's choice, reached through the real driver over the wire protocol. */
final class EmbeddedStoreFixture implements AutoCloseable {

    final H2Backend backend;
    private final MongoServer server;
    final MongoClient client;

    EmbeddedStoreFixture(Supplier<? extends H2Backend> backend) {
        this.backend = backend.get();
        server = new MongoServer(this.backend);
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    MongoCollection<Document> records() {
        return client.getDatabase("ledger").getCollection("records");
    }

    MongoCollection<Document> events() {
        return client.getDatabase("ledger").getCollection("events");
    }

    /** As if the process were killed: nothing more is written (no compaction, no clean shutdown mark). */
    void crash() {
        client.close();
        backend.getMvStore().closeImmediately();
        server.shutdownNow();
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
