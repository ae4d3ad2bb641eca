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

    private final java.util.Map<String, java.util.concurrent.atomic.AtomicLong> commands = new java.util.concurrent.ConcurrentHashMap<>();

    public TestMongo() {
        client = MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(new com.mongodb.event.CommandListener() {
                    @Override
                    public void commandStarted(com.mongodb.event.CommandStartedEvent event) {
                        commands.computeIfAbsent(event.getCommandName(), c -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
                    }
                }).build());
        db = client.getDatabase("test_" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** How many commands of this name (e.g. {@code find}) the client has sent so far. */
    public long commands(String name) {
        var count = commands.get(name);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
