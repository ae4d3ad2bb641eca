package org.advocacyledger.analytics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.advocacyledger.analytics.api.FramingRow;
import org.advocacyledger.analytics.api.GetFramingAnalytics;
import org.advocacyledger.security.SecurityForSliceTests;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AnalyticsController.class)
@Import(SecurityForSliceTests.class)
class AnalyticsControllerTest {

    static final FramingRow ROW = new FramingRow("HUMANITARIAN_PROTECTION", null, null, 2, 1, 1, 0, 1, 0, 0.75, 0.5, 14.0, 14, 14,
            false, 1, null, null, null, null, true, List.of("a1", "a2"), List.of("r1"), List.of("r1"), List.of("k1", "k2"),
            List.of("r1"), List.of(), List.of("r1"), List.of(), List.of("k2"), List.of());

    /** A row as the query answers it without ids. */
    static final FramingRow ROW_WITHOUT_IDS = new FramingRow("HUMANITARIAN_PROTECTION", null, null, 2, 1, 1, 0, 1, 0, 0.75, 0.5,
            14.0, 14, 14, false, 1, null, null, null, null, true, null, null, null, null, null, null, null, null, null, null);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    QueryGateway queries;

    @Test
    @WithMockUser(roles = "EVALUATOR")
    @SuppressWarnings("unchecked")
    void evaluatorsReadTheDashboardAsOfADateAsJsonOrCsv() throws Exception {
        when(queries.query(any(GetFramingAnalytics.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(ROW)));

        mvc.perform(get("/api/analytics/framings?country=KOR&country=JPN&asOf=2026-03-01&from=2004&windowMonths=24"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].framing").value("HUMANITARIAN_PROTECTION"))
                .andExpect(jsonPath("$[0].smallSample").value(true))
                .andExpect(jsonPath("$[0].actionIds[1]").value("a2"))
                .andExpect(jsonPath("$[0].substantiatedReformIds[0]").value("r1"))
                .andExpect(jsonPath("$[0].disputedReformIds").isEmpty())
                .andExpect(jsonPath("$[0].substantiatedClaimIds[0]").value("k2"));
        ArgumentCaptor<GetFramingAnalytics> sent = ArgumentCaptor.forClass(GetFramingAnalytics.class);
        verify(queries).query(sent.capture(), any(ResponseType.class));
        assertThat(sent.getValue().countries()).containsExactly("KOR", "JPN");
        assertThat(sent.getValue().asOf()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(sent.getValue().windowMonths()).isEqualTo(24);
        assertThat(sent.getValue().from().value()).isEqualTo("2004");

        String csv = mvc.perform(get("/api/analytics/framings").accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElse("")).startsWith("framing,avenue,legalBasis,actions,claimedReforms")
                .endsWith(",smallSample,actionIds,reformIds,associatedReformIds,claimIds,substantiatedReformIds,disputedReformIds,"
                        + "progressiveReformIds,regressiveReformIds,substantiatedClaimIds,disputedClaimIds,actionLinks,reformLinks,claimLinks");
        assertThat(csv).contains("HUMANITARIAN_PROTECTION,,,2,1,1,0,1,0,0.75,0.5,14.0,14,14,false,1")
                .contains(",true,\"a1 a2\",r1,r1,\"k1 k2\",r1,,r1,,k2,,\"http://localhost/actions/a1 http://localhost/actions/a2\","
                        + "\"http://localhost/reforms/r1\",\"http://localhost/contributions/k1 http://localhost/contributions/k2\"\n");
    }

    @Test
    @WithMockUser(roles = "PARTNER")
    @SuppressWarnings("unchecked")
    void idsFalseAsksForTheNumbersWithoutTheIdLists() throws Exception {
        when(queries.query(any(GetFramingAnalytics.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(ROW_WITHOUT_IDS)));

        mvc.perform(get("/api/analytics/framings?ids=false"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actions").value(2))
                .andExpect(jsonPath("$[0].creditAll").value(0.75))
                .andExpect(jsonPath("$[0].actionIds").doesNotExist())
                .andExpect(jsonPath("$[0].reformIds").doesNotExist())
                .andExpect(jsonPath("$[0].claimIds").doesNotExist())
                .andExpect(jsonPath("$[0].substantiatedReformIds").doesNotExist())
                .andExpect(jsonPath("$[0].disputedReformIds").doesNotExist())
                .andExpect(jsonPath("$[0].progressiveReformIds").doesNotExist())
                .andExpect(jsonPath("$[0].regressiveReformIds").doesNotExist())
                .andExpect(jsonPath("$[0].substantiatedClaimIds").doesNotExist())
                .andExpect(jsonPath("$[0].disputedClaimIds").doesNotExist());
        mvc.perform(get("/api/analytics/legal-bases?ids=false"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].associatedReformIds").doesNotExist());
        ArgumentCaptor<GetFramingAnalytics> sent = ArgumentCaptor.forClass(GetFramingAnalytics.class);
        verify(queries, org.mockito.Mockito.times(2)).query(sent.capture(), any(ResponseType.class));
        assertThat(sent.getAllValues()).extracting(GetFramingAnalytics::ids).containsExactly(false, false);
        assertThat(sent.getAllValues()).extracting(GetFramingAnalytics::byLegalBasis).containsExactly(false, true);
    }

    @Test
    @WithMockUser(roles = "EVALUATOR")
    void badParametersAre400NamingTheField() throws Exception {
        mvc.perform(get("/api/analytics/framings?asOf=yesterday&from=2004-13&windowMonths=-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[1].field").value("asOf"))
                .andExpect(jsonPath("$.errors[2].field").value("windowMonths"));
    }

    @Test
    void anonymousIs401() throws Exception {
        mvc.perform(get("/api/analytics/framings")).andExpect(status().isUnauthorized());
    }
}
