package dossier.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The search index split so that a query loads only what it needs: a small manifest (the
 * rules shared with the browser and the list of shards), term shards cut by term prefix until
 * each is under {@link #SHARD_BYTES} (a shard may be bigger only when it holds one term), and
 * one small file per document for the results' titles and passages.
 *
 * <p>A term's key is the term followed by {@code _}; the shard holding it is the one whose
 * prefix is the shortest prefix of that key listed in the manifest (the prefixes are prefix-free).
 * In a shard, a term's postings are (document gap, title count, text count) triples.
 */
final class SearchShards {

    /** Small enough that a query costs a few shards of a few tens of kilobytes, even on 10,000 articles. */
    static final int SHARD_BYTES = 16 * 1024;

    private static final JsonFactory JSON = new JsonFactory();

    /** One shard: its prefix and its terms' JSON members, in term order. */
    record Shard(String prefix, List<String> members) {
        byte[] json() {
            return ("{" + String.join(",", members) + "}").getBytes(StandardCharsets.US_ASCII);
        }
    }

    private SearchShards() {
    }

    /** The shards of an index, sorted by prefix. */
    static List<Shard> split(SearchIndex index) {
        // tens of thousands of terms, each a few hundred numbers written out: written in parallel, kept in term order
        var members = index.postings().entrySet().parallelStream()
                .map(e -> new Member(e.getKey() + "_", member(e.getKey(), e.getValue())))
                .toList();
        return shards(members);
    }

    /** The shards of terms whose members are made already ({@code members} by term, in term order), as {@link #split(SearchIndex)} cuts them. */
    static List<Shard> split(java.util.SortedMap<String, String> members) {
        var list = new ArrayList<Member>(members.size());
        members.forEach((term, json) -> list.add(new Member(term + "_", json)));
        return shards(list);
    }

    private static List<Shard> shards(List<Member> members) {
        var shards = new ArrayList<Shard>();
        split("", members, shards);
        shards.sort(java.util.Comparator.comparing(Shard::prefix));
        return shards;
    }

    private record Member(String key, String json) {
    }

    private static void split(String prefix, List<Member> members, List<Shard> out) {
        long size = members.stream().mapToLong(m -> m.json().length() + 1).sum();
        if (size <= SHARD_BYTES || members.size() == 1) {
            out.add(new Shard(prefix, members.stream().map(Member::json).toList()));
            return;
        }
        var groups = new LinkedHashMap<Character, List<Member>>();
        for (var member : members) {
            groups.computeIfAbsent(member.key().charAt(prefix.length()), c -> new ArrayList<>()).add(member);
        }
        groups.forEach((next, group) -> split(prefix + next, group, out));
    }

    /** {@code "term":[gap,title,text,…]}: terms are [a-z0-9] only, so nothing needs escaping. */
    static String member(String term, int[] postings) {
        var json = new StringBuilder(term.length() + 4 + postings.length * 3);
        json.append('"').append(term).append("\":[");
        int previous = 0;
        for (int i = 0; i < postings.length; i += 3) {
            if (i > 0) {
                json.append(',');
            }
            json.append(postings[i] - previous).append(',').append(postings[i + 1]).append(',').append(postings[i + 2]);
            previous = postings[i];
        }
        return json.append(']').toString();
    }

    /** The manifest: the normalising rules the browser must apply, the document count and the shard prefixes. */
    static byte[] manifest(int documents, List<Shard> shards) {
        return json(1024, json -> {
            json.writeStartObject();
            json.writeNumberField("version", 1);
            json.writeNumberField("documents", documents);
            strings(json, "elisions", SearchTerms.ELISIONS.stream().sorted().toList());
            strings(json, "stopWords", SearchTerms.STOP_WORDS);
            strings(json, "shards", shards.stream().map(Shard::prefix).toList());
            json.writeEndObject();
        });
    }

    /**
     * One document: where it is (from the search page), its title, its French and ISO dates, and its
     * text for the passage, stripped of the white space at its ends as {@link String#strip} strips it.
     */
    static byte[] document(String url, String title, String date, String dateIso, char[] text) {
        int from = 0;
        int to = text.length;
        while (from < to && Character.isWhitespace(text[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(text[to - 1])) {
            to--;
        }
        // written by hand, as Jackson writes it (JsonBytes): 10,000 articles make 10,000 of these;
        // sized for a French text, a few of its chars taking two or three bytes
        var json = new JsonBytes(url.length() + title.length() + to - from + (to - from) / 16 + 80);
        json.ascii("{\"url\":").string(url).ascii(",\"title\":").string(title).ascii(",\"date\":").string(date);
        return json.ascii(",\"dateIso\":").string(dateIso).ascii(",\"text\":").string(text, from, to).ascii("}").bytes();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (var value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private interface Writing {
        void write(JsonGenerator json) throws IOException;
    }

    private static byte[] json(int expectedBytes, Writing writing) {
        var out = new ByteArrayOutputStream(expectedBytes);
        try (var json = JSON.createGenerator(out)) {
            writing.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
