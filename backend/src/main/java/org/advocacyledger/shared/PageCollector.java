package org.advocacyledger.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Collects one page of a list whose items stream past in any order: it counts every item but keeps only those
 * that can still be on the page or before it (a bounded heap), so a list over a whole large store is never held in
 * memory at once (decision 23). {@code order} must be total (no two items equal), as the lists' orders are.
 */
public final class PageCollector<T> implements Consumer<T> {

    private final Comparator<? super T> order;
    private final int page;
    private final int size;
    private final long keep;
    /** The kept items, the last in {@code order} at the head. */
    private final PriorityQueue<T> kept;
    private long total;

    public PageCollector(Comparator<? super T> order, int page, int size) {
        this.order = order;
        this.page = page;
        this.size = size;
        this.keep = ((long) page + 1) * size;
        this.kept = new PriorityQueue<>((int) Math.min(Math.max(keep, 1), 1_024), order.reversed());
    }

    @Override
    public void accept(T item) {
        total++;
        if (kept.size() < keep) {
            kept.add(item);
        } else if (keep > 0 && order.compare(item, kept.peek()) < 0) {
            kept.poll();
            kept.add(item);
        }
    }

    public Page<T> page() {
        List<T> first = new ArrayList<>(kept);
        first.sort(order);
        int from = (int) Math.min((long) page * size, first.size());
        return new Page<>(List.copyOf(first.subList(from, first.size())), page, size, total);
    }
}
