package org.advocacyledger.timeline.api;

import java.util.List;

/** One page of the timeline ({@code page} from 0; {@code total} matching entries). */
public record TimelinePage(List<TimelineEntry> items, int page, int size, long total) {
}
