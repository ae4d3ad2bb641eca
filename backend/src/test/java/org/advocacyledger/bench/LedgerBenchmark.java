package org.advocacyledger.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.advocacyledger.AdvocacyLedgerApplication;
import org.advocacyledger.action.api.ActionId;
import org.advocacyledger.action.api.ActionType;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.action.api.LogAdvocacyAction;
import org.advocacyledger.action.api.ProtectionAvenue;
import org.advocacyledger.action.api.Target;
import org.advocacyledger.action.api.TargetKind;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.campaign.api.LaunchCampaign;
import org.advocacyledger.config.StoreDurability;
import org.advocacyledger.contribution.api.Agreement;
import org.advocacyledger.contribution.api.ClaimContribution;
import org.advocacyledger.contribution.api.ClaimId;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.contribution.api.Independence;
import org.advocacyledger.contribution.api.SubstantiateClaim;
import org.advocacyledger.reform.api.RecordLegalReform;
import org.advocacyledger.reform.api.RecordReformStage;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformId;
import org.advocacyledger.reform.api.ReformKind;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.security.ApiTokens;
import org.advocacyledger.statistics.importing.ImportSummary;
import org.advocacyledger.statistics.importing.StatisticsImporter;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.projection.EventStoreScan;
import org.advocacyledger.shared.projection.MongoProjection;
import org.advocacyledger.shared.projection.ProjectionRebuild;
import org.advocacyledger.shared.projection.ProjectionVerifier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The product's figures next to the embedded store's own ceilings, measured in one run on the normal
 * configuration (H2 file backend). Generates realistic data through the product's own commands (campaigns,
 * actions with framings, reforms with stages, contribution claims), then measures appends through the
 * command gateway (4 threads) and through the HTTP API (4 clients with API tokens), reads, and a full
 * rebuild; at the end it checks that every read model equals what the event store implies and fails
 * loudly otherwise. Prints one table and writes the figures as JSON.
 *
 * <p>Usage: {@code LedgerBenchmark [--sizes 10000,100000] [--out results.json]}
 */
public final class LedgerBenchmark {

    /** One figure: what, at how many events in the store, its value and unit, and its ratio to the matching ceiling. */
    public record Figure(String name, long eventsInStore, double value, String unit, Double ratioToCeiling) {
    }

    private final List<Figure> figures = new ArrayList<>();

    /**
     * HTTP appends sent once, untimed, before the first timed HTTP figure: the web path's code is compiled by
     * the JIT first (on 2 cores the compiler threads still took a third of the CPU after 1,000 requests, and the
     * rate kept climbing for about 10,000; decision 22).
     */
    static final int HTTP_WARM_UP_REQUESTS = 5_000;

    /** At most this many timed HTTP appends per size (fewer in a small store: a fiftieth of its events). */
    static final int HTTP_TIMED_REQUESTS = 2_000;

    /** Read documents whose bulk insert measures the rebuild's write ceiling. */
    static final int REBUILD_CEILING_SAMPLE = 50_000;

    /**
     * Retracts each action, one after another, through the gateway: Axon loads each aggregate from the event store
     * first when it is not in the aggregate cache (an early one, in a store of many more aggregates than the cache
     * holds, or any after a restart). p50 and p95 in ms.
     */
    static double[] uncachedCommands(CommandGateway commands, List<String> actionIds) {
        List<Long> nanos = new ArrayList<>();
        for (String id : actionIds) {
            long started = System.nanoTime();
            commands.sendAndWait(new org.advocacyledger.action.api.RetractAdvocacyAction(new ActionId(id), null,
                    "benchmark: a command on an aggregate loaded from the event store"));
            nanos.add(System.nanoTime() - started);
        }
        return new double[] {percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6};
    }

