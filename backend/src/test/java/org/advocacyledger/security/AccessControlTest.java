package org.advocacyledger.security;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.advocacyledger.support.Http;
import org.advocacyledger.support.TempDataDir;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts, tokens, throttling and session control over the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ledger.login.max-failures-per-address=1000")
class AccessControlTest {

    static final String PASSWORD = "a-long-enough-passphrase";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempDataDir.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    SecurityLog securityLog;

    private Http admin() {
        return new Http("http://localhost:" + port).basic(TempDataDir.ADMIN, TempDataDir.ADMIN_PASSWORD);
    }

    private Http as(String user, String password) {
        return new Http("http://localhost:" + port).basic(user, password);
    }

    private void createUser(String username, String role, boolean mustChange) {
        HttpResponse<String> created = admin().postJson("/api/admin/users", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"organisation\":null,\"mustChangePassword\":" + mustChange + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private Http browserLogin(String username, String password) {
        Http browser = new Http("http://localhost:" + port);
        browser.get("/api/auth/csrf");
        assertThat(browser.postForm("/api/auth/login", "username=" + username + "&password=" + password).statusCode()).isEqualTo(200);
        browser.get("/api/auth/csrf");
        return browser;
    }

    @Test
    void onlyAdministratorsAdministerAndRefusalsAreLogged() {
        createUser("partner1", "PARTNER", false);
        HttpResponse<String> refused = as("partner1", PASSWORD).postJson("/api/admin/users", "{}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(as("partner1", PASSWORD).postJson("/api/campaigns", "{\"name\":\"x\",\"countries\":[\"JPN\"]}").statusCode()).isEqualTo(403);
        assertThat(as("partner1", PASSWORD).get("/api/campaigns").statusCode()).isEqualTo(200);
        assertThat(securityLog.all()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(SecurityLog.Kind.ACCESS_REFUSED);
            assertThat(e.username()).isEqualTo("partner1");
            assertThat(e.detail()).contains("/api/admin/users");
        });
    }

    @Test
    void weakPasswordsAndUnknownRolesAreRefusedWithFieldErrors() {
        HttpResponse<String> weak = admin().postJson("/api/admin/users",
                "{\"username\":\"weak\",\"password\":\"password1234\",\"roles\":[\"PARTNER\"]}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("\"field\":\"password\"").contains("commonly used");
        HttpResponse<String> shortOne = admin().postJson("/api/admin/users",
                "{\"username\":\"short\",\"password\":\"Xy7!short\",\"roles\":[\"PARTNER\"]}");
        assertThat(shortOne.body()).contains("at least 12 characters");
        HttpResponse<String> badRole = admin().postJson("/api/admin/users",
                "{\"username\":\"role\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"KING\"]}");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(admin().get("/api/admin/users").body()).doesNotContain("\"weak\"").doesNotContain("\"role\"");
    }

    @Test
    void aNewUserMustChangeTheTemporaryPasswordFirst() {
        createUser("newcomer", "COORDINATOR", true);
        HttpResponse<String> blocked = as("newcomer", PASSWORD).get("/api/campaigns");
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.body()).contains("PASSWORD_CHANGE_REQUIRED");

        HttpResponse<String> changed = as("newcomer", PASSWORD).postJson("/api/account/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"another-long-passphrase\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(as("newcomer", "another-long-passphrase").get("/api/campaigns").statusCode()).isEqualTo(200);
        assertThat(as("newcomer", PASSWORD).get("/api/campaigns").statusCode()).isEqualTo(401);
    }

    @Test
    void fiveFailedSignInsLockTheAccountWith429() {
        createUser("target", "PARTNER", false);
        for (int i = 0; i < 5; i++) {
            assertThat(as("target", "wrong-password-" + i).get("/api/campaigns").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = as("target", PASSWORD).get("/api/campaigns");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        Http browser = new Http("http://localhost:" + port);
        browser.get("/api/auth/csrf");
        assertThat(browser.postForm("/api/auth/login", "username=target&password=" + PASSWORD).statusCode())
                .as("the login page is throttled too").isEqualTo(429);
        assertThat(securityLog.all()).anySatisfy(e -> assertThat(e.kind()).isEqualTo(SecurityLog.Kind.LOGIN_THROTTLED));
        assertThat(securityLog.all()).noneSatisfy(e -> assertThat(String.valueOf(e.detail())).contains("wrong-password"));
    }

    @Test
    void disablingAUserEndsTheirSessionAndTokensAtOnce() {
        createUser("leaver", "COORDINATOR", false);
        Http browser = browserLogin("leaver", PASSWORD);
        String secret = tokens.create("leaver", "script", ApiTokens.Scope.READ_WRITE, Instant.now().plusSeconds(3600)).secret();
        Http script = new Http("http://localhost:" + port).bearer(secret);
        assertThat(browser.get("/api/campaigns").statusCode()).isEqualTo(200);
        assertThat(script.get("/api/campaigns").statusCode()).isEqualTo(200);

        assertThat(admin().postJson("/api/admin/users/leaver/disable", "").statusCode()).isEqualTo(200);

        assertThat(browser.get("/api/campaigns").statusCode()).isEqualTo(401);
        assertThat(script.get("/api/campaigns").statusCode()).isEqualTo(401);
        assertThat(as("leaver", PASSWORD).get("/api/campaigns").statusCode()).isEqualTo(401);
    }

    @Test
    void tokensAreShownOnceStoredHashedScopedAndRevocable() {
        createUser("scripter", "COORDINATOR", false);
        HttpResponse<String> created = as("scripter", PASSWORD).postJson("/api/account/tokens",
                "{\"name\":\"nightly import\",\"scope\":\"READ_ONLY\",\"expiresInDays\":30}");
        assertThat(created.statusCode()).isEqualTo(201);
        String secret = created.body().replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(as("scripter", PASSWORD).get("/api/account/tokens").body()).contains("nightly import").doesNotContain(secret);

        Http script = new Http("http://localhost:" + port).bearer(secret);
        assertThat(script.get("/api/campaigns").statusCode()).isEqualTo(200);
        assertThat(script.postJson("/api/campaigns", "{\"name\":\"x\",\"countries\":[\"JPN\"]}").statusCode())
                .as("read-only token").isEqualTo(403);

        assertThat(as("scripter", PASSWORD).delete("/api/account/tokens/" + id).statusCode()).isEqualTo(204);
        assertThat(script.get("/api/campaigns").statusCode()).isEqualTo(401);

        String expired = tokens.create("scripter", "old", ApiTokens.Scope.READ_WRITE, Instant.now().minusSeconds(1)).secret();
        assertThat(new Http("http://localhost:" + port).bearer(expired).get("/api/campaigns").statusCode()).isEqualTo(401);
    }

    @Test
    void usersSeeAndEndTheirOwnSessions() {
        createUser("traveller", "PARTNER", false);
        Http laptop = browserLogin("traveller", PASSWORD);
        Http phone = browserLogin("traveller", PASSWORD);
        HttpResponse<String> list = laptop.get("/api/account/sessions");
        assertThat(list.body().split("\"current\":true", -1)).hasSize(2);
        assertThat(list.body().split("\"current\":false", -1)).hasSize(2);
        String other = list.body().replaceAll(".*\\{\"id\":\"([0-9a-f]+)\",\"lastRequest\":\"[^\"]+\",\"current\":false\\}.*", "$1");

        assertThat(laptop.delete("/api/account/sessions/" + other).statusCode()).isEqualTo(204);

        assertThat(phone.get("/api/campaigns").statusCode()).isEqualTo(401);
        assertThat(laptop.get("/api/campaigns").statusCode()).isEqualTo(200);
    }

    @Test
    void administratorCanTurnHttpBasicOffWhileTokensKeepWorking() {
        String secret = tokens.create(TempDataDir.ADMIN, "admin script", ApiTokens.Scope.READ_WRITE, Instant.now().plusSeconds(600)).secret();
        Http script = new Http("http://localhost:" + port).bearer(secret);
        try {
            assertThat(script.putJson("/api/admin/settings", "{\"basicAuthEnabled\":false}").statusCode()).isEqualTo(200);
            assertThat(admin().get("/api/campaigns").statusCode()).isEqualTo(401);
            assertThat(script.get("/api/campaigns").statusCode()).isEqualTo(200);
        } finally {
            script.putJson("/api/admin/settings", "{\"basicAuthEnabled\":true}");
        }
        assertThat(admin().get("/api/campaigns").statusCode()).isEqualTo(200);
    }

    @Test
    void browserWritesWithoutTheCsrfHeaderAreRefused() {
        Http browser = browserLogin(TempDataDir.ADMIN, TempDataDir.ADMIN_PASSWORD);
        assertThat(browser.withoutCsrf().postJson("/api/campaigns", "{\"name\":\"x\",\"countries\":[\"JPN\"]}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theAuditViewShowsWhoRecordedWhatAndWhoWasRefused() {
        createUser("audited", "PARTNER", false);
        assertThat(admin().postJson("/api/campaigns", "{\"name\":\"Audited campaign\",\"countries\":[\"JPN\"]}").statusCode())
                .isEqualTo(201);
        assertThat(as("audited", PASSWORD).get("/api/admin/users").statusCode()).isEqualTo(403);

        HttpResponse<String> audit = admin().get("/api/admin/audit?from=2000-01-01");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body())
                .contains("\"kind\":\"RECORDED\",\"username\":\"admin\"")
                .contains("\"detail\":\"CampaignLaunched\"")
                .contains("\"kind\":\"ACCESS_REFUSED\",\"username\":\"audited\"")
                .contains("\"kind\":\"USER_CREATED\"");
        HttpResponse<String> refusals = admin().get("/api/admin/audit?kind=ACCESS_REFUSED&user=audited");
        assertThat(refusals.body()).doesNotContain("CampaignLaunched").contains("/api/admin/users");

        HttpResponse<String> csv = admin().getAccepting("/api/admin/audit?user=audited", "text/csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElse("")).isEqualTo("at,kind,username,address,detail,source,recordType,recordId");
        assertThat(csv.body()).contains("ACCESS_REFUSED,audited");
        assertThat(as("audited", PASSWORD).get("/api/admin/audit").statusCode()).isEqualTo(403);
    }
}
