package org.advocacyledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacyledger.security.Role;
import org.advocacyledger.security.UserAccounts;
import org.advocacyledger.shared.projection.ProjectionVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The recording journey over HTTP on the embedded store: what a coordinator records and a partner reads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordingJourneyTest {

    static final String ADMIN_PASSWORD = "admin-password-1";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> dataDir.toString());
        registry.add("ledger.admin.password", () -> ADMIN_PASSWORD);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProjectionVerifier verifier;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("unitOfWorkDatabase")
    com.mongodb.client.MongoDatabase unitOfWorkDatabase;
    @Autowired
    org.advocacyledger.shared.projection.EventStoreScan scan;
    @Autowired
    java.util.List<org.advocacyledger.shared.projection.MongoProjection> projections;
    @Autowired
    org.advocacyledger.config.StoreDurability durability;

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private ResponseEntity<JsonNode> call(String user, String password, HttpMethod method, String path, Object body,
                                          Map<String, String> headers) {
        HttpHeaders h = new HttpHeaders();
        h.setBasicAuth(user, password);
        h.setContentType(MediaType.APPLICATION_JSON);
        headers.forEach(h::set);
        return http.exchange(path, method, new HttpEntity<>(body, h), JsonNode.class);
    }

    private ResponseEntity<JsonNode> admin(HttpMethod method, String path, Object body, Map<String, String> headers) {
        return call("admin", ADMIN_PASSWORD, method, path, body, headers);
    }

    private ResponseEntity<JsonNode> admin(HttpMethod method, String path, Object body) {
        return admin(method, path, body, Map.of());
    }

    @Test
    void aCoordinatorRecordsAndAPartnerFollowsTheTimeline() {
        // a campaign
        var campaign = admin(HttpMethod.POST, "/api/campaigns", Map.of("name", "Humanitarian protection in Japan",
                "countries", List.of("JPN", "KOR"), "issues", List.of("Syrian asylum-seekers in Japan")));
        assertThat(campaign.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String campaignId = campaign.getBody().get("id").asText();

        // an action with two framings, sent twice with one Idempotency-Key
        Map<String, Object> action = map("campaignId", campaignId, "country", "JPN",
                "issue", "Syrian asylum-seekers in Japan", "actor", "Japan Association for Refugees",
                "actionType", "SUBMISSION_TO_UN_BODY",
                "framings", List.of(Map.of("kind", "HUMANITARIAN_PROTECTION", "avenue", "SUBSTANTIVE_NON_REFOULEMENT"),
                        Map.of("kind", "REFUGEE_CONVENTION")),
                "legalBases", List.of(Map.of("instrument", "CAT", "article", "art. 3")),
                "target", Map.of("kind", "UN_BODY", "name", "Committee against Torture"),
                "date", "2014-03", "description", "Shadow report on non-refoulement",
                "notes", "internal: donor asked for this", "evidence", List.of("https://example.org/report.pdf"));
        var logged = admin(HttpMethod.POST, "/api/actions", action, Map.of("Idempotency-Key", "journey-action-1"));
        assertThat(logged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(logged.getHeaders().getETag()).isEqualTo("\"0\"");
        String actionId = logged.getBody().get("id").asText();
        assertThat(logged.getBody().get("framings")).hasSize(2);
        var again = admin(HttpMethod.POST, "/api/actions", action, Map.of("Idempotency-Key", "journey-action-1"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody().get("id").asText()).isEqualTo(actionId);
        var changedBody = new java.util.HashMap<>(action);
        changedBody.put("issue", "Another issue");
        assertThat(admin(HttpMethod.POST, "/api/actions", changedBody, Map.of("Idempotency-Key", "journey-action-1"))
                .getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(admin(HttpMethod.GET, "/api/actions?campaign=" + campaignId, null).getBody().get("total").asInt())
                .isEqualTo(1);

        // an action in no known campaign is refused, naming the field
        var orphan = new java.util.HashMap<>(action);
        orphan.put("campaignId", "no-such-campaign");
        var refused = admin(HttpMethod.POST, "/api/actions", orphan);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("campaignId");

        // a reform, and a stage
        var reform = admin(HttpMethod.POST, "/api/reforms", Map.of("campaignId", campaignId, "country", "KOR",
                "instrument", "Refugee Act (Law No. 11298)", "kind", "LAW", "summary", "A dedicated refugee act",
                "direction", "PROGRESSIVE", "stage", "ADOPTED", "stageDate", "2012-02-10"));
        assertThat(reform.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reformId = reform.getBody().get("id").asText();
        assertThat(reform.getHeaders().getETag()).isEqualTo("\"1\"");
        var inForce = admin(HttpMethod.POST, "/api/reforms/" + reformId + "/stages",
                Map.of("stage", "IN_FORCE", "date", "2013-07-01"), Map.of("If-Match", "\"1\""));
        assertThat(inForce.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(inForce.getBody().get("stage").asText()).isEqualTo("IN_FORCE");
        var badTransition = admin(HttpMethod.POST, "/api/reforms/" + reformId + "/stages",
                Map.of("stage", "PROPOSED", "date", "2014"));
        assertThat(badTransition.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var stageCorrected = admin(HttpMethod.PUT, "/api/reforms/" + reformId + "/stages/1",
                Map.of("date", "2012-02", "reason", "Only the month is certain"), Map.of("If-Match", "\"2\""));
        assertThat(stageCorrected.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stageCorrected.getBody().get("stages").get(0).get("date").asText()).isEqualTo("2012-02");
        assertThat(stageCorrected.getHeaders().getETag()).isEqualTo("\"3\"");

        // correct the action with a stale version: refused, nothing stored
        Map<String, Object> correction = new java.util.HashMap<>(action);
        correction.remove("campaignId");
        correction.put("date", "2014-03-05");
        correction.put("reason", "The committee's records give the day");
        var stale = admin(HttpMethod.PUT, "/api/actions/" + actionId, correction, Map.of("If-Match", "\"0\""));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.OK);
        var stale2 = admin(HttpMethod.PUT, "/api/actions/" + actionId, Map.of("reason", "x"), Map.of("If-Match", "\"0\""));
        assertThat(stale2.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale2.getBody().get("currentVersion").asLong()).isEqualTo(1);
        var afterCorrection = admin(HttpMethod.GET, "/api/actions/" + actionId, null);
        assertThat(afterCorrection.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(afterCorrection.getBody().get("record").get("date").asText()).isEqualTo("2014-03-05");

        // a second action, retracted
        var second = new java.util.HashMap<>(action);
        second.put("date", "2015");
        second.put("description", "Logged by mistake");
        String secondId = admin(HttpMethod.POST, "/api/actions", second).getBody().get("id").asText();
        var retracted = admin(HttpMethod.POST, "/api/actions/" + secondId + "/retraction",
                Map.of("reason", "Logged twice"), Map.of("If-Match", "\"0\""));
        assertThat(retracted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retracted.getBody().get("retracted").asBoolean()).isTrue();
        var changeRetracted = admin(HttpMethod.POST, "/api/actions/" + secondId + "/retraction", Map.of("reason", "again"));
        assertThat(changeRetracted.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // an outcome and a contribution claim: the action contributed to the reform
        var outcome = admin(HttpMethod.POST, "/api/outcomes", map("campaignId", campaignId, "country", "KOR",
                "measurement", map("metric", "REFUGEE_RECOGNITIONS", "period", "2015", "value", 24, "unit", "PERSONS",
                        "source", "UNHCR statistics")));
        assertThat(outcome.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(outcome.getBody().get("measurement").get("period").asText()).isEqualTo("2015");
        var claim = admin(HttpMethod.POST, "/api/contributions", map("campaignId", campaignId,
                "actionIds", List.of(actionId), "targetType", "REFORM", "targetId", reformId, "strength", "SIGNIFICANT",
                "explanation", "The submission's arguments reappear in the act", "evidence", "Committee records"));
        assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        // an evaluator substantiates the claim; the substantiator's name is joined in, never stored in an event
        accounts.create("evaluator", encoder.encode("evaluator-password"), Set.of(Role.EVALUATOR), null);
        String claimId = claim.getBody().get("id").asText();
        var substantiated = call("evaluator", "evaluator-password", HttpMethod.POST, "/api/contributions/" + claimId
                + "/substantiations", map("substantiatorName", "Prof. Independent", "substantiatorRole", "Law professor",
                "independence", "INDEPENDENT", "outcomeAgreement", "FULLY", "significanceAgreement", "FULLY",
                "contributionAgreement", "PARTLY", "comments", "Cited in the committee report"), Map.of());
        assertThat(substantiated.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(substantiated.getBody().get("substantiations").get(0).get("substantiatorName").asText())
                .isEqualTo("Prof. Independent");
        var readBack = admin(HttpMethod.GET, "/api/contributions/" + claimId, null);
        assertThat(readBack.getBody().get("record").get("substantiations").get(0).get("contributionAgreement").asText())
                .isEqualTo("PARTLY");
        assertThat(readBack.getBody().toString()).contains("ContributionClaimSubstantiated").contains("Prof. Independent");
        assertThat(verifier.verify().differences()).isEmpty();
        var claimHistory = admin(HttpMethod.GET, "/api/contributions/" + claimId + "/history", null);
        assertThat(claimHistory.getBody().toString()).contains("ContributionClaimSubstantiated");
        var claimOnRetracted = admin(HttpMethod.POST, "/api/contributions", map("campaignId", campaignId,
                "actionIds", List.of(secondId), "targetType", "REFORM", "targetId", reformId, "strength", "MINOR",
                "explanation", "x"));
        assertThat(claimOnRetracted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(claimOnRetracted.getBody().get("errors").get(0).get("field").asText()).isEqualTo("actionIds[0]");

        // a partner reads the timeline: no notes, retracted record gone, date order
        assertThat(admin(HttpMethod.POST, "/api/admin/organisations", Map.of("id", "partner-ngo", "name", "Partner NGO"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        accounts.create("partner", encoder.encode("partner-password"), Set.of(Role.PARTNER), "partner-ngo");
        assertThat(admin(HttpMethod.POST, "/api/campaigns/" + campaignId + "/partners", Map.of("organisation", "partner-ngo"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        var timeline = call("partner", "partner-password", HttpMethod.GET, "/api/timeline?campaign=" + campaignId, null, Map.of());
        assertThat(timeline.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode items = timeline.getBody().get("items");
        assertThat(items).hasSize(5);
        assertThat(items.get(0).get("type").asText()).isEqualTo("REFORM_STAGE");
        assertThat(items.get(0).get("date").asText()).isEqualTo("2012-02");
        assertThat(items.get(0).get("datePrecision").asText()).isEqualTo("MONTH");
        assertThat(items.get(1).get("stage").asText()).isEqualTo("IN_FORCE");
        assertThat(items.get(2).get("type").asText()).isEqualTo("ACTION");
        assertThat(items.get(2).get("date").asText()).isEqualTo("2014-03-05");
        assertThat(items.get(2).get("framings")).hasSize(2);
        assertThat(items.get(3).get("type").asText()).isEqualTo("OUTCOME");
        assertThat(items.get(3).get("value").asLong()).isEqualTo(24);
        assertThat(items.get(4).get("type").asText()).isEqualTo("CONTRIBUTION_CLAIM");
        assertThat(items.get(4).get("targetId").asText()).isEqualTo(reformId);
        assertThat(timeline.getBody().toString()).doesNotContain("donor").doesNotContain("\"notes\"");
        var framed = call("partner", "partner-password", HttpMethod.GET,
                "/api/timeline?framing=SUBSTANTIVE_NON_REFOULEMENT", null, Map.of());
        assertThat(framed.getBody().get("items")).hasSize(1);
        assertThat(call("partner", "partner-password", HttpMethod.POST, "/api/actions", action, Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // the action's history, from the event store, as a partner (no notes) and as a coordinator
        var history = call("partner", "partner-password", HttpMethod.GET, "/api/actions/" + actionId + "/history", null, Map.of());
        JsonNode entries = history.getBody().get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("event").asText()).isEqualTo("AdvocacyActionLogged");
        assertThat(entries.get(0).get("recordedBy").asText()).isEqualTo("admin");
        assertThat(entries.get(1).get("event").asText()).isEqualTo("AdvocacyActionCorrected");
        assertThat(entries.get(1).get("reason").asText()).isEqualTo("The committee's records give the day");
        assertThat(entries.get(1).get("changes")).hasSize(1);
        assertThat(entries.get(1).get("changes").get(0).get("field").asText()).isEqualTo("date");
        assertThat(entries.get(1).get("changes").get(0).get("from").asText()).isEqualTo("2014-03");
        assertThat(entries.get(1).get("changes").get(0).get("to").asText()).isEqualTo("2014-03-05");
        assertThat(history.getBody().toString()).doesNotContain("donor");
        var adminHistory = admin(HttpMethod.GET, "/api/actions/" + actionId + "/history", null);
        assertThat(adminHistory.getBody().toString()).contains("donor");
        var retractedHistory = admin(HttpMethod.GET, "/api/actions/" + secondId + "/history", null);
        assertThat(retractedHistory.getBody().get("entries")).hasSize(2);
        assertThat(admin(HttpMethod.GET, "/api/reforms/" + actionId + "/history", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        var reformHistory = admin(HttpMethod.GET, "/api/reforms/" + reformId, null);
        assertThat(reformHistory.getBody().get("history")).hasSize(4);
        assertThat(reformHistory.getBody().get("history").get(2).get("event").asText()).isEqualTo("ReformStageRecorded");
        assertThat(reformHistory.getBody().get("history").get(3).get("reason").asText()).isEqualTo("Only the month is certain");

        // bad input never stores anything and is never a 500
        assertThat(admin(HttpMethod.POST, "/api/actions", "{\"campaignId\": [").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        // every read model equals what the event store implies
        ProjectionVerifier.Report report = verifier.verify();
        assertThat(report.differences()).isEmpty();
        assertThat(report.events()).isGreaterThanOrEqualTo(8);

        // a rebuild (writes sent in bulk) gives every read model back exactly as the live projections wrote it
        Map<String, java.util.List<org.bson.Document>> before = readModels();
        var rebuilt = new org.advocacyledger.shared.projection.ProjectionRebuild(unitOfWorkDatabase, scan, projections,
                durability::flush).rebuildAll();
        assertThat(rebuilt.events()).isEqualTo(report.events());
        assertThat(readModels()).isEqualTo(before);
        assertThat(verifier.verify().differences()).isEmpty();
    }

    private Map<String, java.util.List<org.bson.Document>> readModels() {
        Map<String, java.util.List<org.bson.Document>> all = new java.util.TreeMap<>();
        for (var projection : projections) {
            for (String collection : projection.collections()) {
                all.put(collection, unitOfWorkDatabase.getCollection(collection).find()
                        .sort(new org.bson.Document("_id", 1)).into(new java.util.ArrayList<>()));
            }
        }
        assertThat(all.values().stream().mapToInt(java.util.List::size).sum()).isGreaterThan(10);
        return all;
    }
}
