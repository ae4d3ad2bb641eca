package org.advocacyledger.config;

import java.time.Duration;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.advocacyledger.shared.projection.EventStoreScan;
import org.advocacyledger.shared.projection.MongoProjection;
import org.advocacyledger.shared.projection.ProjectionJournal;
import org.advocacyledger.shared.projection.ProjectionRepair;
import org.advocacyledger.shared.projection.ProjectionVerifier;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Journal, repair and verification of the read models (see shared.projection and docs/decisions.md). */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProjectionConfiguration.class);

    @Bean(destroyMethod = "close")
    ProjectionRepair projectionRepair(MongoDatabase ledgerDatabase, EventStore eventStore, List<MongoProjection> projections,
                                      StoreDurability durability) {
        return new ProjectionRepair(ledgerDatabase, eventStore, projections, durability::flush);
    }

    @Bean
    EventStoreScan eventStoreScan(MongoDatabase ledgerDatabase, @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new EventStoreScan(ledgerDatabase, eventSerializer);
    }

    @Bean
    org.advocacyledger.shared.projection.AsOfCopies asOfCopies(MongoClient client, LedgerProperties properties, EventStoreScan scan,
                                                              EventStore eventStore) {
        return new org.advocacyledger.shared.projection.AsOfCopies(client, properties.database(), scan, eventStore);
    }

    @Bean
    ProjectionVerifier projectionVerifier(MongoClient client, MongoDatabase ledgerDatabase, EventStoreScan scan,
                                          List<MongoProjection> projections) {
        return new ProjectionVerifier(client, ledgerDatabase, scan, projections);
    }

    /**
     * Registers the journal on the event store and, before the web server accepts a request, repairs every
     * aggregate a previous run left unprojected.
     */
    @Bean(destroyMethod = "close")
    ProjectionJournal projectionJournal(@Qualifier("unitOfWorkDatabase") MongoDatabase unitOfWorkDatabase,
                                        ProjectionRepair repair, StoreDurability durability) {
        return new ProjectionJournal(unitOfWorkDatabase, repair::repairSoon, durability::flush);
    }

    @Bean
    SmartInitializingSingleton projectionJournalAndStartupRepair(EventStore eventStore, ProjectionJournal journal,
                                                                ProjectionRepair repair) {
        return () -> {
            eventStore.registerDispatchInterceptor(journal);
            int repaired = repair.repairAllPending();
            log.info("Projection journal active; {} aggregate(s) repaired at start", repaired);
        };
    }

    @Bean
    PeriodicRepair periodicRepair(ProjectionRepair repair, LedgerProperties properties) {
        return new PeriodicRepair(repair, Duration.ofSeconds(properties.repairOlderThanSeconds()));
    }

    /** Replays aggregates whose journal marker outlived any plausible command (a failed projection). */
    record PeriodicRepair(ProjectionRepair repair, Duration olderThan) {
        @Scheduled(fixedDelayString = "PT60S", initialDelayString = "PT60S")
        void run() {
            repair.repairPendingOlderThan(olderThan);
        }
    }
}
