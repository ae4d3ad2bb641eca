package org.advocacyledger.statistics.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.advocacyledger.shared.FieldViolation;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.statistics.Fixtures;
import org.advocacyledger.statistics.api.FigureKey;
import org.advocacyledger.statistics.api.Figures;
import org.advocacyledger.statistics.api.StatisticsFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class UnhcrCsvTest {

    @Test
    void readsDataPackageDecisions() {
        UnhcrCsv.Parsed parsed = UnhcrCsv.parse(Fixtures.read("decisions-release-1.csv"));

        assertThat(parsed.format()).isEqualTo(StatisticsFormat.DECISIONS);
        assertThat(parsed.layout()).isEqualTo("DATA_PACKAGE_DECISIONS");
        assertThat(parsed.rowsRead()).isEqualTo(7);
        assertThat(parsed.errors()).isEmpty();
        UnhcrCsv.Row first = parsed.rows().get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.key().value()).isEqualTo("D|KOR|2015|SYR|G|FI|P");
        assertThat(first.values()).isEqualTo(Figures.decisions(10, 40, 50, 0, 100));
        // the country of asylum is the ISO code (coa_iso), not UNHCR's own code (coa = JAP)
        assertThat(parsed.rows().get(6).key().country()).isEqualTo("JPN");
    }

    @Test
    void readsDataPackageApplicationsWhereNaIsACodeNotAMissingValue() {
        UnhcrCsv.Parsed parsed = UnhcrCsv.parse(Fixtures.read("applications.csv"));

        assertThat(parsed.format()).isEqualTo(StatisticsFormat.APPLICATIONS);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(r -> r.key().value(), r -> r.values().applied()).containsExactly(
                tuple("A|KOR|2015|SYR|G|N|NA|P", 200L),
                tuple("A|KOR|2015|SYR|G|A|AR|P", 5L),
                tuple("A|KOR|2015|MMR|G|NA|FI|P", 30L));
    }

    @Test
    void readsRefugeeDataFinderLayoutWithBomCrlfQuotedFieldsAndEmptyLines() {
        UnhcrCsv.Parsed parsed = UnhcrCsv.parse(Fixtures.read("refugee-data-finder.csv"));

        assertThat(parsed.layout()).isEqualTo("REFUGEE_DATA_FINDER_DECISIONS");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(3);
        // columns are found by name: here "Otherwise closed" comes before "Rejected decisions"
        assertThat(parsed.rows()).extracting(UnhcrCsv.Row::line, r -> r.key().value(), UnhcrCsv.Row::values).containsExactly(
                tuple(2, "D|JPN|2015|SYR|G|FI|P", Figures.decisions(3, 27, 70, 0, 100)),
                tuple(4, "D|JPN|2015|MMR|G|FI|P", Figures.decisions(0, 5, 10, 5, 20)),
                tuple(5, "D|JPN|2016|CHN|G|FI|P", Figures.decisions(0, 0, 11, 0, 11)));
    }

    @Test
    void rejectsBadRowsWithLineAndReasonAndKeepsTheGoodOnes() {
        UnhcrCsv.Parsed parsed = UnhcrCsv.parse(Fixtures.read("nasty-decisions.csv"));

        assertThat(parsed.rowsRead()).isEqualTo(11);
        assertThat(parsed.rows()).extracting(UnhcrCsv.Row::line, r -> r.key().value()).containsExactly(
                tuple(2, "D|KOR|2015|SYR|G|FI|P"),
                tuple(13, "D|KOR|2016|IRQ|G|NA|P"));
        assertThat(parsed.rows().get(1).values().maskedCells()).isEqualTo(3);
        assertThat(parsed.errors()).extracting(UnhcrCsv.RowError::line).containsExactly(4, 5, 6, 7, 8, 9, 10, 11, 12);
        List<String> messages = parsed.errors().stream().map(UnhcrCsv.RowError::message).toList();
        assertThat(messages.get(0)).isEqualTo("coo_iso \"X1\" is not a three-letter ISO code");
        assertThat(messages.get(1)).isEqualTo("dec_recognized is not a whole number: \"ten\"");
        assertThat(messages.get(2)).isEqualTo("procedure_type \"X\" is not G, U or J");
        assertThat(messages.get(3)).isEqualTo("dec_pc \"Q\" is not P (persons) or C (cases)");
        assertThat(messages.get(4)).isEqualTo("year is not a year: \"\"");
        assertThat(messages.get(5)).isEqualTo("dec_recognized is not a whole number: \"-3\"");
        assertThat(messages.get(6)).isEqualTo("repeats the figure of line 2 (D|KOR|2015|SYR|G|FI|P)");
        assertThat(messages.get(7)).isEqualTo("has 9 fields, the header has at least 15");
        assertThat(messages.get(8)).isEqualTo("dec_rejected is empty");
    }

    @Test
    void refusesAWrongHeaderNamingWhatWasExpected() {
        assertThatThrownBy(() -> UnhcrCsv.parse(Fixtures.read("wrong-header.csv")))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    FieldViolation v = ((RuleViolation) e).violations().get(0);
                    assertThat(v.field()).isEqualTo("file");
                    assertThat(v.message()).contains("not one of UNHCR's layouts")
                            .contains("year, coo_iso, coa_iso, procedure_type, dec_level, dec_pc, dec_recognized")
                            .contains("Recognized decisions");
                });
    }

    @Test
    void refusesWhatIsNotCsvText() {
        assertThatThrownBy(() -> UnhcrCsv.parse(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> UnhcrCsv.parse(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> UnhcrCsv.parse(new byte[] {'y', 'e', (byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> UnhcrCsv.parse("{\"year\": 2015}\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("not one of UNHCR's layouts");
    }

    @Test
    void aFigureKeyRoundTrips() {
        for (String key : List.of("D|KOR|2015|SYR|G|FI|P", "A|JPN|2020|MMR|U|NR|NA|C")) {
            assertThat(FigureKey.parse(key).value()).isEqualTo(key);
        }
        assertThatThrownBy(() -> FigureKey.parse("D|KOR|2015|SYR|G|FI")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FigureKey.parse("D|KOR|20x5|SYR|G|FI|P")).isInstanceOf(IllegalArgumentException.class);
    }
}
