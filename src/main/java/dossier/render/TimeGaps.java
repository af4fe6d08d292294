package dossier.render;

import dossier.model.EventDate;

/**
 * The time between two events of the timeline, in French words: "7 mois plus tard",
 * "6 ans plus tard"; empty when they are less than two months apart, where a marker would only
 * clutter. Counted at the coarser of the two precisions: from "2018" to "27 mars 2025" is
 * "7 ans", from "3 avril 2025" to "août 2025" "4 mois".
 */
final class TimeGaps {

    private TimeGaps() {
    }

    static String between(EventDate earlier, EventDate later) {
        int years = later.year() - earlier.year();
        if (earlier.month() == 0 || later.month() == 0) {
            return years >= 1 ? years(years) : "";
        }
        int months = years * 12 + later.month() - earlier.month();
        if (months >= 24) {
            return years(months / 12);
        }
        return months >= 2 ? months + "\u00A0mois plus tard" : "";
    }

    private static String years(int years) {
        return years + "\u00A0an" + (years == 1 ? "" : "s") + " plus tard";
    }
}
