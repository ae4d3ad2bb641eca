package org.advocacyledger.action.api;

import java.util.List;

/** One page of actions ({@code page} from 0; {@code total} matching actions). */
public record ActionPage(List<ActionDetails> items, int page, int size, long total) {
}
