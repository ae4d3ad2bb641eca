package org.advocacyledger.timeline.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.advocacyledger.security.SecurityForSliceTests;
import org.advocacyledger.shared.DatePrecision;
import org.advocacyledger.shared.Page;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.web.InternalNotes;
import org.advocacyledger.timeline.api.GetTimeline;
import org.advocacyledger.timeline.api.TimelineEntry;
import org.advocacyledger.timeline.api.TimelineEntryType;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(TimelineController.class)
@Import({SecurityForSliceTests.class, InternalNotes.class})
class TimelineControllerTest {

    static final TimelineEntry ENTRY = new TimelineEntry(TimelineEntryType.ACTION, "a1", "c1", "JPN", "Issue",
            PartialDate.parse("2014"), DatePrecision.YEAR, "Actor", "Did", "Actor", "REPORT", List.of(), List.of(), null,
            "secret", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 0);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    QueryGateway queries;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        when(queries.query(any(GetTimeline.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new org.advocacyledger.timeline.api.TimelinePage(List.of(ENTRY), 0, 50, 1)));
    }

    @Test
    void partnersSeeTheTimelineWithoutNotes() throws Exception {
        mvc.perform(get("/api/timeline?country=JPN&from=2010&to=2015-06").with(user("p").roles("PARTNER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].date").value("2014"))
                .andExpect(jsonPath("$.items[0].datePrecision").value("YEAR"))
                .andExpect(jsonPath("$.items[0].notes").doesNotExist());
        verify(queries).query(argThat((Object q) -> q instanceof GetTimeline t && t.country().equals("JPN")
                && t.from().equals(PartialDate.parse("2010")) && t.to().equals(PartialDate.parse("2015-06"))),
                any(ResponseType.class));
    }

    @Test
    void coordinatorsSeeNotes() throws Exception {
        mvc.perform(get("/api/timeline").with(user("c").roles("COORDINATOR")))
                .andExpect(jsonPath("$.items[0].notes").value("secret"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aQueryPastItsTimeLimitIs503WithAReason() throws Exception {
        when(queries.query(any(GetTimeline.class), any(ResponseType.class))).thenReturn(CompletableFuture.failedFuture(
                new org.axonframework.messaging.timeout.AxonTimeoutException("GetTimeline has timed out")));
        mvc.perform(get("/api/timeline?campaign=c1&asOf=2020-01-01").with(user("p").roles("PARTNER")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("real MongoDB")));
    }

    @Test
    void anonymousIs401() throws Exception {
        mvc.perform(get("/api/timeline")).andExpect(status().isUnauthorized());
    }

    @Test
    void badDatesAndPagingAre400() throws Exception {
        mvc.perform(get("/api/timeline?from=spring").with(user("p").roles("PARTNER")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/timeline?to=2014-13").with(user("p").roles("PARTNER")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/timeline?size=500").with(user("p").roles("PARTNER")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
    }
}
