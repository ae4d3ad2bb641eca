package org.advocacyledger.statistics.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.Rules;
import org.advocacyledger.shared.web.NotFound;
import org.advocacyledger.statistics.api.FigureHistory;
import org.advocacyledger.statistics.api.FigureKey;
import org.advocacyledger.statistics.api.FigureSummary;
import org.advocacyledger.statistics.api.FindFigureHistory;
import org.advocacyledger.statistics.api.FindPeriodFigures;
import org.advocacyledger.statistics.api.FindProtectionRates;
import org.advocacyledger.statistics.api.ProtectionRate;
import org.advocacyledger.statistics.api.StatisticsPeriodId;
import org.advocacyledger.statistics.importing.ImportProgress;
import org.advocacyledger.statistics.importing.ImportSummary;
import org.advocacyledger.statistics.importing.StatisticsImporter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * UNHCR statistics over HTTP: file imports (coordinators and administrators), protection rates and figure
 * histories (anyone signed in). JSON by default, CSV when the request prefers {@code text/csv}.
 */
@RestController
@RequestMapping("/api/statistics")
class StatisticsController {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    static final int MAX_COUNTRIES = 20;
    static final int MAX_YEARS = 100;
    private static final CsvMapper CSV = new CsvMapper();

    private final StatisticsImporter importer;
    private final ImportProgress progress;
    private final QueryGateway queries;
    private final long maxUploadBytes;

