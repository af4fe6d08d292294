package dossier.render;

import java.util.List;

/**
 * Walks rows top to bottom, knowing which patches cover the current row, in column order: those
 * that sit on the same row never share a column, so each row reads left to right.
 */
final class PatchRows {

    /** A patch at byte {@code column} of the rows from {@code top}. */
    record Spot(InkPatch patch, int column, int top) {
    }

    private final List<Spot> spots;
    private final Spot[] active;
    private int count;
    private int next;

    /** {@code spots} sorted by top row. */
    PatchRows(List<Spot> spots) {
        this.spots = spots;
        this.active = new Spot[spots.size()];
    }

    /** Moves to row {@code y} (rows visited in increasing order) and says how many patches cover it. */
    int at(int y) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            var spot = active[i];
            if (y < spot.top() + spot.patch().height) {
                active[kept++] = spot;
            }
        }
        count = kept;
        while (next < spots.size() && spots.get(next).top() <= y) {
            var spot = spots.get(next++);
            if (y < spot.top() + spot.patch().height) {
                insert(spot);
            }
        }
        return count;
    }

    /** The {@code i}th patch on the row, from the left. */
    Spot get(int i) {
        return active[i];
    }

    private void insert(Spot spot) {
        int at = count;
        while (at > 0 && active[at - 1].column() > spot.column()) {
            active[at] = active[at - 1];
            at--;
        }
        active[at] = spot;
        count++;
    }
}
