/* City Diplomacy Archive: the search page's client. No dependencies, no build step, no external resources.
 *
 * Reads the static index that plugins/diplomacy/searchindex.py writes (manifest.json, term shards t-<hex>.json,
 * document chunks d-<n>.json) from the folder named by the results container's data-index attribute.
 * Queries are folded and split exactly as the Python side does (fold, tokens); every query word is a prefix,
 * all are required; results are ranked by summed weight, ties newest first (the index numbers documents so).
 */
(function () {
  "use strict";

  var MAX_RESULTS = 50;
  var DEBOUNCE_MS = 250;
  var LOADING_AFTER_MS = 300;

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

  /** The shard of a folded term: hex of the UTF-8 bytes of its first two characters ("ko" → "6b6f"). */
  function shardName(term) {
    var bytes = new TextEncoder().encode(Array.from(term).slice(0, 2).join(""));
    var hex = "";
    for (var i = 0; i < bytes.length; i++) hex += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return hex;
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
        var name = shardName(prefix);
        if (index.shards.has(name)) names.add(name);
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
        var terms = shards.get(shardName(prefix)) || {};
        Object.keys(terms).forEach(function (term) {
          if (term.lastIndexOf(prefix, 0) !== 0) return;
          var postings = terms[term];
          for (var i = 0; i < postings.length; i++) {
            var doc = Math.floor(postings[i] / 4);
            var weight = postings[i] % 4;
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
    var chunk = this.manifest.chunk || 256;
    var index = this;
    var numbers = Array.from(new Set(results.map(function (r) { return Math.floor(r.doc / chunk); })));
    var chunks = new Map();
    await Promise.all(numbers.map(function (n) {
      return index.fetch("d-" + n + ".json").then(function (docs) { chunks.set(n, docs); });
    }));
    return results.map(function (r) { return chunks.get(Math.floor(r.doc / chunk))[r.doc % chunk]; });
  };

  // --- the page ------------------------------------------------------------------------------------------

  function message(box, name, value) {
    var text = box.getAttribute("data-" + name) || "";
    return value === undefined ? text : text.replace(/%[sd]/, String(value));
  }

  function renderResults(box, index, docs) {
    var list = document.createElement("ol");
    list.className = "search-results";
    docs.forEach(function (doc) {
      var url = doc[0], title = doc[1], kind = doc[2], date = doc[3], dateLabel = doc[4], excerpt = doc[5];
      var lang = doc[6] || index.manifest.lang;
      var item = document.createElement("li");
      item.className = "search-result";
      var link = document.createElement("a");
      link.className = "search-result-link";
      link.href = new URL(url, index.base).href;
      if (lang) link.lang = lang;
      link.textContent = title;
      item.appendChild(link);
      var kindLabel = message(box, "kind-" + kind);
      if (kindLabel || dateLabel) {
        item.appendChild(document.createTextNode(" "));
        var meta = document.createElement("span");
        meta.className = "search-result-meta";
        meta.textContent = kindLabel;
        if (dateLabel) {
          if (kindLabel) meta.appendChild(document.createTextNode(" · "));
          var time = document.createElement(date ? "time" : "span");
          if (date) time.dateTime = date;
          time.textContent = dateLabel;
          meta.appendChild(time);
        }
        item.appendChild(meta);
      }
      if (excerpt) {
        var p = document.createElement("p");
        if (lang) p.lang = lang;
        p.textContent = excerpt;
        item.appendChild(p);
      }
      list.appendChild(item);
    });
    return list;
  }

  function init() {
    var box = document.querySelector("[data-index]");
    if (!box) return;
    var form = document.querySelector("form.search-form") || document.querySelector("main form[role=search]");
    var input = form && form.querySelector("input[name=q]");
    var status = box.querySelector("[role=status]");
    if (!status) {
      status = document.createElement("p");
      status.setAttribute("role", "status");
      status.setAttribute("aria-live", "polite");
      box.insertBefore(status, box.firstChild);
    }
    var index = new Index(new URL(box.getAttribute("data-index"), document.baseURI).href);
    var loaded = null;
    var current = 0;  // the latest search; older ones drop their results
    var shown = null;

    function show(text, list) {
      status.textContent = text;
      if (shown) box.removeChild(shown);
      shown = list || null;
      if (shown) box.appendChild(shown);
    }

    async function run(query) {
      var mine = ++current;
      query = query.trim();
      if (!query) {
        show("");
        return;
      }
      box.setAttribute("aria-busy", "true");
      var slow = setTimeout(function () { if (mine === current) status.textContent = message(box, "loading"); }, LOADING_AFTER_MS);
      try {
        loaded = loaded || index.load().catch(function (error) { loaded = null; throw error; });
        await loaded;
        var results = await index.search(query);
        var top = results.slice(0, MAX_RESULTS);
        var docs = await index.documents(top);
        if (mine !== current) return;
        var count = results.length;
        var text = count === 0 ? message(box, "none", query)
          : count === 1 ? message(box, "count-one", count) : message(box, "count-many", count);
        if (count > top.length) text += " " + message(box, "top", top.length);
        show(text, count ? renderResults(box, index, docs) : null);
      } catch (error) {
        if (mine === current) show(message(box, "error"));
      } finally {
        clearTimeout(slow);
        if (mine === current) box.removeAttribute("aria-busy");
      }
    }

    function remember(query) {
      var url = new URL(location.href);
      if (query.trim()) url.searchParams.set("q", query);
      else url.searchParams.delete("q");
      history.replaceState(history.state, "", url.href);
    }

    var query = new URLSearchParams(location.search).get("q") || "";
    if (form && input) {
      form.hidden = false;
      input.value = query;
      var timer = null;
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          remember(input.value);
          run(input.value);
        }, DEBOUNCE_MS);
      });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        clearTimeout(timer);
        remember(input.value);
        run(input.value);
      });
    }
    run(query).then(function () { box.setAttribute("data-ready", ""); });
  }

  if (typeof module === "object" && module.exports) {  // Node, for the tests: the same folding as Python's
    module.exports = { fold: fold, tokens: tokens, queryGroups: queryGroups, shardName: shardName };
  }
  if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
  }
})();
