package org.advocacyledger.bench;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.advocacyledger.AdvocacyLedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The dashboard's first answer right after a change, on an existing data directory (for instance the one
 * {@link LedgerBenchmark} leaves behind at 155,000 events), without generating the data again: starts the
 * application on it, then {@code rounds} times logs an action over HTTP and at once asks for today's
 * dashboard numbers (as the page does, {@code ids=false}); prints p50 and p95 after as many warm-up rounds.
 *
 * <p>Usage: {@code DashboardAfterChangeBenchmark <data dir> [rounds]}
 */
public final class DashboardAfterChangeBenchmark {

    public static void main(String[] args) throws Exception {
        String dataDir = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        AdvocacyLedgerApplication.disableAxonUpdateChecker();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AdvocacyLedgerApplication.class)
                .run("--server.port=0", "--ledger.data-dir=" + dataDir, "--ledger.admin.password=benchmark-password",
                        "--logging.level.root=WARN")) {
            LedgerBenchmark.Context ctx = new LedgerBenchmark.Context(app);
            String campaign = app.getBean(MongoDatabase.class).getCollection("campaigns").find().first().getString("_id");
            String counts = "/api/analytics/framings?ids=false";
            double[] repeated = ctx.latencies(counts, 100);
            List<Long> afterChange = new ArrayList<>();
            for (int i = 0; i < 2 * rounds; i++) {
                ctx.post("/api/actions", LedgerBenchmark.Data.actionJson(campaign, i));
                long started = System.nanoTime();
                ctx.latencies(counts, 1, 0);
                if (i >= rounds) {
                    afterChange.add(System.nanoTime() - started);
                }
            }
            System.out.printf("dashboard today, repeated: p50 %.2f ms, p95 %.2f ms%n", repeated[0], repeated[1]);
            System.out.printf("dashboard today, first answer after a change (%d rounds after %d warm-up): p50 %.2f ms, p95 %.2f ms%n",
                    rounds, rounds, LedgerBenchmark.percentile(afterChange, 50) / 1e6, LedgerBenchmark.percentile(afterChange, 95) / 1e6);
        }
        System.exit(0);
    }
}
