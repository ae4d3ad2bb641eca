package org.advocacyledger.analytics.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.action.api.ProtectionAvenue;
import org.advocacyledger.analytics.api.FramingRow;
import org.advocacyledger.analytics.api.GetFramingAnalytics;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.shared.DatePrecision;
import org.advocacyledger.shared.PartialDate;

/**
 * The dashboard's arithmetic over folded facts (pure: no store, no clock). The rules are written down in
 * docs/decisions.md, decision 15; in short:
 * <ul>
 * <li>an action counts when it is not retracted, in a visible campaign, in a selected country and issue,
 *     and its date's span starts within from..to (undated actions only when no range is given);</li>
 * <li>a reform counts when it is not retracted, in a visible campaign and a selected country; a claim when
 *     it is not retracted, targets a counted reform and cites at least one counted action;</li>
 * <li>credit: each claim weighs by its claimed strength (decisive 4, significant 3, partial 2, minor 1),
 *     split equally among its counted actions, each action's share split equally among its framings'
 *     top-level kinds (avenue rows: the humanitarian-protection share split among its avenues; legal-basis
 *     rows: among its legal bases); per reform the credits are normalised to sum to 1;</li>
 * <li>lag: whole months from the start of the first contributing action's date to the start of the reform's
 *     first actual adoption or entry into force; a date known only to the year makes the lag imprecise;</li>
 * <li>temporal association: progressive counted reforms in the same country whose change date lies 0 to
 *     {@code windowMonths} months after some action under the framing;</li>
 * <li>small sample: fewer than 5 claimed reforms.</li>
 * </ul>
 */
final class FramingCalculator {

    static final int SMALL_SAMPLE = 5;

    /** Reach figures per country and year (recognized, complementary protection), persons; may be empty. */
    interface Reach {
        long[] figures(String country, int year);
    }

    private FramingCalculator() {
    }

    static double weight(ClaimStrength strength) {
        return switch (strength) {
            case DECISIVE -> 4;
            case SIGNIFICANT -> 3;
            case PARTIAL -> 2;
            case MINOR -> 1;
        };
    }

