package org.advocacyledger.outcome.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.advocacyledger.outcome.api.FindOutcome;
import org.advocacyledger.outcome.api.Measurement;
import org.advocacyledger.outcome.api.OutcomeDetails;
import org.advocacyledger.outcome.api.OutcomeKind;
import org.advocacyledger.outcome.api.OutcomeMetric;
import org.advocacyledger.outcome.api.OutcomeUnit;
import org.advocacyledger.security.SecurityForSliceTests;
import org.advocacyledger.shared.DatePrecision;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.Period;
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

@WebMvcTest(OutcomeController.class)
@Import(SecurityForSliceTests.class)
class OutcomeControllerTest {

    static final String ID = "33333333-3333-3333-3333-333333333333";
    static final OutcomeDetails OUTCOME = new OutcomeDetails(ID, "c1", "KOR", OutcomeKind.MEASURED,
            new Measurement(OutcomeMetric.REFUGEE_RECOGNITIONS, null, Period.parse("1994 to 2015-08"), 522L,
                    OutcomeUnit.PERSONS, "UNHCR"), null, PartialDate.parse("2015-08"), DatePrecision.MONTH, false, null,
            Instant.EPOCH, "coord", Instant.EPOCH, "coord", 0);
    static final String VALID = """
            {"campaignId":"c1","country":"KOR","measurement":{"metric":"REFUGEE_RECOGNITIONS",
             "period":"1994 to 2015-08","value":522,"unit":"PERSONS","source":"UNHCR"}}""";

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
        when(queries.query(any(FindOutcome.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(OUTCOME));
        when(queries.query(any(GetRecordHistory.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new RecordHistory(ID, "Outcome", List.of())));
        when(idempotency.createOnce(any(), any(), any(), any(), any(), any(), any())).thenAnswer(inv -> {
            java.util.function.Consumer<String> create = inv.getArgument(5);
            java.util.function.Function<String, Object> find = inv.getArgument(6);
            create.accept(ID);
            return find.apply(ID);
        });
    }

    @Test
    void aCoordinatorRecordsAMeasuredOutcome() throws Exception {
        mvc.perform(post("/api/outcomes").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.measurement.period").value("1994 to 2015-08"))
                .andExpect(jsonPath("$.date").value("2015-08"));
    }

    @Test
    void badPeriodsValuesAndEnumsAre400() throws Exception {
        String[][] cases = {
                {VALID.replace("1994 to 2015-08", "2015 to 1994"), "measurement.period"},
                {VALID.replace("1994 to 2015-08", "the nineties"), "measurement.period"},
                {VALID.replace("522", "\"many\""), "measurement.value"},
                {VALID.replace("PERSONS", "PEOPLE"), "measurement.unit"},
        };
        for (String[] c : cases) {
            mvc.perform(post("/api/outcomes").with(user("coord").roles("COORDINATOR")).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(c[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(c[1]));
        }
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void anonymousIs401AndPartnersCannotWrite() throws Exception {
        mvc.perform(get("/api/outcomes")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/outcomes").with(user("p").roles("PARTNER")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/outcomes/" + ID).with(user("p").roles("PARTNER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.record.country").value("KOR"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void unknownIs404AndStaleIs409() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new ConflictingAggregateVersionException(ID, 0, 2));
        mvc.perform(put("/api/outcomes/" + ID).with(user("coord").roles("COORDINATOR")).with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"country\":\"JPN\",\"reason\":\"x\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentVersion").value(2));
        when(queries.query(any(FindOutcome.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(null));
        mvc.perform(get("/api/outcomes/nope").with(user("p").roles("PARTNER"))).andExpect(status().isNotFound());
    }
}
