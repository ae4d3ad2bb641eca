package org.advocacyledger;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.advocacyledger.support.ForkedLedger;
import org.advocacyledger.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application killed with SIGKILL in a separate JVM, then started again on the same data directory. */
class CrashRecoveryTest {

    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedCommandSurvivesKillMinus9() {
        Path data = temp.resolve("data");
        List<String> acknowledged = new ArrayList<>();
        String campaignId;
        String actionId;
        try (ForkedLedger first = ForkedLedger.start(data, "first")) {
            Http http = first.http();
            for (int i = 0; i < 40; i++) {
                String name = "acknowledged " + i;
                assertThat(http.postJson("/api/campaigns", campaign(name)).statusCode()).isEqualTo(201);
                acknowledged.add(name);
            }
            campaignId = id(http.postJson("/api/campaigns", campaign("with an action")));
            HttpResponse<String> logged = http.postJson("/api/actions", action(campaignId), Map.of("Idempotency-Key", "once"));
            assertThat(logged.statusCode()).isEqualTo(201);
            actionId = id(logged);
            first.kill(); // right after the last acknowledgement
        }

        try (ForkedLedger second = ForkedLedger.start(data, "second")) {
            String list = second.http().get("/api/campaigns").body();
            acknowledged.forEach(name -> assertThat(list).contains("\"" + name + "\""));
            // the idempotency key was stored with the action: the same request again gives the same action, once
            HttpResponse<String> repeated = second.http().postJson("/api/actions", action(campaignId), Map.of("Idempotency-Key", "once"));
            assertThat(repeated.statusCode()).isEqualTo(201);
            assertThat(id(repeated)).isEqualTo(actionId);
            assertThat(second.http().get("/api/actions?campaign=" + campaignId).body()).contains("\"total\":1");
            // the file the killed process left is opened as it is (small: no compaction at start, decision 20)
            assertThat(second.log()).contains("Opened the embedded store").doesNotContain("Compacted the embedded store");
        }
    }

    @Test
    void readModelIsMadeWholeAfterDeathBetweenEventStoreWriteAndReadModelWrite() {
        Path data = temp.resolve("data");
        try (ForkedLedger first = ForkedLedger.start(data, "first", "--ledger.test.crash-before-projection=CRASH")) {
            Http http = first.http();
            assertThat(http.postJson("/api/campaigns", campaign("before the crash")).statusCode()).isEqualTo(201);
            assertThatThrownBy(() -> http.postJson("/api/campaigns", campaign("CRASH during projection")))
                    .as("the process dies while answering").isInstanceOf(RuntimeException.class);
            assertThat(first.awaitExit()).isEqualTo(137);
        }

        try (ForkedLedger second = ForkedLedger.start(data, "second")) {
            HttpResponse<String> list = second.http().get("/api/campaigns");
            assertThat(list.body()).contains("\"before the crash\"").contains("\"CRASH during projection\"");
            assertThat(second.log()).contains("Repaired the read models of aggregate").contains("1 aggregate(s) repaired at start");
        }
        try (ForkedLedger third = ForkedLedger.start(data, "third")) {
            assertThat(third.log()).as("a restart after the repair has nothing left to repair")
                    .contains("0 aggregate(s) repaired at start");
            assertThat(third.http().get("/api/campaigns").body()).contains("\"CRASH during projection\"");
        }
    }

    private static String id(HttpResponse<String> response) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(response.body());
        assertThat(m.find()).as(response.body()).isTrue();
        return m.group(1);
    }

    private static String action(String campaignId) {
        return "{\"campaignId\":\"" + campaignId + "\",\"country\":\"KOR\",\"issue\":\"Refugee Act\",\"actor\":\"NANCEN\","
                + "\"actionType\":\"LEGISLATIVE_TESTIMONY\",\"framings\":[{\"kind\":\"REFUGEE_CONVENTION\"}],\"legalBases\":[],"
                + "\"target\":{\"kind\":\"LEGISLATURE\",\"name\":\"National Assembly\"},\"date\":\"2012-02\","
                + "\"description\":\"Briefed members\"}";
    }

    private static String campaign(String name) {
        return "{\"name\":\"" + name + "\",\"countries\":[\"KOR\"],\"issues\":[\"Refugee Act\"]}";
    }
}
