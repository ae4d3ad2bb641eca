package org.advocacyledger.campaign.web;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.advocacyledger.campaign.api.CampaignSummary;
import org.advocacyledger.campaign.api.FindCampaign;
import org.advocacyledger.campaign.api.LaunchCampaign;
import org.advocacyledger.campaign.api.ListCampaigns;
import org.advocacyledger.security.WithLedgerSecurity;
import org.advocacyledger.shared.RuleViolation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CampaignController.class)
@WithLedgerSecurity
class CampaignControllerTest {

    private static final String VALID = """
            {"name": "Humanitarian status in Korea", "countries": ["KOR"], "issues": ["Rights of status holders"], "goal": "Equal treatment"}
            """;
    private static final CampaignSummary SUMMARY = new CampaignSummary("c-1", "Humanitarian status in Korea", List.of("KOR"),
            List.of("Rights of status holders"), "Equal treatment", Instant.parse("2026-11-27T09:00:00Z"), "coordinator", 0);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CommandGateway commands;
    @MockitoBean
    QueryGateway queries;

    @Test
    void anonymousCallerGets401ProblemDetails() throws Exception {
        mvc.perform(get("/api/campaigns"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(post("/api/campaigns").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnauthorized());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(roles = "PARTNER")
    void partnerCannotLaunch() throws Exception {
        mvc.perform(post("/api/campaigns").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void browserRequestWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isForbidden());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void coordinatorLaunchesCampaign() throws Exception {
        when(queries.query(any(FindCampaign.class), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(SUMMARY));

        mvc.perform(post("/api/campaigns").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/campaigns/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.name").value("Humanitarian status in Korea"));

        ArgumentCaptor<LaunchCampaign> sent = ArgumentCaptor.forClass(LaunchCampaign.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().countries()).containsExactly("KOR");
        assertThat(sent.getValue().goal()).isEqualTo("Equal treatment");
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void ruleViolationsAnswer400NamingEachField() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new RuleViolation(List.of(
                new org.advocacyledger.shared.FieldViolation("name", "must not be blank"),
                new org.advocacyledger.shared.FieldViolation("countries[0]", "is not an ISO 3166-1 alpha-3 country code"))));

        mvc.perform(post("/api/campaigns").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"\", \"countries\": [\"XX\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[1].field").value("countries[0]"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void malformedOrMistypedBodiesAnswer400WithoutDispatching() throws Exception {
        mvc.perform(post("/api/campaigns").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON"));
        mvc.perform(post("/api/campaigns").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"A\", \"countries\": [\"JPN\"], \"$where\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$where"));
        mvc.perform(post("/api/campaigns").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"A\", \"countries\": {\"a\": 1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("countries"));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(roles = "PARTNER")
    void anyoneSignedInListsCampaigns() throws Exception {
        when(queries.query(any(ListCampaigns.class), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(List.of(SUMMARY)));

        mvc.perform(get("/api/campaigns"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("c-1"))
                .andExpect(jsonPath("$[0].launchedBy").value("coordinator"));
    }

    @Test
    @WithMockUser(roles = "PARTNER")
    void unknownCampaignIs404() throws Exception {
        when(queries.query(any(FindCampaign.class), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(null));

        mvc.perform(get("/api/campaigns/nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
