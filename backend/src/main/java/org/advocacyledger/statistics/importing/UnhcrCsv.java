package org.advocacyledger.statistics.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.statistics.api.FigureKey;
import org.advocacyledger.statistics.api.Figures;
import org.advocacyledger.statistics.api.StatisticsFormat;

/**
 * Reads a UNHCR asylum file in either published layout: the {@code refugees} data package
 * ({@code year, coo_iso, coa_iso, procedure_type, dec_level, dec_pc, dec_recognized, ...} or
 * {@code ..., app_type, dec_level, app_pc, applied}) or the Refugee Data Finder download ({@code Year,
 * Country of asylum (ISO), Authority, Stage of procedure, Cases / Persons, Recognized decisions, ...}). The
 * layout is found from the header; other columns (names, UNHCR codes) are ignored. A bad row is reported
 * with its line number and never stops the others; a file that is not CSV text, or whose header fits no
 * layout, is refused whole ({@link RuleViolation} on field {@code file}).
 */
public final class UnhcrCsv {

    /** The columns a layout needs, by meaning. */
    enum Column { YEAR, ORIGIN, ASYLUM, AUTHORITY, APPLICATION_TYPE, STAGE, BASIS, RECOGNIZED, COMPLEMENTARY, REJECTED, CLOSED, TOTAL, APPLIED }

    /** A published layout: what it holds and the header name(s) of each column it needs. */
    enum Layout {
        DATA_PACKAGE_DECISIONS(StatisticsFormat.DECISIONS, Map.ofEntries(
                Map.entry(Column.YEAR, List.of("year")), Map.entry(Column.ORIGIN, List.of("coo_iso")),
                Map.entry(Column.ASYLUM, List.of("coa_iso")), Map.entry(Column.AUTHORITY, List.of("procedure_type")),
                Map.entry(Column.STAGE, List.of("dec_level")), Map.entry(Column.BASIS, List.of("dec_pc")),
                Map.entry(Column.RECOGNIZED, List.of("dec_recognized")), Map.entry(Column.COMPLEMENTARY, List.of("dec_other")),
                Map.entry(Column.REJECTED, List.of("dec_rejected")), Map.entry(Column.CLOSED, List.of("dec_closed")),
                Map.entry(Column.TOTAL, List.of("dec_total")))),
        DATA_PACKAGE_APPLICATIONS(StatisticsFormat.APPLICATIONS, Map.of(
                Column.YEAR, List.of("year"), Column.ORIGIN, List.of("coo_iso"), Column.ASYLUM, List.of("coa_iso"),
                Column.AUTHORITY, List.of("procedure_type"), Column.APPLICATION_TYPE, List.of("app_type"),
                Column.STAGE, List.of("dec_level"), Column.BASIS, List.of("app_pc"), Column.APPLIED, List.of("applied"))),
        REFUGEE_DATA_FINDER_DECISIONS(StatisticsFormat.DECISIONS, Map.ofEntries(
                Map.entry(Column.YEAR, List.of("Year")), Map.entry(Column.ORIGIN, List.of("Country of origin (ISO)")),
                Map.entry(Column.ASYLUM, List.of("Country of asylum (ISO)")), Map.entry(Column.AUTHORITY, List.of("Authority")),
                Map.entry(Column.STAGE, List.of("Stage of procedure")), Map.entry(Column.BASIS, List.of("Cases / Persons")),
                Map.entry(Column.RECOGNIZED, List.of("Recognized decisions")),
                Map.entry(Column.COMPLEMENTARY, List.of("Complementary protection")),
                Map.entry(Column.REJECTED, List.of("Rejected decisions")), Map.entry(Column.CLOSED, List.of("Otherwise closed")),
                Map.entry(Column.TOTAL, List.of("Total decisions")))),
        REFUGEE_DATA_FINDER_APPLICATIONS(StatisticsFormat.APPLICATIONS, Map.of(
                Column.YEAR, List.of("Year"), Column.ORIGIN, List.of("Country of origin (ISO)"),
                Column.ASYLUM, List.of("Country of asylum (ISO)"), Column.AUTHORITY, List.of("Authority"),
                Column.APPLICATION_TYPE, List.of("Application type"),
                Column.STAGE, List.of("Stage of procedure", "Decision level"),
                Column.BASIS, List.of("Cases / Persons", "Application data type"),
                Column.APPLIED, List.of("Applied", "Applications", "Asylum applications", "Number of applications")));

