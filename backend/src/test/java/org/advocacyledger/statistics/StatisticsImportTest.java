package org.advocacyledger.statistics;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacyledger.shared.projection.ProjectionVerifier;
import org.advocacyledger.support.Http;
import org.advocacyledger.support.TempDataDir;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports through HTTP into the application over the embedded file store: releases, re-imports, corrections. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatisticsImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempDataDir.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    ProjectionVerifier verifier;

    private Http admin() {
        return new Http("http://localhost:" + port).basic(TempDataDir.ADMIN, TempDataDir.ADMIN_PASSWORD);
    }

    private JsonNode upload(String fixture, String source) throws Exception {
        return upload(Fixtures.read(fixture), fixture, source);
    }

    private JsonNode upload(byte[] content, String name, String source) throws Exception {
        HttpResponse<String> response = admin().postFile("/api/statistics/imports", "file", name, content,
                source == null ? Map.of() : Map.of("source", source), "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = admin().get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String key(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void importingTheSameReleaseTwiceImportsNothingTheSecondTime() throws Exception {
        JsonNode first = upload("decisions-release-1.csv", "UNHCR 2024.06");
        assertThat(first.get("format").asText()).isEqualTo("DECISIONS");
        assertThat(first.get("rowsRead").asInt()).isEqualTo(7);
        assertThat(first.get("rowsImported").asInt()).isEqualTo(7);
        assertThat(first.get("rowsRejected").asInt()).isZero();

        JsonNode again = upload("decisions-release-1.csv", "UNHCR 2024.06");
        assertThat(again.get("rowsImported").asInt()).isZero();
        assertThat(again.get("rowsUnchanged").asInt()).isEqualTo(7);
        assertThat(again.get("rowsCorrected").asInt()).isZero();

        JsonNode applications = upload("applications.csv", "UNHCR 2024.06");
        assertThat(applications.get("format").asText()).isEqualTo("APPLICATIONS");
        assertThat(applications.get("rowsImported").asInt()).isEqualTo(3);
    }

    @Test
    @Order(2)
    void aLaterReleaseCorrectsRevisedFiguresAndKeepsTheirHistory() throws Exception {
        JsonNode second = upload("decisions-release-2.csv", "UNHCR 2025.12.1");
        assertThat(second.get("rowsRead").asInt()).isEqualTo(8);
        assertThat(second.get("rowsImported").asInt()).isEqualTo(1);
        assertThat(second.get("rowsUnchanged").asInt()).isEqualTo(5);
        assertThat(second.get("rowsCorrected").asInt()).isEqualTo(2);

        JsonNode history = get("/api/statistics/figures/" + key("D|KOR|2015|SYR|G|FI|P") + "/history");
        assertThat(history.get("history")).hasSize(2);
        assertThat(history.at("/history/0/source").asText()).isEqualTo("UNHCR 2024.06");
        assertThat(history.at("/history/0/values/recognized").asLong()).isEqualTo(10);
        assertThat(history.at("/history/1/source").asText()).isEqualTo("UNHCR 2025.12.1");
        assertThat(history.at("/history/1/previous/recognized").asLong()).isEqualTo(10);
        assertThat(history.at("/history/1/values/recognized").asLong()).isEqualTo(12);
        assertThat(history.at("/history/1/importedBy").asText()).isEqualTo("admin");

        JsonNode figures = get("/api/statistics/periods/KOR/2015/figures");
        assertThat(figures).hasSize(7);
    }

    @Test
    @Order(3)
    void protectionRatesAreAnsweredPerYearAndBasis() throws Exception {
        JsonNode rates = get("/api/statistics/protection-rates?country=KOR&from=2010&to=2020");
        // 2015 P, 2015 C, 2016 P, 2017 P
        assertThat(rates).hasSize(4);
        JsonNode persons2015 = rates.get(0);
        assertThat(persons2015.get("year").asInt()).isEqualTo(2015);
        assertThat(persons2015.get("basis").asText()).isEqualTo("P");
        // SYR 12/40/48/0/100 + MMR 5/0/20/5/30 + EGY 0/0/0/12/12
        assertThat(persons2015.get("recognized").asLong()).isEqualTo(17);
        assertThat(persons2015.get("rejected").asLong()).isEqualTo(68);
        assertThat(persons2015.get("applications").asLong()).isEqualTo(235);
        assertThat(persons2015.get("refugeeRecognitionRate").asDouble()).isEqualTo(17.0 / 125);
        assertThat(rates.get(3).get("refugeeRecognitionRate").isNull()).isTrue();

        HttpResponse<String> csv = admin().get("/api/statistics/protection-rates?country=KOR&from=2015&to=2015&basis=C", "text/csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines()).hasSize(2).last().asString().startsWith("KOR,2015,C,2,3,5,0,10,,0.2,0.5,1");

        // as of yesterday nothing had been imported (replayed from the event store); as of today it is all there
        String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(get("/api/statistics/protection-rates?country=KOR&from=2010&to=2020&asOf=" + yesterday)).isEmpty();
        assertThat(get("/api/statistics/protection-rates?country=KOR&from=2010&to=2020&asOf=" + today)).isEqualTo(rates);
        assertThat(admin().get("/api/statistics/protection-rates?country=KOR&asOf=someday", "application/json").statusCode())
                .isEqualTo(400);
    }

    @Test
    @Order(4)
    void badRowsAreReportedAndAFileThatIsNotCsvIsRefusedWhole() throws Exception {
        JsonNode nasty = upload("nasty-decisions.csv", null);
        assertThat(nasty.get("rowsRead").asInt()).isEqualTo(11);
        assertThat(nasty.get("rowsRejected").asInt()).isEqualTo(9);
        assertThat(nasty.get("rowsImported").asInt() + nasty.get("rowsUnchanged").asInt() + nasty.get("rowsCorrected").asInt())
                .isEqualTo(2);
        assertThat(nasty.at("/errors/0/line").asInt()).isEqualTo(4);

        HttpResponse<String> binary = admin().postFile("/api/statistics/imports", "file", "x.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, Map.of(), "application/json");
        assertThat(binary.statusCode()).isEqualTo(400);
        assertThat(binary.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> header = admin().postFile("/api/statistics/imports", "file", "w.csv",
                Fixtures.read("wrong-header.csv"), Map.of(), "application/json");
        assertThat(header.statusCode()).isEqualTo(400);
        assertThat(header.body()).contains("coo_iso");
    }

    @Test
    @Order(5)
    void theReadModelEqualsAReplayOfTheEventStore() {
        ProjectionVerifier.Report report = verifier.verify();
        assertThat(report.differences()).isEmpty();
        assertThat(report.events()).isPositive();
    }
}
