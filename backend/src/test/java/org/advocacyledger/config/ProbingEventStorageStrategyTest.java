package org.advocacyledger.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.StorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An aggregate's events, read one look-up each by their unique key on the embedded store (decision 26), are the
 * events Axon's own range query gives: all of them, in order, from any sequence number, across Axon's batches.
 */
class ProbingEventStorageStrategyTest {

    @TempDir
    Path dir;

    private MongoServer server;
    private MongoClient client;
    private final List<BsonDocument> finds = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new MongoServer(DurableH2Backend.open(dir.resolve("store.mv.db")));
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        if (event.getCommandName().equals("find") && event.getCommand().getString("find").getValue().equals("domainevents")) {
                            finds.add(event.getCommand().getDocument("filter"));
                        }
                    }
                }).build());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private EventStorageEngine engine(StorageStrategy strategy) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client.getDatabase("ledger")).build())
                .storageStrategy(strategy).eventSerializer(serializer).snapshotSerializer(serializer).build();
        engine.ensureIndexes();
        return engine;
    }

    private static List<String> read(EventStorageEngine engine, String aggregate, long from) {
        List<String> read = new ArrayList<>();
        engine.readEvents(aggregate, from).asStream()
                .forEach(event -> read.add(event.getSequenceNumber() + ":" + event.getPayload()));
        return read;
    }

    @Test
    void anAggregatesEventsAreWhatAxonsRangeQueryGives() {
        EventStorageEngine probing = engine(new ProbingEventStorageStrategy());
        for (int sequence = 0; sequence < 250; sequence++) { // more than Axon's batch of 100
            List<DomainEventMessage<?>> events = new ArrayList<>();
            events.add(new GenericDomainEventMessage<>("Long", "long", sequence, "long " + sequence));
            if (sequence < 3) {
                events.add(new GenericDomainEventMessage<>("Short", "short", sequence, "short " + sequence));
            }
            probing.appendEvents(events);
        }
        EventStorageEngine stock = engine(new DocumentPerEventStorageStrategy());

        for (String aggregate : List.of("long", "short", "none")) {
            for (long from : List.of(0L, 1L, 99L, 100L, 101L, 249L, 250L)) {
                assertThat(read(probing, aggregate, from)).as(aggregate + " from " + from).isEqualTo(read(stock, aggregate, from));
            }
        }
        assertThat(read(probing, "long", 0)).hasSize(250).startsWith("0:long 0").endsWith("249:long 249");
        assertThat(read(probing, "short", 1)).containsExactly("1:short 1", "2:short 2");
    }

    @Test
    void eachLookUpNamesExactlyTheAggregateAndASequenceNumberAsTheUniqueIndexDoes() {
        EventStorageEngine probing = engine(new ProbingEventStorageStrategy());
        for (int sequence = 0; sequence < 3; sequence++) {
            probing.appendEvents(List.of(new GenericDomainEventMessage<>("Short", "short", sequence, "short " + sequence)));
        }
        finds.clear();

        assertThat(read(probing, "short", 0)).hasSize(3);

        assertThat(finds).as("three events and the missing fourth").hasSize(4).allSatisfy(filter ->
                assertThat(filter.keySet()).containsExactly("aggregateIdentifier", "sequenceNumber"));
    }
}
