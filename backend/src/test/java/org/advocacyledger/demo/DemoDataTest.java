package org.advocacyledger.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.advocacyledger.shared.projection.ProjectionVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** LEDGER_DEMO=true on an empty store loads the article's facts through the command gateway. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoDataTest {

    static final String ADMIN_PASSWORD = "admin-password-2";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> dataDir.toString());
        registry.add("ledger.admin.password", () -> ADMIN_PASSWORD);
        registry.add("ledger.demo", () -> "true");
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProjectionVerifier verifier;
    @Autowired
    DemoData demo;

    private JsonNode get(String path) {
        return http.withBasicAuth("admin", ADMIN_PASSWORD).getForObject(path, JsonNode.class);
    }

    @Test
    void theArticlesFactsAreLoadedOnceUnderOneCampaign() throws Exception {
        JsonNode campaigns = get("/api/campaigns");
        assertThat(campaigns).hasSize(1);
        assertThat(campaigns.get(0).get("name").asText()).isEqualTo(DemoData.CAMPAIGN_NAME);
        assertThat(campaigns.get(0).get("launchedBy").asText()).isEqualTo(DemoData.USER);

        assertThat(get("/api/actions?size=200").get("total").asInt()).isEqualTo(12);
        assertThat(get("/api/reforms?size=200").get("total").asInt()).isEqualTo(17);
        assertThat(get("/api/outcomes?size=200").get("total").asInt()).isEqualTo(17);
        JsonNode claims = get("/api/contributions");
        assertThat(claims.get("total").asInt()).isEqualTo(1);
        assertThat(claims.get("items").get(0).get("strength").asText()).isEqualTo("SIGNIFICANT");

        JsonNode timeline = get("/api/timeline?size=200");
        assertThat(timeline.get("total").asInt()).isEqualTo(12 + 17 + 17 + 1);
        // a measured figure stands at the end of its period
        assertThat(timeline.get("items").get(0).get("date").asText()).isEqualTo("1979");
        assertThat(timeline.get("items").get(0).get("period").asText()).isEqualTo("1978 to 1979");
        assertThat(timeline.get("items").get(46).get("datePrecision").asText()).isEqualTo("UNKNOWN"); // last
        JsonNode hkg = get("/api/timeline?country=HKG");
        assertThat(hkg.get("items").get(0).get("date").asText()).isEqualTo("2014-03");
        assertThat(hkg.get("items").get(0).get("datePrecision").asText()).isEqualTo("MONTH");
        JsonNode humanitarian = get("/api/timeline?framing=HUMANITARIAN_PROTECTION");
        assertThat(humanitarian.get("total").asInt()).isEqualTo(3);
        assertThat(get("/api/outcomes?metric=OTHER").get("total").asInt()).isEqualTo(5);

        // the framing dashboard: the article's one claim credits Refugee-Convention-framed civil-society pressure
        // with Korea's Refugee Act; framings without claims get no credit
        JsonNode framings = get("/api/analytics/framings?country=KOR");
        JsonNode convention = null;
        for (JsonNode row : framings) {
            if (row.get("framing").asText().equals("REFUGEE_CONVENTION") && row.get("avenue").isNull()) {
                convention = row;
            } else {
                assertThat(row.get("creditAll").asDouble()).as(row.toString()).isZero();
                assertThat(row.get("claimedReforms").asInt()).as(row.toString()).isZero();
            }
        }
        assertThat(convention).isNotNull();
        assertThat(convention.get("claimedReforms").asInt()).isEqualTo(1);
        assertThat(convention.get("creditAll").asDouble()).isEqualTo(1.0);
        assertThat(convention.get("progressive").asInt()).isEqualTo(1);
        assertThat(convention.get("smallSample").asBoolean()).isTrue();

        demo.run(null); // a second start finds events and loads nothing
        assertThat(get("/api/actions?size=200").get("total").asInt()).isEqualTo(12);
        assertThat(verifier.verify().differences()).isEmpty();
    }
}
