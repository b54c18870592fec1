// effx report: page switching, leaderboard filters, ranking, search and sortable columns. No dependencies.
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
      var current = a.getAttribute("href") === "#" + target.id ||
        (target.classList.contains("task") && a.getAttribute("href") === "#tasks");
      a.classList.toggle("active", current);
      if (current) { a.setAttribute("aria-current", "page"); } else { a.removeAttribute("aria-current"); }
    });
    window.scrollTo(0, 0);
  }
  window.addEventListener("hashchange", showPage);
  showPage();

  var board = document.getElementById("board");
  var language = document.getElementById("filter-language");
  var difficulty = document.getElementById("filter-difficulty");
  var search = document.getElementById("filter-models");
  var rankBy = document.getElementById("rank-by");

  function cellValue(row, col) {
    var cell = row.querySelector('[data-col="' + col + '"]');
    return cell ? cell.dataset.value : "";
  }
  function rows() {
    return board ? Array.prototype.slice.call(board.tBodies[0].querySelectorAll("tr[data-scope]")) : [];
  }

  // Ranking: sort every scope's rows by the chosen columns (descending; undefined last) and number them,
  // rows with equal keys sharing a rank (1, 2, 2, 4). Ranks count every row of the scope, as in the model.
  function rankKey(row, cols) {
    return cols.map(function (col) {
      var v = cellValue(row, col);
      return v === "" ? -Infinity : Math.round(parseFloat(v) * 1e9) / 1e9;
    });
  }
  function compareKeys(a, b) {
    for (var i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) { return a[i] > b[i] ? -1 : 1; }
    }
    return 0;
  }
  function rank() {
    if (!board || !rankBy) { return; }
    var cols = rankBy.value.split(",");
    var body = board.tBodies[0];
    var scopes = {};
    rows().forEach(function (row) { (scopes[row.dataset.scope] = scopes[row.dataset.scope] || []).push(row); });
    Object.keys(scopes).forEach(function (scope) {
      var list = scopes[scope].map(function (row) { return { row: row, key: rankKey(row, cols) }; });
      list.sort(function (a, b) {
        return compareKeys(a.key, b.key) || a.row.dataset.model.localeCompare(b.row.dataset.model) ||
          a.row.dataset.language.localeCompare(b.row.dataset.language);
      });
      list.forEach(function (item, i) {
        var place = i > 0 && compareKeys(list[i - 1].key, item.key) === 0 ? list[i - 1].place : i + 1;
        item.place = place;
        var cell = item.row.querySelector('[data-col="rank"]');
        cell.dataset.value = place;
        cell.textContent = place;
        body.appendChild(item.row);
      });
    });
    board.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    var caption = board.querySelector("caption");
    if (caption) {
      caption.textContent = "Ranked by " + rankBy.options[rankBy.selectedIndex].text +
        "; rows with equal scores share a rank. Click a column header to sort by it.";
    }
  }

  // Filters: language and the search box hide rows; difficulty selects which scope's scores (and chart) show.
  function applyFilters() {
    if (!board) { return; }
    var text = search ? search.value.trim().toLowerCase() : "";
    rows().forEach(function (row) {
      row.hidden = row.dataset.scope !== difficulty.value ||
        (language.value !== "" && row.dataset.language !== language.value) ||
        (text !== "" && (row.dataset.model + " " + row.dataset.language).toLowerCase().indexOf(text) < 0);
    });
    document.querySelectorAll("figure.board-chart").forEach(function (figure) {
      figure.hidden = figure.dataset.scope !== difficulty.value;
    });
  }
  if (language && difficulty) {
    language.addEventListener("change", applyFilters);
    difficulty.addEventListener("change", applyFilters);
    if (search) { search.addEventListener("input", applyFilters); }
    applyFilters();
  }
  if (rankBy) { rankBy.addEventListener("change", rank); }

  // Task index search: id, title, difficulty and tags.
  var taskSearch = document.getElementById("filter-tasks");
  if (taskSearch) {
    taskSearch.addEventListener("input", function () {
      var text = taskSearch.value.trim().toLowerCase();
      document.querySelectorAll("#task-index tbody tr[data-search]").forEach(function (row) {
        row.hidden = text !== "" && row.dataset.search.indexOf(text) < 0;
      });
    });
  }

  // Sorting: click a header (or press Enter on it) to sort by it (numbers best first: descending, or
  // ascending for lower-is-better columns; text ascending first); again to reverse. Empty cells
  // (undefined scores) always sort last.
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headers = table.querySelectorAll("thead th");
    headers.forEach(function (th, index) {
      th.tabIndex = 0;
      function sort() {
        var numeric = th.dataset.type === "num";
        var best = numeric && th.dataset.order !== "asc" ? "descending" : "ascending";
        var current = th.getAttribute("aria-sort");
        var next = current ? (current === "ascending" ? "descending" : "ascending") : best;
        headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", next);
        var body = table.tBodies[0];
        var list = Array.prototype.slice.call(body.querySelectorAll("tr[data-scope]"));
        list.sort(function (a, b) {
          var x = a.cells[index].dataset.value, y = b.cells[index].dataset.value;
          if (x === "" || y === "") { return (x === "") - (y === ""); }
          var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
          return next === "descending" ? -order : order;
        });
        list.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
      });
    });
  });
})();
