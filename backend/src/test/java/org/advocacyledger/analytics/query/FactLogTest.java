package org.advocacyledger.analytics.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacyledger.action.api.ActionId;
import org.advocacyledger.action.api.ActionType;
import org.advocacyledger.action.api.CorrectAdvocacyAction;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.action.api.LogAdvocacyAction;
import org.advocacyledger.action.api.ProtectionAvenue;
import org.advocacyledger.action.api.RetractAdvocacyAction;
import org.advocacyledger.action.api.Target;
import org.advocacyledger.action.api.TargetKind;
import org.advocacyledger.analytics.api.FramingRow;
import org.advocacyledger.analytics.api.GetFramingAnalytics;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.campaign.api.LaunchCampaign;
import org.advocacyledger.contribution.api.Agreement;
import org.advocacyledger.contribution.api.ClaimContribution;
import org.advocacyledger.contribution.api.ClaimId;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.contribution.api.Independence;
import org.advocacyledger.contribution.api.RetractContributionClaim;
import org.advocacyledger.contribution.api.SubstantiateClaim;
import org.advocacyledger.reform.api.CorrectReformStage;
import org.advocacyledger.reform.api.RecordLegalReform;
import org.advocacyledger.reform.api.RecordReformStage;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformId;
import org.advocacyledger.reform.api.ReformKind;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.projection.EventStoreScan;
import org.advocacyledger.support.TempDataDir;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory facts behind the dashboard against the event store they come from: whatever the order and
 * concurrency of commands, today's fold and every as-of fold give the same dashboard as folding the store
 * directly; a rolled-back unit of work adds nothing; a repeated event is ignored; a gap is filled from
 * the store; an event that commits while the store is being loaded is counted once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class FactLogTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempDataDir.register(registry);
    }

    private static final FramingCalculator.Reach NO_REACH = (country, year) -> null;
    private static final String[] COUNTRIES = {"JPN", "KOR"};

    @Autowired
    FactLog facts;
    @Autowired
    EventStoreScan scan;
    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commands;
    @Autowired
    org.axonframework.queryhandling.QueryGateway queries;
    @Autowired
    org.advocacyledger.statistics.importing.StatisticsImporter importer;

    @Test
    void todayAndAsOfFoldsEqualFoldingTheStoreUnderConcurrentCommandsAndReads() throws Exception {
        runConcurrently(6, this::recordCampaign);
        Instant middle = Instant.now();
        Thread.sleep(5);
        List<String> claims = new ArrayList<>();
        scan.forEach(e -> {
            if (e.getType().equals("ContributionClaim") && e.getSequenceNumber() == 0) {
                claims.add(e.getAggregateIdentifier());
            }
        });
        runConcurrently(1, thread -> reviseClaims(claims, thread));

        for (boolean byLegalBasis : new boolean[] {false, true}) {
            GetFramingAnalytics query = new GetFramingAnalytics(List.of(), null, null, null, null, 36, 3, byLegalBasis, null);
            List<Map<String, Object>> today = canonical(facts.readToday(fold -> FramingCalculator.compute(fold, query, NO_REACH)));
            assertThat(today).isEqualTo(canonical(FramingCalculator.compute(directFold(null), query, NO_REACH)));
            assertThat(canonical(FramingCalculator.compute(facts.foldBefore(middle), query, NO_REACH)))
                    .isEqualTo(canonical(FramingCalculator.compute(directFold(middle), query, NO_REACH)))
                    .isNotEqualTo(today);
        }
        assertThat(facts.size()).isEqualTo(factsInStore());
    }

    @Test
    void aRolledBackUnitOfWorkAddsNothingAndACommittedOneAddsItsFacts() {
        FactLog log = new FactLog(scan, eventStore);
        int before = log.size();
        DomainEventMessage<?> event = firstEventOf(newAction());

        DefaultUnitOfWork<?> rolledBack = DefaultUnitOfWork.startAndGet(null);
        log.on(event.getPayload(), event);
        rolledBack.rollback();
        assertThat(log.size()).isEqualTo(before);

        DefaultUnitOfWork<?> committed = DefaultUnitOfWork.startAndGet(null);
        log.on(event.getPayload(), event);
        assertThat(log.size()).as("not before the commit").isEqualTo(before);
        committed.commit();
        assertThat(log.size()).isEqualTo(before + 1);
    }

    @Test
    void aRepeatedEventIsIgnoredAndAGapIsReadFromTheStore() {
        FactLog log = new FactLog(scan, eventStore);
        int before = log.size();
        ActionId action = newAction();
        commands.sendAndWait(correction(action, "KOR"));
        commands.sendAndWait(new RetractAdvocacyAction(action, null, "logged twice"));
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(action.value()).asStream().toList();
        assertThat(events).hasSize(3);

        log.on(events.get(2).getPayload(), events.get(2)); // 0 and 1 never arrived: read from the store
        log.on(events.get(1).getPayload(), events.get(1)); // a repeated delivery
        log.on(events.get(2).getPayload(), events.get(2));

        assertThat(log.size()).isEqualTo(before + 3);
        RecordFold.ActionFacts facts = log.readToday(fold -> fold.actions.get(FactValues.id(action.value())));
        assertThat(facts.country()).isEqualTo("KOR");
        assertThat(facts.retracted()).isTrue();
    }

    @Test
    void anEventThatCommitsWhileTheStoreIsLoadedCountsOnce() {
        ActionId action = newAction();
        DomainEventMessage<?> event = firstEventOf(action);
        FactLog log = new FactLog(scan, eventStore);
        log.on(event.getPayload(), event); // held: the log has not read the store yet
        assertThat(log.size()).isEqualTo(factsInStore());
        boolean known = log.readToday(fold -> fold.actions.containsKey(FactValues.id(action.value())));
        assertThat(known).isTrue();
    }

    @Test
    void todaysAnswerIsKeptOnlyUntilTheNextStoredEventOfAnyKind() {
        GetFramingAnalytics query = new GetFramingAnalytics(List.of("JPN"), null, null, null, null, 36, 3, false, null);
        java.util.function.Supplier<Integer> refugeeConventionActions = () -> queries.query(query,
                        org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf(FramingRow.class)).join()
                .stream().filter(r -> r.framing().equals("REFUGEE_CONVENTION") && r.avenue() == null).findFirst().orElseThrow().actions();
        int before = refugeeConventionActions.get();
        assertThat(refugeeConventionActions.get()).as("answered again from the cache").isEqualTo(before);

        newAction(); // a campaign and a Refugee-Convention action in JPN
        assertThat(refugeeConventionActions.get()).isEqualTo(before + 1);

        long version = facts.<Long>readToday((fold, v) -> v);
        commands.sendAndWait(new LaunchCampaign(CampaignId.create(), "No facts", List.of("KOR"), List.of(), null));
        long after = facts.<Long>readToday((fold, v) -> v);
        assertThat(after).as("an event without dashboard facts still counts").isEqualTo(version + 1);
    }

    @Test
    void todaysReachFiguresFollowEachUnhcrImportAndAreReusedBetweenThem() {
        CampaignId campaign = CampaignId.create();
        commands.sendAndWait(new LaunchCampaign(campaign, "Reach campaign", List.of("MNG"), List.of(), null));
        ActionId action = ActionId.create();
        commands.sendAndWait(new LogAdvocacyAction(action, campaign, "MNG", "Detention", "Coalition", ActionType.REPORT,
                List.of(new Framing(FramingKind.REFUGEE_CONVENTION, null, null)), List.of(),
                new Target(TargetKind.MINISTRY, "Ministry of Justice"), PartialDate.parse("2012"), "Report", null, List.of()));
        ReformId reform = ReformId.create();
        commands.sendAndWait(new RecordLegalReform(reform, campaign, "MNG", "Refugee Act", ReformKind.LAW, "Status",
                null, null, ReformDirection.PROGRESSIVE, ReformStage.ADOPTED, PartialDate.parse("2016-05"), false, null));
        commands.sendAndWait(new ClaimContribution(ClaimId.create(), campaign, List.of(action.value()), ClaimTargetType.REFORM,
                reform.value(), ClaimStrength.DECISIVE, "Cited", null, List.of()));
        GetFramingAnalytics query = new GetFramingAnalytics(List.of("MNG"), null, null, null, null, 36, 1, false, List.of(campaign.value()));
        java.util.function.Supplier<FramingRow> refugeeConvention = () -> queries.query(query,
                        org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf(FramingRow.class)).join()
                .stream().filter(r -> r.framing().equals("REFUGEE_CONVENTION") && r.avenue() == null).findFirst().orElseThrow();
        assertThat(refugeeConvention.get().reachRecognizedAfter()).as("no UNHCR figures yet").isNull();

        importDecisions(2017, 10, 40);
        FramingRow afterImport = refugeeConvention.get();
        assertThat(afterImport.reachRecognizedAfter()).isEqualTo(10L);
        assertThat(afterImport.reachComplementaryAfter()).isEqualTo(40L);

        newAction(); // not a UNHCR figure: the next answer is computed again, with the same figures
        assertThat(refugeeConvention.get().reachRecognizedAfter()).isEqualTo(10L);

        importDecisions(2017, 12, 40); // a later release revises the year
        assertThat(refugeeConvention.get().reachRecognizedAfter()).isEqualTo(12L);
    }

    private void importDecisions(int year, int recognized, int other) {
        String csv = "\"year\",\"coo_name\",\"coo\",\"coo_iso\",\"coa_name\",\"coa\",\"coa_iso\",\"procedure_type\",\"dec_level\","
                + "\"dec_pc\",\"dec_recognized\",\"dec_other\",\"dec_rejected\",\"dec_closed\",\"dec_total\"\n"
                + year + ",\"Syrian Arab Rep.\",\"SYR\",\"SYR\",\"Mongolia\",\"MNG\",\"MNG\",\"G\",\"FI\",\"P\","
                + recognized + "," + other + ",50,0," + (recognized + other + 50) + "\n";
        importer.importFile(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "UNHCR test " + recognized, null, "test");
    }

    // --- helpers

    private interface Work {
        void run(int thread) throws Exception;
    }

    /** Runs {@code work} on 4 threads while a fifth reads today's dashboard. */
    private void runConcurrently(int rounds, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(5);
        AtomicBoolean done = new AtomicBoolean();
        try {
            Future<?> reader = pool.submit(() -> {
                GetFramingAnalytics query = new GetFramingAnalytics(List.of(), null, null, null, null, 36, 3, false, null);
                while (!done.get()) {
                    facts.readToday(fold -> FramingCalculator.compute(fold, query, NO_REACH));
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        work.run(thread);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            done.set(true);
            reader.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private void recordCampaign(int thread) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        CampaignId campaign = CampaignId.create();
        commands.sendAndWait(new LaunchCampaign(campaign, "Campaign " + campaign.value().substring(0, 8), List.of(country),
                List.of("Detention"), null));
        List<String> actions = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            ActionId id = ActionId.create();
            FramingKind kind = FramingKind.values()[random.nextInt(FramingKind.values().length)];
            Framing framing = kind == FramingKind.HUMANITARIAN_PROTECTION
                    ? new Framing(kind, ProtectionAvenue.values()[random.nextInt(ProtectionAvenue.values().length)], null)
                    : kind == FramingKind.OTHER ? new Framing(kind, null, "Labour rights") : new Framing(kind, null, null);
            commands.sendAndWait(new LogAdvocacyAction(id, campaign, country, "Detention", "Coalition", ActionType.REPORT,
                    List.of(framing), List.of(new LegalBasis(random.nextBoolean() ? "CAT" : "ICCPR", "art. " + (1 + random.nextInt(3)))),
                    new Target(TargetKind.MINISTRY, "Ministry of Justice"),
                    PartialDate.parse((2008 + random.nextInt(8)) + (random.nextBoolean() ? "" : "-0" + (1 + random.nextInt(9)))),
                    "Report", null, List.of()));
            actions.add(id.value());
        }
        ReformId reform = ReformId.create();
        int year = 2010 + random.nextInt(6);
        commands.sendAndWait(new RecordLegalReform(reform, campaign, country, "Immigration Control Act", ReformKind.LAW, "Detention limits",
                null, null, random.nextInt(4) == 0 ? ReformDirection.REGRESSIVE : ReformDirection.PROGRESSIVE,
                ReformStage.PROPOSED, PartialDate.parse(Integer.toString(year)), false, null));
        commands.sendAndWait(new RecordReformStage(reform, null, ReformStage.ADOPTED, PartialDate.parse(year + 1 + "-0" + (1 + random.nextInt(9))),
                false, null));
        for (int c = 0; c < 2; c++) {
            commands.sendAndWait(new ClaimContribution(ClaimId.create(), campaign, List.of(actions.get(c), actions.get(2 + random.nextInt(2))),
                    ClaimTargetType.REFORM, reform.value(), ClaimStrength.values()[random.nextInt(ClaimStrength.values().length)],
                    "Cited", null, List.of()));
        }
        if (random.nextBoolean()) {
            commands.sendAndWait(new CorrectReformStage(reform, null, 2L, PartialDate.parse(year + 2 + ""), null, "date was wrong"));
        }
        if (random.nextInt(3) == 0) {
            commands.sendAndWait(correction(new ActionId(actions.get(0)), country));
        }
    }

    /** After the middle instant: substantiations, disputes, corrections and retractions of the claims. */
    private void reviseClaims(List<String> claims, int thread) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = thread; i < claims.size(); i += 4) {
            ClaimId claim = new ClaimId(claims.get(i));
            switch (random.nextInt(4)) {
                case 0 -> commands.sendAndWait(new SubstantiateClaim(claim, java.util.UUID.randomUUID().toString(), "professor",
                        Independence.INDEPENDENT, Agreement.FULLY, Agreement.FULLY, Agreement.FULLY, null));
                case 1 -> commands.sendAndWait(new SubstantiateClaim(claim, java.util.UUID.randomUUID().toString(), "official",
                        Independence.INDEPENDENT, Agreement.PARTLY, Agreement.PARTLY, Agreement.NOT, null));
                case 2 -> commands.sendAndWait(new RetractContributionClaim(claim, null, "not ours"));
                default -> {
                    // keep the claim
                }
            }
        }
    }

    private CorrectAdvocacyAction correction(ActionId action, String country) {
        return new CorrectAdvocacyAction(action, null, country, "Detention", "Coalition", ActionType.REPORT,
                List.of(new Framing(FramingKind.HUMANITARIAN_PROTECTION, ProtectionAvenue.PROCEDURAL_PROTECTION, null)),
                List.of(new LegalBasis("ICCPR", "art. 13")), new Target(TargetKind.MINISTRY, "Ministry of Justice"),
                PartialDate.parse("2011-04"), "Report", null, List.of(), "framing was recorded wrongly");
    }

    private ActionId newAction() {
        CampaignId campaign = CampaignId.create();
        commands.sendAndWait(new LaunchCampaign(campaign, "Gap campaign " + campaign.value().substring(0, 8), List.of("JPN"), List.of(), null));
        ActionId action = ActionId.create();
        commands.sendAndWait(new LogAdvocacyAction(action, campaign, "JPN", "Detention", "Coalition", ActionType.REPORT,
                List.of(new Framing(FramingKind.REFUGEE_CONVENTION, null, null)), List.of(),
                new Target(TargetKind.MINISTRY, "Ministry of Justice"), PartialDate.parse("2012"), "Report", null, List.of()));
        return action;
    }

    private DomainEventMessage<?> firstEventOf(ActionId action) {
        return eventStore.readEvents(action.value()).asStream().findFirst().orElseThrow();
    }

    private RecordFold directFold(Instant end) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        scan.forEach(events::add);
        RecordFold fold = new RecordFold();
        events.forEach(e -> fold.applyIfRecordedBefore(e, end));
        return fold;
    }

    private int factsInStore() {
        int[] count = {0};
        scan.forEach(e -> {
            if (AnalyticsFact.of(e.getPayload(), e.getSequenceNumber()) != null) {
                count[0]++;
            }
        });
        return count[0];
    }

    /** Rows as maps with every id list sorted: the order of records within a row is not part of the answer. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> canonical(List<FramingRow> rows) {
        ObjectMapper mapper = new ObjectMapper();
        List<Map<String, Object>> result = new ArrayList<>();
        for (FramingRow row : rows) {
            Map<String, Object> fields = new LinkedHashMap<>(mapper.convertValue(row, Map.class));
            fields.replaceAll((name, value) -> {
                if (value instanceof List<?> list) {
                    List<Object> sorted = new ArrayList<>(list);
                    sorted.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
                    return Collections.unmodifiableList(sorted);
                }
                return value;
            });
            result.add(fields);
        }
        return result;
    }
}
