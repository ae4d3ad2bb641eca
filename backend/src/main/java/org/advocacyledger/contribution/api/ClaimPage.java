package org.advocacyledger.contribution.api;

import java.util.List;

/** One page of claims ({@code page} from 0; {@code total} matching claims). */
public record ClaimPage(List<ClaimDetails> items, int page, int size, long total) {
}
