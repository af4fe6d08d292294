package dossier.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The Wayback Machine's address of a page as it was on a day: {@code https://web.archive.org/web/
 * <YYYYMMDD>/<url>}. The archive answers with the capture nearest that day, so the link keeps
 * working when the outlet deletes or moves the article.
 */
final class WebArchive {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private WebArchive() {
    }

    /** The archived copy of {@code original} nearest {@code day}; empty when there is no original URL. */
    static String url(String original, LocalDate day) {
        if (original.isEmpty()) {
            return "";
        }
        return "https://web.archive.org/web/" + DAY.format(day) + "/" + original;
    }
}
