package org.advocacyledger.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.mongodb.client.MongoDatabase;
import org.advocacyledger.action.api.ActionId;
import org.advocacyledger.action.api.ActionType;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.action.api.LogAdvocacyAction;
import org.advocacyledger.action.api.Target;
import org.advocacyledger.action.api.TargetKind;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.campaign.api.LaunchCampaign;
import org.advocacyledger.contribution.api.ClaimContribution;
import org.advocacyledger.contribution.api.ClaimId;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.outcome.api.Measurement;
import org.advocacyledger.outcome.api.OutcomeId;
import org.advocacyledger.outcome.api.OutcomeMetric;
import org.advocacyledger.outcome.api.OutcomeUnit;
import org.advocacyledger.outcome.api.RecordOutcome;
import org.advocacyledger.reform.api.RecordLegalReform;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformId;
import org.advocacyledger.reform.api.ReformKind;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.shared.DatePrecision;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.Period;
import org.advocacyledger.shared.projection.EventStoreScan;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * With {@code ledger.demo=true} ({@code LEDGER_DEMO=true}) and an event store without events, loads the
 * facts the seed article reports ({@code classpath:demo/*.csv}) under the campaign "Humanitarian protection
 * in East Asia", as ordinary commands through the command gateway (so every rule applies), recorded by
 * the user {@value #USER}. Values of the article's own vocabulary are mapped onto the product's as
 * documented in docs/api-record.md ("Demo data"); the article's wording is kept in the descriptions.
 */
@Component
@ConditionalOnProperty(name = "ledger.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String USER = "demo-data";
    static final String CAMPAIGN_NAME = "Humanitarian protection in East Asia";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Pattern ARTICLE = Pattern.compile("^(.*?)\\s+(arts?\\.\\s*.+)$");

    private final CommandGateway commands;
    private final MongoDatabase ledgerDatabase;
    private final CsvMapper csv = new CsvMapper();

    DemoData(CommandGateway commands, MongoDatabase ledgerDatabase) {
        this.commands = commands;
        this.ledgerDatabase = ledgerDatabase;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (ledgerDatabase.getCollection(EventStoreScan.EVENTS_COLLECTION).countDocuments() > 0) {
            log.info("Demo data not loaded: the event store already holds events");
            return;
        }
        List<Map<String, String>> actions = read("actions.csv");
        List<Map<String, String>> reforms = read("reforms.csv");
        List<Map<String, String>> outcomes = read("outcomes.csv");
        List<Map<String, String>> contributions = read("contributions.csv");

        CampaignId campaign = CampaignId.create();
        Set<String> countries = new LinkedHashSet<>(List.of("JPN", "KOR", "CHN", "HKG", "MAC"));
        Set<String> issues = new LinkedHashSet<>();
        actions.forEach(a -> issues.add(a.get("issue")));
        send(new LaunchCampaign(campaign, CAMPAIGN_NAME, List.copyOf(countries), List.copyOf(issues),
                "Test the seed article's argument: humanitarian-protection framings reach more people than "
                        + "Refugee Convention framings in Japan, Korea and China."));

        Map<String, ActionId> actionIds = new HashMap<>();
        for (Map<String, String> a : actions) {
            ActionId id = ActionId.create();
            ActionType type = actionType(a.get("action_type"));
            String notes = !type.name().equals(a.get("action_type"))
                    ? "Demo data: the article's action type is " + a.get("action_type") + "." : null;
            send(new LogAdvocacyAction(id, campaign, a.get("country"), a.get("issue"), a.get("actor"), type,
                    List.of(new Framing(FramingKind.valueOf(a.get("framing")), null, null)),
                    legalBases(a.get("legal_basis")), new Target(targetKind(a.get("target")), a.get("target")),
                    date(a.get("date"), a.get("date_precision")),
                    a.get("summary") + " (Source: seed article, " + a.get("source_in_article") + ".)", notes, List.of()));
            actionIds.put(a.get("actor") + "|" + a.get("issue"), id);
        }

        Map<String, ReformId> reformIds = new HashMap<>();
        for (Map<String, String> r : reforms) {
            ReformId id = ReformId.create();
            String kind = r.get("kind");
            String note = r.get("note");
            String description = (note == null || note.isBlank() ? "" : note + " ")
                    + "(Source: seed article, " + r.get("source_in_article") + "; recorded there as " + kind + ".)";
            send(new RecordLegalReform(id, campaign, r.get("country"), r.get("instrument"), reformKind(kind),
                    r.get("summary"), null, description, ReformDirection.valueOf(r.get("direction")), reformStage(kind),
                    date(r.get("date"), r.get("date_precision")), false, null));
            reformIds.put(r.get("country") + "|" + r.get("instrument"), id);
        }

        for (Map<String, String> o : outcomes) {
            String metric = o.get("metric");
            OutcomeMetric known = outcomeMetric(metric);
            String start = o.get("period_start");
            String end = o.get("period_end");
            Period period = Period.parse(start.equals(end) ? start : start + Period.SEPARATOR + end);
            send(new RecordOutcome(OutcomeId.create(), campaign, o.get("country"),
                    new Measurement(known, known == OutcomeMetric.OTHER ? humanize(metric) : null, period,
                            Long.parseLong(o.get("value")), OutcomeUnit.valueOf(o.get("unit")),
                            "Seed article, " + o.get("source_in_article")), null));
        }

        for (Map<String, String> c : contributions) {
            ActionId action = actionIds.get(c.get("action_actor") + "|" + c.get("action_issue"));
            ReformId reform = reformIds.get(c.get("reform_country") + "|" + c.get("reform_instrument"));
            if (action == null || reform == null) {
                log.warn("Demo contribution skipped: its action or reform is not in the demo data ({})", c);
                continue;
            }
            send(new ClaimContribution(ClaimId.create(), campaign, List.of(action.value()), ClaimTargetType.REFORM,
                    reform.value(), ClaimStrength.valueOf(c.get("claimed_strength")),
                    "The seed article asserts this contribution.", c.get("evidence_in_article"), List.of()));
        }
        log.info("Demo data loaded: campaign '{}' with {} actions, {} reforms, {} outcomes, {} contribution claim(s)",
                CAMPAIGN_NAME, actions.size(), reforms.size(), outcomes.size(), contributions.size());
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with("userId", USER)));
    }

    private List<Map<String, String>> read(String name) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (InputStream in = new ClassPathResource("demo/" + name).getInputStream();
             MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class).with(schema).readValues(in)) {
            return new ArrayList<>(rows.readAll());
        }
    }

    static PartialDate date(String date, String precision) {
        if (DatePrecision.valueOf(precision) == DatePrecision.UNKNOWN) {
            return PartialDate.UNKNOWN;
        }
        PartialDate parsed = PartialDate.parse(date);
        if (parsed.precision() != DatePrecision.valueOf(precision)) {
            throw new IllegalStateException("Demo date " + date + " is not of precision " + precision);
        }
        return parsed;
    }

    /** The article's action types that the product lists are kept; the others (RESOLUTION, STATEMENT, ...) are OTHER. */
    static ActionType actionType(String type) {
        try {
            return ActionType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return ActionType.OTHER;
        }
    }

    static TargetKind targetKind(String target) {
        String t = target.toLowerCase(Locale.ROOT);
        if (t.contains("assembly") || t.contains("parliament") || t.contains("diet") || t.contains("congress")) {
            return TargetKind.LEGISLATURE;
        }
        if (t.contains("ministry")) {
            return TargetKind.MINISTRY;
        }
        if (t.contains("court")) {
            return TargetKind.COURT;
        }
        if (t.contains("committee") || t.contains("council") || t.contains("unhcr")) {
            return TargetKind.UN_BODY;
        }
        return TargetKind.OTHER;
    }

    /** "ICESCR; CRC art. 10" becomes two legal bases; "art. 33" after an instrument becomes its article. */
    static List<LegalBasis> legalBases(String text) {
        List<LegalBasis> bases = new ArrayList<>();
        for (String part : text.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Matcher m = ARTICLE.matcher(p);
            bases.add(m.matches() ? new LegalBasis(m.group(1), m.group(2)) : new LegalBasis(p, null));
        }
        return bases;
    }

    static ReformKind reformKind(String kind) {
        return switch (kind) {
            case "POLICY_ADOPTED" -> ReformKind.POLICY;
            case "REFORM_PROPOSED", "REGULATION_AMENDED" -> ReformKind.REGULATION;
            default -> ReformKind.LAW; // RATIFICATION, LAW_AMENDED, LAW_ENACTED, CONSTITUTION
        };
    }

    static ReformStage reformStage(String kind) {
        return "REFORM_PROPOSED".equals(kind) ? ReformStage.PROPOSED : ReformStage.ADOPTED;
    }

    static OutcomeMetric outcomeMetric(String metric) {
        if ("HUMANITARIAN_STATUS_GRANTS".equals(metric)) {
            return OutcomeMetric.HUMANITARIAN_PROTECTION_GRANTS;
        }
        try {
            return OutcomeMetric.valueOf(metric);
        } catch (IllegalArgumentException e) {
            return OutcomeMetric.OTHER;
        }
    }

    /** RESETTLEMENT_ARRIVALS becomes "Resettlement arrivals". */
    static String humanize(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
