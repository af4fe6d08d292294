package dossier.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts placed glyphs into groups that must be coded together: glyphs whose columns share or
 * touch a byte, and, across lines, glyphs whose boxes (from the row above them) share or touch
 * columns and share rows. So a group's rows are coded as they will be read, and the byte left
 * of a group is paper.
 */
final class GlyphGroups {

    /** Makes the patch of glyphs, {@code width} bytes from pixel {@code left}, {@code rows} rows of ink from {@code top}. */
    interface Patches {
        InkPatch patch(List<InkPatch.Placed> glyphs, int left, int top, int width, int rows);
    }

    /** Glyphs in a box: columns {@code [from, to)} of bytes, rows {@code [top, bottom)}, the paper row included. */
    private static final class Group {
        final List<InkPatch.Placed> glyphs = new ArrayList<>();
        int from;
        int to;
        int top;
        int bottom;

        Group(InkPatch.Placed placed) {
            glyphs.add(placed);
            from = column(placed.x());
            to = column(placed.x() + placed.glyph().width + 1);
            top = placed.y();
            bottom = placed.y() + placed.glyph().height + 1;
        }

        void add(Group other) {
            glyphs.addAll(other.glyphs);
            from = Math.min(from, other.from);
            to = Math.max(to, other.to);
            top = Math.min(top, other.top);
            bottom = Math.max(bottom, other.bottom);
        }

        /** Whether one's rows, or the row above them, share or touch columns with the other's. */
        boolean touches(Group other) {
            return from <= other.to && other.from <= to && top - 1 < other.bottom && other.top - 1 < bottom;
        }

        PatchRows.Spot spot(Patches patches) {
            return new PatchRows.Spot(patches.patch(glyphs, (from - 1) * 2, top, to - from, bottom - 1 - top), from, top);
        }
    }

    private GlyphGroups() {
    }

    /** One line's glyphs, in drawing order, as patches. */
    static List<PatchRows.Spot> line(List<InkPatch.Placed> glyphs, Patches patches) {
        return spots(groups(glyphs), patches);
    }

    /** Lines close together as patches, groups of different lines joined where they touch. */
    static List<PatchRows.Spot> lines(List<List<InkPatch.Placed>> lines, Patches patches) {
        var groups = new ArrayList<Group>();
        for (var line : lines) {
            groups.addAll(groups(line));
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < groups.size() && !merged; i++) {
                for (int j = i + 1; j < groups.size() && !merged; j++) {
                    if (groups.get(i).touches(groups.get(j))) {
                        groups.get(i).add(groups.remove(j));
                        merged = true;
                    }
                }
            }
        }
        return spots(groups, patches);
    }

    /** Whether two bands of rows, {@code {top, bottom}}, share a row. */
    static boolean overlap(List<int[]> bands) {
        for (int i = 0; i < bands.size(); i++) {
            for (int j = i + 1; j < bands.size(); j++) {
                if (bands.get(i)[0] < bands.get(j)[1] && bands.get(j)[0] < bands.get(i)[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Group> groups(List<InkPatch.Placed> glyphs) {
        var sorted = glyphs.stream().map(Group::new).sorted(Comparator.comparingInt(g -> g.from)).toList();
        var groups = new ArrayList<Group>();
        Group last = null;
        for (var group : sorted) {
            if (last != null && group.from <= last.to) {
                last.add(group);
            } else {
                groups.add(group);
                last = group;
            }
        }
        return groups;
    }

    private static List<PatchRows.Spot> spots(List<Group> groups, Patches patches) {
        var spots = new ArrayList<PatchRows.Spot>(groups.size());
        for (var group : groups) {
            spots.add(group.spot(patches));
        }
        return spots;
    }

    /** The byte of a row holding pixel {@code x}, the filter byte first. */
    private static int column(int x) {
        return 1 + Math.floorDiv(x, 2);
    }
}
