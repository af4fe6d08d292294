/*
 * Dossier search: queries the index built with the site (recherche/index.json and its shards)
 * in the browser; no request leaves the site. Terms are normalised exactly as the build does
 * (dossier.render.SearchTerms): lower case, accents folded, elisions dropped, stop words left
 * out, light plural stemming. A query loads the manifest, one shard per term and one small file
 * per result shown.
 */
(function () {
  "use strict";

  var PAGE = 10;
  var APOSTROPHES = "'\u2019\u02bc";
  var NBSP = "\u00a0";

  function stem(word) {
    var n = word.length;
    if (n >= 5 && word.endsWith("aux")) {
      return word.slice(0, n - 3) + "al";
    }
    var last = word.charAt(n - 1);
    if (n >= 4 && (last === "x" || (last === "s" && word.charAt(n - 2) !== "s"))) {
      return word.slice(0, n - 1);
    }
    return word;
  }

  function terms(text, rules) {
    var folded = text.toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae")
      .normalize("NFD").replace(/\p{M}/gu, "");
    var found = [];
    var word = /[a-z0-9]+/g;
    var match;
    while ((match = word.exec(folded)) !== null) {
      var next = folded.charAt(word.lastIndex);
      var elided = next !== "" && APOSTROPHES.indexOf(next) >= 0 && rules.elisions.has(match[0]);
      if (!elided && match[0].length > 1 && !rules.stops.has(match[0])) {
        found.push(stem(match[0]));
      }
    }
    return found;
  }

  var form = document.querySelector("form[data-index]");
  if (!form) {
    return;
  }
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("etat-recherche");
  var list = document.getElementById("resultats");
  var more = document.getElementById("plus-de-resultats");
  var indexUrl = new URL(form.dataset.index, document.baseURI);
  var cache = new Map();
  var shown = { ranked: [], next: 0, wanted: new Set(), rules: null };

  function load(url) {
    var key = url.toString();
    if (!cache.has(key)) {
      cache.set(key, fetch(url).then(function (response) {
        if (!response.ok) {
          throw new Error(response.status + " " + key);
        }
        return response.json();
      }));
    }
    return cache.get(key);
  }

  function manifest() {
    return load(indexUrl).then(function (index) {
      if (!index.rules) {
        index.rules = { elisions: new Set(index.elisions), stops: new Set(index.stopWords) };
        index.prefixes = new Map(index.shards.map(function (prefix, i) { return [prefix, i]; }));
      }
      return index;
    });
  }

  /** The shard whose prefix is the shortest listed prefix of the term's key, or -1. */
  function shardOf(term, prefixes) {
    var key = term + "_";
    for (var k = 0; k <= key.length; k++) {
      if (prefixes.has(key.slice(0, k))) {
        return prefixes.get(key.slice(0, k));
      }
    }
    return -1;
  }

  function postings(shard, term) {
    var counts = new Map();
    var triples = Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : [];
    var doc = 0;
    for (var i = 0; i < triples.length; i += 3) {
      doc += triples[i];
      counts.set(doc, [triples[i + 1], triples[i + 2]]);
    }
    return counts;
  }

  /** Documents holding every term: those with more terms in their title first, then by weight, then newest. */
  function rank(each) {
    var scores = null;
    each.forEach(function (counts) {
      var next = new Map();
      counts.forEach(function (c, doc) {
        var before = scores === null ? { doc: doc, titles: 0, weight: 0 } : scores.get(doc);
        if (before) {
          next.set(doc, { doc: doc, titles: before.titles + (c[0] > 0 ? 1 : 0), weight: before.weight + 3 * c[0] + c[1] });
        }
      });
      scores = next;
    });
    return Array.from(scores ? scores.values() : []).sort(function (a, b) {
      return b.titles - a.titles || b.weight - a.weight || a.doc - b.doc;
    });
  }

  function search(query) {
    list.setAttribute("aria-busy", "true");
    return manifest().then(function (index) {
      var wanted = Array.from(new Set(terms(query, index.rules)));
      shown = { ranked: [], next: 0, wanted: new Set(wanted), rules: index.rules };
      return Promise.all(wanted.map(function (term) {
        var shard = shardOf(term, index.prefixes);
        return shard < 0 ? {} : load(new URL("t/" + shard + ".json", indexUrl));
      })).then(function (shards) {
        shown.ranked = wanted.length ? rank(shards.map(function (s, i) { return postings(s, wanted[i]); })) : [];
        list.replaceChildren();
        return showMore();
      }).then(function () {
        status.textContent = summary(query, wanted.length, shown.ranked.length);
      });
    }).catch(function () {
      status.textContent = "La recherche n’a pas pu charger son index. Parcourez les thèmes ou la chronologie.";
    }).finally(function () {
      list.removeAttribute("aria-busy");
      list.dataset.query = query;
    });
  }

  function summary(query, words, count) {
    var quoted = "«" + NBSP + query.trim() + NBSP + "»";
    if (words === 0) {
      return "Tapez un mot plus précis que " + quoted + ".";
    }
    if (count === 0) {
      return "Aucun article ne correspond à " + quoted + ". Essayez un autre mot, ou parcourez les thèmes.";
    }
    return count + (count > 1 ? " articles trouvés" : " article trouvé") + " pour " + quoted + ".";
  }

  function showMore() {
    var page = shown.ranked.slice(shown.next, shown.next + PAGE);
    shown.next += page.length;
    return Promise.all(page.map(function (hit) {
      return load(new URL("d/" + hit.doc + ".json", indexUrl));
    })).then(function (docs) {
      docs.forEach(function (doc) { list.appendChild(result(doc)); });
      more.hidden = shown.next >= shown.ranked.length;
    });
  }

  function result(doc) {
    var item = document.createElement("li");
    var title = document.createElement("h2");
    var link = document.createElement("a");
    link.href = doc.url;
    link.appendChild(marked(doc.title));
    title.appendChild(link);
    var meta = document.createElement("p");
    meta.className = "meta";
    var time = document.createElement("time");
    time.dateTime = doc.dateIso;
    time.textContent = doc.date;
    meta.appendChild(time);
    var passage = document.createElement("p");
    passage.className = "passage";
    passage.appendChild(marked(excerpt(doc.text)));
    item.append(title, meta, passage);
    return item;
  }

  function hits(chunk) {
    return terms(chunk, shown.rules).some(function (term) { return shown.wanted.has(term); });
  }

  /** Some 220 characters around the first word that matches, cut at spaces. */
  function excerpt(text) {
    var words = /[\p{L}\p{N}\p{M}]+/gu;
    var match;
    var at = 0;
    while ((match = words.exec(text)) !== null) {
      if (hits(match[0])) {
        at = match.index;
        break;
      }
    }
    var start = at > 80 ? text.indexOf(" ", at - 80) + 1 : 0;
    var end = text.length > start + 220 ? text.lastIndexOf(" ", start + 220) : text.length;
    return (start > 0 ? "…" : "") + text.slice(start, end > start ? end : text.length) + (end < text.length ? "…" : "");
  }

  /** The text with each matching word in a mark element; text nodes only, never parsed as HTML. */
  function marked(text) {
    var fragment = document.createDocumentFragment();
    var words = /[\p{L}\p{N}\p{M}]+/gu;
    var done = 0;
    var match;
    while ((match = words.exec(text)) !== null) {
      if (hits(match[0])) {
        fragment.append(text.slice(done, match.index));
        var mark = document.createElement("mark");
        mark.textContent = match[0];
        fragment.append(mark);
        done = match.index + match[0].length;
      }
    }
    fragment.append(text.slice(done));
    return fragment;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value;
    history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    search(query);
  });
  more.addEventListener("click", function () {
    showMore().catch(function () {
      status.textContent = "Les résultats suivants n’ont pas pu être chargés.";
    });
  });

  manifest().then(function (index) {
    window.dossierSearch = { terms: function (text) { return terms(text, index.rules); } };
  }, function () {
    status.textContent = "La recherche n’a pas pu charger son index. Parcourez les thèmes ou la chronologie.";
  });
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) {
    input.value = asked;
    search(asked);
  }
}());
