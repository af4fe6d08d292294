package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SearchShardsTest {

    @Test
    void aSmallIndexIsOneShard() throws IOException {
        var index = SearchIndex.of(List.of(new SearchIndex.Source("Accord", "accord signé")));

        var shards = SearchShards.split(index);

        assertEquals(1, shards.size());
        assertEquals("", shards.get(0).prefix());
        assertEquals("{\"accord\":[0,1,1],\"signe\":[0,0,1]}", new String(shards.get(0).json(), "US-ASCII"));
    }

    @Test
    void documentNumbersAreWrittenAsGaps() throws IOException {
        var index = SearchIndex.of(List.of(new SearchIndex.Source("", "accord"), new SearchIndex.Source("", "autre"),
                new SearchIndex.Source("", "accord accord")));

        assertEquals("{\"accord\":[0,0,1,2,0,2],\"autre\":[1,0,1]}",
                new String(SearchShards.split(index).get(0).json(), "US-ASCII"));
    }

    @Test
    void aLargeIndexSplitsByPrefixAndEveryTermIsInTheShardItsKeyLeadsTo() throws IOException {
        var documents = IntStream.range(0, 800)
                .mapToObj(i -> new SearchIndex.Source("titre" + i, "mot" + (i % 97) + " terme" + i + " accord" + (i % 7)))
                .toList();
        var index = SearchIndex.of(documents);

        var shards = SearchShards.split(index);

        assertTrue(shards.size() > 3, "split into " + shards.size());
        var prefixes = shards.stream().map(SearchShards.Shard::prefix).toList();
        var mapper = new ObjectMapper();
        var found = new ArrayList<String>();
        for (var term : index.postings().keySet()) {
            var shard = shards.get(shardOf(term, prefixes));
            assertTrue(mapper.readTree(shard.json()).has(term), term + " in shard " + shard.prefix());
            found.add(term);
        }
        assertEquals(index.postings().size(), found.size());
        for (var shard : shards) {
            assertTrue(shard.json().length <= SearchShards.SHARD_BYTES + 2 || shard.members().size() == 1,
                    shard.prefix() + " holds " + shard.json().length + " bytes");
        }
    }

    @Test
    void manifestCarriesTheRulesAndTheShards() throws IOException {
        var shards = SearchShards.split(SearchIndex.of(List.of(new SearchIndex.Source("Accord", ""))));

        var manifest = new ObjectMapper().readTree(SearchShards.manifest(1, shards));

        assertEquals(1, manifest.get("documents").asInt());
        assertEquals("[\"\"]", manifest.get("shards").toString());
        assertEquals(SearchTerms.STOP_WORDS.size(), manifest.get("stopWords").size());
        assertTrue(manifest.get("elisions").toString().contains("\"qu\""));
    }

    @Test
    void documentFileEscapesItsTextStrippedOfTheSpaceAtItsEnds() throws IOException {
        var json = new String(SearchShards.document("../articles/a/", "« Titre »", "7 octobre 2025", "2025-10-07",
                " Un \"mot\" <b>\u2003".toCharArray()), "UTF-8");

        assertEquals("{\"url\":\"../articles/a/\",\"title\":\"« Titre »\",\"date\":\"7 octobre 2025\","
                + "\"dateIso\":\"2025-10-07\",\"text\":\"Un \\\"mot\\\" <b>\"}", json);
    }

    /** The browser's rule (assets/search.js): the shortest listed prefix of the term followed by "_". */
    private static int shardOf(String term, List<String> prefixes) {
        var key = term + "_";
        for (int k = 0; k <= key.length(); k++) {
            int at = prefixes.indexOf(key.substring(0, k));
            if (at >= 0) {
                return at;
            }
        }
        throw new AssertionError("no shard for " + term);
    }
}
