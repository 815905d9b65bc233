/* City Diplomacy Archive: the "Cite" block and the print record of article and meeting pages.
 * The citations are files beside the page (cite.bib, cite.ris, cite.json), linked from the block, so a
 * reader without scripts downloads them. When a reader opens one of the formats, this script shows the
 * three texts in the block with the reader's date (today) as the access date (BibTeX urldate, RIS Y2,
 * CSL-JSON accessed) and makes the download links give those texts; it also puts the date printed.
 * The texts are fetched only then: they are not repeated in every page. No dependencies. */
(function () {
  "use strict";

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  /** A citation text with the access date added; day is "YYYY-MM-DD". */
  function withAccessDate(format, text, day) {
    var parts = day.split("-");
    if (format === "bibtex") return text.replace(/\}\s*$/, "  urldate = {" + day + "},\n}\n");
    if (format === "ris") return text.replace(/ER {2}- \r?\n?$/, "Y2  - " + parts.join("/") + "\r\nER  - \r\n");
    if (format === "csl") {
      var items = JSON.parse(text);
      items.forEach(function (item) { item.accessed = { "date-parts": [parts.map(Number)] }; });
      return JSON.stringify(items, null, 2) + "\n";
    }
    return text;
  }

  function init() {
    var now = new Date();
    var day = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
    var block = document.querySelector("[data-cite]");  // the page's locale (en-GB, de-DE), as the build's dates
    var lang = (block && block.getAttribute("data-locale")) || document.documentElement.lang || undefined;
    var label = now.toLocaleDateString(lang, { year: "numeric", month: "long", day: "numeric" });
    document.querySelectorAll(".access-date, .print-date").forEach(function (placeholder) {
      var time = document.createElement("time");  // the page says "the day you read this page" until now
      time.className = placeholder.className;
      time.dateTime = day;
      time.textContent = label;
      placeholder.parentNode.replaceChild(time, placeholder);
    });
    document.querySelectorAll("[data-cite]").forEach(function (block) {
      var started = false;
      block.querySelectorAll("details").forEach(function (details) {
        details.addEventListener("toggle", function () {
          if (details.open && !started) { started = true; showTexts(block, day); }
        });
      });
      block.setAttribute("data-ready", "");
    });
  }

  /** Fetch each format's file, show its text (with the access date) above its link; mark the block loaded. */
  function showTexts(block, day) {
    var links = Array.prototype.slice.call(block.querySelectorAll("a.cite-download"));
    Promise.all(links.map(function (link) {
      var format = link.getAttribute("data-format");
      return fetch(link.href).then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + link.href);
        return response.text();
      }).then(function (text) {
        text = withAccessDate(format, text, day);
        var pre = document.createElement("pre");
        pre.className = "cite-text";
        pre.setAttribute("data-format", format);
        pre.tabIndex = 0;
        pre.textContent = text;
        link.parentNode.insertBefore(pre, link);
        link.href = "data:" + link.type + ";charset=utf-8," + encodeURIComponent(text);
      }).catch(function () {});  // a file that cannot be fetched: its link still downloads it
    })).then(function () { block.setAttribute("data-loaded", ""); });
  }

  if (typeof module === "object" && module.exports) module.exports = { withAccessDate: withAccessDate };
  if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
  }
})();
