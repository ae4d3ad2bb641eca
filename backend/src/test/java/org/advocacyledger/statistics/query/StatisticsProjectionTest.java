package org.advocacyledger.statistics.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import org.advocacyledger.statistics.api.FigureChange;
import org.advocacyledger.statistics.api.FigureHistory;
import org.advocacyledger.statistics.api.FigureKey;
import org.advocacyledger.statistics.api.FigureSummary;
import org.advocacyledger.statistics.api.Figures;
import org.advocacyledger.statistics.api.FindExistingPeriods;
import org.advocacyledger.statistics.api.FindFigureHistory;
import org.advocacyledger.statistics.api.FindPeriodFigures;
import org.advocacyledger.statistics.api.FindProtectionRates;
import org.advocacyledger.statistics.api.ProtectionRate;
import org.advocacyledger.statistics.api.StatisticsBatchImported;
import org.advocacyledger.statistics.api.StatisticsPeriodId;
import org.advocacyledger.support.InMemoryMongo;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StatisticsProjectionTest {

    private static final StatisticsPeriodId KOR_2015 = StatisticsPeriodId.of("KOR", 2015);
    private static final StatisticsPeriodId KOR_2016 = StatisticsPeriodId.of("KOR", 2016);
    private static final Instant T1 = Instant.parse("2025-01-10T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-12-20T10:00:00Z");

    private InMemoryMongo mongo;
    private MongoDatabase db;
    private StatisticsProjection projection;
    private AnnotationEventHandlerAdapter handler;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        db = mongo.database("statistics-test");
        projection = new StatisticsProjection(db);
        handler = new AnnotationEventHandlerAdapter(projection);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static FigureChange added(String key, Figures values) {
        return new FigureChange(key, null, values);
    }

    private void deliver(StatisticsPeriodId period, long sequence, Instant at, String source, FigureChange... changes) throws Exception {
        handler.handle(message(period, sequence, at, source, changes));
    }

    private static GenericDomainEventMessage<StatisticsBatchImported> message(StatisticsPeriodId period, long sequence, Instant at,
                                                                             String source, FigureChange... changes) {
        return new GenericDomainEventMessage<>("StatisticsPeriod", period.value(), sequence,
                new StatisticsBatchImported(period, "import-" + sequence, source, List.of(changes)),
                MetaData.from(Map.of("userId", "coordinator")), UUID.randomUUID().toString(), at);
    }

    private List<ProtectionRate> rates(String origin, String authority, String stage, String basis) {
        return projection.handle(new FindProtectionRates(List.of("KOR"), 2014, 2016, origin, authority, stage, basis));
    }

    /** Korea 2015 (persons): SYR FI 10/40/50/0/100, MMR FI 5/0/20/5/30, EGY AR 0/0/0/12/12; cases: EGY FI 2/3/5/0/10. */
    private void korea() throws Exception {
        deliver(KOR_2015, 0, T1, "UNHCR 2024",
                added("D|KOR|2015|SYR|G|FI|P", Figures.decisions(10, 40, 50, 0, 100)),
                added("D|KOR|2015|MMR|G|FI|P", Figures.decisions(5, 0, 20, 5, 30)),
                added("D|KOR|2015|EGY|G|AR|P", Figures.decisions(0, 0, 0, 12, 12)),
                added("D|KOR|2015|EGY|G|FI|C", Figures.decisions(2, 3, 5, 0, 10)),
                added("A|KOR|2015|SYR|G|N|NA|P", Figures.applications(200)),
                added("A|KOR|2015|SYR|G|A|AR|P", Figures.applications(5)));
        deliver(KOR_2016, 0, T1, "UNHCR 2024",
                added("D|KOR|2016|YEM|U|FI|P", Figures.decisions(0, 5, 0, 0, 5)));
    }

    @Test
    void sumsPerYearAndBasisWithoutEverAddingCasesToPersons() throws Exception {
        korea();

        List<ProtectionRate> all = rates(null, null, null, null);

        assertThat(all).extracting(ProtectionRate::year, ProtectionRate::basis).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2015, "P"), org.assertj.core.groups.Tuple.tuple(2015, "C"),
                org.assertj.core.groups.Tuple.tuple(2016, "P"));
        ProtectionRate persons = all.get(0);
        // recognized 10+5+0, complementary 40+0+0, rejected 50+20+0, closed 0+5+12, total 100+30+12
        assertThat(persons).extracting(ProtectionRate::recognized, ProtectionRate::complementaryProtection, ProtectionRate::rejected,
                ProtectionRate::otherwiseClosed, ProtectionRate::totalDecisions, ProtectionRate::applications)
                .containsExactly(15L, 40L, 70L, 17L, 142L, 205L);
        // 15 / (15 + 40 + 70) = 0.12; (15 + 40) / 125 = 0.44; otherwise closed stays outside the denominator
        assertThat(persons.refugeeRecognitionRate()).isCloseTo(0.12, within(1e-12));
        assertThat(persons.totalProtectionRate()).isCloseTo(0.44, within(1e-12));
        // masked "5"s: MMR recognized and closed, the appeal applications
        assertThat(persons.maskedCells()).isEqualTo(3);
        ProtectionRate cases = all.get(1);
        assertThat(cases.recognized()).isEqualTo(2L);
        assertThat(cases.applications()).isNull();
        assertThat(cases.refugeeRecognitionRate()).isCloseTo(0.2, within(1e-12));
        assertThat(cases.totalProtectionRate()).isCloseTo(0.5, within(1e-12));
        assertThat(cases.maskedCells()).isEqualTo(1);
        ProtectionRate yemen = all.get(2);
        assertThat(yemen.refugeeRecognitionRate()).isZero();
        assertThat(yemen.totalProtectionRate()).isEqualTo(1.0);
        assertThat(yemen.maskedCells()).isEqualTo(2);
    }

    @Test
    void filtersByOriginAuthorityStageAndBasis() throws Exception {
        korea();

        assertThat(rates("SYR", null, null, "P")).singleElement().satisfies(r -> {
            assertThat(r.recognized()).isEqualTo(10L);
            assertThat(r.applications()).isEqualTo(205L);
            assertThat(r.maskedCells()).isEqualTo(1);
        });
        assertThat(rates(null, "U", null, null)).singleElement().extracting(ProtectionRate::year).isEqualTo(2016);
        // stage NA (new applications) is a code: it selects the application figure, no decision
        assertThat(rates(null, null, "NA", null)).singleElement().satisfies(r -> {
            assertThat(r.recognized()).isNull();
            assertThat(r.applications()).isEqualTo(200L);
            assertThat(r.refugeeRecognitionRate()).isNull();
        });
        assertThat(rates(null, null, "FI", "C")).singleElement().extracting(ProtectionRate::totalDecisions).isEqualTo(10L);
        assertThat(rates("AFG", null, null, null)).isEmpty();
    }

    @Test
    void zeroDenominatorGivesNoRateNotZero() throws Exception {
        korea();

        ProtectionRate closedOnly = rates("EGY", null, "AR", "P").get(0);

        assertThat(closedOnly.otherwiseClosed()).isEqualTo(12L);
        assertThat(closedOnly.refugeeRecognitionRate()).isNull();
        assertThat(closedOnly.totalProtectionRate()).isNull();
        assertThat(ProtectionRate.of("KOR", 2015, "P", 0L, 0L, 0L, 0L, 0L, null, 0).totalProtectionRate()).isNull();
    }

    @Test
    void correctionsKeepEveryValueWithItsSource() throws Exception {
        korea();
        deliver(KOR_2015, 1, T2, "UNHCR 2025.12.1",
                new FigureChange("D|KOR|2015|SYR|G|FI|P", Figures.decisions(10, 40, 50, 0, 100), Figures.decisions(12, 40, 48, 0, 100)),
                added("D|KOR|2015|IRQ|G|FI|P", Figures.decisions(0, 0, 7, 0, 7)));

        FigureHistory history = projection.handle(new FindFigureHistory(FigureKey.parse("D|KOR|2015|SYR|G|FI|P")));

        assertThat(history.current()).isEqualTo(Figures.decisions(12, 40, 48, 0, 100));
        assertThat(history.history()).extracting(FigureHistory.Entry::source, FigureHistory.Entry::importedAt,
                        FigureHistory.Entry::previous, FigureHistory.Entry::values)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("UNHCR 2024", T1, null, Figures.decisions(10, 40, 50, 0, 100)),
                        org.assertj.core.groups.Tuple.tuple("UNHCR 2025.12.1", T2, Figures.decisions(10, 40, 50, 0, 100),
                                Figures.decisions(12, 40, 48, 0, 100)));
        assertThat(history.history().get(1).importedBy()).isEqualTo("coordinator");
        assertThat(rates(null, null, null, "P").get(0).recognized()).isEqualTo(17L);
        List<FigureSummary> figures = projection.handle(new FindPeriodFigures(KOR_2015));
        assertThat(figures).hasSize(7);
        assertThat(figures).filteredOn(f -> f.key().equals("D|KOR|2015|SYR|G|FI|P")).singleElement()
                .satisfies(f -> {
                    assertThat(f.corrections()).isEqualTo(1);
                    assertThat(f.source()).isEqualTo("UNHCR 2025.12.1");
                });
        assertThat(projection.handle(new FindFigureHistory(FigureKey.parse("D|KOR|2015|AFG|G|FI|P")))).isNull();
    }

    @Test
    void secondDeliveryOfTheSameEventsChangesNothing() throws Exception {
        korea();
        var correction = message(KOR_2015, 1, T2, "UNHCR 2025.12.1",
                new FigureChange("D|KOR|2015|SYR|G|FI|P", Figures.decisions(10, 40, 50, 0, 100), Figures.decisions(12, 40, 48, 0, 100)));
        handler.handle(correction);
        Document before = db.getCollection(StatisticsProjection.COLLECTION).find(new Document("_id", "KOR|2015")).first();

        korea();
        handler.handle(correction);

        assertThat(db.getCollection(StatisticsProjection.COLLECTION).countDocuments()).isEqualTo(2);
        assertThat(db.getCollection(StatisticsProjection.COLLECTION).find(new Document("_id", "KOR|2015")).first()).isEqualTo(before);
    }

    @Test
    void anEventAfterAGapIsRefusedSoThatRepairReplaysTheAggregate() throws Exception {
        korea();
        assertThatThrownBy(() -> deliver(KOR_2015, 5, T2, "later", added("D|KOR|2015|IRQ|G|FI|P", Figures.decisions(0, 0, 1, 0, 1))))
                .hasMessageContaining("misses events");
    }

    @Test
    void findsWhichPeriodsExist() throws Exception {
        korea();
        assertThat(projection.handle(new FindExistingPeriods(List.of(KOR_2015, StatisticsPeriodId.of("JPN", 2015), KOR_2016))))
                .containsExactlyInAnyOrder("KOR|2015", "KOR|2016");
    }

    @Test
    void aCopyOverAnotherDatabaseWritesThereOnly() throws Exception {
        MongoDatabase other = mongo.database("other");
        new AnnotationEventHandlerAdapter(projection.on(other))
                .handle(message(KOR_2016, 0, T1, "UNHCR", added("D|KOR|2016|YEM|U|FI|P", Figures.decisions(0, 5, 0, 0, 5))));

        assertThat(other.getCollection(StatisticsProjection.COLLECTION).countDocuments()).isEqualTo(1);
        assertThat(db.getCollection(StatisticsProjection.COLLECTION).countDocuments()).isZero();
    }

    /**
     * A past day's rates come from the figures' history (decision 23): they must be what a projection of only the
     * events recorded before the day's end answers today, as the replay that answered before did. Each period's
     * events are recorded in their order; the two periods' events interleave over ten days.
     */
    @Test
    void aPastDaysRatesAreWhatTheEventsRecordedByThenGive() throws Exception {
        java.util.Random random = new java.util.Random(11);
        List<String> keys = List.of("D|KOR|%d|SYR|G|FI|P", "D|KOR|%d|MMR|G|FI|P", "D|KOR|%d|EGY|G|AR|C", "A|KOR|%d|SYR|G|N|NA|P");
        List<GenericDomainEventMessage<StatisticsBatchImported>> events = new java.util.ArrayList<>();
        for (StatisticsPeriodId period : List.of(KOR_2015, KOR_2016)) {
            Map<String, Figures> current = new java.util.HashMap<>();
            Instant at = Instant.parse("2020-01-01T00:00:00Z");
            for (long sequence = 0; sequence < 12; sequence++) {
                List<FigureChange> changes = new java.util.ArrayList<>();
                for (String pattern : keys) {
                    if (random.nextInt(3) == 0 || (sequence == 0 && changes.isEmpty())) {
                        String key = String.format(pattern, period.year());
                        Figures next = key.startsWith("A") ? Figures.applications(random.nextInt(100))
                                : Figures.decisions(random.nextInt(50), random.nextInt(50), random.nextInt(50), random.nextInt(5), 200);
                        changes.add(new FigureChange(key, current.get(key), next));
                        current.put(key, next);
                    }
                }
                at = at.plusSeconds(random.nextInt(86_400));
                events.add(message(period, sequence, at, "UNHCR " + sequence, changes.toArray(FigureChange[]::new)));
            }
        }
        for (var event : events) {
            handler.handle(event);
        }

        for (int day = 0; day <= 11; day++) {
            java.time.LocalDate asOf = java.time.LocalDate.parse("2019-12-31").plusDays(day);
            Instant end = asOf.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
            StatisticsProjection then = new StatisticsProjection(mongo.database("then-" + day));
            AnnotationEventHandlerAdapter thenHandler = new AnnotationEventHandlerAdapter(then);
            for (var event : events) {
                if (event.getTimestamp().isBefore(end)) {
                    thenHandler.handle(event);
                }
            }
            for (String basis : java.util.Arrays.asList(null, "P", "C")) {
                FindProtectionRates query = new FindProtectionRates(List.of("KOR"), 2014, 2016, null, null, null, basis, asOf);

                assertThat(projection.handle(query)).as("as of %s, basis %s", asOf, basis).isEqualTo(then.handle(query.today()));
            }
        }
    }
}
