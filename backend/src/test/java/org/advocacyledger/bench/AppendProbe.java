package org.advocacyledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.advocacyledger.AdvocacyLedgerApplication;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.campaign.api.LaunchCampaign;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Quick probe: store ceilings and gateway appends side by side (to be folded into the full benchmark). */
public final class AppendProbe {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path dir = Files.createTempDirectory("ledger-bench-");
        try (StoreCeilings raw = new StoreCeilings(dir)) {
            System.out.printf("raw insertOne 1 thread : %,.0f docs/s%n", raw.insertOne(n, 1));
            System.out.printf("raw insertOne 4 threads: %,.0f docs/s%n", raw.insertOne(n, 4));
            System.out.printf("raw insertMany (1000)  : %,.0f docs/s%n", raw.insertMany(n * 4, 1000));
            System.out.printf("raw sorted scan        : %,.0f docs/s over %,d%n", raw.sortedScan(), raw.count());
            double[] id = raw.idLookup(2_000);
            System.out.printf("_id look-up p50/p95    : %.3f / %.3f ms%n", id[0], id[1]);
        }
        AdvocacyLedgerApplication.disableAxonUpdateChecker();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AdvocacyLedgerApplication.class)
                .run("--server.port=0", "--ledger.data-dir=" + dir.resolve("app"), "--ledger.admin.password=benchmark-password",
                        "--logging.level.root=WARN")) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            for (int threads : new int[] {1, 4}) {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                long started = System.nanoTime();
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        for (int i = thread; i < n; i += threads) {
                            commands.sendAndWait(new LaunchCampaign(CampaignId.create(), "bench " + i, List.of("JPN"), List.of("issue"), null));
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                System.out.printf("gateway appends %d thread(s): %,.0f events/s%n", threads, n / ((System.nanoTime() - started) / 1e9));
                pool.shutdown();
            }
        }
        System.exit(0);
    }
}
