package org.advocacyledger.security;

import java.net.http.HttpResponse;

import org.advocacyledger.support.Http;
import org.advocacyledger.support.TempDataDir;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Browser sessions: a new id at every sign-in, the absolute limit, logout, and keys Mongo must never see. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ledger.session.absolute-timeout=PT3S")
class SessionLifecycleTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempDataDir.register(registry);
    }

    @LocalServerPort
    int port;

    private Http signedIn() {
        Http browser = new Http("http://localhost:" + port);
        browser.get("/api/auth/csrf");
        assertThat(browser.postForm("/api/auth/login", "username=" + TempDataDir.ADMIN + "&password=" + TempDataDir.ADMIN_PASSWORD)
                .statusCode()).isEqualTo(200);
        browser.get("/api/auth/csrf");
        return browser;
    }

    @Test
    void signingInGivesANewSessionIdAndTheOldOneStopsWorking() {
        Http browser = signedIn();
        String first = browser.cookie("JSESSIONID");
        assertThat(first).isNotBlank();

        assertThat(browser.postForm("/api/auth/login", "username=" + TempDataDir.ADMIN + "&password=" + TempDataDir.ADMIN_PASSWORD)
                .statusCode()).isEqualTo(200);
        String second = browser.cookie("JSESSIONID");

        assertThat(second).isNotEqualTo(first);
        Http attacker = new Http("http://localhost:" + port).withCookie("JSESSIONID", first);
        assertThat(attacker.get("/api/auth/me").statusCode()).as("a session id known before sign-in is worthless after").isEqualTo(401);
        assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(200);
        assertThat(new Http("http://localhost:" + port).withCookie("JSESSIONID", second).get("/api/auth/me").statusCode())
                .as("control: the current session id does work from another client").isEqualTo(200);
    }

    @Test
    void aSessionEndsAtTheAbsoluteLimitHoweverActive() throws Exception {
        Http browser = signedIn();
        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(200);
            Thread.sleep(500);
        }
        Thread.sleep(2_000);
        HttpResponse<String> expired = browser.get("/api/auth/me");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("session has ended");
    }

    @Test
    void loggingOutEndsTheSessionOnTheServer() {
        Http browser = signedIn();
        String session = browser.cookie("JSESSIONID");
        assertThat(new Http("http://localhost:" + port).withCookie("JSESSIONID", session).get("/api/auth/me").statusCode())
                .as("control: the session works from another client before logout").isEqualTo(200);
        assertThat(browser.postForm("/api/auth/logout", "").statusCode()).isEqualTo(204);
        assertThat(new Http("http://localhost:" + port).withCookie("JSESSIONID", session).get("/api/auth/me").statusCode())
                .isEqualTo(401);
    }

    @Test
    void operatorKeysAndDottedKeysNeverReachTheStore() {
        Http script = new Http("http://localhost:" + port).basic(TempDataDir.ADMIN, TempDataDir.ADMIN_PASSWORD);
        for (String body : new String[] {
                "{\"name\":\"x\",\"countries\":[\"JPN\"],\"$set\":{\"name\":\"y\"}}",
                "{\"name\":\"x\",\"countries\":[\"JPN\"],\"goal.text\":\"y\"}",
                "{\"name\":{\"$gt\":\"\"},\"countries\":[\"JPN\"]}"}) {
            HttpResponse<String> refused = script.postJson("/api/campaigns", body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
        }
        assertThat(script.get("/api/campaigns").body()).isEqualTo("[]");
    }
}
