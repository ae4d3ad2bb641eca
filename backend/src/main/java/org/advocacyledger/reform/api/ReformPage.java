package org.advocacyledger.reform.api;

import java.util.List;

/** One page of reforms ({@code page} from 0; {@code total} matching reforms). */
public record ReformPage(List<ReformDetails> items, int page, int size, long total) {
}
