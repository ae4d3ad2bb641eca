package org.advocacyledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.advocacyledger.AdvocacyLedgerApplication;
import org.advocacyledger.config.DurableH2Backend;
import org.advocacyledger.shared.projection.EventStoreScan;
import org.advocacyledger.shared.projection.ProjectionRebuild;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Grows a store that {@link LedgerBenchmark} left behind (its data directory) to about {@code target} events,
 * then measures the product on it. The events the product's commands wrote are appended again as copies,
 * with every id (campaign, record, event) renamed consistently within each copy, so each copy is a valid
 * second history of new campaigns: the aggregates' rules held when the originals were written, and a copy
 * differs only in its ids. This fills a 1,000,000-event store in minutes, where the commands would take
 * about an hour on this machine; it is how the 1,000,000-event figures in docs/benchmarks.md were made.
 *
 * <p>Then it starts the application on the grown store, rebuilds every read model (events/s), measures
 * the timeline and the framing dashboard, then appends through the command gateway and over HTTP. Cold start and memory on the grown store are measured afterwards
 * with {@link ColdStart} against the packaged jar.
 *
 * <p>Usage: {@code GrowStore <data dir> <target events> [--grow-only]}; with {@code --grow-only} it stops after
 * growing (a second run on the grown store then only measures).
 */
public final class GrowStore {

    /** Events appended through the gateway on the grown store (then HTTP appends, as {@link LedgerBenchmark} sends them). */
    static final int APPENDS = 20_000;

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        long target = Long.parseLong(args[1]);
        long started = System.nanoTime();
        long events = grow(dataDir.resolve("ledger.mv.db"), target);
        System.out.printf("store grown to %,d events in %.0f s%n", events, (System.nanoTime() - started) / 1e9);
        if (args.length > 2 && args[2].equals("--grow-only")) {
            System.exit(0);
        }

        AdvocacyLedgerApplication.disableAxonUpdateChecker();
        List<LedgerBenchmark.Figure> figures = new ArrayList<>();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AdvocacyLedgerApplication.class)
                .run("--server.port=0", "--ledger.data-dir=" + dataDir, "--ledger.admin.password=benchmark-password",
                        "--logging.level.root=WARN", "--logging.level.org.advocacyledger.analytics=INFO")) {
            LedgerBenchmark.Context ctx = new LedgerBenchmark.Context(app);
            ProjectionRebuild.Result rebuilt = ctx.rebuild.rebuildAll();
            StoreCeilings.RebuildCeiling ceiling = ctx.rebuildCeiling.get();
            LedgerBenchmark.rebuildCeilingFigures(figures, ceiling, events);
            figures.add(new LedgerBenchmark.Figure("full rebuild of every read model", events, rebuilt.eventsPerSecond(), "events/s",
                    rebuilt.eventsPerSecond() / ceiling.eventsPerSecond()));
            String campaign = app.getBean(com.mongodb.client.MongoDatabase.class).getCollection("campaigns").find().first().getString("_id");
            double[] timeline = ctx.latencies("/api/timeline?campaign=" + campaign + "&size=50", 100);
            figures.add(new LedgerBenchmark.Figure("GET /api/timeline (one campaign) p95", events, timeline[1], "ms", null));
            long first = System.nanoTime();
            ctx.latencies("/api/analytics/framings?ids=false", 1, 0);
            figures.add(new LedgerBenchmark.Figure("GET /api/analytics/framings first answer (facts loaded)", events,
                    (System.nanoTime() - first) / 1e6, "ms", null));
            double[] dashboard = ctx.latencies("/api/analytics/framings?ids=false", 50);
            figures.add(new LedgerBenchmark.Figure("GET /api/analytics/framings today (numbers) p95", events, dashboard[1], "ms", null));

            // commands on aggregates that are not in the cache (the store's first actions, after a restart)
            List<String> early = new ArrayList<>();
            app.getBean(com.mongodb.client.MongoDatabase.class).getCollection("actions").find()
                    .filter(new org.bson.Document("retracted", false)).limit(20)
                    .forEach(action -> early.add(action.getString("_id")));
            double[] uncached = LedgerBenchmark.uncachedCommands(ctx.commands, early);
            figures.add(new LedgerBenchmark.Figure("a command on an aggregate not in the cache (retract an early action) p50", events,
                    uncached[0], "ms", null));
            figures.add(new LedgerBenchmark.Figure("a command on an aggregate not in the cache (retract an early action) p95", events,
                    uncached[1], "ms", null));

            // appends at this size, as LedgerBenchmark measures them at its sizes (new campaigns of the same shape)
            LedgerBenchmark.Data data = new LedgerBenchmark.Data(ctx.commands);
            long appendsStarted = System.nanoTime();
            List<Long> latencies = data.appendUntil(APPENDS, 4);
            double rate = APPENDS / ((System.nanoTime() - appendsStarted) / 1e9);
            figures.add(new LedgerBenchmark.Figure("appends through the command gateway, 4 threads", events + APPENDS, rate, "events/s", null));
            figures.add(new LedgerBenchmark.Figure("command latency p95 (append + synchronous projection; lag 0)", events + APPENDS,
                    LedgerBenchmark.percentile(latencies, 95) / 1e6, "ms", null));
            ctx.httpAppends(data, data.campaignApart(), LedgerBenchmark.HTTP_WARM_UP_REQUESTS, 4);
            double http = ctx.httpAppends(data, data.someCampaign(), LedgerBenchmark.HTTP_TIMED_REQUESTS, 4);
            figures.add(new LedgerBenchmark.Figure("HTTP POST /api/actions, 4 clients (API token)", events + APPENDS + data.httpEvents,
                    http, "requests/s", null));
        }
        for (LedgerBenchmark.Figure f : figures) {
            System.out.printf("%-84s %,12d %,14.2f %s%n", f.name(), f.eventsInStore(), f.value(), f.unit());
        }
        System.exit(0);
    }

    /** Appends renamed copies of every stored event until the store holds at least {@code target}; returns the count. */
    static long grow(Path file, long target) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(file + " does not exist");
        }
        MongoServer server = new MongoServer(DurableH2Backend.open(file));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> events = client.getDatabase("ledger").getCollection(EventStoreScan.EVENTS_COLLECTION);
            List<Document> originals = new ArrayList<>();
            // events of aggregates named by a UUID (campaigns and records); statistics periods are named by
            // country and year, and a copy of them would be the same period again
            events.find().batchSize(1_000).forEach(d -> {
                if (UUID_TEXT.matcher(d.getString("aggregateIdentifier")).matches()) {
                    originals.add(d);
                }
            });
            long count = events.countDocuments();
            int copy = 0;
            while (count < target) {
                copy++;
                Map<String, String> renamed = new HashMap<>();
                List<Document> batch = new ArrayList<>(1_000);
                for (Document original : originals) {
                    Document renamedCopy = new Document();
                    original.forEach((key, value) -> {
                        if (!key.equals("_id")) {
                            renamedCopy.append(key, value instanceof String text ? rename(text, renamed) : value);
                        }
                    });
                    batch.add(renamedCopy);
                    if (batch.size() == 1_000) {
                        events.insertMany(batch);
                        batch = new ArrayList<>(1_000);
                    }
                    count++;
                }
                if (!batch.isEmpty()) {
                    events.insertMany(batch);
                }
                System.out.printf("copy %d appended: %,d events in the store%n", copy, count);
            }
            return count;
        } finally {
            server.shutdownNow();
        }
    }

    private static String rename(String text, Map<String, String> renamed) {
        Matcher m = UUID_TEXT.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, renamed.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
