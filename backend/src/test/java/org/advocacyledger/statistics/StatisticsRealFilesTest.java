package org.advocacyledger.statistics;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacyledger.shared.projection.ProjectionVerifier;
import org.advocacyledger.support.Http;
import org.advocacyledger.support.TempDataDir;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** UNHCR's real East Asia files (never committed), imported over HTTP into a fresh store, where they are present. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsRealFilesTest {

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


    @Test
    void importsUnhcrsRealEastAsiaFilesWherePresent() throws Exception {
        Optional<Path> folder = Fixtures.realUnhcrFolder();
        assumeTrue(folder.isPresent(), "UNHCR's East Asia files (shared/domain/unhcr) are not on this machine: skipped");
        JsonNode decisions = upload(Files.readAllBytes(folder.get().resolve("asylum_decisions_east_asia.csv")),
                "asylum_decisions_east_asia.csv", "UNHCR 2025.12.1");
        assertThat(decisions.get("rowsRead").asInt()).isEqualTo(2518);
        assertThat(decisions.get("rowsRejected").asInt()).as(decisions.toString()).isZero();
        JsonNode applications = upload(Files.readAllBytes(folder.get().resolve("asylum_applications_east_asia.csv")),
                "asylum_applications_east_asia.csv", "UNHCR 2025.12.1");
        assertThat(applications.get("rowsRead").asInt()).isEqualTo(2740);
        assertThat(applications.get("rowsRejected").asInt()).as(applications.toString()).isZero();
        JsonNode sample = upload(Files.readAllBytes(folder.get().resolve("refugee-data-finder-format-sample.csv")),
                "refugee-data-finder-format-sample.csv", "UNHCR 2025.12.1");
        assertThat(sample.get("rowsRejected").asInt()).isZero();
        // the sample holds the same figures as the data package: nothing new, nothing corrected
        assertThat(sample.get("rowsUnchanged").asInt()).isEqualTo(sample.get("rowsRead").asInt());

        JsonNode japan2015 = get("/api/statistics/protection-rates?country=JPN&from=2015&to=2015&basis=P");
        assertThat(japan2015.get(0).get("recognized").asLong()).isEqualTo(20);
        assertThat(verifier.verify().differences()).isEmpty();
    }
}
