package org.advocacyledger.security;

import java.net.http.HttpResponse;

import org.advocacyledger.support.Http;
import org.advocacyledger.support.TempDataDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Two coalitions on one installation: neither sees the other's campaigns or records. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignAccessTest {

    static final String PASSWORD = "a-long-enough-passphrase";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempDataDir.register(registry);
    }

    @LocalServerPort
    int port;

    String campaignA;
    String campaignB;
    String actionA;
    String actionB;

    private Http admin() {
        return new Http("http://localhost:" + port).basic(TempDataDir.ADMIN, TempDataDir.ADMIN_PASSWORD);
    }

    private Http as(String user) {
        return new Http("http://localhost:" + port).basic(user, PASSWORD);
    }

    private static String id(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    }

    private static String action(String campaignId, String notes) {
        return "{\"campaignId\":\"" + campaignId + "\",\"country\":\"JPN\",\"issue\":\"Syrian asylum-seekers in Japan\","
                + "\"actor\":\"Coalition\",\"actionType\":\"REPORT\",\"framings\":[{\"kind\":\"HUMANITARIAN_PROTECTION\","
                + "\"avenue\":\"SUBSTANTIVE_NON_REFOULEMENT\"}],\"target\":{\"kind\":\"MINISTRY\",\"name\":\"Ministry of Justice\"},"
                + "\"date\":\"2014-03\",\"description\":\"Report\",\"notes\":\"" + notes + "\"}";
    }

    @BeforeAll
    void twoCoalitions() {
        for (String org : new String[] {"apil", "nancen", "other"}) {
            assertThat(admin().postJson("/api/admin/organisations", "{\"id\":\"" + org + "\",\"name\":\"" + org + "\"}").statusCode())
                    .isEqualTo(201);
        }
        user("coorda", "COORDINATOR", "\"apil\"");
        user("partnera", "PARTNER", "\"nancen\"");
        user("coordb", "COORDINATOR", "\"other\"");
        user("evaluator", "EVALUATOR", "null");
        campaignA = id(as("coorda").postJson("/api/campaigns", "{\"name\":\"Campaign A\",\"countries\":[\"JPN\"]}"));
        campaignB = id(as("coordb").postJson("/api/campaigns", "{\"name\":\"Campaign B\",\"countries\":[\"KOR\"]}"));
        assertThat(as("coorda").postJson("/api/campaigns/" + campaignA + "/partners", "{\"organisation\":\"nancen\"}").statusCode())
                .isEqualTo(200);
        actionA = id(as("coorda").postJson("/api/actions", action(campaignA, "secret strategy of A")));
        actionB = id(as("coordb").postJson("/api/actions", action(campaignB, "secret strategy of B")));
    }

    private void user(String name, String role, String organisation) {
        assertThat(admin().postJson("/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"" + role + "\"],\"organisation\":" + organisation + ",\"mustChangePassword\":false}").statusCode())
                .isEqualTo(201);
    }

    @Test
    void aPartnerSeesExactlyTheCampaignsItPartnersWithoutInternalNotes() {
        Http partner = as("partnera");
        assertThat(partner.get("/api/campaigns").body()).contains("Campaign A").doesNotContain("Campaign B");
        assertThat(partner.get("/api/campaigns/" + campaignA).statusCode()).isEqualTo(200);
        assertThat(partner.get("/api/campaigns/" + campaignB).statusCode()).as("existence does not leak").isEqualTo(404);
        String timeline = partner.get("/api/timeline").body();
        assertThat(timeline).contains(actionA).doesNotContain(actionB).doesNotContain("secret strategy");
        assertThat(partner.get("/api/actions/" + actionB).statusCode()).isEqualTo(404);
        assertThat(partner.get("/api/actions/" + actionB + "/history").statusCode()).isEqualTo(404);
        assertThat(partner.get("/api/actions").body()).contains(actionA).doesNotContain(actionB);
    }

    @Test
    void coordinatorsChangeOnlyCampaignsTheirOrganisationCoordinates() {
        assertThat(as("coordb").get("/api/campaigns").body()).contains("Campaign B").doesNotContain("Campaign A");
        HttpResponse<String> intrusion = as("coordb").postJson("/api/actions", action(campaignA, "intrusion"));
        assertThat(intrusion.statusCode()).as("the same answer as for a campaign that does not exist").isEqualTo(400);
        assertThat(intrusion.body()).contains("\"field\":\"campaignId\"");
        assertThat(as("coordb").postJson("/api/campaigns/" + campaignA + "/partners", "{\"organisation\":\"other\"}").statusCode())
                .isEqualTo(404);
        assertThat(as("partnera").postJson("/api/actions", action(campaignA, "partner write")).statusCode()).isEqualTo(403);
    }

    @Test
    void aCoordinatorInvitedAsPartnerReadsButDoesNotChange() {
        assertThat(as("coordb").get("/api/campaigns/" + campaignA).statusCode()).isEqualTo(404);
        assertThat(admin().postJson("/api/campaigns/" + campaignA + "/partners", "{\"organisation\":\"other\"}").statusCode()).isEqualTo(200);
        try {
            assertThat(as("coordb").get("/api/campaigns/" + campaignA).statusCode()).isEqualTo(200);
            assertThat(as("coordb").postJson("/api/actions", action(campaignA, "as partner")).statusCode()).isEqualTo(403);
        } finally {
            assertThat(admin().delete("/api/campaigns/" + campaignA + "/partners/other").statusCode()).isEqualTo(200);
        }
        assertThat(as("coordb").get("/api/campaigns/" + campaignA).statusCode()).isEqualTo(404);
    }

    @Test
    void evaluatorsAndAdministratorsSeeEverything() {
        assertThat(as("evaluator").get("/api/campaigns").body()).contains("Campaign A").contains("Campaign B");
        assertThat(as("evaluator").get("/api/timeline").body()).contains(actionA).contains(actionB).contains("secret strategy");
        assertThat(admin().get("/api/actions/" + actionB).statusCode()).isEqualTo(200);
    }
}
