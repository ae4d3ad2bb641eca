package org.advocacyledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.advocacyledger.AdvocacyLedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A quick comparison of two configurations (an A/B step): starts the application on a new data directory
 * with the given extra arguments (Spring properties, e.g. {@code --management.metrics.mongo.command.enabled=true}),
 * generates 10,000 events through the command gateway and sends 2,000 HTTP appends (untimed warm-up), then runs
 * five rounds, each 5,000 events through the gateway (4 threads) and 2,000 HTTP appends (4 clients), and prints
 * each round's rates on two lines. The rates climb over the rounds while the JIT compiles; compare runs round by
 * round, and run each configuration at least twice (runs vary by 10-20% on this machine).
 *
 * <p>Usage: {@code AppendRounds [--spring.property=value ...]}
 */
public final class AppendRounds {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ledger-benchmark-rounds-");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--ledger.data-dir=" + dir.resolve("ledger"),
                "--ledger.admin.password=benchmark-password", "--logging.level.root=WARN",
                "--ledger.login.max-failures-per-address=1000000"));
        arguments.addAll(Arrays.asList(args));
        AdvocacyLedgerApplication.disableAxonUpdateChecker();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AdvocacyLedgerApplication.class)
                .run(arguments.toArray(String[]::new))) {
            LedgerBenchmark.Context ctx = new LedgerBenchmark.Context(app);
            LedgerBenchmark.Data data = new LedgerBenchmark.Data(ctx.commands);
            data.appendUntil(10_000, 4);
            ctx.httpAppends(data, data.someCampaign(), 2_000, 4);
            StringBuilder gateway = new StringBuilder("gateway events/s  ");
            StringBuilder http = new StringBuilder("HTTP requests/s   ");
            for (int round = 0; round < 5; round++) {
                long started = System.nanoTime();
                data.appendUntil(5_000, 4);
                gateway.append(String.format(" %6.0f", 5_000 / ((System.nanoTime() - started) / 1e9)));
                http.append(String.format(" %6.0f", ctx.httpAppends(data, data.someCampaign(), 2_000, 4)));
            }
            System.out.println(gateway);
            System.out.println(http);
        }
        System.out.println("Data directory: " + dir);
        System.exit(0);
    }
}
