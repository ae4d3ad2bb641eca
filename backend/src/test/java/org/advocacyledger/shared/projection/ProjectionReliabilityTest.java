package org.advocacyledger.shared.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoDatabase;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.campaign.api.CampaignSummary;
import org.advocacyledger.campaign.api.FindCampaign;
import org.advocacyledger.campaign.api.LaunchCampaign;
import org.advocacyledger.campaign.api.ListCampaigns;
import org.advocacyledger.support.TempDataDir;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The traps found on this machine, over the real embedded file store: a command that takes seconds to
 * commit, 10,000 commands from 4 threads with the CPU loaded, and a second delivery of stored events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@Import(ProjectionReliabilityTest.SlowCommits.class)
class ProjectionReliabilityTest {

    static final String SLOW = "SLOW ";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempDataDir.register(registry);
    }

    /** Holds the unit of work of any campaign named "SLOW ..." open for 3 s after its events are applied. */
    @TestConfiguration
    static class SlowCommits {
        @Bean
        SmartInitializingSingleton slowCommitInterceptor(CommandBus commandBus) {
            MessageHandlerInterceptor<CommandMessage<?>> slow = (unitOfWork, chain) -> {
                Object result = chain.proceed();
                if (unitOfWork.getMessage().getPayload() instanceof LaunchCampaign launch && launch.name().startsWith(SLOW)) {
                    Thread.sleep(3_000);
                }
                return result;
            };
            return () -> commandBus.registerHandlerInterceptor(slow);
        }
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    ProjectionVerifier verifier;
    @Autowired
    ProjectionRepair repair;
    @Autowired
    MongoDatabase ledgerDatabase;

    @Test
    void commandThatTakesSecondsToCommitIsProjected() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CampaignId slowId = CampaignId.create();
            Future<?> slow = pool.submit(() -> commands.sendAndWait(launch(slowId, SLOW + "campaign")));
            List<CampaignId> fast = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < 50; i++) { // others commit while the slow one is still open
                CampaignId id = CampaignId.create();
                commands.sendAndWait(launch(id, "fast " + i));
                fast.add(id);
            }
            slow.get(30, TimeUnit.SECONDS);
            assertThat(System.nanoTime() - started).isGreaterThan(TimeUnit.SECONDS.toNanos(3));

            assertThat(find(slowId)).as("the slow command's campaign").isNotNull();
            fast.forEach(id -> assertThat(find(id)).isNotNull());
            assertThat(verifier.verify().differences()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tenThousandCommandsFromFourThreadsUnderCpuLoadLeaveReadModelsEqualToTheEventStore() throws Exception {
        long before = count();
        AtomicBoolean loaded = new AtomicBoolean(true);
        List<Thread> burners = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread burner = new Thread(() -> {
                double x = 0;
                while (loaded.get()) {
                    x += Math.sqrt(x + 1);
                }
            }, "cpu-burner-" + i);
            burner.setDaemon(true);
            burner.start();
            burners.add(burner);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < 2_500; i++) {
                        commands.sendAndWait(launch(CampaignId.create(), "load " + thread + "-" + i));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.MINUTES);
            }
        } finally {
            loaded.set(false);
            pool.shutdownNow();
        }

        assertThat(count() - before).isEqualTo(10_000);
        ProjectionVerifier.Report report = verifier.verify();
        assertThat(report.differences()).isEmpty();
        assertThat(report.events()).as("one event per campaign launched").isEqualTo(count());
        assertThat(report.documents()).as("the campaign list and the record-types table hold a document per campaign")
                .isEqualTo(2 * count());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (ledgerDatabase.getCollection(ProjectionJournal.COLLECTION).countDocuments() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(ProjectionJournal.REMOVAL_INTERVAL_MILLIS);
        }
        assertThat(ledgerDatabase.getCollection(ProjectionJournal.COLLECTION).countDocuments())
                .as("the journal removes every committed marker in the background, shortly after its command").isZero();
    }

    @Test
    void deliveringStoredEventsAgainChangesNoReadModel() {
        CampaignId id = CampaignId.create();
        commands.sendAndWait(launch(id, "delivered twice"));
        Document before = ledgerDatabase.getCollection("campaigns").find(new Document("_id", id.value())).first();

        assertThat(repair.replay(id.value())).isEqualTo(1);
        assertThat(repair.replay(id.value())).isEqualTo(1);

        assertThat(ledgerDatabase.getCollection("campaigns").find(new Document("_id", id.value())).first()).isEqualTo(before);
        assertThat(verifier.verify().differences()).isEmpty();
    }

    @Test
    void verifierNoticesAReadModelThatDisagreesWithTheEventStore() {
        CampaignId id = CampaignId.create();
        commands.sendAndWait(launch(id, "tampered"));
        ledgerDatabase.getCollection("campaigns").updateOne(new Document("_id", id.value()),
                new Document("$set", new Document("name", "changed behind the ledger's back")));
        try {
            assertThat(verifier.verify().differences()).singleElement().asString().contains(id.value());
        } finally {
            ledgerDatabase.getCollection("campaigns").deleteOne(new Document("_id", id.value()));
            repair.replay(id.value());
        }
        assertThat(verifier.verify().differences()).isEmpty();
    }

    @Test
    void eventStoreHasTheUniqueAggregateSequenceIndex() {
        List<Document> indexes = ledgerDatabase.getCollection("domainevents").listIndexes().into(new ArrayList<>());
        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.get("key", Document.class).keySet()).containsExactly("aggregateIdentifier", "sequenceNumber");
            assertThat(index.getBoolean("unique")).isTrue();
        });
    }

    private long count() {
        return queries.query(new ListCampaigns(), ResponseTypes.multipleInstancesOf(CampaignSummary.class)).join().size();
    }

    private CampaignSummary find(CampaignId id) {
        return queries.query(new FindCampaign(id), ResponseTypes.instanceOf(CampaignSummary.class)).join();
    }

    private static LaunchCampaign launch(CampaignId id, String name) {
        return new LaunchCampaign(id, name, List.of("JPN"), List.of("Humanitarian status"), null);
    }
}
