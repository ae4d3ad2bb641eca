package org.advocacyledger.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacyledger.support.Http;
import org.advocacyledger.support.TempDataDir;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the OpenAPI description with every role (and anonymously) and checks the
 * answer against the matrix below. An operation missing from the matrix fails the test, so a new endpoint
 * cannot slip through without a decision on who may call it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.login.max-failures-per-address=100000")
class AuthorizationMatrixTest {

    static final String PASSWORD = "a-long-enough-passphrase";

    /** Who may call an operation. */
    enum Rule {
        /** anyone, signed in or not */
        PUBLIC,
        /** any signed-in user */
        SIGNED_IN,
        /** ADMIN and COORDINATOR */
        RECORDERS,
        /** ADMIN only */
        ADMIN,
        /** ADMIN and EVALUATOR */
        JUDGES
    }

    static final Map<String, Rule> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /api/auth/csrf", Rule.PUBLIC);
        MATRIX.put("GET /api/auth/me", Rule.SIGNED_IN);
        MATRIX.put("GET /api/openapi", Rule.SIGNED_IN);
        for (String records : new String[] {"actions", "reforms", "outcomes", "contributions"}) {
            MATRIX.put("GET /api/" + records, Rule.SIGNED_IN);
            MATRIX.put("GET /api/" + records + "/{id}", Rule.SIGNED_IN);
            MATRIX.put("GET /api/" + records + "/{id}/history", Rule.SIGNED_IN);
            MATRIX.put("POST /api/" + records, Rule.RECORDERS);
            MATRIX.put("PUT /api/" + records + "/{id}", Rule.RECORDERS);
            MATRIX.put("POST /api/" + records + "/{id}/retraction", Rule.RECORDERS);
        }
        MATRIX.put("POST /api/reforms/{id}/stages", Rule.RECORDERS);
        MATRIX.put("POST /api/contributions/{id}/substantiations", Rule.JUDGES);
        MATRIX.put("PUT /api/reforms/{id}/stages/{stageVersion}", Rule.RECORDERS);
        MATRIX.put("GET /api/campaigns", Rule.SIGNED_IN);
        MATRIX.put("GET /api/campaigns/{id}", Rule.SIGNED_IN);
        MATRIX.put("POST /api/campaigns", Rule.RECORDERS);
        MATRIX.put("POST /api/campaigns/{id}/coordinator", Rule.RECORDERS);
        MATRIX.put("POST /api/campaigns/{id}/partners", Rule.RECORDERS);
        MATRIX.put("DELETE /api/campaigns/{id}/partners/{organisation}", Rule.RECORDERS);
        MATRIX.put("GET /api/timeline", Rule.SIGNED_IN);
        MATRIX.put("GET /api/analytics/framings", Rule.SIGNED_IN);
        MATRIX.put("GET /api/analytics/legal-bases", Rule.SIGNED_IN);
        MATRIX.put("POST /api/statistics/imports", Rule.RECORDERS);
        MATRIX.put("GET /api/statistics/imports/progress/{progressId}", Rule.SIGNED_IN);
        MATRIX.put("GET /api/statistics/protection-rates", Rule.SIGNED_IN);
        MATRIX.put("GET /api/statistics/periods/{country}/{year}/figures", Rule.SIGNED_IN);
        MATRIX.put("GET /api/statistics/figures/{key}/history", Rule.SIGNED_IN);
        MATRIX.put("POST /api/account/password", Rule.SIGNED_IN);
        MATRIX.put("GET /api/account/sessions", Rule.SIGNED_IN);
        MATRIX.put("DELETE /api/account/sessions/{id}", Rule.SIGNED_IN);
        MATRIX.put("GET /api/account/tokens", Rule.SIGNED_IN);
        MATRIX.put("POST /api/account/tokens", Rule.SIGNED_IN);
        MATRIX.put("DELETE /api/account/tokens/{id}", Rule.SIGNED_IN);
        MATRIX.put("GET /api/admin/organisations", Rule.ADMIN);
        MATRIX.put("POST /api/admin/organisations", Rule.ADMIN);
        MATRIX.put("GET /api/admin/users", Rule.ADMIN);
        MATRIX.put("POST /api/admin/users", Rule.ADMIN);
        MATRIX.put("PUT /api/admin/users/{username}", Rule.ADMIN);
        MATRIX.put("POST /api/admin/users/{username}/disable", Rule.ADMIN);
        MATRIX.put("POST /api/admin/users/{username}/enable", Rule.ADMIN);
        MATRIX.put("POST /api/admin/users/{username}/password-reset", Rule.ADMIN);
        MATRIX.put("GET /api/admin/settings", Rule.ADMIN);
        MATRIX.put("PUT /api/admin/settings", Rule.ADMIN);
        MATRIX.put("GET /api/admin/audit", Rule.ADMIN);
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempDataDir.register(registry);
    }

    @LocalServerPort
    int port;

    record Operation(String method, String path, boolean multipart) {
        String key() {
            return method + " " + path;
        }
    }

    @Test
    void everyOperationHasARuleAndEveryRoleGetsWhatTheRuleSays() throws Exception {
        Http admin = new Http(base()).basic(TempDataDir.ADMIN, TempDataDir.ADMIN_PASSWORD);
        for (String role : new String[] {"COORDINATOR", "PARTNER", "EVALUATOR"}) {
            assertThat(admin.postJson("/api/admin/users", "{\"username\":\"matrix-" + role.toLowerCase() + "\",\"password\":\""
                    + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"mustChangePassword\":false}").statusCode()).isEqualTo(201);
        }
        List<Operation> operations = operations(admin.get("/api/openapi").body());
        assertThat(operations).hasSizeGreaterThan(40);
        TreeSet<String> unruled = new TreeSet<>();
        operations.stream().map(Operation::key).filter(k -> !MATRIX.containsKey(k)).forEach(unruled::add);
        assertThat(unruled).as("operations without an expected outcome in the matrix").isEmpty();

        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            Rule rule = MATRIX.get(operation.key());
            check(wrong, operation, "anonymous", null, rule == Rule.PUBLIC);
            check(wrong, operation, "ADMIN", TempDataDir.ADMIN + ":" + TempDataDir.ADMIN_PASSWORD, true);
            check(wrong, operation, "COORDINATOR", "matrix-coordinator:" + PASSWORD, rule != Rule.ADMIN && rule != Rule.JUDGES);
            check(wrong, operation, "PARTNER", "matrix-partner:" + PASSWORD, rule == Rule.PUBLIC || rule == Rule.SIGNED_IN);
            check(wrong, operation, "EVALUATOR", "matrix-evaluator:" + PASSWORD,
                    rule == Rule.PUBLIC || rule == Rule.SIGNED_IN || rule == Rule.JUDGES);
        }
        assertThat(wrong).isEmpty();
    }

    private void check(List<String> wrong, Operation operation, String who, String credentials, boolean allowed) throws Exception {
        if (operation.key().equals("PUT /api/admin/settings") && allowed) {
            return; // would turn HTTP Basic off for the rest of this walk; covered by AccessControlTest
        }
        int status = call(operation, credentials);
        boolean refused = credentials == null ? status == 401 : status == 403;
        if (allowed == refused || status >= 500) {
            wrong.add(operation.key() + " as " + who + ": " + status + (allowed ? " (should be allowed)" : " (should be refused)"));
        }
    }

    private int call(Operation operation, String credentials) throws Exception {
        String path = operation.path().replaceAll("\\{[^}]+}", "1");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (operation.multipart()) {
            String boundary = "matrixboundary";
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            body = HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                    + "filename=\"x.csv\"\r\nContent-Type: text/csv\r\n\r\nnot,a,unhcr,file\r\n--" + boundary + "--\r\n");
        } else if (!operation.method().equals("GET") && !operation.method().equals("DELETE")) {
            request.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString("{}");
        }
        request.method(operation.method(), body);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    static List<Operation> operations(String openApi) throws Exception {
        JsonNode paths = new ObjectMapper().readTree(openApi).get("paths");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                boolean multipart = op.getValue().path("requestBody").path("content").has("multipart/form-data");
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), multipart));
            }
        }
        operations.add(new Operation("GET", "/api/openapi", false));
        return operations;
    }
}
