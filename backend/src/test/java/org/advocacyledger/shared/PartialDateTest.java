package org.advocacyledger.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void parsesTheThreePrecisionsAndUnknown() {
        assertThat(PartialDate.parse("2004").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(PartialDate.parse("2014-03").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.parse("2014-03-05").precision()).isEqualTo(DatePrecision.DAY);
        assertThat(PartialDate.parse(null)).isEqualTo(PartialDate.UNKNOWN);
        assertThat(PartialDate.parse(" ")).isEqualTo(PartialDate.UNKNOWN);
        assertThat(PartialDate.parse("2014-03").start()).isEqualTo(LocalDate.of(2014, 3, 1));
        assertThat(PartialDate.parse("2016-02").end()).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(PartialDate.parse("2004").end()).isEqualTo(LocalDate.of(2004, 12, 31));
    }

    @Test
    void refusesWhatIsNotADate() {
        for (String bad : List.of("04", "2014-3", "2014-13", "2015-02-29", "2014/03", "March 2014", "20140305", "0999")) {
            assertThatThrownBy(() -> PartialDate.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void serializesAsTheStringOrNull() throws Exception {
        assertThat(json.writeValueAsString(PartialDate.parse("2014-03"))).isEqualTo("\"2014-03\"");
        assertThat(json.writeValueAsString(PartialDate.UNKNOWN)).isEqualTo("null");
        assertThat(json.readValue("\"2014-03-05\"", PartialDate.class)).isEqualTo(PartialDate.parse("2014-03-05"));
    }

    @Test
    void sortsAtTheStartOfTheSpanWiderFirstUnknownLast() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.UNKNOWN, PartialDate.parse("2014-01-01"),
                PartialDate.parse("2014-01"), PartialDate.parse("2013-12-31"), PartialDate.parse("2014"),
                PartialDate.parse("2014-02")));
        dates.sort(Comparator.comparing(PartialDate::sortKey));
        assertThat(dates).extracting(PartialDate::toString)
                .containsExactly("2013-12-31", "2014", "2014-01", "2014-01-01", "2014-02", "UNKNOWN");
    }

    @Test
    void aSpanIsInTheFutureOnlyWhenItStartsAfterToday() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertThat(PartialDate.parse("2026").isAfter(today)).isFalse();
        assertThat(PartialDate.parse("2026-11").isAfter(today)).isFalse();
        assertThat(PartialDate.parse("2026-11-28").isAfter(today)).isTrue();
        assertThat(PartialDate.parse("2027").isAfter(today)).isTrue();
        assertThat(PartialDate.UNKNOWN.isAfter(today)).isFalse();
    }

    @Test
    void periodsAreOneDateOrASpan() throws Exception {
        assertThat(Period.parse("2015").value()).isEqualTo("2015");
        Period span = Period.parse("1994 to 2015-08");
        assertThat(span.from()).isEqualTo(PartialDate.parse("1994"));
        assertThat(span.to()).isEqualTo(PartialDate.parse("2015-08"));
        assertThat(json.writeValueAsString(span)).isEqualTo("\"1994 to 2015-08\"");
        assertThat(json.readValue("\"2014-03 to 2015-12\"", Period.class).to()).isEqualTo(PartialDate.parse("2015-12"));
        for (String bad : List.of("2015 to 1994", "", "1994 to", "to 2015", "1994 to 2000 to 2010")) {
            assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
