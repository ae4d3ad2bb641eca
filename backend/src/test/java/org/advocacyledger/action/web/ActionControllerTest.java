package org.advocacyledger.action.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.advocacyledger.action.api.ActionDetails;
import org.advocacyledger.action.api.ActionType;
import org.advocacyledger.action.api.FindAdvocacyAction;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.action.api.ListAdvocacyActions;
import org.advocacyledger.action.api.Target;
import org.advocacyledger.action.api.TargetKind;
import org.advocacyledger.security.SecurityForSliceTests;
import org.advocacyledger.shared.DatePrecision;
import org.advocacyledger.shared.Page;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.history.GetRecordHistory;
import org.advocacyledger.shared.history.RecordHistory;
import org.advocacyledger.shared.web.IdempotencyKeys;
import org.advocacyledger.shared.web.InternalNotes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ActionController.class)
@Import({SecurityForSliceTests.class, InternalNotes.class})
class ActionControllerTest {

    static final String ID = "11111111-1111-1111-1111-111111111111";
    static final ActionDetails ACTION = new ActionDetails(ID, "c1", "JPN", "Issue", "Actor", ActionType.REPORT,
            List.of(new Framing(FramingKind.REFUGEE_CONVENTION, null, null)), List.of(new LegalBasis("CAT", "art. 3")),
            new Target(TargetKind.MINISTRY, "MOJ"), PartialDate.parse("2014"), DatePrecision.YEAR, "Description",
            "internal note", List.of(), false, null, Instant.EPOCH, "coord", Instant.EPOCH, "coord", 3);

    static final String VALID = """
            {"campaignId":"c1","country":"JPN","issue":"Issue","actor":"Actor","actionType":"REPORT",
             "framings":[{"kind":"REFUGEE_CONVENTION"}],"legalBases":[{"instrument":"CAT","article":"art. 3"}],
             "target":{"kind":"MINISTRY","name":"MOJ"},"date":"2014","description":"Description"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;
    @MockitoBean
    QueryGateway queries;
    @MockitoBean
    IdempotencyKeys idempotency;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        when(queries.query(any(FindAdvocacyAction.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(ACTION));
        when(queries.query(any(ListAdvocacyActions.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new org.advocacyledger.action.api.ActionPage(List.of(ACTION), 0, 50, 1)));
        when(queries.query(any(GetRecordHistory.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new RecordHistory(ID, "AdvocacyAction", List.of())));
        when(idempotency.createOnce(any(), any(), any(), any(), any(), any(), any())).thenAnswer(inv -> {
            java.util.function.Consumer<String> create = inv.getArgument(5);
            java.util.function.Function<String, Object> find = inv.getArgument(6);
            create.accept(ID);
            return find.apply(ID);
        });
    }

    @Test
    void aCoordinatorLogsAnAction() throws Exception {
        mvc.perform(post("/api/actions").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(header().string("Location", "/api/actions/" + ID))
                .andExpect(jsonPath("$.date").value("2014"));
        verify(commands).sendAndWait(any());
    }

    @Test
    void anonymousCallersGet401() throws Exception {
        mvc.perform(get("/api/actions")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/actions").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnauthorized());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void partnersAndEvaluatorsCannotWrite() throws Exception {
        for (String role : List.of("PARTNER", "EVALUATOR")) {
            mvc.perform(post("/api/actions").with(user("u").roles(role)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(VALID))
                    .andExpect(status().isForbidden());
            mvc.perform(put("/api/actions/" + ID).with(user("u").roles(role)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                    .andExpect(status().isForbidden());
        }
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void partnersNeverSeeInternalNotes() throws Exception {
        mvc.perform(get("/api/actions/" + ID).with(user("p").roles("PARTNER")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.record.issue").value("Issue"))
                .andExpect(jsonPath("$.record.notes").doesNotExist());
        mvc.perform(get("/api/actions").with(user("p").roles("PARTNER")))
                .andExpect(jsonPath("$.items[0].issue").value("Issue"))
                .andExpect(jsonPath("$.items[0].notes").doesNotExist());
        mvc.perform(get("/api/actions/" + ID).with(user("e").roles("EVALUATOR")))
                .andExpect(jsonPath("$.record.notes").value("internal note"));
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        String[][] cases = {
                {"{\"campaignId\":", null},
                {VALID.replace("\"REPORT\"", "\"PRESS_RELEASE\""), "actionType"},
                {VALID.replace("\"Issue\"", "42.5e3") .replace("\"issue\":42.5e3", "\"issue\":[1]"), "issue"},
                {VALID.replace("}]", "}],\"unknown\":1"), "unknown"},
                {VALID.replace("{\"campaignId\"", "{\"$where\":\"1\",\"campaignId\""), "$where"},
                {VALID.replace("\"2014\"", "\"2014-13\""), "date"},
                {VALID.replace("\"2014\"", "\"last spring\""), "date"},
                {VALID.replace("{\"kind\":\"REFUGEE_CONVENTION\"}", "{\"kind\":\"REFUGEE_CONVENTION\",\"$set\":1}"),
                        "framings[0].$set"},
                {VALID.replace("[{\"kind\":\"REFUGEE_CONVENTION\"}]", "\"REFUGEE_CONVENTION\""), "framings"},
        };
        for (String[] c : cases) {
            var result = mvc.perform(post("/api/actions").with(user("coord").roles("COORDINATOR")).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(c[0]))
                    .andExpect(status().isBadRequest());
            if (c[1] != null) {
                result.andExpect(jsonPath("$.errors[0].field").value(c[1]));
            }
        }
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void anOversizeBodyIs413() throws Exception {
        String huge = VALID.replace("\"Description\"", "\"" + "x".repeat(1024 * 1024) + "\"");
        mvc.perform(post("/api/actions").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void ruleViolationsAre400() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(RuleViolation.of("country", "is not an ISO 3166-1 alpha-3 country code"));
        mvc.perform(post("/api/actions").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VALID.replace("JPN", "XXX")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("country"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnknownActionIs404() throws Exception {
        when(queries.query(any(FindAdvocacyAction.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(null));
        when(queries.query(any(GetRecordHistory.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(null));
        mvc.perform(get("/api/actions/nope").with(user("p").roles("PARTNER"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/actions/nope/history").with(user("p").roles("PARTNER"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/actions/nope/retraction").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isNotFound());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aStaleIfMatchIs409WithTheCurrentVersion() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new ConflictingAggregateVersionException(ID, 1, 3));
        mvc.perform(post("/api/actions/" + ID + "/retraction").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"duplicate\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(3));
    }

    @Test
    void anIfMatchOfAVersionThatNeverExistedIs409() throws Exception {
        mvc.perform(post("/api/actions/" + ID + "/retraction").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .header("If-Match", "\"9\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"duplicate\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(3));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aMalformedIfMatchIs400() throws Exception {
        mvc.perform(post("/api/actions/" + ID + "/retraction").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .header("If-Match", "yesterday")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"duplicate\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void badPagingIs400() throws Exception {
        mvc.perform(get("/api/actions?size=0").with(user("p").roles("PARTNER"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/actions?page=x").with(user("p").roles("PARTNER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void theIdempotencyKeyIsPassedOn() throws Exception {
        mvc.perform(post("/api/actions").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated());
        verify(idempotency).createOnce(eq("coord"), eq("k-1"), eq("action"), any(), any(), any(), any());
    }
}
