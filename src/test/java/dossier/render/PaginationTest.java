package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest {

    private static final SitePath TAG = new SitePath("tags/russie/");

    @Test
    void pagesAfterTheFirstLiveUnderPageN() {
        var slices = Pagination.split(TAG, List.of(1, 2, 3, 4, 5), 2);

        assertEquals(List.of("tags/russie/", "tags/russie/page/2/", "tags/russie/page/3/"),
                slices.stream().map(s -> s.path().value()).toList());
        assertEquals(List.of(List.of(1, 2), List.of(3, 4), List.of(5)), slices.stream().map(Pagination.Slice::items).toList());
    }

    @Test
    void aListThatFitsIsOnePageAndAnEmptyListStillHasOne() {
        assertEquals(1, Pagination.split(SitePath.ROOT, List.of(1, 2), 50).size());
        assertEquals(1, Pagination.split(SitePath.ROOT, List.of(), 50).size());
    }

    @Test
    void exactlyFullPagesMakeNoEmptyLastPage() {
        assertEquals(2, Pagination.split(SitePath.ROOT, List.of(1, 2, 3, 4), 2).size());
    }

    @Test
    void pageNumberNIsAlwaysAtTheSamePath() {
        assertEquals(new SitePath("page/3/"), Pagination.pathOf(SitePath.ROOT, 3));
        assertEquals(SitePath.ROOT, Pagination.pathOf(SitePath.ROOT, 1));
    }
}
