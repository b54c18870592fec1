// effx report: page switching, leaderboard filters and sortable columns. No dependencies.
(function () {
  "use strict";
  document.body.classList.add("js");

  // Pages: the URL fragment names the section to show; the leaderboard is the default.
  function showPage() {
    var id = decodeURIComponent(location.hash.slice(1)) || "leaderboard";
    var target = document.getElementById(id);
    if (!target || !target.classList.contains("page")) { target = document.getElementById("leaderboard"); }
    document.querySelectorAll("section.page").forEach(function (s) { s.classList.toggle("active", s === target); });
    document.querySelectorAll("header.top nav a").forEach(function (a) {
      a.classList.toggle("active", a.getAttribute("href") === "#" + target.id ||
        (target.classList.contains("task") && a.getAttribute("href") === "#tasks"));
    });
    window.scrollTo(0, 0);
  }
  window.addEventListener("hashchange", showPage);
  showPage();

  // Filters: language hides rows; difficulty selects which scope's scores are shown.
  var board = document.getElementById("board");
  var language = document.getElementById("filter-language");
  var difficulty = document.getElementById("filter-difficulty");
  function applyFilters() {
    if (!board) { return; }
    board.querySelectorAll("tbody tr[data-scope]").forEach(function (row) {
      row.hidden = row.dataset.scope !== difficulty.value ||
        (language.value !== "" && row.dataset.language !== language.value);
    });
  }
  if (language && difficulty) {
    language.addEventListener("change", applyFilters);
    difficulty.addEventListener("change", applyFilters);
    applyFilters();
  }

  // Sorting: click a header to sort by it (numbers descending first, text ascending first); click again
  // to reverse. Empty cells (undefined scores) always sort last.
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headers = table.querySelectorAll("thead th");
    headers.forEach(function (th, index) {
      th.addEventListener("click", function () {
        var numeric = th.dataset.type === "num";
        var current = th.getAttribute("aria-sort");
        var descending = current ? current === "ascending" : numeric;
        headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.querySelectorAll("tr[data-scope]"));
        rows.sort(function (a, b) {
          var x = a.cells[index].dataset.value, y = b.cells[index].dataset.value;
          if (x === "" || y === "") { return (x === "") - (y === ""); }
          var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
          return descending ? -order : order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