    /** The rebuild's ceiling and what it is made of (read documents, their bulk insert, the events' scan). */
    static void rebuildCeilingFigures(List<Figure> figures, StoreCeilings.RebuildCeiling ceiling, long inStore) {
        System.out.println("read documents per collection after the rebuild at " + inStore + " events: " + ceiling.documents());
        figures.add(new Figure("read documents after the rebuild", inStore, ceiling.totalDocuments(), "docs", null));
        figures.add(new Figure("raw insertMany of a sample of them, by _id (ceiling)", inStore, ceiling.writeRate(), "docs/s", null));
        figures.add(new Figure("raw scan of the event collection (ceiling)", inStore, ceiling.scanRate(), "events/s", null));
        figures.add(new Figure("rebuild ceiling: scan the events, write each read document once (ceiling)", inStore,
                ceiling.eventsPerSecond(), "events/s", null));
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizes = List.of(10_000L, 100_000L);
        Path out = Path.of("target", "benchmark-" + Instant.now().toString().replace(':', '-') + ".json");
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--sizes")) {
                sizes = Arrays.stream(args[i + 1].split(",")).map(String::trim).map(Long::parseLong).toList();
            } else if (args[i].equals("--out")) {
                out = Path.of(args[i + 1]);
            }
        }
        LedgerBenchmark benchmark = new LedgerBenchmark();
        boolean consistent = benchmark.run(sizes, out);
        System.exit(consistent ? 0 : 1);
    }

    /** Runs every measurement; returns whether the read models equal the event store at the end. */
    public boolean run(List<Long> sizes, Path out) throws Exception {
        Path dir = Files.createTempDirectory("ledger-benchmark-");
        long largest = sizes.stream().mapToLong(Long::longValue).max().orElse(10_000);
        double rawOne;
        double rawMany;
        double rawScan;
        double[] idLookup;
        double rawUnit;
        double rawActionUnit;
        try (StoreCeilings raw = new StoreCeilings(dir)) {
            int sample = (int) Math.min(largest, 20_000);
            rawOne = raw.insertOne(sample, 4);
            rawMany = raw.insertMany((int) Math.min(largest, 100_000), 1_000);
            rawScan = raw.sortedScan();
            idLookup = raw.idLookup(2_000);
            rawUnit = raw.unitsOfWork(sample, 4, false);
            rawActionUnit = raw.unitsOfWork(sample, 4, true);
        }
        figures.add(new Figure("raw insertOne, 4 threads (ceiling)", 0, rawOne, "docs/s", null));
        figures.add(new Figure("raw insertMany, batches of 1,000 (ceiling)", 0, rawMany, "docs/s", null));
        figures.add(new Figure("raw sorted scan of events (ceiling)", 0, rawScan, "docs/s", null));
        figures.add(new Figure("raw _id look-up p50 (ceiling)", 0, idLookup[0], "ms", null));
        figures.add(new Figure("raw unit of work: an event + one read document, one commit, 4 threads (ceiling)", 0, rawUnit, "units/s", null));
        figures.add(new Figure("raw unit of work shaped like an action's (7 writes, one commit), 4 threads (ceiling)", 0, rawActionUnit, "units/s", null));

        AdvocacyLedgerApplication.disableAxonUpdateChecker();
        boolean consistent;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AdvocacyLedgerApplication.class)
                .run("--server.port=0", "--ledger.data-dir=" + dir.resolve("ledger"), "--ledger.admin.password=benchmark-password",
                        "--logging.level.root=WARN", "--ledger.login.max-failures-per-address=1000000")) {
            Context ctx = new Context(app);
            Data data = new Data(ctx.commands);
            long inStore = 0;
            for (long size : sizes) {
                long before = inStore;
                long started = System.nanoTime();
                long toAppend = size - inStore;
                List<Long> latencies = recordedTwoDaysAgo(() -> data.appendUntil(toAppend, 4));
                double seconds = (System.nanoTime() - started) / 1e9;
                inStore = size;
                double rate = (size - before) / seconds;
                figures.add(new Figure("appends through the command gateway, 4 threads", size, rate, "events/s", rate / rawOne));
                figures.add(new Figure("command latency p95 (append + synchronous projection; lag 0)", size,
                        percentile(latencies, 95) / 1e6, "ms", null));
                if (ctx.warmUpCampaign == null) { // the web path's code is compiled by the JIT first, untimed (as the gateway's is by its long run)
                    ctx.warmUpCampaign = data.campaignApart(); // a campaign of its own: no other measured campaign grows
                    recordedTwoDaysAgo(() -> ctx.httpAppends(data, ctx.warmUpCampaign, HTTP_WARM_UP_REQUESTS, 4));
                }
                double http = ctx.httpAppends(data, data.someCampaign(), (int) Math.min(HTTP_TIMED_REQUESTS, Math.max(200, size / 50)), 4);
                inStore += data.httpEvents;
                data.httpEvents = 0;
                figures.add(new Figure("HTTP POST /api/actions, 4 clients (API token)", inStore, http, "requests/s", http / rawOne));
                double[] timeline = ctx.latencies("/api/timeline?campaign=" + data.typicalCampaign() + "&size=50", 200);
                figures.add(new Figure("GET /api/timeline (a campaign of 29 records) p50", inStore, timeline[0], "ms", timeline[0] / idLookup[0]));
                figures.add(new Figure("GET /api/timeline (a campaign of 29 records) p95", inStore, timeline[1], "ms", null));
                double[] actions = ctx.latencies("/api/actions?campaign=" + data.typicalCampaign() + "&size=50", 200);
                figures.add(new Figure("GET /api/actions (a campaign of 20 actions) p95", inStore, actions[1], "ms", null));
                long pastStarted = System.nanoTime();
                ctx.latencies("/api/timeline?campaign=" + data.lastCampaign() + "&size=50&asOf="
                        + java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1), 1, 0);
                figures.add(new Figure("GET /api/timeline as of yesterday (a campaign), first answer", inStore,
                        (System.nanoTime() - pastStarted) / 1e6, "ms", null));
                double[] bigTimeline = ctx.latencies("/api/timeline?campaign=" + data.someCampaign() + "&size=50", 50);
                figures.add(new Figure("GET /api/timeline (the campaign all HTTP appends went to) p95", inStore,
                        bigTimeline[1], "ms", null));
                String large = "/api/timeline?campaign=" + ctx.warmUpCampaign + "&size=50";
                double[] largeTimeline = ctx.latencies(large, 20);
                figures.add(new Figure("GET /api/timeline (a campaign of " + HTTP_WARM_UP_REQUESTS + " records) p95", inStore,
                        largeTimeline[1], "ms", null));
                List<Long> afterWrite = new ArrayList<>(); // its first page after a write anywhere in the timeline
                for (int i = 0; i < 20; i++) {
                    ctx.httpAppends(data, data.someCampaign(), 1, 1);
                    afterWrite.add((long) (ctx.latencies(large, 1, 0)[0] * 1e6));
                }
                figures.add(new Figure("GET /api/timeline (a campaign of " + HTTP_WARM_UP_REQUESTS
                        + " records), first page after a write, p95", inStore, percentile(afterWrite, 95) / 1e6, "ms", null));
                if (size == largest) { // once: a past day's answer is kept per campaign and day
                    long largePastStarted = System.nanoTime();
                    ctx.latencies(large + "&asOf=" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1), 1, 0);
                    figures.add(new Figure("GET /api/timeline as of yesterday (a campaign of " + HTTP_WARM_UP_REQUESTS
                            + " records), first answer", inStore, (System.nanoTime() - largePastStarted) / 1e6, "ms", null));
                }
                analytics(ctx, data, inStore);
                inStore += data.httpEvents;
                data.httpEvents = 0;
                if (size == largest) {
                    inStore += statistics(app, ctx, inStore);
                    List<String> early = data.earlyActions.stream()
                            .filter(pair -> !List.of(data.someCampaign(), data.typicalCampaign(), data.lastCampaign()).contains(pair[0]))
                            .map(pair -> pair[1]).limit(20).toList();
                    double[] uncached = uncachedCommands(ctx.commands, early);
                    inStore += early.size();
                    figures.add(new Figure("a command on an aggregate not in the cache (retract an early action) p50", inStore,
                            uncached[0], "ms", null));
                    figures.add(new Figure("a command on an aggregate not in the cache (retract an early action) p95", inStore,
                            uncached[1], "ms", null));
                }
                ProjectionRebuild.Result rebuilt = ctx.rebuild.rebuildAll();
                StoreCeilings.RebuildCeiling ceiling = ctx.rebuildCeiling.get();
                rebuildCeilingFigures(figures, ceiling, inStore);
                figures.add(new Figure("full rebuild of every read model", inStore, rebuilt.eventsPerSecond(), "events/s",
                        rebuilt.eventsPerSecond() / ceiling.eventsPerSecond()));
            }
            ProjectionVerifier.Report report = ctx.verifier.verify();
            consistent = report.consistent();
            figures.add(new Figure("read models equal the event store (differences)", inStore, report.differences().size(), "count", null));
            if (!consistent) {
                System.err.println("READ MODELS DIFFER FROM THE EVENT STORE:");
                report.differences().stream().limit(20).forEach(d -> System.err.println("  " + d));
            }
        }
        Path file = dir.resolve("ledger").resolve("ledger.mv.db");
        if (Files.exists(file)) {
            // every commit appends to the H2 file; it is compacted at the next start
            figures.add(new Figure("H2 store file before compaction", figures.isEmpty() ? 0 : figures.get(figures.size() - 1).eventsInStore(),
                    Files.size(file) / 1e6, "MB", null));
        }
        print();
        System.out.println("Data directory (kept for GrowStore and ColdStart): " + dir.resolve("ledger"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), figures);
        System.out.println("Results written to " + out.toAbsolutePath());
        return consistent;
    }

    /**
     * A 100,000-row UNHCR decisions file (the statistics benchmark's generator) imported through the product's
     * importer, next to the raw parse + insertMany of the same file; then protection rates over HTTP.
     * Returns the events the import appended.
     */
    private long statistics(ConfigurableApplicationContext app, Context ctx, long inStore) throws Exception {
        byte[] file = StatisticsBenchmark.generate(1.0, 0).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MongoDatabase ledgerDatabase = app.getBean(MongoDatabase.class);
        StatisticsBenchmark.raw(ledgerDatabase, file, "bench_raw_warmup");
        double raw = StatisticsBenchmark.raw(ledgerDatabase, file, "bench_raw");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("bench", null,
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        StatisticsImporter importer = app.getBean(StatisticsImporter.class);
        long started = System.nanoTime();
        ImportSummary summary = importer.importFile(file, "benchmark release", null, "bench");
        double seconds = (System.nanoTime() - started) / 1e9;
        double rawRate = summary.rowsRead() / raw;
        double rate = summary.rowsRead() / seconds;
        figures.add(new Figure("raw parse + insertMany of a 100,000-row UNHCR file (ceiling)", inStore, rawRate, "rows/s", null));
        figures.add(new Figure("UNHCR import, 100,000-row file", inStore, rate, "rows/s", rate / rawRate));
        double[] rates = ctx.latencies("/api/statistics/protection-rates?country=QAB&from=2000&to=2024", 200);
        figures.add(new Figure("GET /api/statistics/protection-rates (one country, 25 years) p50", inStore, rates[0], "ms", null));
        figures.add(new Figure("GET /api/statistics/protection-rates (one country, 25 years) p95", inStore, rates[1], "ms", null));
        return app.getBean(MongoDatabase.class).getCollection(EventStoreScan.EVENTS_COLLECTION).countDocuments() - inStore;
    }

    /**
     * The framing dashboard: today (numbers only, as the page asks), repeated (kept until the next stored
     * event) and right after a change; one country and period; with every id list; as of yesterday, first
     * and cached.
     */
    private void analytics(Context ctx, Data data, long inStore) throws Exception {
        String counts = "/api/analytics/framings?ids=false";
        double[] today = ctx.latencies(counts, 100);
        figures.add(new Figure("GET /api/analytics/framings today (numbers), repeated, p50", inStore, today[0], "ms", null));
        figures.add(new Figure("GET /api/analytics/framings today (numbers), repeated, p95", inStore, today[1], "ms", null));
        List<Long> afterChange = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ctx.post("/api/actions", Data.actionJson(data.someCampaign(), i));
            data.httpEvents++;
            long started = System.nanoTime();
            ctx.latencies(counts, 1, 0);
            afterChange.add(System.nanoTime() - started);
        }
        figures.add(new Figure("GET /api/analytics/framings today, first answer after a change, p50", inStore,
                percentile(afterChange, 50) / 1e6, "ms", null));
        figures.add(new Figure("GET /api/analytics/framings today, first answer after a change, p95", inStore,
                percentile(afterChange, 95) / 1e6, "ms", null));
        double[] japan = ctx.latencies(counts + "&country=JPN&from=2005&to=2015", 100);
        figures.add(new Figure("GET /api/analytics/framings today, one country and period, p95", inStore, japan[1], "ms", null));
        double[] withIds = ctx.latencies("/api/analytics/framings", 20);
        figures.add(new Figure("GET /api/analytics/framings today with every id list p95", inStore, withIds[1], "ms", null));
        // a window of its own per run, so that no earlier size's cached past answer is reused
        String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1) + "&windowMonths=" + (30 + figures.size() % 200);
        long started = System.nanoTime();
        ctx.latencies(counts + "&asOf=" + yesterday, 1, 0);
        figures.add(new Figure("GET /api/analytics/framings as of yesterday, first answer", inStore,
                (System.nanoTime() - started) / 1e6, "ms", null));
        double[] cached = ctx.latencies(counts + "&asOf=" + yesterday, 50);
        figures.add(new Figure("GET /api/analytics/framings as of yesterday, cached, p95", inStore, cached[1], "ms", null));
    }

    private void print() {
        System.out.printf("%n%-84s %12s %14s %-11s %8s%n", "figure", "events", "value", "unit", "ratio");
        for (Figure f : figures) {
            System.out.printf("%-84s %,12d %,14.2f %-11s %8s%n", f.name(), f.eventsInStore(), f.value(), f.unit(),
                    f.ratioToCeiling() == null ? "" : String.format("%.2f", f.ratioToCeiling()));
        }
    }

    /**
     * Runs {@code work} with events recorded "two days ago", so that an as-of view of yesterday has all of them
     * to fold.
     */
    static <T> T recordedTwoDaysAgo(java.util.concurrent.Callable<T> work) throws Exception {
        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), Duration.ofDays(-2));
        try {
            return work.call();
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
    }

    static double percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The running application's beans and address. */
    static final class Context {
        final CommandGateway commands;
        final ProjectionVerifier verifier;
        final ProjectionRebuild rebuild;
        /** Measures the rebuild's ceiling on the rebuilt store (its read models' collections). */
        final java.util.function.Supplier<StoreCeilings.RebuildCeiling> rebuildCeiling;
        final String base;
        final String token;
        final HttpClient http = HttpClient.newHttpClient();
        /** The campaign the untimed HTTP appends went to (null before them). */
        String warmUpCampaign;

        Context(ConfigurableApplicationContext app) {
            commands = app.getBean(CommandGateway.class);
            verifier = app.getBean(ProjectionVerifier.class);
            MongoDatabase db = app.getBean("unitOfWorkDatabase", MongoDatabase.class);
            List<MongoProjection> projections = List.copyOf(app.getBeansOfType(MongoProjection.class).values());
            Runnable flush = app.getBean(StoreDurability.class)::flush;
            rebuild = new ProjectionRebuild(db, app.getBean(EventStoreScan.class), projections, flush);
            List<String> collections = projections.stream().flatMap(p -> p.collections().stream()).distinct().toList();
            rebuildCeiling = () -> StoreCeilings.RebuildCeiling.measure(db, collections, EventStoreScan.EVENTS_COLLECTION,
                    REBUILD_CEILING_SAMPLE, flush);
            base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            token = app.getBean(ApiTokens.class).create("admin", "benchmark", ApiTokens.Scope.READ_WRITE,
                    Instant.now().plusSeconds(86_400)).secret();
        }

        /** {@code requests} actions logged in {@code campaign} over HTTP by {@code clients} clients; requests/s. */
        double httpAppends(Data data, String campaign, int requests, int clients) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            AtomicLong failures = new AtomicLong();
            try {
                long started = System.nanoTime();
                List<Future<?>> futures = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    futures.add(pool.submit(() -> {
                        for (int i = client; i < requests; i += clients) {
                            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/actions"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .header("Idempotency-Key", UUID.randomUUID().toString()) // as the UI sends
                                    .POST(HttpRequest.BodyPublishers.ofString(Data.actionJson(campaign, i))).build();
                            try {
                                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 201) {
                                    failures.incrementAndGet();
                                }
                            } catch (IOException | InterruptedException e) {
                                failures.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                if (failures.get() > 0) {
                    throw new IllegalStateException(failures.get() + " HTTP appends failed");
                }
                data.httpEvents += requests;
                return requests / ((System.nanoTime() - started) / 1e9);
            } finally {
                pool.shutdownNow();
            }
        }

        void post(String path, String json) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 201) {
                throw new IllegalStateException("POST " + path + " answered " + status);
            }
        }

        /** p50 and p95 in ms of a GET, after 20 warm-up requests. */
        double[] latencies(String path, int samples) throws Exception {
            return latencies(path, samples, 20);
        }

        double[] latencies(String path, int samples, int warmUp) throws Exception {
            List<Long> nanos = new ArrayList<>();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build();
            for (int i = 0; i < samples + warmUp; i++) {
                long started = System.nanoTime();
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
                if (i >= warmUp) {
                    nanos.add(System.nanoTime() - started);
                }
            }
            return new double[] {percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6};
        }
    }

    /**
     * Realistic data: each campaign gets 20 actions (framings mixed between humanitarian-protection avenues
     * and the Refugee Convention), 2 reforms with a second stage each, 4 contribution claims and one
     * substantiation (a quarter of them disputing the contribution): 31 events. 5,000 campaigns (155,000
     * events) make the analytics issue's data set: 100,000 actions, 10,000 reforms, 20,000 claims.
     */
    static final class Data {
        static final FramingKind[] KINDS = {FramingKind.HUMANITARIAN_PROTECTION, FramingKind.REFUGEE_CONVENTION};
        static final ProtectionAvenue[] AVENUES = ProtectionAvenue.values();
        static final String[] COUNTRIES = {"JPN", "KOR", "CHN", "HKG", "MAC"};

        final CommandGateway commands;
        final ConcurrentLinkedQueue<String> campaigns = new ConcurrentLinkedQueue<>();
        /** The first action of each of the first campaigns, as {campaign, action}: long out of the aggregate cache later. */
        final ConcurrentLinkedQueue<String[]> earlyActions = new ConcurrentLinkedQueue<>();
        long httpEvents;

        Data(CommandGateway commands) {
            this.commands = commands;
        }

        /** The first campaign: the one the HTTP appends go to, so it grows. */
        String someCampaign() {
            return campaigns.peek();
        }

        /** A new campaign that is none of the generated ones (none of the reads measured uses it). */
        String campaignApart() {
            CampaignId campaign = CampaignId.create();
            commands.sendAndWait(new LaunchCampaign(campaign, "Campaign apart " + campaign.value().substring(0, 8), List.of("JPN"),
                    List.of("Syrian asylum-seekers in Japan"), "Warm-up"));
            httpEvents++;
            return campaign.value();
        }

        /** The campaign generated last (a different one at each size). */
        String lastCampaign() {
            String last = null;
            for (String campaign : campaigns) {
                last = campaign;
            }
            return last;
        }

        /** A campaign as generated (20 actions, 2 reforms, 4 claims, 1 substantiation), not the first. */
        String typicalCampaign() {
            return campaigns.stream().skip(1).findFirst().orElse(campaigns.peek());
        }

        /** Appends about {@code events} events from {@code threads} threads; returns each command's latency. */
        List<Long> appendUntil(long events, int threads) throws Exception {
            long campaignsNeeded = Math.max(1, events / 31);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        for (long c = thread; c < campaignsNeeded; c += threads) {
                            campaign(latencies);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            return new ArrayList<>(latencies);
        }

        private void campaign(ConcurrentLinkedQueue<Long> latencies) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            CampaignId campaign = CampaignId.create();
            timed(latencies, new LaunchCampaign(campaign, "Campaign " + campaign.value().substring(0, 8), List.of(country),
                    List.of("Rights of humanitarian status holders"), "Equal treatment"));
            campaigns.add(campaign.value());
            List<String> actions = new ArrayList<>();
            for (int a = 0; a < 20; a++) {
                ActionId id = ActionId.create();
                FramingKind kind = KINDS[random.nextInt(KINDS.length)];
                Framing framing = kind == FramingKind.HUMANITARIAN_PROTECTION
                        ? new Framing(kind, AVENUES[random.nextInt(AVENUES.length)], null) : new Framing(kind, null, null);
                timed(latencies, new LogAdvocacyAction(id, campaign, country, "Rights of humanitarian status holders",
                        "Coalition member " + random.nextInt(20), ActionType.values()[random.nextInt(ActionType.values().length)],
                        List.of(framing), List.of(new LegalBasis("ICCPR", "art. 26")), new Target(TargetKind.MINISTRY, "Ministry of Justice"),
                        PartialDate.parse((2000 + random.nextInt(24)) + "-0" + (1 + random.nextInt(9))),
                        "Submission on equal treatment of humanitarian status holders", "internal note", List.of()));
                actions.add(id.value());
            }
            if (earlyActions.size() < 40) {
                earlyActions.add(new String[] {campaign.value(), actions.get(0)});
            }
            List<ClaimId> claims = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                ReformId reform = ReformId.create();
                int year = 2005 + random.nextInt(15);
                timed(latencies, new RecordLegalReform(reform, campaign, country, "Refugee Act", ReformKind.LAW,
                        "Humanitarian status holders may work", "Act No. " + random.nextInt(10_000), null,
                        ReformDirection.PROGRESSIVE, ReformStage.PROPOSED, PartialDate.parse(Integer.toString(year)), false, null));
                timed(latencies, new RecordReformStage(reform, null, ReformStage.ADOPTED, PartialDate.parse(Integer.toString(year + 1)),
                        false, null));
                for (int c = 0; c < 2; c++) {
                    ClaimId claim = ClaimId.create();
                    claims.add(claim);
                    timed(latencies, new ClaimContribution(claim, campaign,
                            List.of(actions.get(random.nextInt(actions.size()))), ClaimTargetType.REFORM, reform.value(),
                            ClaimStrength.values()[random.nextInt(ClaimStrength.values().length)],
                            "Testimony cited in the committee report", null, List.of()));
                }
            }
            Agreement contribution = random.nextInt(4) == 0 ? Agreement.NOT : Agreement.PARTLY;
            timed(latencies, new SubstantiateClaim(claims.get(random.nextInt(claims.size())), java.util.UUID.randomUUID().toString(),
                    "Professor of refugee law", Independence.INDEPENDENT, Agreement.FULLY, Agreement.PARTLY, contribution, null));
        }

        private void timed(ConcurrentLinkedQueue<Long> latencies, Object command) {
            long started = System.nanoTime();
            commands.sendAndWait(command);
            latencies.add(System.nanoTime() - started);
        }

        static String actionJson(String campaign, int i) {
            return "{\"campaignId\":\"" + campaign + "\",\"country\":\"JPN\",\"issue\":\"Syrian asylum-seekers in Japan\","
                    + "\"actor\":\"Japan Association for Refugees\",\"actionType\":\"SUBMISSION_TO_UN_BODY\","
                    + "\"framings\":[{\"kind\":\"HUMANITARIAN_PROTECTION\",\"avenue\":\"SUBSTANTIVE_NON_REFOULEMENT\"},"
                    + "{\"kind\":\"REFUGEE_CONVENTION\"}],\"legalBases\":[{\"instrument\":\"CAT\",\"article\":\"art. 3\"}],"
                    + "\"target\":{\"kind\":\"UN_BODY\",\"name\":\"Committee against Torture\"},\"date\":\"2014-03\","
                    + "\"description\":\"Shadow report on non-refoulement number " + i + "\",\"notes\":\"internal\","
                    + "\"evidence\":[\"https://example.org/report.pdf\"]}";
        }
    }
}
