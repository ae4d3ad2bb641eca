package org.advocacyledger.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.advocacyledger.shared.projection.ProjectionVerifier;
import org.advocacyledger.statistics.Fixtures;
import org.advocacyledger.statistics.api.FindProtectionRates;
import org.advocacyledger.statistics.api.ProtectionRate;
import org.advocacyledger.statistics.importing.ImportSummary;
import org.advocacyledger.statistics.importing.StatisticsImporter;
import org.advocacyledger.statistics.importing.UnhcrCsv;
import org.advocacyledger.support.TempDataDir;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A benchmark program, not a test: it prints figures and asserts nothing about time. Excluded from the
 * default build (tag "benchmark"); run it with
 * {@code cd backend && mvn -q test -Dtest=StatisticsBenchmark -Dbenchmarks=include}.
 *
 * <p>Over the embedded H2 file store it generates a 100,000-row file in UNHCR's data-package layout
 * (40 countries of asylum x 25 years x 100 rows), then measures: parse + raw {@code insertMany} of the
 * rows into the same store; the same file through the real import path (parse, one command per country
 * and year, events, read model); the same file again (all unchanged); a release with 1% revised; the
 * protection rates of one country over 25 years (p50/p95 of 200 queries); UNHCR's real East Asia files
 * where present; and finally that the read model equals a replay of the event store.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class StatisticsBenchmark {

    static final int COUNTRIES = 40;
    static final int YEARS = 25;
    static final int FIRST_YEAR = 2000;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempDataDir.register(registry);
    }

    @Autowired
    StatisticsImporter importer;
    @Autowired
    QueryGateway queries;
    @Autowired
    MongoDatabase ledgerDatabase;
    @Autowired
    ProjectionVerifier verifier;

    @Test
    void run() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        byte[] file = generate(1.0, 0).getBytes(StandardCharsets.UTF_8);
        byte[] revised = generate(1.0, 0.01).getBytes(StandardCharsets.UTF_8);
        System.out.printf("%nStatistics benchmark: %d cores, max heap %d MB, file %d rows, %.1f MB%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                COUNTRIES * YEARS * 100, file.length / 1e6);

        // warm up parser, driver and Axon on a small file into other countries
        importer.importFile(generateFor(List.of("ZZA", "ZZB"), 3, 0).getBytes(StandardCharsets.UTF_8), "warm-up", null, "bench");
        raw(file, "bench_raw_warmup");

        double raw1 = raw(file, "bench_raw_1");
        long started = System.nanoTime();
        ImportSummary first = importer.importFile(file, "bench release 1", null, "bench");
        double importSeconds = seconds(started);
        double raw2 = raw(file, "bench_raw_2");
        double rawRate = 100_000 / ((raw1 + raw2) / 2);
        double importRate = first.rowsRead() / importSeconds;
        System.out.printf("raw parse + insertMany: %.2f s and %.2f s -> %.0f rows/s (mean)%n", raw1, raw2, rawRate);
        System.out.printf("import (first time):    %.2f s -> %.0f rows/s = %.2f of raw; %s%n", importSeconds, importRate,
                importRate / rawRate, counts(first));

        started = System.nanoTime();
        ImportSummary again = importer.importFile(file, "bench release 1", null, "bench");
        double againSeconds = seconds(started);
        System.out.printf("same file again:        %.2f s -> %.0f rows/s; %s%n", againSeconds, again.rowsRead() / againSeconds,
                counts(again));

        started = System.nanoTime();
        ImportSummary corrected = importer.importFile(revised, "bench release 2", null, "bench");
        double correctedSeconds = seconds(started);
        System.out.printf("release with 1%% revised: %.2f s -> %.0f rows/s; %s%n", correctedSeconds,
                corrected.rowsRead() / correctedSeconds, counts(corrected));

        long[] micros = new long[220];
        int rows = 0;
        for (int i = 0; i < micros.length; i++) {
            String country = "Q" + (char) ('A' + i % COUNTRIES / 26) + (char) ('A' + i % COUNTRIES % 26);
            long t = System.nanoTime();
            List<ProtectionRate> rates = queries.query(new FindProtectionRates(List.of(country), FIRST_YEAR, FIRST_YEAR + YEARS - 1,
                    null, null, null, null), ResponseTypes.multipleInstancesOf(ProtectionRate.class)).join();
            micros[i] = (System.nanoTime() - t) / 1_000;
            rows = rates.size();
        }
        long[] measured = Arrays.copyOfRange(micros, 20, micros.length);
        Arrays.sort(measured);
        System.out.printf("protection rates, one country, 25 years (%d result rows), over the query gateway: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                rows, measured[measured.length / 2] / 1000.0, measured[(int) (measured.length * 0.95)] / 1000.0,
                measured[measured.length - 1] / 1000.0);

        Optional<Path> real = Fixtures.realUnhcrFolder();
        if (real.isPresent()) {
            for (String name : List.of("asylum_decisions_east_asia.csv", "asylum_applications_east_asia.csv")) {
                byte[] content = Files.readAllBytes(real.get().resolve(name));
                started = System.nanoTime();
                ImportSummary summary = importer.importFile(content, "UNHCR 2025.12.1", null, "bench");
                double s = seconds(started);
                System.out.printf("real %s: %.2f s -> %.0f rows/s; %s%n", name, s, summary.rowsRead() / s, counts(summary));
            }
        } else {
            System.out.println("real East Asia files: not present (shared/domain/unhcr), skipped");
        }

        started = System.nanoTime();
        ProjectionVerifier.Report report = verifier.verify();
        System.out.printf("verifier: %d events replayed, %d documents compared, %d differences, %.1f s%n%n", report.events(),
                report.documents(), report.differences().size(), seconds(started));
    }

    private double raw(byte[] file, String collection) {
        return raw(ledgerDatabase, file, collection);
    }

    /** Seconds to parse the file with the product's parser and insertMany one document per row (the ceiling). */
    static double raw(MongoDatabase ledgerDatabase, byte[] file, String collection) {
        MongoCollection<Document> raw = ledgerDatabase.getCollection(collection);
        raw.drop();
        long started = System.nanoTime();
        UnhcrCsv.Parsed parsed = UnhcrCsv.parse(file);
        List<Document> docs = new ArrayList<>(parsed.rows().size());
        for (UnhcrCsv.Row row : parsed.rows()) {
            var k = row.key();
            var v = row.values();
            docs.add(new Document("year", k.year()).append("coa", k.country()).append("coo", k.origin())
                    .append("authority", k.authority()).append("stage", k.stage()).append("basis", k.basis())
                    .append("recognized", v.recognized()).append("complementaryProtection", v.complementaryProtection())
                    .append("rejected", v.rejected()).append("otherwiseClosed", v.otherwiseClosed())
                    .append("totalDecisions", v.totalDecisions()));
        }
        raw.insertMany(docs);
        double s = seconds(started);
        raw.drop();
        return s;
    }

    private static String counts(ImportSummary s) {
        return String.format("read %d, imported %d, unchanged %d, corrected %d, rejected %d", s.rowsRead(), s.rowsImported(),
                s.rowsUnchanged(), s.rowsCorrected(), s.rowsRejected());
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** 40 invented countries of asylum QAA..QBN (no real figures), 25 years, 100 rows each. */
    static String generate(double share, double revised) {
        List<String> countries = new ArrayList<>();
        for (int i = 0; i < COUNTRIES; i++) {
            countries.add("Q" + (char) ('A' + i / 26) + (char) ('A' + i % 26));
        }
        return generateFor(countries, YEARS, revised);
    }

    static String generateFor(List<String> countries, int years, double revised) {
        Random random = new Random(42);
        Random revisions = new Random(7);
        String[] stages = {"FI", "AR"};
        String[] bases = {"P", "C"};
        StringBuilder csv = new StringBuilder(
                "\"year\",\"coo_name\",\"coo\",\"coo_iso\",\"coa_name\",\"coa\",\"coa_iso\",\"procedure_type\",\"dec_level\",\"dec_pc\","
                        + "\"dec_recognized\",\"dec_other\",\"dec_rejected\",\"dec_closed\",\"dec_total\"\n");
        for (String coa : countries) {
            for (int year = FIRST_YEAR; year < FIRST_YEAR + years; year++) {
                for (int o = 0; o < 25; o++) {
                    String coo = "R" + (char) ('A' + o / 26) + (char) ('A' + o % 26);
                    for (String stage : stages) {
                        for (String basis : bases) {
                            long[] v = new long[4];
                            for (int i = 0; i < 4; i++) {
                                int r = random.nextInt(100);
                                v[i] = r < 40 ? 0 : r < 60 ? 5 : random.nextInt(2_000);
                            }
                            if (revised > 0 && revisions.nextDouble() < revised) {
                                v[2] += 1 + revisions.nextInt(10);
                            }
                            csv.append(year).append(",\"Origin ").append(coo).append("\",\"").append(coo).append("\",\"").append(coo)
                                    .append("\",\"Asylum ").append(coa).append("\",\"").append(coa).append("\",\"").append(coa)
                                    .append("\",\"G\",\"").append(stage).append("\",\"").append(basis).append("\",")
                                    .append(v[0]).append(',').append(v[1]).append(',').append(v[2]).append(',').append(v[3]).append(',')
                                    .append(v[0] + v[1] + v[2] + v[3]).append('\n');
                        }
                    }
                }
            }
        }
        return csv.toString();
    }
}
