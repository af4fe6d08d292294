package dossier.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tags of a dossier after some of its articles were edited in their places, their tags
 * changed: the sorted tags in use, each tag's articles (newest first) and the tags by slug, as
 * {@link Dossier#of} makes them, with only the lists of the tags an edited article took or left
 * made again. Used by {@link Dossier#edited}.
 */
record Retagging(List<Tag> tags, Map<Slug, List<Article>> tagIndex, Map<Slug, Tag> tagsBySlug) {

    Retagging {
        tags = List.copyOf(tags);
        tagIndex = Map.copyOf(tagIndex);
        tagsBySlug = Map.copyOf(tagsBySlug);
    }

    /**
     * The tags after the edits {@code replaced} (record before to record after, each naming a tag
     * once), {@code touched} naming every tag an edited article carried or carries: a tag appearing
     * is put in its sorted place, one no article carries any more is taken out. Empty when a touched
     * tag sorts level with another: their order then hangs on which article names each first.
     */
    static Optional<Retagging> of(Settings settings, List<Tag> tags, Map<Slug, List<Article>> tagIndex,
            Map<Slug, Tag> tagsBySlug, Set<Slug> touched, Map<Article, Article> replaced) {
        var byTag = new HashMap<>(tagIndex);
        var used = new ArrayList<>(tags);
        var bySlug = new HashMap<>(tagsBySlug);
        for (var tag : touched) {
            var list = retagged(tagIndex.getOrDefault(tag, List.of()), tag, replaced);
            if (list.isEmpty()) {
                byTag.remove(tag);
                used.remove(bySlug.remove(tag));
            } else {
                byTag.put(tag, list);
                if (!bySlug.containsKey(tag)) {
                    var made = tagOf(settings, tag);
                    bySlug.put(tag, made);
                    int at = Collections.binarySearch(used, made);
                    used.add(at < 0 ? -at - 1 : at, made);
                }
            }
        }
        for (var tag : touched) {
            if (bySlug.containsKey(tag) && level(used, bySlug.get(tag))) {
                return Optional.empty();
            }
        }
        return Optional.of(new Retagging(used, byTag, bySlug));
    }

    /**
     * The articles carrying {@code tag} after the edits {@code replaced}, from {@code was}, those
     * carrying it before: newest first, as {@code Dossier.of} lists them (the edited keep their dates).
     */
    private static List<Article> retagged(List<Article> was, Slug tag, Map<Article, Article> replaced) {
        var list = new ArrayList<Article>(was.size() + replaced.size());
        for (var article : was) {
            var now = replaced.getOrDefault(article, article);
            if (now == article || now.tags().contains(tag)) {
                list.add(now);
            }
        }
        replaced.forEach((before, now) -> {
            if (!before.tags().contains(tag) && now.tags().contains(tag)) {
                int at = Collections.binarySearch(list, now, Dossier.NEWEST_FIRST);
                list.add(at < 0 ? -at - 1 : at, now);
            }
        });
        return List.copyOf(list);
    }

    /** Whether {@code tag}, in the sorted {@code tags}, sorts level with a neighbour. */
    private static boolean level(List<Tag> tags, Tag tag) {
        int at = Collections.binarySearch(tags, tag);
        return at > 0 && tags.get(at - 1).compareTo(tag) == 0
                || at >= 0 && at + 1 < tags.size() && tags.get(at + 1).compareTo(tag) == 0;
    }

    /** The tag of {@code slug} as the dossier shows it: the vocabulary's (the last of that slug), else one named by its slug. */
    private static Tag tagOf(Settings settings, Slug slug) {
        Tag found = null;
        for (var tag : settings.vocabulary()) {
            if (tag.slug().equals(slug)) {
                found = tag;
            }
        }
        return found != null ? found : new Tag(slug, slug.value(), "", List.of());
    }
}
