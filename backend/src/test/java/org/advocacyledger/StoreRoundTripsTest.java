package org.advocacyledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.advocacyledger.security.ApiTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How many round trips to the store the commonest write costs: logging an action over HTTP with an API token
 * and an {@code Idempotency-Key}, as the UI and scripts do. Each round trip is work on both ends of the wire
 * protocol on the same cores, so this count is what bounds append throughput on the embedded store (issue
 * "Fast at every size", docs/benchmarks.md); the test keeps it from growing back unnoticed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoreRoundTripsTest {

    @TempDir
    static Path dataDir;

    static final ConcurrentLinkedQueue<String> COMMANDS = new ConcurrentLinkedQueue<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> dataDir.toString());
        registry.add("ledger.admin.password", () -> "admin-password-1");
    }

    @TestConfiguration
    static class Recording {
        @Bean
        MongoClientSettingsBuilderCustomizer recordCommands() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    org.bson.BsonValue collection = event.getCommand().get(event.getCommandName());
                    if (!Thread.currentThread().getName().equals("projection-journal")) { // not on the request's path
                        COMMANDS.add(event.getCommandName() + " "
                                + (collection != null && collection.isString() ? collection.asString().getValue() : ""));
                    }
                }
            });
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;

    @Test
    void loggingAnActionOverHttp() throws Exception {
        String token = tokens.create("admin", "round trips", ApiTokens.Scope.READ_WRITE, Instant.now().plusSeconds(3600))
                .secret();
        HttpClient http = HttpClient.newHttpClient();
        String campaign = post(http, token, "/api/campaigns", """
                {"name":"Round trips","countries":["JPN"],"issues":["Syrian asylum-seekers in Japan"]}""", "c-1");
        String campaignId = campaign.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        post(http, token, "/api/actions", action(campaignId, 0), "a-0"); // warms caches that any first request fills

        Map<String, Integer> perRequest = new TreeMap<>();
        int requests = 5;
        COMMANDS.clear();
        for (int i = 1; i <= requests; i++) {
            post(http, token, "/api/actions", action(campaignId, i), "a-" + i);
        }
        Thread.sleep(300); // commands sent after the answer (none expected) would show here
        List<String> commands = List.copyOf(COMMANDS);
        for (String command : commands) {
            perRequest.merge(command, 1, Integer::sum);
        }
        System.out.println("Round trips for " + requests + " actions logged over HTTP: " + perRequest);
        assertThat(commands).as("answered from memory: the campaign's membership and record type (decision 21)")
                .doesNotContain("find campaigns", "find record_types");
        assertThat(perRequest.get("find users")).as("the account is read once, by the bearer-token filter").isEqualTo(requests);
        assertThat(commands).as("journal markers are removed in the background").doesNotContain("delete projection_pending");
        // token, account, idempotency key, journal marker, event, record-type table, action, timeline entry,
        // two campaign-index buckets, commit, and reading the new action back
        assertThat(commands).hasSize(requests * 12);
    }

    private String post(HttpClient http, String token, String path, String json, String key) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body();
    }

    private static String action(String campaignId, int i) {
        return """
                {"campaignId":"%s","country":"JPN","issue":"Syrian asylum-seekers in Japan",
                 "actor":"Japan Association for Refugees","actionType":"SUBMISSION_TO_UN_BODY",
                 "framings":[{"kind":"HUMANITARIAN_PROTECTION","avenue":"SUBSTANTIVE_NON_REFOULEMENT"},{"kind":"REFUGEE_CONVENTION"}],
                 "legalBases":[{"instrument":"CAT","article":"art. 3"}],
                 "target":{"kind":"UN_BODY","name":"Committee against Torture"},"date":"2014-03",
                 "description":"Shadow report %d","evidence":["https://example.org/report.pdf"]}""".formatted(campaignId, i);
    }
}