    static List<FramingRow> compute(RecordFold fold, GetFramingAnalytics q, Reach reach) {
        Set<Object> scope = scope(q);
        boolean byLegalBasis = q.byLegalBasis();
        Map<String, Tally> tallies = new HashMap<>();
        // the share maps are shared by every action with the same framings (RecordFold), so few distinct ones
        Map<Map<String, Double>, Tally[]> tallied = new IdentityHashMap<>();
        Function<Map<String, Double>, Tally[]> tallyOf = shares -> shares.keySet().stream()
                .map(key -> tallies.computeIfAbsent(key, Tally::new)).toArray(Tally[]::new);

        // one pass over the actions: each counted action under every key it has a share in
        Shares shares = new Shares(byLegalBasis);
        for (RecordFold.ActionFacts a : fold.actions.values()) {
            if (!counts(a, q, scope)) {
                continue;
            }
            int month = RecordFold.month(a.date());
            for (Tally tally : tallied.computeIfAbsent(shares.of(a), tallyOf)) {
                tally.actions++;
                if (q.ids()) {
                    tally.under.add(a);
                }
                if (month != RecordFold.NO_MONTH) {
                    tally.monthsByCountry.computeIfAbsent(a.country(), c -> new BitSet()).set(month);
                }
            }
        }

        // the counted reforms, in the fold's order, with their change dates
        Map<RecordFold.ReformFacts, Reform> reforms = new LinkedHashMap<>(); // ReformFacts: identity
        for (RecordFold.ReformFacts r : fold.reforms.values()) {
            if (counts(r, q, scope)) {
                reforms.put(r, new Reform(r));
            }
        }

        // the counted claims: not retracted, on a counted reform, citing at least one counted action
        List<Claim> claims = new ArrayList<>();
        for (RecordFold.ClaimFacts c : fold.claims.values()) {
            if (c.retracted || c.targetType != ClaimTargetType.REFORM) {
                continue;
            }
            Reform reform = c.target == null ? null : reforms.get(c.target);
            if (reform == null || (scope != null && !scope.contains(c.campaignId))) {
                continue;
            }
            List<RecordFold.ActionFacts> cited = new ArrayList<>(c.cited.length);
            for (RecordFold.ActionRef ref : c.cited) {
                RecordFold.ActionFacts a = ref.current;
                if (a != null && counts(a, q, scope)) {
                    cited.add(a);
                }
            }
            if (cited.isEmpty()) {
                continue;
            }
            Claim claim = new Claim(c, reform, cited, c.substantiated());
            claims.add(claim);
            reform.totalWeight += claim.weight;
            if (claim.substantiated) {
                reform.substantiatedWeight += claim.weight;
            }
        }

        // one pass over the claims: credit (normalised per reform), claimed reforms, first contributing action
        for (Claim claim : claims) {
            List<RecordFold.ActionFacts> distinct = claim.cited.size() == 1 ? claim.cited : claim.cited.stream().distinct().toList();
            double perAction = claim.weight / distinct.size();
            for (RecordFold.ActionFacts a : distinct) {
                for (Map.Entry<String, Double> share : shares.of(a).entrySet()) {
                    Tally tally = tallies.get(share.getKey());
                    tally.creditAll += perAction * share.getValue() / claim.reform.totalWeight;
                    if (claim.substantiated) {
                        tally.creditSubstantiated += perAction * share.getValue() / claim.reform.substantiatedWeight;
                    }
                }
            }
            for (RecordFold.ActionFacts a : claim.cited) {
                for (String key : shares.of(a).keySet()) {
                    tallies.get(key).cite(claim, a);
                }
            }
        }

        List<String> keys = new ArrayList<>();
        if (!byLegalBasis) {
            for (FramingKind kind : FramingKind.values()) {
                keys.add(kind.name());
                if (kind == FramingKind.HUMANITARIAN_PROTECTION) {
                    for (ProtectionAvenue avenue : ProtectionAvenue.values()) {
                        keys.add(kind.name() + "/" + avenue.name());
                    }
                }
            }
        } else {
            tallies.values().stream().filter(t -> t.actions > 0).map(t -> t.key).sorted().forEach(keys::add);
        }
        List<FramingRow> rows = new ArrayList<>(keys.size());
        for (String key : keys) {
            rows.add(tallies.getOrDefault(key, new Tally(key)).row(reforms.values(), q, reach));
        }
        return rows;
    }

    /**
     * The actions' credit shares during one computation ({@link RecordFold#shares}), found by the identity of the
     * action's list of framings or legal bases: the facts share equal lists ({@link FactValues}), so there are few,
     * and a list is not hashed again for every action.
     */
    private static final class Shares {

        private final boolean byLegalBasis;
        private final Map<List<?>, Map<String, Double>> byList = new IdentityHashMap<>();

        Shares(boolean byLegalBasis) {
            this.byLegalBasis = byLegalBasis;
        }

        Map<String, Double> of(RecordFold.ActionFacts action) {
            List<?> list = byLegalBasis ? action.legalBases() : action.framings();
            Map<String, Double> shares = byList.get(list);
            if (shares == null) {
                shares = RecordFold.shares(action, byLegalBasis);
                byList.put(list, shares);
            }
            return shares;
        }
    }

    /** A counted reform and what the computation needs of it. */
    private static final class Reform {
        final RecordFold.ReformFacts facts;
        final PartialDate change;
        final LocalDate changeStart;
        final int changeMonth;
        double totalWeight;
        double substantiatedWeight;
        long[] reach;

        Reform(RecordFold.ReformFacts facts) {
            this.facts = facts;
            this.change = facts.changeDate();
            this.changeStart = change == null ? null : change.start();
            this.changeMonth = change == null ? RecordFold.NO_MONTH : monthIndex(changeStart);
        }

