package org.advocacyledger.config;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * One MongoDB client for everything (event store, token store, read models, users). With no
 * {@code LEDGER_MONGODB_URI} the embedded store is started in-process on a loopback port.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    /** The embedded server, when one runs; stopped with the context. */
    record EmbeddedStore(MongoServer server, DurableH2Backend backend, String connectionString) implements AutoCloseable {
        @Override
        public void close() {
            server.shutdownNow();
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedStore embeddedStore(LedgerProperties properties) {
        if (!properties.embedded()) {
            return null;
        }
        var file = properties.dataDir().resolve("ledger.mv.db");
        DurableH2Backend backend = DurableH2Backend.open(file);
        org.advocacyledger.shared.projection.MongoProjection.useIdOnlyWrites(true);
        MongoServer server = new MongoServer(backend);
        String connectionString = server.bindAndGetConnectionString();
        log.info("Store: EMBEDDED mongo-java-server (H2 file {}), meant for evaluation and small single-machine use; "
                + "set LEDGER_MONGODB_URI to use a real MongoDB.", file.toAbsolutePath());
        return new EmbeddedStore(server, backend, connectionString);
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(LedgerProperties properties, ObjectProvider<EmbeddedStore> embedded,
                            ObjectProvider<MongoClientSettingsBuilderCustomizer> customizers) {
        String uri;
        if (properties.embedded()) {
            uri = embedded.getObject().connectionString();
        } else {
            uri = properties.mongodbUri();
            log.info("Store: MongoDB at {}", new ConnectionString(uri).getHosts());
        }
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applicationName("advocacy-ledger");
        customizers.orderedStream().forEach(c -> c.customize(settings));
        return MongoClients.create(settings.build());
    }

    /** The database for writes outside units of work: each write is durable before it is acknowledged. */
    @Bean
    @Primary
    MongoDatabase ledgerDatabase(MongoClient client, LedgerProperties properties) {
        return client.getDatabase(properties.database());
    }

    @Bean
    StoreDurability storeDurability(MongoClient client, LedgerProperties properties) {
        return new StoreDurability(client, properties.embedded());
    }

    /**
     * The same database for the event store, the projection journal and the read models, whose writes
     * happen inside units of work and are made durable together at the end of each (see StoreDurability).
     */
    @Bean
    MongoDatabase unitOfWorkDatabase(MongoDatabase ledgerDatabase, StoreDurability durability) {
        return durability.forUnitsOfWork(ledgerDatabase);
    }
}
