package org.advocacyledger.outcome.api;

import java.util.List;

/** One page of outcomes ({@code page} from 0; {@code total} matching outcomes). */
public record OutcomePage(List<OutcomeDetails> items, int page, int size, long total) {
}
