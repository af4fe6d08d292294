package dossier.render;

import dossier.render.Views.Pager;
import java.util.List;

/**
 * Splits a list into pages of the configured size with stable URLs: the first page at the
 * list's own path, the next ones at {@code page/2/}, {@code page/3/}…
 */
final class Pagination {

    private Pagination() {
    }

    /** One page of a paginated list. */
    record Slice<T>(SitePath path, List<T> items, int number, int total, SitePath first) {

        Pager pager(PageContext context) {
            var previous = number > 1 ? context.url(pathOf(first, number - 1)) : "";
            var next = number < total ? context.url(pathOf(first, number + 1)) : "";
            return new Pager(number, total, previous, next);
        }
    }

    static <T> List<Slice<T>> split(SitePath first, List<T> items, int size) {
        int total = Math.max(1, (items.size() + size - 1) / size);
        return java.util.stream.IntStream.rangeClosed(1, total)
                .mapToObj(n -> new Slice<>(pathOf(first, n),
                        items.subList((n - 1) * size, Math.min(items.size(), n * size)), n, total, first))
                .toList();
    }

    static SitePath pathOf(SitePath first, int number) {
        return number == 1 ? first : first.child("page/" + number + "/");
    }
}