        /** Recognized and complementary protection in the {@code years} before and after the change; null: no figure. */
        long[] reach(int years, Reach figures) {
            if (reach == null) {
                long[] sums = new long[4];
                boolean any = false;
                int year = changeStart.getYear();
                for (int offset = 1; offset <= years; offset++) {
                    long[] before = figures.figures(facts.country, year - offset);
                    long[] after = figures.figures(facts.country, year + offset);
                    if (before != null) {
                        sums[0] += before[0];
                        sums[2] += before[1];
                        any = true;
                    }
                    if (after != null) {
                        sums[1] += after[0];
                        sums[3] += after[1];
                        any = true;
                    }
                }
                reach = any ? sums : NO_REACH;
            }
            return reach == NO_REACH ? null : reach;
        }
    }

    private static final long[] NO_REACH = new long[0];

    /** A counted claim with its counted actions (in the claim's order, repeats kept). */
    private static final class Claim {
        final RecordFold.ClaimFacts facts;
        final Reform reform;
        final List<RecordFold.ActionFacts> cited;
        final boolean substantiated;
        final boolean disputed;
        final double weight;

        Claim(RecordFold.ClaimFacts facts, Reform reform, List<RecordFold.ActionFacts> cited, boolean substantiated) {
            this.facts = facts;
            this.reform = reform;
            this.cited = cited;
            this.substantiated = substantiated;
            this.disputed = facts.disputed();
            this.weight = weight(facts.strength);
        }
    }

    /** One row's running figures: built by the passes over actions and claims, then turned into a row. */
    private static final class Tally {
        final String key;
        /** The counted actions under this key, and (when the ids are asked for) the actions themselves. */
        int actions;
        final List<RecordFold.ActionFacts> under = new ArrayList<>();
        final Map<String, BitSet> monthsByCountry = new HashMap<>();
        final List<Claim> claims = new ArrayList<>();
        /** Per claimed reform (in the order first claimed): the first contributing action's date under this key. */
        final Map<Reform, PartialDate> claimed = new LinkedHashMap<>();
        double creditAll;
        double creditSubstantiated;

        Tally(String key) {
            this.key = key;
        }

        /** {@code claim} cites {@code action}, which has a share in this key. */
        void cite(Claim claim, RecordFold.ActionFacts action) {
            if (claims.isEmpty() || claims.get(claims.size() - 1) != claim) {
                claims.add(claim);
            }
            PartialDate first = claimed.get(claim.reform);
            PartialDate date = action.date();
            boolean known = date != null && !date.isUnknown();
            if (!claimed.containsKey(claim.reform)) {
                claimed.put(claim.reform, known ? date : null);
            } else if (known && (first == null || startKey(date) < startKey(first))) {
                claimed.put(claim.reform, date);
            }
        }

