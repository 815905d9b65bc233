/* City Diplomacy Archive: the "Cite" block and the print record of article and meeting pages.
 * Adds the reader's date (today) as the access date to the citations shown (BibTeX urldate, RIS Y2,
 * CSL-JSON accessed) and to their download links, and as the date printed. No dependencies. */
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
    document.querySelectorAll("pre.cite-text").forEach(function (pre) {
      var format = pre.getAttribute("data-format");
      var text = withAccessDate(format, pre.textContent, day);
      pre.textContent = text;
      var link = pre.parentNode.querySelector("a.cite-download");
      if (link) link.href = "data:" + link.type + ";charset=utf-8," + encodeURIComponent(text);
    });
    document.querySelectorAll("[data-cite]").forEach(function (block) { block.setAttribute("data-ready", ""); });
  }

  if (typeof module === "object" && module.exports) module.exports = { withAccessDate: withAccessDate };
  if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
  }
})();
