package org.advocacyledger.statistics.api;

import java.util.regex.Pattern;

/**
 * Identifies one UNHCR figure row: its kind, country of asylum, year, country of origin, authority
 * ({@code procedure_type}: G, U, J), for applications the application type, stage of procedure
 * ({@code dec_level}: FI, AR, FA, JR, RA, NA, ...; "NA" is a code, not a missing value) and basis (P persons,
 * C cases). Written as {@code D|KOR|2015|SYR|G|FI|P} or {@code A|KOR|2015|SYR|G|N|NA|P}.
 */
public record FigureKey(StatisticsFormat kind, String country, int year, String origin, String authority,
                        String applicationType, String stage, String basis) {

    public static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    public static final Pattern AUTHORITY = Pattern.compile("[GUJ]");
    public static final Pattern APPLICATION_TYPE = Pattern.compile("[A-Z]{1,3}");
    public static final Pattern STAGE = Pattern.compile("[A-Z]{2}");
    public static final Pattern BASIS = Pattern.compile("[PC]");
    public static final int FIRST_YEAR = 1951;
    public static final int LAST_YEAR = 2100;

    public FigureKey {
        check(kind != null, "kind");
        check(country != null && COUNTRY.matcher(country).matches(), "country of asylum");
        check(year >= FIRST_YEAR && year <= LAST_YEAR, "year");
        check(origin != null && COUNTRY.matcher(origin).matches(), "country of origin");
        check(authority != null && AUTHORITY.matcher(authority).matches(), "authority");
        if (kind == StatisticsFormat.APPLICATIONS) {
            check(applicationType != null && APPLICATION_TYPE.matcher(applicationType).matches(), "application type");
        } else {
            check(applicationType == null, "application type");
        }
        check(stage != null && STAGE.matcher(stage).matches(), "stage of procedure");
        check(basis != null && BASIS.matcher(basis).matches(), "basis");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("invalid " + what);
        }
    }

    public StatisticsPeriodId period() {
        return StatisticsPeriodId.of(country, year);
    }

    public String value() {
        String head = kind.code() + "|" + country + "|" + year + "|" + origin + "|" + authority + "|";
        return kind == StatisticsFormat.APPLICATIONS
                ? head + applicationType + "|" + stage + "|" + basis
                : head + stage + "|" + basis;
    }

    /** Parses {@link #value()}; throws IllegalArgumentException on anything else. */
    public static FigureKey parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("no figure key");
        }
        String[] p = value.split("\\|", -1);
        try {
            if (p.length == 7 && p[0].equals("D")) {
                return new FigureKey(StatisticsFormat.DECISIONS, p[1], Integer.parseInt(p[2]), p[3], p[4], null, p[5], p[6]);
            }
            if (p.length == 8 && p[0].equals("A")) {
                return new FigureKey(StatisticsFormat.APPLICATIONS, p[1], Integer.parseInt(p[2]), p[3], p[4], p[5], p[6], p[7]);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid year in figure key");
        }
        throw new IllegalArgumentException("a figure key looks like D|KOR|2015|SYR|G|FI|P or A|KOR|2015|SYR|G|N|NA|P");
    }

    @Override
    public String toString() {
        return value();
    }
}
