package org.advocacyledger.shared;

import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** An in-memory Mongo for projection unit tests; close it after the test. */
public final class TestMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    public final MongoDatabase db;

    public TestMongo() {
        client = MongoClients.create(server.bindAndGetConnectionString());
        db = client.getDatabase("test_" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
