package org.advocacyledger;

import java.net.http.HttpResponse;

import org.advocacyledger.support.Http;
import org.advocacyledger.support.TempDataDir;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on a random port over the embedded store in a temporary data directory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerApplicationTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempDataDir.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    private Http http() {
        return new Http("http://localhost:" + port);
    }

    @Test
    void scriptLaunchesCampaignWithHttpBasicAndSeesItListed() {
        Http script = http().basic(TempDataDir.ADMIN, TempDataDir.ADMIN_PASSWORD);

        HttpResponse<String> launched = script.postJson("/api/campaigns",
                "{\"name\":\"Syrian asylum-seekers in Japan\",\"countries\":[\"JPN\"],\"issues\":[\"Humanitarian status\"],\"goal\":\"Status for all\"}");

        assertThat(launched.statusCode()).isEqualTo(201);
        assertThat(launched.headers().firstValue("Set-Cookie")).as("HTTP Basic creates no session").isEmpty();
        HttpResponse<String> list = script.get("/api/campaigns");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Syrian asylum-seekers in Japan").contains("\"launchedBy\":\"admin\"");
    }

    /** Decision 22: nothing reads them, so store commands and requests are neither timed nor observed. */
    @Test
    void storeCommandsAndRequestsAreNotTimed() {
        Http script = http().basic(TempDataDir.ADMIN, TempDataDir.ADMIN_PASSWORD);
        assertThat(script.postJson("/api/campaigns", "{\"name\":\"Timed or not\",\"countries\":[\"KOR\"]}").statusCode())
                .isEqualTo(201);
        assertThat(script.get("/api/campaigns").statusCode()).isEqualTo(200);

        assertThat(meters.getMeters()).extracting(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("mongodb.driver"))
                .noneMatch(name -> name.startsWith("http.server.requests"))
                .noneMatch(name -> name.startsWith("spring.security"));
    }

    @Test
    void invalidCampaignIs400AndNothingIsStored() {
        Http script = http().basic(TempDataDir.ADMIN, TempDataDir.ADMIN_PASSWORD);

        HttpResponse<String> refused = script.postJson("/api/campaigns", "{\"name\":\"Nothing stored\",\"countries\":[\"XXX\"]}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("countries[0]");
        assertThat(script.get("/api/campaigns").body()).doesNotContain("Nothing stored");
    }

    @Test
    void wrongPasswordIs401ProblemNotALoginPage() {
        HttpResponse<String> refused = http().basic(TempDataDir.ADMIN, "wrong-password").get("/api/campaigns");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("\"status\":401");
    }

    @Test
    void browserSessionLogsInWithCsrfLaunchesAndLogsOut() {
        Http browser = http();
        assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(401);
        assertThat(browser.get("/api/auth/csrf").statusCode()).isEqualTo(200);
        assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank();

        HttpResponse<String> login = browser.postForm("/api/auth/login",
                "username=" + TempDataDir.ADMIN + "&password=" + TempDataDir.ADMIN_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("\"username\":\"admin\"").contains("ADMIN");

        browser.get("/api/auth/csrf"); // the token rotates at login
        assertThat(browser.postJson("/api/campaigns", "{\"name\":\"From the browser\",\"countries\":[\"HKG\",\"MAC\"]}")
                .statusCode()).isEqualTo(201);
        assertThat(browser.get("/api/campaigns").body()).contains("From the browser");

        assertThat(browser.postForm("/api/auth/logout", "").statusCode()).isEqualTo(204);
        assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(401);
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() {
        HttpResponse<String> login = http().postForm("/api/auth/login",
                "username=" + TempDataDir.ADMIN + "&password=" + TempDataDir.ADMIN_PASSWORD);

        assertThat(login.statusCode()).isEqualTo(403);
    }

    @Test
    void healthAndTheUiArePublic() {
        assertThat(http().get("/actuator/health").body()).contains("UP");
        assertThat(http().get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void theUiIsServedWithAContentSecurityPolicyThatAllowsDataImagesButNoInlineScript() {
        // The chart's PNG export draws the chart's SVG, loaded as a data: image, on a canvas: img-src must keep data:.
        String csp = http().get("/").headers().firstValue("Content-Security-Policy").orElse("");

        assertThat(csp).contains("img-src 'self' data:;").contains("script-src 'self';").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }
}