        FramingRow row(Collection<Reform> reforms, GetFramingAnalytics q, Reach reach) {
            boolean ids = q.ids();
            List<Object> claimedIds = new ArrayList<>(ids ? claimed.size() : 0);
            List<Object> progressive = new ArrayList<>();
            List<Object> regressive = new ArrayList<>();
            int progressiveCount = 0;
            int regressiveCount = 0;
            int[] lags = new int[claimed.size()];
            int lagCount = 0;
            boolean imprecise = false;
            long[] reachSums = new long[4];
            boolean anyReach = false;
            for (Map.Entry<Reform, PartialDate> entry : claimed.entrySet()) {
                Reform reform = entry.getKey();
                if (ids) {
                    claimedIds.add(reform.facts.id);
                }
                if (reform.facts.direction == ReformDirection.PROGRESSIVE) {
                    progressiveCount++;
                    if (ids) {
                        progressive.add(reform.facts.id);
                    }
                } else if (reform.facts.direction == ReformDirection.REGRESSIVE) {
                    regressiveCount++;
                    if (ids) {
                        regressive.add(reform.facts.id);
                    }
                }
                PartialDate first = entry.getValue();
                if (reform.change != null && first != null) {
                    lags[lagCount++] = reform.changeMonth - monthIndex(first); // whole months between the months' starts
                    imprecise |= first.precision() == DatePrecision.YEAR || reform.change.precision() == DatePrecision.YEAR;
                }
                long[] figures = reform.change == null || q.reachYears() <= 0 ? null : reform.reach(q.reachYears(), reach);
                if (figures != null) {
                    for (int i = 0; i < 4; i++) {
                        reachSums[i] += figures[i];
                    }
                    anyReach = true;
                }
            }
            Set<Reform> substantiated = new LinkedHashSet<>(); // Reform: identity
            Set<Reform> disputed = new LinkedHashSet<>();
            List<Object> claimIds = new ArrayList<>(ids ? claims.size() : 0);
            List<Object> substantiatedClaims = new ArrayList<>();
            List<Object> disputedClaims = new ArrayList<>();
            for (Claim claim : claims) {
                if (claim.substantiated) {
                    substantiated.add(claim.reform);
                }
                if (claim.disputed) {
                    disputed.add(claim.reform);
                }
                if (ids) {
                    claimIds.add(claim.facts.id);
                    if (claim.substantiated) {
                        substantiatedClaims.add(claim.facts.id);
                    }
                    if (claim.disputed) {
                        disputedClaims.add(claim.facts.id);
                    }
                }
            }
            List<Object> associated = new ArrayList<>();
            int associatedCount = 0;
            for (Reform reform : reforms) {
                BitSet months = monthsByCountry.get(reform.facts.country);
                if (reform.facts.direction == ReformDirection.PROGRESSIVE && reform.change != null && months != null) {
                    int firstAtOrAfter = months.nextSetBit(Math.max(0, reform.changeMonth - q.windowMonths()));
                    if (firstAtOrAfter >= 0 && firstAtOrAfter <= reform.changeMonth) {
                        associatedCount++;
                        if (ids) {
                            associated.add(reform.facts.id);
                        }
                    }
                }
            }
            List<Object> underIds = new ArrayList<>(under.size());
            under.forEach(a -> underIds.add(a.id()));
            String framing = q.byLegalBasis() ? null : key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
            String avenue = q.byLegalBasis() || !key.contains("/") ? null : key.substring(key.indexOf('/') + 1);
            int[] sortedLags = Arrays.copyOf(lags, lagCount);
            Arrays.sort(sortedLags);
            Integer minLag = lagCount == 0 ? null : sortedLags[0];
            Integer maxLag = lagCount == 0 ? null : sortedLags[lagCount - 1];
            return new FramingRow(framing, avenue, q.byLegalBasis() ? key : null, actions, claimed.size(),
                    substantiated.size(), disputed.size(), progressiveCount, regressiveCount,
                    round(creditAll), round(creditSubstantiated), median(sortedLags), minLag, maxLag, imprecise,
                    associatedCount, anyReach ? reachSums[0] : null, anyReach ? reachSums[1] : null,
                    anyReach ? reachSums[2] : null, anyReach ? reachSums[3] : null,
                    claimed.size() < SMALL_SAMPLE, ids(ids, underIds), ids(ids, claimedIds), ids(ids, associated),
                    ids(ids, claimIds), ids(ids, idsOf(substantiated)), ids(ids, idsOf(disputed)), ids(ids, progressive),
                    ids(ids, regressive), ids(ids, substantiatedClaims), ids(ids, disputedClaims));
        }
    }

    /**
     * The campaigns the query may see ({@link GetFramingAnalytics#campaignScope()}), as ids in the facts' form
     * ({@link FactValues#id(String)}); null: all.
     */
    static Set<Object> scope(GetFramingAnalytics q) {
        if (q.campaignScope() == null) {
            return null;
        }
        Set<Object> scope = new java.util.HashSet<>();
        q.campaignScope().forEach(id -> scope.add(FactValues.id(id)));
        return scope;
    }

