package org.advocacyledger.statistics.web;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.advocacyledger.security.WithLedgerSecurity;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.statistics.api.FigureHistory;
import org.advocacyledger.statistics.api.FindFigureHistory;
import org.advocacyledger.statistics.api.FindProtectionRates;
import org.advocacyledger.statistics.api.ProtectionRate;
import org.advocacyledger.statistics.api.StatisticsFormat;
import org.advocacyledger.statistics.importing.ImportProgress;
import org.advocacyledger.statistics.importing.ImportSummary;
import org.advocacyledger.statistics.importing.StatisticsImporter;
import org.advocacyledger.statistics.importing.UnhcrCsv;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(value = StatisticsController.class, properties = "ledger.statistics.max-upload-bytes=2000")
@WithLedgerSecurity
class StatisticsControllerTest {

    private static final MockMultipartFile FILE = new MockMultipartFile("file", "decisions.csv", "text/csv",
            "year,coo_iso\n".getBytes());
    private static final ImportSummary SUMMARY = new ImportSummary(StatisticsFormat.DECISIONS, 3, 1, 1, 0, 1,
            List.of(new UnhcrCsv.RowError(4, "dec_recognized is not a whole number: \"ten\"")));
    private static final ProtectionRate RATE = ProtectionRate.of("KOR", 2015, "P", 15L, 40L, 70L, 17L, 142L, 205L, 3);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    StatisticsImporter importer;
    @MockitoBean
    QueryGateway queries;
    @MockitoBean
    ImportProgress progress;

    @Test
    void anonymousCallerGets401() throws Exception {
        mvc.perform(get("/api/statistics/protection-rates").param("country", "KOR"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(multipart("/api/statistics/imports").file(FILE).with(csrf())).andExpect(status().isUnauthorized());
        verifyNoInteractions(importer);
    }

    @Test
    @WithMockUser(roles = "PARTNER")
    void partnerCannotImport() throws Exception {
        mvc.perform(multipart("/api/statistics/imports").file(FILE).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(importer);
    }

    @Test
    @WithMockUser(username = "coord", roles = "COORDINATOR")
    void coordinatorImportsAFileWithASourceLabel() throws Exception {
        when(importer.importFile(any(), eq("UNHCR 2025.12.1"), eq("upload-123456"), eq("coord"))).thenReturn(SUMMARY);

        mvc.perform(multipart("/api/statistics/imports").file(FILE).param("source", " UNHCR 2025.12.1 ")
                        .param("progressId", "upload-123456").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.format").value("DECISIONS"))
                .andExpect(jsonPath("$.rowsRead").value(3))
                .andExpect(jsonPath("$.rowsImported").value(1))
                .andExpect(jsonPath("$.rowsUnchanged").value(1))
                .andExpect(jsonPath("$.rowsCorrected").value(0))
                .andExpect(jsonPath("$.rowsRejected").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].message").value("dec_recognized is not a whole number: \"ten\""));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void withoutSourceTheFileNameLabelsTheReleaseAndCsvIsAnsweredWhenAsked() throws Exception {
        when(importer.importFile(any(), eq("UNHCR file decisions.csv"), isNull(), eq("admin"))).thenReturn(SUMMARY);

        String csv = mvc.perform(multipart("/api/statistics/imports").file(FILE).with(csrf()).accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv.lines().toList()).containsExactly(
                "format,rowsRead,rowsImported,rowsUnchanged,rowsCorrected,rowsRejected,errorLine,errorMessage",
                "DECISIONS,3,1,1,0,1,4,\"dec_recognized is not a whole number: \"\"ten\"\"\"");
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void aFileThatIsNotCsvIs400ProblemDetails() throws Exception {
        when(importer.importFile(any(), anyString(), any(), anyString()))
                .thenThrow(RuleViolation.of("file", "The file is not CSV text (it holds binary data)."));

        mvc.perform(multipart("/api/statistics/imports").file(FILE).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/statistics/imports").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/statistics/imports").file(FILE).param("progressId", "../../x").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("progressId"));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void anOversizeFileIs413() throws Exception {
        MockMultipartFile big = new MockMultipartFile("file", "big.csv", "text/csv", new byte[2001]);

        mvc.perform(multipart("/api/statistics/imports").file(big).with(csrf()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(importer, never()).importFile(any(), any(), any(), any());
    }

    @Test
    @WithMockUser(roles = "PARTNER")
    void anyoneSignedInReadsProtectionRatesAsJsonOrCsv() throws Exception {
        when(queries.query(any(FindProtectionRates.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(RATE)));

        mvc.perform(get("/api/statistics/protection-rates").param("country", "KOR", "jpn").param("from", "2010")
                        .param("to", "2020").param("basis", "P").param("stage", "NA"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].country").value("KOR"))
                .andExpect(jsonPath("$[0].refugeeRecognitionRate").value(0.12))
                .andExpect(jsonPath("$[0].totalProtectionRate").value(0.44))
                .andExpect(jsonPath("$[0].maskedCells").value(3));
        ArgumentCaptor<FindProtectionRates> sent = ArgumentCaptor.forClass(FindProtectionRates.class);
        verify(queries).query(sent.capture(), any(ResponseType.class));
        assertThat(sent.getValue()).isEqualTo(new FindProtectionRates(List.of("KOR", "JPN"), 2010, 2020, null, null, "NA", "P"));

        String csv = mvc.perform(get("/api/statistics/protection-rates").param("country", "KOR")
                        .header("Accept", "text/csv, application/json;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).containsExactly(
                "country,year,basis,recognized,complementaryProtection,rejected,otherwiseClosed,totalDecisions,applications,"
                        + "refugeeRecognitionRate,totalProtectionRate,maskedCells",
                "KOR,2015,P,15,40,70,17,142,205,0.12,0.44,3");
    }

    @Test
    @WithMockUser(roles = "EVALUATOR")
    void invalidRateQueriesAre400NamingEachParameter() throws Exception {
        mvc.perform(get("/api/statistics/protection-rates").param("from", "2020").param("to", "2010")
                        .param("authority", "X").param("basis", "B"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("country", "to", "authority", "basis")));
        mvc.perform(get("/api/statistics/protection-rates").param("country", "K$R"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("country[0]"));
        mvc.perform(get("/api/statistics/protection-rates").param("country", "KOR").param("from", "abc"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(queries);
    }

    @Test
    @WithMockUser(roles = "PARTNER")
    void figureHistoryByKeyOr404() throws Exception {
        FigureHistory history = new FigureHistory("D|KOR|2015|SYR|G|FI|P", "DECISIONS", "KOR", 2015, "SYR", "G", null, "FI", "P",
                null, List.of());
        when(queries.query(any(FindFigureHistory.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(history), CompletableFuture.completedFuture(null));

        mvc.perform(get("/api/statistics/figures/{key}/history", "D|KOR|2015|SYR|G|FI|P"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.origin").value("SYR"));
        mvc.perform(get("/api/statistics/figures/{key}/history", "D|KOR|2015|AFG|G|FI|P"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/statistics/figures/{key}/history", "nonsense"))
                .andExpect(status().isBadRequest());
    }
}
