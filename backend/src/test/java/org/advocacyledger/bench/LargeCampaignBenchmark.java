package org.advocacyledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.advocacyledger.AdvocacyLedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A campaign's timeline when the campaign is large: on a new store, generates 20,000 events of ordinary
 * campaigns through the command gateway, then logs {@code records} actions into one more campaign over HTTP
 * (recorded two days ago), and prints that campaign's timeline page (p50/p95 over 20), its timeline as of
 * yesterday (first answer: a scan of the event store), and a typical campaign's timeline for comparison.
 *
 * <p>Usage: {@code LargeCampaignBenchmark [records]} (default 8,000)
 */
public final class LargeCampaignBenchmark {

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 8_000;
        Path dir = Files.createTempDirectory("ledger-benchmark-campaign-");
        AdvocacyLedgerApplication.disableAxonUpdateChecker();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AdvocacyLedgerApplication.class)
                .run("--server.port=0", "--ledger.data-dir=" + dir.resolve("ledger"), "--ledger.admin.password=benchmark-password",
                        "--logging.level.root=WARN", "--ledger.login.max-failures-per-address=1000000")) {
            LedgerBenchmark.Context ctx = new LedgerBenchmark.Context(app);
            LedgerBenchmark.Data data = new LedgerBenchmark.Data(ctx.commands);
            String large = LedgerBenchmark.recordedTwoDaysAgo(() -> {
                data.appendUntil(20_000, 4);
                String campaign = data.campaignApart();
                ctx.httpAppends(data, campaign, records, 4);
                return campaign;
            });
            String page = "/api/timeline?campaign=" + large + "&size=50";
            double[] timeline = ctx.latencies(page, 20);
            System.out.printf("timeline page of a campaign of %,d records: p50 %.1f ms, p95 %.1f ms%n", records, timeline[0], timeline[1]);
            long started = System.nanoTime();
            ctx.latencies(page + "&asOf=" + LocalDate.now(ZoneOffset.UTC).minusDays(1), 1, 0);
            System.out.printf("the same as of yesterday, first answer: %.0f ms%n", (System.nanoTime() - started) / 1e6);
            double[] typical = ctx.latencies("/api/timeline?campaign=" + data.typicalCampaign() + "&size=50", 50);
            System.out.printf("timeline page of a campaign of 29 records: p50 %.1f ms, p95 %.1f ms%n", typical[0], typical[1]);
        }
        System.out.println("Data directory: " + dir);
        System.exit(0);
    }
}