        final StatisticsFormat format;
        final Map<Column, List<String>> names;

        Layout(StatisticsFormat format, Map<Column, List<String>> names) {
            this.format = format;
            this.names = new EnumMap<>(names);
        }

        /** Where each column is in {@code header}, or null when one is missing. */
        Map<Column, Integer> positions(Map<String, Integer> header) {
            Map<Column, Integer> positions = new EnumMap<>(Column.class);
            for (var e : names.entrySet()) {
                Integer at = e.getValue().stream().map(n -> header.get(normalize(n))).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                if (at == null) {
                    return null;
                }
                positions.put(e.getKey(), at);
            }
            return positions;
        }

        List<String> missing(Map<String, Integer> header) {
            return names.values().stream().filter(n -> n.stream().noneMatch(name -> header.containsKey(normalize(name)))).map(n -> n.get(0)).toList();
        }

        String expected() {
            return String.join(", ", names.values().stream().map(n -> n.get(0)).toList());
        }
    }

    /** One valid row: the figure it states and the line it is on. */
    public record Row(int line, FigureKey key, Figures values) {
    }

    /** A rejected row: its line number (1 = the header) and why. */
    public record RowError(int line, String message) {
    }

    /** What a file held. {@code rowsRead} counts the data rows that are not empty. */
    public record Parsed(StatisticsFormat format, String layout, int rowsRead, List<Row> rows, List<RowError> errors) {
    }

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,15}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    private UnhcrCsv() {
    }

    public static Parsed parse(byte[] content) {
        return parse(content, rows -> { });
    }

    /** Parses the whole file; {@code progress} is told how many data rows were read so far (every 1,000). */
    public static Parsed parse(byte[] content, IntConsumer progress) {
        String text = decode(content);
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(CsvSchema.emptySchema())
                .readValues(new StringReader(text))) {
            if (!it.hasNextValue()) {
                throw notCsv("The file is empty.");
            }
            String[] headerCells = it.nextValue();
            Map<String, Integer> header = new HashMap<>();
            for (int i = 0; i < headerCells.length; i++) {
                header.putIfAbsent(normalize(headerCells[i]), i);
            }
            Layout layout = null;
            Map<Column, Integer> at = null;
            for (Layout candidate : Layout.values()) {
                at = candidate.positions(header);
                if (at != null) {
                    layout = candidate;
                    break;
                }
            }
            if (layout == null) {
                throw notCsv(unknownHeader(header));
            }
            List<Row> rows = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            Map<String, Integer> firstLineOf = new HashMap<>();
            int read = 0;
            int line = it.getParser().currentLocation().getLineNr();
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                int recordLine = line;
                // after a record the reader stands at the start of the next one (empty lines already skipped)
                line = it.getParser().currentLocation().getLineNr();
                if (isBlank(cells)) {
                    continue;
                }
                read++;
                if (read % 1_000 == 0) {
                    progress.accept(read);
                }
                try {
                    Row row = row(recordLine, cells, layout, at);
                    Integer first = firstLineOf.putIfAbsent(row.key().value(), recordLine);
                    if (first != null) {
                        errors.add(new RowError(recordLine, "repeats the figure of line " + first + " (" + row.key().value() + ")"));
                    } else {
                        rows.add(row);
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(recordLine, e.getMessage()));
                }
            }
            progress.accept(read);
            return new Parsed(layout.format, layout.name(), read, rows, errors);
        } catch (JsonProcessingException e) {
            throw notCsv("The file is not valid CSV near line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Row row(int line, String[] cells, Layout layout, Map<Column, Integer> at) {
        int needed = at.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (cells.length < needed) {
            throw new IllegalArgumentException("has " + cells.length + " fields, the header has at least " + needed);
        }
        String yearText = cell(cells, at, Column.YEAR);
        if (!YEAR.matcher(yearText).matches()) {
            throw new IllegalArgumentException(name(layout, Column.YEAR) + " is not a year: \"" + clip(yearText) + "\"");
        }
        int year = Integer.parseInt(yearText);
        String asylum = code(cells, at, Column.ASYLUM, layout, FigureKey.COUNTRY, "a three-letter ISO code");
        String origin = code(cells, at, Column.ORIGIN, layout, FigureKey.COUNTRY, "a three-letter ISO code");
        String authority = code(cells, at, Column.AUTHORITY, layout, FigureKey.AUTHORITY, "G, U or J");
        String applicationType = layout.format == StatisticsFormat.APPLICATIONS
                ? code(cells, at, Column.APPLICATION_TYPE, layout, FigureKey.APPLICATION_TYPE, "a code such as N, R or A") : null;
        String stage = code(cells, at, Column.STAGE, layout, FigureKey.STAGE, "a two-letter code such as FI, AR or NA");
        String basis = code(cells, at, Column.BASIS, layout, FigureKey.BASIS, "P (persons) or C (cases)");
        if (year < FigureKey.FIRST_YEAR || year > FigureKey.LAST_YEAR) {
            throw new IllegalArgumentException(name(layout, Column.YEAR) + " " + year + " is outside "
                    + FigureKey.FIRST_YEAR + "-" + FigureKey.LAST_YEAR);
        }
        FigureKey key = new FigureKey(layout.format, asylum, year, origin, authority, applicationType, stage, basis);
        Figures values = layout.format == StatisticsFormat.DECISIONS
                ? Figures.decisions(count(cells, at, Column.RECOGNIZED, layout), count(cells, at, Column.COMPLEMENTARY, layout),
                count(cells, at, Column.REJECTED, layout), count(cells, at, Column.CLOSED, layout), count(cells, at, Column.TOTAL, layout))
                : Figures.applications(count(cells, at, Column.APPLIED, layout));
        return new Row(line, key, values);
    }

    private static String cell(String[] cells, Map<Column, Integer> at, Column column) {
        String value = cells[at.get(column)];
        return value == null ? "" : value.strip();
    }

    private static String code(String[] cells, Map<Column, Integer> at, Column column, Layout layout, Pattern pattern, String expected) {
        String value = cell(cells, at, column).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name(layout, column) + " is empty");
        }
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(name(layout, column) + " \"" + clip(value) + "\" is not " + expected);
        }
        return value;
    }

    private static long count(String[] cells, Map<Column, Integer> at, Column column, Layout layout) {
        String value = cell(cells, at, column);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name(layout, column) + " is empty");
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException(name(layout, column) + " is not a whole number: \"" + clip(value) + "\"");
        }
        return Long.parseLong(value);
    }

    private static String name(Layout layout, Column column) {
        return layout.names.get(column).get(0);
    }

    private static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static boolean isBlank(String[] cells) {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static String normalize(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String unknownHeader(Map<String, Integer> header) {
        Layout closest = Layout.DATA_PACKAGE_DECISIONS;
        for (Layout layout : Layout.values()) {
            if (layout.missing(header).size() < closest.missing(header).size()) {
                closest = layout;
            }
        }
        return "The header is not one of UNHCR's layouts (missing " + String.join(", ", closest.missing(header))
                + "). Expected the data-package columns " + Layout.DATA_PACKAGE_DECISIONS.expected() + " (decisions) or "
                + Layout.DATA_PACKAGE_APPLICATIONS.expected() + " (applications), or the Refugee Data Finder columns "
                + Layout.REFUGEE_DATA_FINDER_DECISIONS.expected() + " (decisions) or "
                + Layout.REFUGEE_DATA_FINDER_APPLICATIONS.expected() + " (applications).";
    }

    private static String decode(byte[] content) {
        if (content == null || content.length == 0) {
            throw notCsv("The file is empty.");
        }
        for (int i = 0; i < Math.min(content.length, 8_192); i++) {
            if (content[i] == 0) {
                throw notCsv("The file is not CSV text (it holds binary data).");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw notCsv("The file is not CSV text in UTF-8.");
        }
    }

    private static RuleViolation notCsv(String message) {
        return RuleViolation.of("file", message);
    }
}
