package org.advocacyledger.reform.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.advocacyledger.reform.api.FindLegalReform;
import org.advocacyledger.reform.api.ReformDetails;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformKind;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.security.SecurityForSliceTests;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.StateConflict;
import org.advocacyledger.shared.history.GetRecordHistory;
import org.advocacyledger.shared.history.RecordHistory;
import org.advocacyledger.shared.web.IdempotencyKeys;
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

@WebMvcTest(ReformController.class)
@Import(SecurityForSliceTests.class)
class ReformControllerTest {

    static final String ID = "22222222-2222-2222-2222-222222222222";
    static final ReformDetails REFORM = new ReformDetails(ID, "c1", "KOR", "Refugee Act", ReformKind.LAW, "Act", null,
            null, ReformDirection.PROGRESSIVE, ReformStage.ADOPTED, PartialDate.parse("2012-02-10"), List.of(), false, null,
            Instant.EPOCH, "coord", Instant.EPOCH, "coord", 1);
    static final String VALID = """
            {"campaignId":"c1","country":"KOR","instrument":"Refugee Act","kind":"LAW","summary":"Act",
             "direction":"PROGRESSIVE","stage":"ADOPTED","stageDate":"2012-02-10"}""";

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
        when(queries.query(any(FindLegalReform.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(REFORM));
        when(queries.query(any(GetRecordHistory.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new RecordHistory(ID, "LegalReform", List.of())));
        when(idempotency.createOnce(any(), any(), any(), any(), any(), any(), any())).thenAnswer(inv -> {
            java.util.function.Consumer<String> create = inv.getArgument(5);
            java.util.function.Function<String, Object> find = inv.getArgument(6);
            create.accept(ID);
            return find.apply(ID);
        });
    }

    @Test
    void aCoordinatorRecordsAReformAndItsStages() throws Exception {
        mvc.perform(post("/api/reforms").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.stageDate").value("2012-02-10"));
        mvc.perform(post("/api/reforms/" + ID + "/stages").with(user("admin").roles("ADMIN")).with(csrf())
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"IN_FORCE\",\"date\":\"2013-07-01\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void anonymousIs401AndPartnerWritesAre403() throws Exception {
        mvc.perform(get("/api/reforms/" + ID)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/reforms").with(user("p").roles("PARTNER")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/reforms/" + ID + "/stages").with(user("p").roles("EVALUATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"IN_FORCE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/reforms/" + ID).with(user("p").roles("PARTNER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.record.id").value(ID));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void badInputIs400() throws Exception {
        mvc.perform(post("/api/reforms/" + ID + "/stages").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"SIGNED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stage"));
        mvc.perform(post("/api/reforms").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VALID.replace("\"LAW\"", "\"CONSTITUTION\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(get("/api/reforms?stage=SIGNED").with(user("p").roles("PARTNER")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stage"));
        verify(commands, never()).sendAndWait(any());
        when(commands.sendAndWait(any())).thenThrow(RuleViolation.of("stage", "cannot follow ADOPTED"));
        mvc.perform(post("/api/reforms/" + ID + "/stages").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"PROPOSED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stage"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void unknownIs404() throws Exception {
        when(queries.query(any(FindLegalReform.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(null));
        mvc.perform(get("/api/reforms/nope").with(user("p").roles("PARTNER"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/reforms/nope/stages").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"IN_FORCE\"}"))
                .andExpect(status().isNotFound());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void conflictsAre409() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new ConflictingAggregateVersionException(ID, 0, 1));
        mvc.perform(post("/api/reforms/" + ID + "/stages").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"IN_FORCE\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentVersion").value(1));
    }

    @Test
    void aRetractedReformIs409() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(StateConflict.retracted("reform"));
        mvc.perform(post("/api/reforms/" + ID + "/retraction").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isConflict());
    }
}