    StatisticsController(StatisticsImporter importer, ImportProgress progress, QueryGateway queries,
                         @Value("${ledger.statistics.max-upload-bytes:52428800}") long maxUploadBytes) {
        this.importer = importer;
        this.progress = progress;
        this.queries = queries;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** The upload is larger than {@code ledger.statistics.max-upload-bytes}. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("The file is larger than " + limit / (1024 * 1024) + " MB.");
        }
    }

    @ExceptionHandler(TooLarge.class)
    ProblemDetail tooLarge(TooLarge e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                                 @RequestParam(name = "source", required = false) String source,
                                 @RequestParam(name = "progressId", required = false) String progressId,
                                 @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                 Authentication user) {
        if (file == null || file.isEmpty()) {
            throw RuleViolation.of("file", "Choose a CSV file of UNHCR asylum decisions or applications.");
        }
        if (file.getSize() > maxUploadBytes) {
            throw new TooLarge(maxUploadBytes);
        }
        new Rules()
                .optionalText(source, "source", 200)
                .require(progressId == null || ImportProgress.ID.matcher(progressId).matches(), "progressId",
                        "must be 8 to 64 letters, digits or hyphens")
                .check();
        String label = source == null || source.isBlank() ? defaultSource(file.getOriginalFilename()) : source.strip();
        ImportSummary summary;
        try {
            summary = importer.importFile(file.getBytes(), label, progressId, user.getName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (prefersCsv(accept)) {
            List<ImportCsvRow> rows = new ArrayList<>();
            if (summary.errors().isEmpty()) {
                rows.add(ImportCsvRow.of(summary, null));
            }
            summary.errors().forEach(error -> rows.add(ImportCsvRow.of(summary, error)));
            return csv(rows, ImportCsvRow.class);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(summary);
    }

    static String defaultSource(String filename) {
        String name = filename == null || filename.isBlank() ? "upload" : filename.replaceAll("[\\p{Cntrl}]", "").strip();
        String label = "UNHCR file " + name;
        return label.length() > 200 ? label.substring(0, 200) : label;
    }

    @GetMapping("/imports/progress/{progressId}")
    ImportProgress.Status importProgress(@PathVariable String progressId, Authentication user) {
        ImportProgress.Status status = progress.find(progressId, user.getName());
        if (status == null) {
            throw new NotFound("import", progressId);
        }
        return status;
    }

    @GetMapping("/protection-rates")
    ResponseEntity<?> protectionRates(@RequestParam(name = "country", required = false) List<String> countries,
                                      @RequestParam(required = false) Integer from,
                                      @RequestParam(required = false) Integer to,
                                      @RequestParam(required = false) String origin,
                                      @RequestParam(required = false) String authority,
                                      @RequestParam(required = false) String stage,
                                      @RequestParam(required = false) String basis,
                                      @RequestParam(required = false) String asOf,
                                      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        List<String> codes = countries == null ? List.of() : countries.stream()
                .flatMap(c -> List.of(c.split(",")).stream()).map(c -> c.strip().toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty()).distinct().toList();
        int first = from == null ? 2000 : from;
        int last = to == null ? Year.now().getValue() : to;
        Rules rules = new Rules()
                .require(!codes.isEmpty(), "country", "name at least one country of asylum (ISO 3166-1 alpha-3, e.g. KOR)")
                .maxSize(codes, "country", MAX_COUNTRIES)
                .require(first >= FigureKey.FIRST_YEAR && first <= FigureKey.LAST_YEAR, "from",
                        "must be a year from " + FigureKey.FIRST_YEAR + " to " + FigureKey.LAST_YEAR)
                .require(last >= FigureKey.FIRST_YEAR && last <= FigureKey.LAST_YEAR, "to",
                        "must be a year from " + FigureKey.FIRST_YEAR + " to " + FigureKey.LAST_YEAR)
                .require(first <= last, "to", "must not be before from")
                .require(last - first < MAX_YEARS, "to", "spans more than " + MAX_YEARS + " years")
                .require(origin == null || FigureKey.COUNTRY.matcher(origin).matches(), "origin", "must be a three-letter code, e.g. SYR")
                .require(authority == null || FigureKey.AUTHORITY.matcher(authority).matches(), "authority", "must be G, U or J")
                .require(stage == null || FigureKey.STAGE.matcher(stage).matches(), "stage", "must be a two-letter code, e.g. FI")
                .require(basis == null || FigureKey.BASIS.matcher(basis).matches(), "basis", "must be P (persons) or C (cases)");
        for (int i = 0; i < codes.size(); i++) {
            rules.require(FigureKey.COUNTRY.matcher(codes.get(i)).matches(), "country[" + i + "]", "must be a three-letter code, e.g. KOR");
        }
        java.time.LocalDate asOfDay = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                asOfDay = java.time.LocalDate.parse(asOf.strip());
            } catch (java.time.format.DateTimeParseException e) {
                rules.require(false, "asOf", "must be a date like 2026-11-27");
            }
        }
        rules.check();
        List<ProtectionRate> rates = queries.query(new FindProtectionRates(codes, first, last, origin, authority, stage, basis, asOfDay),
                ResponseTypes.multipleInstancesOf(ProtectionRate.class)).join();
        if (prefersCsv(accept)) {
            return csv(rates, ProtectionRate.class);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rates);
    }

    @GetMapping("/periods/{country}/{year}/figures")
    List<FigureSummary> periodFigures(@PathVariable String country, @PathVariable int year) {
        if (!FigureKey.COUNTRY.matcher(country).matches() || year < FigureKey.FIRST_YEAR || year > FigureKey.LAST_YEAR) {
            throw new NotFound("statistics period", country + "/" + year);
        }
        return queries.query(new FindPeriodFigures(StatisticsPeriodId.of(country, year)),
                ResponseTypes.multipleInstancesOf(FigureSummary.class)).join();
    }

    @GetMapping("/figures/{key}/history")
    FigureHistory figureHistory(@PathVariable String key) {
        FigureKey parsed;
        try {
            parsed = FigureKey.parse(key);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("key", e.getMessage());
        }
        FigureHistory history = queries.query(new FindFigureHistory(parsed), ResponseTypes.instanceOf(FigureHistory.class)).join();
        if (history == null) {
            throw new NotFound("figure", key);
        }
        return history;
    }

    /** True when the Accept header ranks text/csv above JSON. */
    static boolean prefersCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            MediaType.sortBySpecificityAndQuality(types);
            for (MediaType type : types) {
                if (type.isCompatibleWith(TEXT_CSV) && !type.isWildcardType()) {
                    return true;
                }
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                    return false;
                }
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static ResponseEntity<String> csv(List<?> rows, Class<?> type) {
        CsvSchema schema = CSV.schemaFor(type).withHeader();
        try {
            return ResponseEntity.ok().contentType(new MediaType(TEXT_CSV, java.nio.charset.StandardCharsets.UTF_8))
                    .body(CSV.writer(schema).writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The import summary as CSV: one line per rejected row (or one line when none was), the counts repeated. */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"format", "rowsRead", "rowsImported", "rowsUnchanged", "rowsCorrected",
            "rowsRejected", "errorLine", "errorMessage"})
    record ImportCsvRow(String format, int rowsRead, int rowsImported, int rowsUnchanged, int rowsCorrected, int rowsRejected,
                        Integer errorLine, String errorMessage) {
        static ImportCsvRow of(ImportSummary s, org.advocacyledger.statistics.importing.UnhcrCsv.RowError error) {
            return new ImportCsvRow(s.format().name(), s.rowsRead(), s.rowsImported(), s.rowsUnchanged(), s.rowsCorrected(),
                    s.rowsRejected(), error == null ? null : error.line(), error == null ? null : error.message());
        }
    }
}
