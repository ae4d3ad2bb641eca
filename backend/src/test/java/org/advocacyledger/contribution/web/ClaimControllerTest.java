package org.advocacyledger.contribution.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.advocacyledger.contribution.api.ClaimDetails;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.contribution.api.FindContributionClaim;
import org.advocacyledger.security.SecurityForSliceTests;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.RuleViolation;
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

@WebMvcTest(ClaimController.class)
@Import({SecurityForSliceTests.class, SubstantiatorNames.class})
class ClaimControllerTest {

    static final String ID = "44444444-4444-4444-4444-444444444444";
    static final ClaimDetails CLAIM = new ClaimDetails(ID, "c1", List.of("a1"), ClaimTargetType.REFORM, "r1",
            ClaimStrength.SIGNIFICANT, "how", null, List.of(), PartialDate.parse("2026-01-02"), false, null,
            Instant.EPOCH, "coord", Instant.EPOCH, "coord", 0);
    static final String VALID = """
            {"campaignId":"c1","actionIds":["a1"],"targetType":"REFORM","targetId":"r1","strength":"SIGNIFICANT",
             "explanation":"how"}""";

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
        when(queries.query(any(FindContributionClaim.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(CLAIM));
        when(queries.query(any(GetRecordHistory.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new RecordHistory(ID, "ContributionClaim", List.of())));
        when(idempotency.createOnce(any(), any(), any(), any(), any(), any(), any())).thenAnswer(inv -> {
            java.util.function.Consumer<String> create = inv.getArgument(5);
            java.util.function.Function<String, Object> find = inv.getArgument(6);
            create.accept(ID);
            return find.apply(ID);
        });
    }

    @Test
    void aCoordinatorClaimsAContribution() throws Exception {
        mvc.perform(post("/api/contributions").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.claimedOn").value("2026-01-02"));
    }

    @Test
    void badInputIs400() throws Exception {
        mvc.perform(post("/api/contributions").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VALID.replace("SIGNIFICANT", "HUGE")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("strength"));
        mvc.perform(post("/api/contributions").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VALID.replace("[\"a1\"]", "{\"a\":1}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("actionIds"));
        verify(commands, never()).sendAndWait(any());
        when(commands.sendAndWait(any())).thenThrow(RuleViolation.of("actionIds[0]", "is not a known action"));
        mvc.perform(post("/api/contributions").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("actionIds[0]"));
    }

    @Test
    void anonymousIs401AndEvaluatorsCannotClaim() throws Exception {
        mvc.perform(get("/api/contributions")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/contributions").with(user("e").roles("EVALUATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isForbidden());
    }

    @Test
    @SuppressWarnings("unchecked")
    void staleIs409AndUnknownIs404() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new ConflictingAggregateVersionException(ID, 0, 1));
        mvc.perform(post("/api/contributions/" + ID + "/retraction").with(user("coord").roles("COORDINATOR")).with(csrf())
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentVersion").value(1));
        when(queries.query(any(FindContributionClaim.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(null));
        mvc.perform(get("/api/contributions/nope").with(user("p").roles("PARTNER"))).andExpect(status().isNotFound());
    }

    static final String SUBSTANTIATION = """
            {"substantiatorName": "Dr. Example", "substantiatorRole": "Law professor", "independence": "INDEPENDENT",
             "outcomeAgreement": "FULLY", "significanceAgreement": "PARTLY", "contributionAgreement": "NOT",
             "comments": "The reform had other drivers"}
            """;

    @Test
    void evaluatorsSubstantiateOthersCannot() throws Exception {
        mvc.perform(post("/api/contributions/" + ID + "/substantiations").with(user("eva").roles("EVALUATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(SUBSTANTIATION))
                .andExpect(status().isCreated());
        org.mockito.ArgumentCaptor<Object> sent = org.mockito.ArgumentCaptor.forClass(Object.class);
        org.mockito.Mockito.verify(commands).sendAndWait(sent.capture());
        org.advocacyledger.contribution.api.SubstantiateClaim command = (org.advocacyledger.contribution.api.SubstantiateClaim) sent.getValue();
        org.assertj.core.api.Assertions.assertThat(command.contributionAgreement())
                .isEqualTo(org.advocacyledger.contribution.api.Agreement.NOT);
        org.assertj.core.api.Assertions.assertThat(command.toString()).as("the name never goes into the command or event")
                .doesNotContain("Dr. Example");
        for (String role : new String[] {"COORDINATOR", "PARTNER"}) {
            mvc.perform(post("/api/contributions/" + ID + "/substantiations").with(user("x").roles(role)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(SUBSTANTIATION))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aSubstantiationWithoutNameIs400() throws Exception {
        mvc.perform(post("/api/contributions/" + ID + "/substantiations").with(user("eva").roles("EVALUATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(SUBSTANTIATION.replace("Dr. Example", " ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("substantiatorName"));
    }
}
