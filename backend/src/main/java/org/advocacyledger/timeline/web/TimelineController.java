package org.advocacyledger.timeline.web;

import org.advocacyledger.security.CampaignScope;
import org.advocacyledger.shared.FieldViolation;
import org.advocacyledger.shared.Page;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.web.InternalNotes;
import org.advocacyledger.shared.web.Paging;
import org.advocacyledger.timeline.api.GetTimeline;
import org.advocacyledger.timeline.api.TimelinePage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The timeline over HTTP, for every signed-in user; partners get it without internal notes. */
@RestController
@RequestMapping("/api/timeline")
class TimelineController {

    private final QueryGateway queries;
    private final InternalNotes notes;
    private final CampaignScope scope;

    TimelineController(QueryGateway queries, InternalNotes notes, CampaignScope scope) {
        this.queries = queries;
        this.notes = notes;
        this.scope = scope;
    }

    @GetMapping
    Object timeline(@RequestParam(required = false) String campaign, @RequestParam(required = false) String country,
                    @RequestParam(required = false) String issue, @RequestParam(required = false) String framing,
                    @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String asOf,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "" + Page.DEFAULT_SIZE) int size,
                    Authentication caller) {
        Paging.check(page, size);
        TimelinePage found = queries.query(new GetTimeline(Paging.filter(campaign), Paging.filter(country),
                Paging.filter(issue), Paging.filter(framing), date(from, "from"), date(to, "to"), page, size,
                scope.visibleCampaignIds(caller), day(asOf)),
                ResponseTypes.instanceOf(TimelinePage.class)).join();
        return notes.forCaller(found, caller);
    }

    private static java.time.LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolation(java.util.List.of(new FieldViolation("asOf", "must be a date like 2026-11-27")));
        }
    }

    private static PartialDate date(String text, String parameter) {
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(java.util.List.of(new FieldViolation(parameter, e.getMessage())));
        }
    }
}
