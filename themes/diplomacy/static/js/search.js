/* City Diplomacy Archive: the search page. No dependencies, no build step, no external resources.
 *
 * Runs the query of the address through the index (searchindex.js, loaded before it) and shows the results with
 * their facets (type, year, language of the report, place, country) and counts, in order of relevance or date,
 * a page at a time. The query, the facets, the order and the page are kept in the address (?q=…&type=…), so a
 * search is a link, the back button goes back through it and the language switch keeps it.
 */
(function () {
  "use strict";

  var Index = window.DiplomacySearchIndex.Index;
  var PAGE_SIZE = 20;  // results a page (the page may say otherwise: data-page-size)
  var TOP_PLACES = 15;  // place and country values shown before "all"
  var DEBOUNCE_MS = 250;
  var LOADING_AFTER_MS = 300;

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

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