    /** Whether the action is in the selection (the rule of the class comment); {@code scope}: {@link #scope}. */
    static boolean counts(RecordFold.ActionFacts a, GetFramingAnalytics q, Set<Object> scope) {
        if (a.retracted() || (scope != null && !scope.contains(a.campaignId()))) {
            return false;
        }
        if (!inCountries(a.country(), q.countries()) || (q.issue() != null && !q.issue().equals(a.issue()))) {
            return false;
        }
        if (q.from() == null && q.to() == null) {
            return true;
        }
        if (a.date() == null || a.date().isUnknown()) {
            return false;
        }
        LocalDate start = a.date().start();
        return (q.from() == null || !start.isBefore(q.from().start())) && (q.to() == null || !start.isAfter(q.to().end()));
    }

    /** Whether the reform is in the selection. */
    static boolean counts(RecordFold.ReformFacts r, GetFramingAnalytics q, Set<Object> scope) {
        return !r.retracted && (scope == null || scope.contains(r.campaignId))
                && inCountries(r.country, q.countries());
    }

    private static boolean inCountries(String country, Collection<String> countries) {
        return countries == null || countries.isEmpty() || countries.contains(country);
    }

    /** An action's share by top-level kind, and the humanitarian-protection share by avenue ("HP/AVENUE"). */
    static Map<String, Double> framingShares(List<Framing> framings) {
        Map<String, Double> shares = new HashMap<>();
        Set<FramingKind> kinds = new LinkedHashSet<>();
        Set<ProtectionAvenue> avenues = new LinkedHashSet<>();
        for (Framing f : framings) {
            if (f.kind() != null) {
                kinds.add(f.kind());
                if (f.kind() == FramingKind.HUMANITARIAN_PROTECTION && f.avenue() != null) {
                    avenues.add(f.avenue());
                }
            }
        }
        for (FramingKind kind : kinds) {
            shares.put(kind.name(), 1.0 / kinds.size());
        }
        for (ProtectionAvenue avenue : avenues) {
            shares.put(FramingKind.HUMANITARIAN_PROTECTION.name() + "/" + avenue.name(), 1.0 / kinds.size() / avenues.size());
        }
        return shares;
    }

    static Map<String, Double> legalBasisShares(List<LegalBasis> legalBases) {
        Set<String> bases = new TreeSet<>();
        for (LegalBasis b : legalBases) {
            bases.add(b.article() == null || b.article().isBlank() ? b.instrument() : b.instrument() + " " + b.article());
        }
        Map<String, Double> shares = new HashMap<>();
        bases.forEach(b -> shares.put(b, 1.0 / bases.size()));
        return shares;
    }

    private static int monthIndex(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** The median of values sorted ascending; null when there are none. */
    private static Double median(int[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? (double) sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** A number that orders dates by their start, like {@link PartialDate#start()} without making a LocalDate. */
    private static int startKey(PartialDate date) {
        return date.year() * 10_000 + (date.month() == null ? 1 : date.month()) * 100 + (date.day() == null ? 1 : date.day());
    }

    private static List<Object> idsOf(Set<Reform> reforms) {
        return reforms.stream().map(r -> r.facts.id).toList();
    }

    /** The month number of a date's start ({@code year * 12 + month - 1}; January when only the year is known). */
    private static int monthIndex(PartialDate date) {
        return date.year() * 12 + (date.month() == null ? 0 : date.month() - 1);
    }

    /**
     * The ids as text, read-only, when they are asked for; otherwise null (left out of the answer). The list holds
     * the fold's id objects and writes each as text when it is read (when the answer is written out), so that an
     * answer kept in a cache does not hold a second copy of every id (decision 23).
     */
    private static List<String> ids(boolean wanted, List<Object> ids) {
        return wanted ? new IdTexts(ids.toArray()) : null;
    }

    private static final class IdTexts extends java.util.AbstractList<String> implements java.util.RandomAccess {

        private final Object[] ids;

        IdTexts(Object[] ids) {
            this.ids = ids;
        }

        @Override
        public String get(int index) {
            return ids[index].toString();
        }

        @Override
        public int size() {
            return ids.length;
        }
    }
}
