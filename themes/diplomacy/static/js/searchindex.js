/* City Diplomacy Archive: the search index's client (no dependencies, no build step, no external resources).
 *
 * Reads the static index that plugins/diplomacy/site/searchindex.py writes (manifest.json, term shards t-<hex>.json,
 * document chunks d-<n>.json, facets f.json and p.json) and folds and splits queries exactly as the Python side
 * does (fold, tokens): every query word is a prefix, all are required; results are ranked by summed weight, ties
 * newest first (the index numbers documents so). The search page (search.js) uses it as DiplomacySearchIndex.
 */
(function () {
  "use strict";

  // --- folding and words: the same as plugins/diplomacy/searchindex.py -------------------------------------

  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
  var UMLAUT = /([aou])\u0308/g;
  var SPECIAL = { "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŧ": "t", "æ": "ae", "œ": "oe", "þ": "th" };
  var SPECIAL_RE = /[øłđðħıŧæœþ]/g;
  // where Python's str.casefold() differs from toLowerCase() after NFKD: ß, final sigma, the iota subscript,
  // old Cyrillic forms, and Cherokee (which folds to capitals)
  var CASEFOLD = { "ß": "ss", "\u03c2": "\u03c3", "\u0345": "\u03b9", "\u1c80": "\u0432", "\u1c81": "\u0434",
    "\u1c82": "\u043e", "\u1c83": "\u0441", "\u1c84": "\u0442", "\u1c85": "\u0442", "\u1c86": "\u044a",
    "\u1c87": "\u0463", "\u1c88": "\ua64b" };
  var CASEFOLD_RE = /[\u00df\u03c2\u0345\u1c80-\u1c88\u13f8-\u13fd\uab70-\uabbf]/g;
  var WORD;  // letters and digits, as Python's str.isalnum()
  try {
    WORD = new RegExp("[\\p{L}\\p{N}]+", "gu");
  } catch (e) {  // an engine without Unicode property escapes: everything but spaces and punctuation
    WORD = /[^\s!-\/:-@\[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f\ufe30-\ufe4f\uff01-\uff0f]+/g;
  }

  function casefold(text) {
    return text.toLowerCase().replace(CASEFOLD_RE, function (c) {
      var code = c.charCodeAt(0);
      if (code >= 0xab70) return String.fromCharCode(code - 0xab70 + 0x13a0);
      if (code >= 0x13f8 && code <= 0x13fd) return String.fromCharCode(code - 8);
      return CASEFOLD[c];
    });
  }

  function unmark(text) {
    return text.replace(MARKS, "").replace(SPECIAL_RE, function (c) { return SPECIAL[c]; });
  }

  function length(word) {
    return Array.from(word).length;  // code points, as Python's len()
  }

  /** Case-fold and strip diacritics: "Köln" → "koln", "Straße" → "strasse". */
  function fold(text) {
    return unmark(casefold(String(text).normalize("NFKD")));
  }

  /** The words of a text as [folded, transliterated] pairs (ä → ae, ö → oe, ü → ue). */
  function words(text) {
    var decomposed = casefold(String(text).normalize("NFKD"));
    var plain = unmark(decomposed).match(WORD) || [];
    var spelled = decomposed.indexOf("\u0308") < 0 ? plain : unmark(decomposed.replace(UMLAUT, "$1e")).match(WORD) || [];
    return plain.map(function (word, i) { return [word, spelled[i]]; });
  }

  /** What the index stores for a text (as Python's tokens()). */
  function tokens(text, stopwords) {
    var out = [];
    words(text).forEach(function (pair) {
      if (stopwords.has(pair[0])) return;
      if (length(pair[0]) > 1) out.push(pair[0]);
      if (pair[1] !== pair[0] && length(pair[1]) > 1) out.push(pair[1]);
    });
    return out;
  }

  /** A query: one group of spellings per word; stopwords are left out unless every word is one. */
  function queryGroups(text, stopwords) {
    var groups = [];
    var stopped = [];
    var seen = new Set();
    words(text).forEach(function (pair) {
      var group = (pair[1] === pair[0] ? [pair[0]] : pair).filter(function (w) { return length(w) > 1; });
      var key = group.join(" ");
      if (!group.length || seen.has(key)) return;
      seen.add(key);
      (stopwords.has(pair[0]) ? stopped : groups).push(group);
    });
    return groups.length ? groups : stopped;
  }

  var SHARD_DEPTH = 4;  // as searchindex.py: a large shard is split by the next character, down to four

  /** The name of a prefix's shard: hex of the UTF-8 bytes of its first characters ("ko" → "6b6f"). */
  function shardName(prefix) {
    var bytes = new TextEncoder().encode(Array.from(prefix).slice(0, SHARD_DEPTH).join(""));
    var hex = "";
    for (var i = 0; i < bytes.length; i++) hex += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return hex;
  }

  /** The written shards that may hold terms starting with a prefix: those of its first 2, 3, 4 characters,
   * and, for a prefix shorter than that, every shard split off below it. */
  function shardsFor(prefix, shards) {
    var chars = Array.from(prefix);
    var out = [];
    for (var k = 2; k <= Math.min(chars.length, SHARD_DEPTH); k++) {
      var name = shardName(chars.slice(0, k).join(""));
      if (shards.has(name)) out.push(name);
    }
    if (chars.length < SHARD_DEPTH) {
      var own = shardName(prefix);
      shards.forEach(function (name) {
        if (name.length > own.length && name.lastIndexOf(own, 0) === 0) out.push(name);
      });
    }
    return out;
  }

  // --- the index -----------------------------------------------------------------------------------------

  function Index(base) {
    this.base = base;  // URL of the index folder, ending in "/"
    this.files = new Map();
    this.manifest = null;
  }

  Index.prototype.fetch = function (name, optional) {
    if (!this.files.has(name)) {
      var url = new URL(name, this.base).href;
      this.files.set(name, fetch(url).then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + url);
        return response.json();
      }).catch(function (error) {
        if (optional) return null;
        throw error;
      }));
    }
    var files = this.files;
    return files.get(name).catch(function (error) {
      files.delete(name);  // a later search may try again
      throw error;
    });
  };

  Index.prototype.load = function () {
    var index = this;
    return this.fetch("manifest.json").then(function (manifest) {
      index.manifest = manifest;
      index.shards = new Set(manifest.shards || []);
      index.stopwords = new Set(manifest.stopwords || []);
      return index;
    });
  };

  /** Every matching document, best first: [{doc, score}]. */
  Index.prototype.search = async function (query) {
    var index = this;
    var groups = queryGroups(query, this.stopwords);
    if (!groups.length) return [];
    var names = new Set();
    groups.forEach(function (group) {
      group.forEach(function (prefix) {
        shardsFor(prefix, index.shards).forEach(function (name) { names.add(name); });
      });
    });
    var shards = new Map();
    await Promise.all(Array.from(names).map(function (name) {
      return index.fetch("t-" + name + ".json", true).then(function (terms) { shards.set(name, terms || {}); });
    }));
    var total = null;
    for (var g = 0; g < groups.length; g++) {
      var best = new Map();  // doc → the best weight of this word in it
      groups[g].forEach(function (prefix) {
        var terms = {};
        shardsFor(prefix, index.shards).forEach(function (name) { Object.assign(terms, shards.get(name) || {}); });
        Object.keys(terms).forEach(function (term) {
          if (term.lastIndexOf(prefix, 0) !== 0) return;
          var deltas = terms[term];
          var posting = 0;
          for (var i = 0; i < deltas.length; i++) {
            posting += deltas[i];  // postings are stored as differences to the one before
            var doc = Math.floor(posting / 4);
            var weight = posting % 4;
            if (!(best.get(doc) >= weight)) best.set(doc, weight);
          }
        });
      });
      if (total === null) {
        total = best;
      } else {
        var both = new Map();
        total.forEach(function (score, doc) {
          if (best.has(doc)) both.set(doc, score + best.get(doc));
        });
        total = both;
      }
      if (!total.size) break;
    }
    var results = [];
    total.forEach(function (score, doc) { results.push({ doc: doc, score: score }); });
    results.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return results;
  };

  /** The documents of some results: [url, title, kind, date, date_label, excerpt, lang] each. */
  Index.prototype.documents = async function (results) {
    var chunk = this.manifest.chunk || 16;
    var index = this;
    var numbers = Array.from(new Set(results.map(function (r) { return Math.floor(r.doc / chunk); })));
    var chunks = new Map();
    await Promise.all(numbers.map(function (n) {
      return index.fetch("d-" + n + ".json").then(function (docs) { chunks.set(n, docs); });
    }));
    return results.map(function (r) { return chunks.get(Math.floor(r.doc / chunk))[r.doc % chunk]; });
  };

  /** Kind, languages of the report and year of every document (f.json). */
  Index.prototype.facets = function () {
    if (!this.facetsLoaded) {
      this.facetsLoaded = this.fetch("f.json").then(function (f) {
        return {
          kind: function (doc) { return f.classes[ALPHABET.indexOf(f.doc_class[doc])][0]; },
          langs: function (doc) {
            var langs = f.classes[ALPHABET.indexOf(f.doc_class[doc])][1];
            return langs ? langs.split(" ") : [];
          },
          year: function (doc) {
            for (var i = 0; i < f.years.length; i++) {
              if (doc >= f.years[i][1] && doc <= f.years[i][2]) return f.years[i][0];
            }
            return null;
          },
        };
      });
    }
    return this.facetsLoaded;
  };

  /** Places of every document and each place's name and country (p.json), loaded when asked for. */
  Index.prototype.places = function () {
    if (!this.placesLoaded) {
      this.placesLoaded = this.fetch("p.json").then(function (p) {
        var docs = p.docs.split(",");
        var width = p.width;
        return {
          table: p.places,
          of: function (doc) {
            var text = docs[doc] || "";
            var out = [];
            for (var i = 0; i < text.length; i += width) {
              var n = 0;
              for (var j = 0; j < width; j++) n = n * 64 + ALPHABET.indexOf(text[i + j]);
              out.push(p.places[n]);
            }
            return out;
          },
        };
      });
    }
    return this.placesLoaded;
  };

  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";  // as searchfacets.py

  var api = { fold: fold, tokens: tokens, queryGroups: queryGroups, shardName: shardName, shardsFor: shardsFor,
    Index: Index, ALPHABET: ALPHABET };
  if (typeof module === "object" && module.exports) module.exports = api;  // Node, for the tests
  if (typeof window !== "undefined") window.DiplomacySearchIndex = api;
})();
