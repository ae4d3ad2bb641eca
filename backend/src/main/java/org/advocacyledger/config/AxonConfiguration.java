package org.advocacyledger.config;

import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoDatabase;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon wired by hand onto MongoDB (axon-mongo has no Boot starter for 4.12): the event store keeps one
 * document per event, tokens live in Mongo too. Event processors are subscribing: a projection runs in
 * the command's own thread right after the events are appended, so nothing depends on the Mongo
 * tracking processors' timestamp look-back (see docs/decisions.md).
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** Metadata copied from each command onto the events it causes. */
    static final List<String> AUDIT_METADATA = List.of("userId", "organisation");

    @Bean
    MongoTemplate axonMongoTemplate(@Qualifier("unitOfWorkDatabase") MongoDatabase unitOfWorkDatabase) {
        return DefaultMongoTemplate.builder().mongoDatabase(unitOfWorkDatabase).build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer serializer, LedgerProperties properties) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .storageStrategy(properties.embedded() ? new ProbingEventStorageStrategy() : new DocumentPerEventStorageStrategy())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .build();
        engine.ensureIndexes();
        return engine;
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .ensureIndexes(true)
                .build();
    }

    /**
     * A strong, bounded aggregate cache: recently used aggregates are kept in memory (evicted by size), so a
     * command on one does not read its events again (on the embedded store one look-up per event,
     * {@link ProbingEventStorageStrategy}).
     */
    @Bean
    Cache aggregateCache() {
        return new CaffeineAggregateCache(Caffeine.newBuilder().maximumSize(20_000).build());
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider auditCorrelationProvider() {
        return new SimpleCorrelationDataProvider(AUDIT_METADATA.toArray(String[]::new));
    }

    /** Every processing group is a subscribing processor whose handler failures fail the command. */
    @Bean
    ConfigurerModule subscribingProjections() {
        return configurer -> configurer.eventProcessing()
                .usingSubscribingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
