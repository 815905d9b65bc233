/* City Diplomacy Archive: the search page's client. No dependencies, no build step, no external resources.
 *
 * Reads the static index that plugins/diplomacy/searchindex.py writes (manifest.json, term shards t-<hex>.json,
 * document chunks d-<n>.json, facets f.json and p.json) from the folder named by the results container's
 * data-index attribute. Queries are folded and split exactly as the Python side does (fold, tokens); every
 * query word is a prefix, all are required; results are ranked by summed weight, ties newest first (the index
 * numbers documents so), or by date. Facets (type, year, language of the report, place, country) filter and
 * count the results; the query, the facets, the order and the page are kept in the address (?q=…&type=…).
 */
(function () {
  "use strict";

  var PAGE_SIZE = 20;  // results a page (the page may say otherwise: data-page-size)
  var TOP_PLACES = 15;  // place and country values shown before "all"
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
  var FACETS = ["type", "year", "language", "place", "country"];

  // --- the page ------------------------------------------------------------------------------------------

  function message(box, name, value) {
    var text = box.getAttribute("data-" + name) || "";
    return value === undefined ? text : text.replace(/%[sd]/, String(value));
  }

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? String(values[key]) : all; });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function renderResults(box, index, docs) {
    var list = element("ol", "search-results");
    docs.forEach(function (doc) {
      var url = doc[0], title = doc[1], kind = doc[2], date = doc[3], dateLabel = doc[4], excerpt = doc[5];
      var lang = doc[6] || index.manifest.lang;
      var item = element("li", "search-result");
      var link = element("a", "search-result-link", title);
      link.href = new URL(url, index.base).href;
      if (lang) link.lang = lang;
      item.appendChild(link);
      var kindLabel = message(box, "kind-" + kind);
      if (kindLabel || dateLabel) {
        item.appendChild(document.createTextNode(" "));
        var meta = element("span", "search-result-meta", kindLabel);
        if (dateLabel) {
          if (kindLabel) meta.appendChild(document.createTextNode(" · "));
          var time = element(date ? "time" : "span", "", dateLabel);
          if (date) time.dateTime = date;
          meta.appendChild(time);
        }
        item.appendChild(meta);
      }
      if (excerpt) {
        var p = element("p", "", excerpt);
        if (lang) p.lang = lang;
        item.appendChild(p);
      }
      list.appendChild(item);
    });
    return list;
  }

  /** The search as the address says: {q, type, year, language, place, country, sort, page}. */
  function readState() {
    var params = new URLSearchParams(location.search);
    var state = { q: params.get("q") || "", sort: params.get("sort") === "date" ? "date" : "relevance" };
    FACETS.forEach(function (name) { state[name] = params.get(name) || ""; });
    state.page = Math.max(1, parseInt(params.get("page"), 10) || 1);
    return state;
  }

  /** The address of a search: the current one with some parameters changed ("" removes one). */
  function address(state, changes) {
    var next = Object.assign({}, state, changes);
    var params = new URLSearchParams();
    if (next.q) params.set("q", next.q);
    FACETS.forEach(function (name) { if (next[name]) params.set(name, next[name]); });
    if (next.sort === "date") params.set("sort", "date");
    if (next.page > 1) params.set("page", String(next.page));
    var url = new URL(location.href);
    url.search = params.toString();
    return url.href;
  }

  function init() {
    var box = document.querySelector("[data-index]");
    if (!box) return;
    var form = document.querySelector("form.search-form") || document.querySelector("main form[role=search]");
    var input = form && form.querySelector("input[name=q]");
    var header = document.getElementById("site-search");
    var status = box.querySelector("[role=status]");
    if (!status) {
      status = element("p");
      status.setAttribute("role", "status");
      status.setAttribute("aria-live", "polite");
      box.insertBefore(status, box.firstChild);
    }
    var index = new Index(new URL(box.getAttribute("data-index"), document.baseURI).href);
    var size = parseInt(box.getAttribute("data-page-size"), 10) || PAGE_SIZE;
    var loaded = null;
    var current = 0;  // the latest search; older ones drop their results
    var shown = [];
    var placesOpen = false;
    var switches = Array.from(document.querySelectorAll("a.lang-switch")).map(function (a) {
      return [a, a.getAttribute("href").split("?")[0]];
    });

    function show(text, nodes) {
      status.textContent = text;
      shown.forEach(function (node) { box.removeChild(node); });
      shown = nodes || [];
      shown.forEach(function (node) { box.appendChild(node); });
    }

    function keepInOtherLanguages() {
      switches.forEach(function (pair) { pair[0].href = pair[1] + location.search; });
    }

    function link(state, changes, text, selected) {
      var a = element("a", "", text);
      a.href = address(state, Object.assign({ page: 1 }, changes));
      a.setAttribute("data-search-link", "");
      if (selected) a.setAttribute("aria-current", "true");
      return a;
    }

    /** One facet: its heading, "all", and each value with its count (the selected one marked). */
    function facetList(state, name, label, values, labelOf, limit) {
      var section = element("section", "facet");
      var id = "facet-" + name;
      var heading = element("h2", "", label);
      heading.id = id;
      section.setAttribute("aria-labelledby", id);
      section.appendChild(heading);
      var list = element("ul", "plain facet-values");
      var all = element("li");
      var change = {};
      change[name] = "";
      all.appendChild(link(state, change, message(box, "all"), !state[name]));
      list.appendChild(all);
      var shownValues = values;
      if (limit && values.length > limit) {
        shownValues = values.slice(0, limit);
        if (state[name] && !shownValues.some(function (v) { return String(v[0]) === state[name]; })) {
          shownValues = shownValues.concat(values.filter(function (v) { return String(v[0]) === state[name]; }));
        }
      }
      shownValues.forEach(function (value) {
        var item = element("li");
        var c = {};
        c[name] = String(value[0]);
        item.appendChild(link(state, c, labelOf(value[0]), state[name] === String(value[0])));
        item.appendChild(element("span", "facet-count", " (" + value[1] + ")"));
        list.appendChild(item);
      });
      section.appendChild(list);
      if (shownValues.length < values.length) {
        section.appendChild(element("p", "facet-more", fill(message(box, "more-values"), { count: values.length - shownValues.length })));
      }
      return section;
    }

    function sorted(counts, byLabel) {
      var values = Array.from(counts.entries());
      values.sort(byLabel || function (a, b) { return b[1] - a[1] || String(a[0]).localeCompare(String(b[0])); });
      return values;
    }

    async function run() {
      var mine = ++current;
      var state = readState();
      keepInOtherLanguages();
      if (header) header.value = state.q;
      if (!state.q.trim()) {
        show("");
        box.setAttribute("data-shown", location.search);
        return;
      }
      box.setAttribute("aria-busy", "true");
      var slow = setTimeout(function () { if (mine === current) status.textContent = message(box, "loading"); }, LOADING_AFTER_MS);
      try {
        loaded = loaded || index.load().catch(function (error) { loaded = null; throw error; });
        await loaded;
        var found = await index.search(state.q);
        var facets = await index.facets();
        var wantPlaces = placesOpen || state.place || state.country;
        var places = wantPlaces && found.length ? await index.places() : null;
        if (mine !== current) return;
        var lang = index.manifest.lang;
        var regions = null;
        try { regions = new Intl.DisplayNames([lang], { type: "region" }); } catch (e) { regions = null; }
        function countryName(code) { try { return (regions && regions.of(code)) || code; } catch (e) { return code; } }
        // each result's facet values
        var values = found.map(function (r) {
          var v = { type: [facets.kind(r.doc)], language: facets.langs(r.doc) };
          var year = facets.year(r.doc);
          v.year = year === null ? [] : [String(year)];
          if (places) {
            var own = places.of(r.doc);
            v.place = own.map(function (p) { return p[0]; });
            v.country = Array.from(new Set(own.map(function (p) { return p[2]; }).filter(Boolean)));
          }
          return v;
        });
        var active = FACETS.filter(function (name) { return state[name] && (places || (name !== "place" && name !== "country")); });
        function passes(i, except) {
          return active.every(function (name) {
            return name === except || values[i][name].indexOf(state[name]) >= 0;
          });
        }
        var counts = {};
        FACETS.forEach(function (name) {
          counts[name] = new Map();
          if (!values.length || (!places && (name === "place" || name === "country"))) return;
          values.forEach(function (v, i) {
            if (!passes(i, name)) return;
            v[name].forEach(function (value) { counts[name].set(value, (counts[name].get(value) || 0) + 1); });
          });
        });
        var results = found.filter(function (r, i) { return passes(i); });
        if (state.sort === "date") {  // newest first (the index numbers dated documents so), undated last
          results.sort(function (a, b) {
            var ya = facets.year(a.doc) === null, yb = facets.year(b.doc) === null;
            return ya - yb || a.doc - b.doc;
          });
        }
        var pages = Math.max(1, Math.ceil(results.length / size));
        var page = Math.min(state.page, pages);
        var slice = results.slice((page - 1) * size, page * size);
        var docs = await index.documents(slice);
        if (mine !== current) return;
        var count = results.length;
        var text = count === 0 ? message(box, "none", state.q)
          : count === 1 ? message(box, "count-one", count) : message(box, "count-many", count);
        if (count > slice.length) {
          text += " " + fill(message(box, "range"), { first: (page - 1) * size + 1, last: (page - 1) * size + slice.length });
        }
        var nodes = [];
        if (found.length) {
          var panel = element("div", "search-facets");
          var order = element("p", "search-sort");
          order.appendChild(document.createTextNode(message(box, "sort") + " "));
          order.appendChild(link(state, { sort: "relevance" }, message(box, "sort-relevance"), state.sort !== "date"));
          order.appendChild(document.createTextNode(" · "));
          order.appendChild(link(state, { sort: "date" }, message(box, "sort-date"), state.sort === "date"));
          panel.appendChild(order);
          panel.appendChild(facetList(state, "type", message(box, "facet-type"), sorted(counts.type), function (k) { return message(box, "kind-" + k) || k; }));
          panel.appendChild(facetList(state, "year", message(box, "facet-year"), sorted(counts.year, function (a, b) { return b[0] - a[0]; }), String));
          panel.appendChild(facetList(state, "language", message(box, "facet-language"), sorted(counts.language), function (code) { return message(box, "lang-" + code) || code; }));
          var more = element("details", "facet-places");
          var summary = element("summary", "", message(box, "facet-places"));
          more.appendChild(summary);
          if (places) {
            placesOpen = true;
            more.open = true;
            var names = new Map(places.table.map(function (p) { return [p[0], p[1]]; }));
            more.appendChild(facetList(state, "place", message(box, "facet-place"), sorted(counts.place), function (id) { return names.get(id) || id; }, TOP_PLACES));
            more.appendChild(facetList(state, "country", message(box, "facet-country"), sorted(counts.country), countryName, TOP_PLACES));
          }
          more.addEventListener("toggle", function () {
            if (more.open && !placesOpen) {
              placesOpen = true;
              run();
            }
          });
          panel.appendChild(more);
          nodes.push(panel);
        }
        if (count) nodes.push(renderResults(box, index, docs));
        if (pages > 1) nodes.push(pager(state, page, pages));
        show(text, nodes);
        box.setAttribute("data-shown", location.search);
      } catch (error) {
        if (mine === current) show(message(box, "error"));
      } finally {
        clearTimeout(slow);
        if (mine === current) box.removeAttribute("aria-busy");
      }
    }

    function pager(state, page, pages) {
      var nav = element("nav", "search-pages");
      nav.setAttribute("aria-label", message(box, "pages"));
      var list = element("ul", "inline");
      function add(number, text, rel) {
        var item = element("li");
        if (number === page && !rel) {
          var here = element("span", "", text);
          here.setAttribute("aria-current", "page");
          item.appendChild(here);
        } else {
          var a = link(state, { page: number }, text);
          if (rel) a.rel = rel;
          item.appendChild(a);
        }
        list.appendChild(item);
      }
      if (page > 1) add(page - 1, message(box, "previous"), "prev");
      var last = 0;
      for (var n = 1; n <= pages; n++) {
        if (n === 1 || n === pages || Math.abs(n - page) <= 2) {
          if (n - last > 1) list.appendChild(element("li", "", "…"));
          add(n, String(n));
          last = n;
        }
      }
      if (page < pages) add(page + 1, message(box, "next"), "next");
      nav.appendChild(list);
      return nav;
    }

    function go(href, replace) {
      if (replace) history.replaceState(history.state, "", href);
      else history.pushState(null, "", href);
      run();
    }

    box.addEventListener("click", function (event) {
      var a = event.target.closest && event.target.closest("a[data-search-link]");
      if (!a || event.ctrlKey || event.metaKey || event.shiftKey || event.button) return;
      event.preventDefault();
      go(a.href);
      var focus = document.querySelector("[role=status]");
      if (focus && a.closest(".search-pages")) box.scrollIntoView();
    });
    window.addEventListener("popstate", function () {
      if (input) input.value = readState().q;
      run();
    });

    var state = readState();
    if (form && input) {
      form.hidden = false;
      input.value = state.q;
      var timer = null;
      var typed = function () { go(address(readState(), { q: input.value.trim() ? input.value : "", page: 1 }), true); };
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(typed, DEBOUNCE_MS);
      });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        clearTimeout(timer);
        typed();
      });
    }
    run().then(function () { box.setAttribute("data-ready", ""); });
  }

  if (typeof module === "object" && module.exports) {  // Node, for the tests: the same folding as Python's
    module.exports = { fold: fold, tokens: tokens, queryGroups: queryGroups, shardName: shardName, shardsFor: shardsFor };
  }
  if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
  }
})();
