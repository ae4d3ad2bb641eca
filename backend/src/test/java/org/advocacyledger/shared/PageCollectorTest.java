package org.advocacyledger.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A page collected from items streaming past is the page of the whole list sorted, with the whole list's total. */
class PageCollectorTest {

    @Test
    void givesThePageOfTheSortedListWhateverTheOrderTheItemsArriveIn() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(300);
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(i);
            }
            Collections.shuffle(items, random);
            int size = 1 + random.nextInt(60);
            int page = random.nextInt(8);

            PageCollector<Integer> collector = new PageCollector<>(Comparator.naturalOrder(), page, size);
            items.forEach(collector);

            List<Integer> sorted = new ArrayList<>(items);
            Collections.sort(sorted);
            assertThat(collector.page()).as("%d items, page %d of %d", n, page, size).isEqualTo(Page.of(sorted, page, size));
        }
    }

    @Test
    void aPageAfterTheLastItemIsEmptyAndStillCountsThemAll() {
        PageCollector<String> collector = new PageCollector<>(Comparator.<String>naturalOrder().reversed(), 3, 2);
        List.of("a", "c", "b").forEach(collector);

        Page<String> page = collector.page();

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(3);
        PageCollector<String> first = new PageCollector<>(Comparator.<String>naturalOrder().reversed(), 0, 2);
        List.of("a", "c", "b").forEach(first);
        assertThat(first.page().items()).containsExactly("c", "b");
    }
}
