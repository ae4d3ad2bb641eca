package org.advocacyledger.analytics.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.advocacyledger.analytics.api.FramingRow;
import org.advocacyledger.analytics.api.GetFramingAnalytics;
import org.advocacyledger.security.CampaignScope;
import org.advocacyledger.shared.FieldViolation;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.RuleViolation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The framing dashboard: per framing and avenue, or per legal basis, as JSON or CSV, for any past date.
 * Everyone signed in may read it, over the campaigns they may see.
 */
@RestController
@RequestMapping("/api/analytics")
class AnalyticsController {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(CsvRow.class).withHeader();

    private final QueryGateway queries;
    private final CampaignScope scope;

    AnalyticsController(QueryGateway queries, CampaignScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    /**
     * A row flattened for CSV: id lists joined with spaces, then the links to the records' pages (actions,
     * claimed and associated reforms, claims: every record any list names), also joined with spaces.
     */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"framing", "avenue", "legalBasis", "actions", "claimedReforms",
            "substantiatedReforms", "disputedReforms", "progressive", "regressive", "creditAll", "creditSubstantiated",
            "medianLagMonths", "minLagMonths", "maxLagMonths", "lagImprecise", "associatedReforms", "reachRecognizedBefore",
            "reachRecognizedAfter", "reachComplementaryBefore", "reachComplementaryAfter", "smallSample", "actionIds",
            "reformIds", "associatedReformIds", "claimIds", "substantiatedReformIds", "disputedReformIds", "progressiveReformIds",
            "regressiveReformIds", "substantiatedClaimIds", "disputedClaimIds", "actionLinks", "reformLinks", "claimLinks"})
    record CsvRow(String framing, String avenue, String legalBasis, int actions, int claimedReforms, int substantiatedReforms,
                  int disputedReforms, int progressive, int regressive, double creditAll, double creditSubstantiated,
                  Double medianLagMonths, Integer minLagMonths, Integer maxLagMonths, boolean lagImprecise, int associatedReforms,
                  Long reachRecognizedBefore, Long reachRecognizedAfter, Long reachComplementaryBefore,
                  Long reachComplementaryAfter, boolean smallSample, String actionIds, String reformIds,
                  String associatedReformIds, String claimIds, String substantiatedReformIds, String disputedReformIds,
                  String progressiveReformIds, String regressiveReformIds, String substantiatedClaimIds, String disputedClaimIds,
                  String actionLinks, String reformLinks, String claimLinks) {
        static CsvRow of(FramingRow r, String base) {
            java.util.Set<String> reforms = new java.util.LinkedHashSet<>(r.reformIds());
            reforms.addAll(r.associatedReformIds());
            return new CsvRow(r.framing(), r.avenue(), r.legalBasis(), r.actions(), r.claimedReforms(), r.substantiatedReforms(),
                    r.disputedReforms(), r.progressive(), r.regressive(), r.creditAll(), r.creditSubstantiated(),
                    r.medianLagMonths(), r.minLagMonths(), r.maxLagMonths(), r.lagImprecise(), r.associatedReforms(),
                    r.reachRecognizedBefore(), r.reachRecognizedAfter(), r.reachComplementaryBefore(),
                    r.reachComplementaryAfter(), r.smallSample(), String.join(" ", r.actionIds()), String.join(" ", r.reformIds()),
                    String.join(" ", r.associatedReformIds()), String.join(" ", r.claimIds()),
                    String.join(" ", r.substantiatedReformIds()), String.join(" ", r.disputedReformIds()),
                    String.join(" ", r.progressiveReformIds()), String.join(" ", r.regressiveReformIds()),
                    String.join(" ", r.substantiatedClaimIds()), String.join(" ", r.disputedClaimIds()),
                    links(base, "actions", r.actionIds()), links(base, "reforms", reforms), links(base, "contributions", r.claimIds()));
        }

        /** The UI's page of each record (see frontend/src/config/paths.ts). */
        private static String links(String base, String kind, java.util.Collection<String> ids) {
            StringBuilder out = new StringBuilder();
            for (String id : ids) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(base).append('/').append(kind).append('/').append(id);
            }
            return out.toString();
        }
    }

    @GetMapping(path = "/framings", produces = "application/json")
    List<FramingRow> framings(@RequestParam(required = false) List<String> country, @RequestParam(required = false) String issue,
                              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(required = false) String asOf, @RequestParam(defaultValue = "36") int windowMonths,
                              @RequestParam(defaultValue = "3") int reachYears,
                              @RequestParam(defaultValue = "true") boolean ids) {
        return query(country, issue, from, to, asOf, windowMonths, reachYears, false, ids);
    }

    @GetMapping(path = "/framings", produces = "text/csv")
    ResponseEntity<String> framingsCsv(@RequestParam(required = false) List<String> country,
                                       @RequestParam(required = false) String issue, @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
                                       @RequestParam(defaultValue = "36") int windowMonths,
                                       @RequestParam(defaultValue = "3") int reachYears) throws JsonProcessingException {
        return csv(query(country, issue, from, to, asOf, windowMonths, reachYears, false, true), "framings.csv");
    }

    @GetMapping(path = "/legal-bases", produces = "application/json")
    List<FramingRow> legalBases(@RequestParam(required = false) List<String> country, @RequestParam(required = false) String issue,
                                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String asOf, @RequestParam(defaultValue = "36") int windowMonths,
                                @RequestParam(defaultValue = "3") int reachYears,
                              @RequestParam(defaultValue = "true") boolean ids) {
        return query(country, issue, from, to, asOf, windowMonths, reachYears, true, ids);
    }

    @GetMapping(path = "/legal-bases", produces = "text/csv")
    ResponseEntity<String> legalBasesCsv(@RequestParam(required = false) List<String> country,
                                         @RequestParam(required = false) String issue, @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
                                         @RequestParam(defaultValue = "36") int windowMonths,
                                         @RequestParam(defaultValue = "3") int reachYears) throws JsonProcessingException {
        return csv(query(country, issue, from, to, asOf, windowMonths, reachYears, true, true), "legal-bases.csv");
    }

    private List<FramingRow> query(List<String> countries, String issue, String from, String to, String asOf, int windowMonths,
                                   int reachYears, boolean byLegalBasis, boolean ids) {
        List<FieldViolation> problems = new ArrayList<>();
        PartialDate fromDate = date(from, "from", problems);
        PartialDate toDate = date(to, "to", problems);
        LocalDate asOfDate = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                asOfDate = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldViolation("asOf", "must be a date like 2026-11-27"));
            }
        }
        if (windowMonths < 0 || windowMonths > 600) {
            problems.add(new FieldViolation("windowMonths", "must be between 0 and 600"));
        }
        if (reachYears < 0 || reachYears > 30) {
            problems.add(new FieldViolation("reachYears", "must be between 0 and 30"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        GetFramingAnalytics query = new GetFramingAnalytics(countries == null ? List.of() : List.copyOf(countries),
                issue == null || issue.isBlank() ? null : issue.strip(), fromDate, toDate, asOfDate, windowMonths, reachYears,
                byLegalBasis, scope.visibleCampaignIds(), ids);
        return queries.query(query, ResponseTypes.multipleInstancesOf(FramingRow.class)).join();
    }

    private static PartialDate date(String text, String field, List<FieldViolation> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldViolation(field, "must be a date like 2004, 2014-03 or 2014-03-05"));
            return null;
        }
    }

    private static ResponseEntity<String> csv(List<FramingRow> rows, String filename) throws JsonProcessingException {
        String base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String body = CSV.writer(SCHEMA).writeValueAsString(rows.stream().map(row -> CsvRow.of(row, base)).toList());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body);
    }
}
