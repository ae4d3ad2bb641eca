package org.advocacyledger.statistics.command;

import java.util.ArrayList;
import java.util.List;

import org.advocacyledger.shared.FieldViolation;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.statistics.api.FigureChange;
import org.advocacyledger.statistics.api.FigureRow;
import org.advocacyledger.statistics.api.Figures;
import org.advocacyledger.statistics.api.ImportStatisticsRows;
import org.advocacyledger.statistics.api.OpenStatisticsPeriod;
import org.advocacyledger.statistics.api.PeriodImportOutcome;
import org.advocacyledger.statistics.api.StatisticsBatchImported;
import org.advocacyledger.statistics.api.StatisticsPeriodId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatisticsPeriodTest {

    private static final StatisticsPeriodId KOR_2015 = StatisticsPeriodId.of("KOR", 2015);
    private static final String SYR = "D|KOR|2015|SYR|G|FI|P";
    private static final String MMR = "D|KOR|2015|MMR|G|FI|P";
    private static final String APPLIED = "A|KOR|2015|SYR|G|N|NA|P";
    private static final Figures SYR_1 = Figures.decisions(10, 40, 50, 0, 100);
    private static final Figures SYR_2 = Figures.decisions(12, 40, 48, 0, 100);
    private static final Figures MMR_1 = Figures.decisions(5, 0, 20, 5, 30);

    private FixtureConfiguration<StatisticsPeriod> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StatisticsPeriod.class);
    }

    private static StatisticsBatchImported release1() {
        return new StatisticsBatchImported(KOR_2015, "import-1", "UNHCR 2024.06",
                List.of(new FigureChange(SYR, null, SYR_1), new FigureChange(MMR, null, MMR_1)));
    }

    @Test
    void canOpenPeriodWithItsFirstFigures() {
        fixture.givenNoPriorActivity()
                .when(new OpenStatisticsPeriod(KOR_2015, "import-1", " UNHCR 2024.06 ",
                        List.of(new FigureRow(SYR, SYR_1), new FigureRow(MMR, MMR_1))))
                .expectEvents(release1())
                .expectResultMessagePayload(new PeriodImportOutcome(2, 0, 0));
    }

    @Test
    void sameFiguresAgainAreUnchangedAndRecordNothing() {
        fixture.given(release1())
                .when(new ImportStatisticsRows(KOR_2015, "import-2", "UNHCR 2024.06",
                        List.of(new FigureRow(SYR, SYR_1), new FigureRow(MMR, MMR_1))))
                .expectNoEvents()
                .expectResultMessagePayload(new PeriodImportOutcome(0, 2, 0));
    }

    @Test
    void revisedFigureIsACorrectionThatKeepsThePreviousValue() {
        fixture.given(release1())
                .when(new ImportStatisticsRows(KOR_2015, "import-2", "UNHCR 2025.12.1",
                        List.of(new FigureRow(SYR, SYR_2), new FigureRow(MMR, MMR_1), new FigureRow(APPLIED, Figures.applications(200)))))
                .expectEvents(new StatisticsBatchImported(KOR_2015, "import-2", "UNHCR 2025.12.1", List.of(
                        new FigureChange(SYR, SYR_1, SYR_2), new FigureChange(APPLIED, null, Figures.applications(200)))))
                .expectResultMessagePayload(new PeriodImportOutcome(1, 1, 1));
    }

    @Test
    void manyChangesAreRecordedInBatchesOfAtMostAThousand() {
        List<FigureRow> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            String origin = "" + (char) ('A' + i / 676) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
            rows.add(new FigureRow("D|KOR|2015|" + origin + "|G|FI|P", Figures.decisions(i, 0, 0, 0, i)));
        }
        fixture.givenNoPriorActivity()
                .when(new OpenStatisticsPeriod(KOR_2015, "big", "UNHCR", rows))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                batchOf(1_000), batchOf(1_000), batchOf(500),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    private static org.hamcrest.Matcher<Object> batchOf(int size) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof StatisticsBatchImported b && b.figures().size() == size;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a batch of " + size);
            }
        };
    }

    @Test
    void cannotImportRowsOfAnotherPeriodOrOfTheWrongShape() {
        ImportStatisticsRows bad = new ImportStatisticsRows(KOR_2015, "import-2", "UNHCR", List.of(
                new FigureRow("D|JPN|2015|SYR|G|FI|P", SYR_1),
                new FigureRow(MMR, Figures.applications(3)),
                new FigureRow("nonsense", SYR_1),
                new FigureRow(SYR, SYR_1),
                new FigureRow(SYR, SYR_2),
                new FigureRow(APPLIED, new Figures(null, null, null, null, null, -1L))));
        fixture.given(release1()).when(bad).expectException(RuleViolation.class).expectNoEvents();
        assertThatThrownBy(() -> new StatisticsPeriod().handle(bad))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("rows[0]", "rows[1]", "rows[2]", "rows[4]", "rows[5]"));
    }

    @Test
    void cannotImportWithoutSourceOrRows() {
        fixture.givenNoPriorActivity()
                .when(new OpenStatisticsPeriod(KOR_2015, "import-1", " ", List.of()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
