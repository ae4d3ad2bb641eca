package org.advocacyledger.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.advocacyledger.shared.RuleViolation;
import org.bson.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit view for administrators: who recorded, corrected, retracted, substantiated or imported what
 * (from every event's metadata in the event store itself) and who signed in, failed to, or was refused
 * access (from the security log), when and from where. Filterable; JSON or CSV.
 */
@RestController
@RequestMapping("/api/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    /** One line of the audit view. */
    record AuditEntry(Instant at, String kind, String username, String address, String detail, String source,
                      String recordType, String recordId) {
    }

    private static final CsvSchema CSV = CsvMapper.builder().build().schemaFor(AuditEntry.class).withHeader()
            .sortedBy("at", "kind", "username", "address", "detail", "source", "recordType", "recordId");

    private final SecurityLog securityLog;
    private final MongoDatabase ledgerDatabase;
    private final ObjectMapper json;
    private final CsvMapper csv = (CsvMapper) CsvMapper.builder().findAndAddModules().build();

    AuditController(SecurityLog securityLog, MongoDatabase ledgerDatabase, ObjectMapper json) {
        this.securityLog = securityLog;
        this.ledgerDatabase = ledgerDatabase;
        this.json = json;
        this.csv.disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @GetMapping(produces = "application/json")
    List<AuditEntry> audit(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(required = false) String user, @RequestParam(required = false) String kind) {
        Instant start = day(from, "from", false);
        Instant end = day(to, "to", true);
        List<AuditEntry> entries = new ArrayList<>();
        for (SecurityLog.Entry e : securityLog.all()) {
            entries.add(new AuditEntry(e.at(), e.kind().name(), e.username(), e.address(), e.detail(), "SECURITY", null, null));
        }
        for (Document d : ledgerDatabase.getCollection("domainevents").find()
                .projection(Projections.include("timestamp", "type", "aggregateIdentifier", "payloadType", "serializedMetaData"))) {
            String payloadType = d.getString("payloadType");
            String event = payloadType == null ? "?" : payloadType.substring(payloadType.lastIndexOf('.') + 1);
            entries.add(new AuditEntry(Instant.parse(d.getString("timestamp")), eventKind(event), userOf(d), null, event, "EVENT",
                    d.getString("type"), d.getString("aggregateIdentifier")));
        }
        return entries.stream()
                .filter(e -> start == null || !e.at().isBefore(start))
                .filter(e -> end == null || e.at().isBefore(end))
                .filter(e -> user == null || user.isBlank() || user.equals(e.username()))
                .filter(e -> kind == null || kind.isBlank() || kind.equalsIgnoreCase(e.kind()))
                .sorted(Comparator.comparing(AuditEntry::at).reversed())
                .toList();
    }

    @GetMapping(produces = "text/csv")
    ResponseEntity<String> auditCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String user, @RequestParam(required = false) String kind)
            throws JsonProcessingException {
        String body = csv.writer(CSV).writeValueAsString(audit(from, to, user, kind));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .body(body);
    }

    /** What an event did, in the audit's words. */
    static String eventKind(String event) {
        if (event.endsWith("Corrected")) {
            return "CORRECTED";
        }
        if (event.endsWith("Retracted") || event.endsWith("Removed")) {
            return "RETRACTED";
        }
        if (event.contains("Substantiat") || event.contains("Disputed")) {
            return "SUBSTANTIATED";
        }
        if (event.contains("Imported")) {
            return "IMPORTED";
        }
        return "RECORDED";
    }

    private String userOf(Document event) {
        Object metaData = event.get("serializedMetaData");
        if (metaData instanceof String text) {
            try {
                JsonNode node = json.readTree(text);
                JsonNode user = node.get("userId");
                return user == null || user.isNull() ? null : user.asText();
            } catch (JsonProcessingException e) {
                return null;
            }
        }
        return null;
    }

    private static Instant day(String text, String field, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return (endOfDay ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw RuleViolation.of(field, "must be a date like 2026-11-27");
        }
    }
}
