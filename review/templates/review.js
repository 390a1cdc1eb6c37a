// The review page's behaviour: filters, keyboard, verdicts kept in this browser and exported as CSV.
// Values come from the page (data-* attributes, the JSON block); nothing is fetched, nothing is sent.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("review-data").textContent);
  const storageKey = "council-actions-review:" + data.document_id;
  const rows = Array.from(document.querySelectorAll("article.row"));
  const byKey = new Map(rows.map((row) => [row.dataset.key, row]));
  const $ = (id) => document.getElementById(id);
  let current = -1;

  function loadMarks() {
    let stored = {};
    try { stored = JSON.parse(localStorage.getItem(storageKey) || "{}"); } catch (e) { stored = {}; }
    const marks = Object.assign({}, data.imported);
    for (const [key, mark] of Object.entries(stored)) {
      const before = marks[key];
      if (!before || !before.time || mark.time >= before.time) marks[key] = mark;
    }
    return marks;
  }
  let marks = loadMarks();

  function save() {
    try { localStorage.setItem(storageKey, JSON.stringify(marks)); } catch (e) { /* storage full or disabled: marks live until reload */ }
  }

  function showMark(row) {
    const mark = marks[row.dataset.key];
    row.classList.toggle("verdict-checked", !!mark && mark.verdict === "checked");
    row.classList.toggle("verdict-wrong", !!mark && mark.verdict === "wrong");
    const status = row.querySelector(".status");
    status.textContent = "";
    if (!mark) return;
    status.append(mark.verdict + " " + (mark.time || "").replace("T", " ").slice(0, 16) + (mark.imported ? " (imported)" : ""));
    if (mark.changed) {
      const flag = document.createElement("span");
      flag.className = "changed";
      flag.textContent = " · the source changed since this verdict: check again";
      status.append(flag);
    }
    const comment = row.querySelector(".comment");
    if (document.activeElement !== comment) comment.value = mark.comment || "";
  }

  function mark(row, verdict) {
    const comment = row.querySelector(".comment").value;
    marks[row.dataset.key] = { verdict: verdict, comment: comment, time: new Date().toISOString(),
                               digest: row.dataset.digest, changed: false, imported: false };
    save(); showMark(row); tally();
  }

  function tally() {
    const values = Object.keys(marks).filter((k) => byKey.has(k)).map((k) => marks[k].verdict);
    $("tally").textContent = values.filter((v) => v === "checked").length + " checked · " +
      values.filter((v) => v === "wrong").length + " wrong · " + (rows.length - values.length) + " to do";
  }

  function split(value) { return value ? value.split("|") : []; }

  function applyFilters() {
    const theme = $("f-theme").value, owner = $("f-owner").value, kind = $("f-kind").value, match = $("f-match").value;
    const issuesOnly = $("f-issues").checked, unmarked = $("f-unmarked").checked;
    const actionFilter = owner || kind || match;
    const elementsShown = new Set();
    const passes = (row) => (!theme || row.dataset.theme === theme) &&
      (!issuesOnly || row.dataset.hasIssues !== "0") && (!unmarked || !marks[row.dataset.key]);
    for (const row of rows) {
      if (row.dataset.kind !== "action") continue;
      const show = passes(row) && (!owner || split(row.dataset.owners).includes(owner)) &&
        (!kind || split(row.dataset.kinds).includes(kind)) && (!match || split(row.dataset.matches).includes(match));
      row.hidden = !show;
      if (show) elementsShown.add(row.dataset.element);
    }
    for (const row of rows) {
      if (row.dataset.kind === "action") continue;
      row.hidden = !(passes(row) && (!actionFilter || elementsShown.has(row.dataset.elementId)));
    }
    const visible = rows.filter((row) => !row.hidden).length;
    $("shown").textContent = visible + " of " + rows.length + " rows shown";
  }

  function applyIssueFilters() {
    const code = $("f-issue-code").value, severity = $("f-issue-severity").value;
    for (const item of document.querySelectorAll(".issue-list li")) {
      item.hidden = (code && item.dataset.issue !== code) || (severity && item.dataset.severity !== severity);
    }
  }

  function move(step) {
    const visible = rows.filter((row) => !row.hidden);
    if (!visible.length) return;
    const at = visible.indexOf(rows[current]);
    const next = visible[at < 0 ? (step > 0 ? 0 : visible.length - 1) : Math.min(Math.max(at + step, 0), visible.length - 1)];
    if (rows[current]) rows[current].classList.remove("current");
    current = rows.indexOf(next);
    next.classList.add("current");
    next.scrollIntoView({ block: "start" });
    next.focus({ preventScroll: true });
  }

  function csvField(value) {
    const text = String(value == null ? "" : value);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function exportCsv() {
    const lines = [["row_key", "verdict", "comment", "time", "document", "source_digest"].join(",")];
    const keys = rows.map((row) => row.dataset.key).filter((k) => marks[k]);
    for (const key of keys.concat(Object.keys(marks).filter((k) => !byKey.has(k)).sort())) {
      const m = marks[key];
      lines.push([key, m.verdict, m.comment, m.time, data.source_name, m.digest].map(csvField).join(","));
    }
    const blob = new Blob([lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "verdicts-" + data.source_name.replace(/[^A-Za-z0-9_.-]+/g, "-") + ".csv";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  // A value's pieces: pointing at a value (or its chip) shows which marked characters of the source are its own
  function showField(row, field) {
    row.classList.toggle("showing-field", !!field);
    for (const piece of row.querySelectorAll("mark.piece")) {
      piece.classList.toggle("shown", !!field && piece.dataset.fields.split(" ").includes(field));
    }
    for (const value of row.querySelectorAll("[data-show-field]")) {
      value.classList.toggle("shown", !!field && value.dataset.showField === field);
    }
    row.dataset.showing = field || "";
  }

  for (const row of rows) {
    for (const value of row.querySelectorAll("[data-show-field]")) {
      value.addEventListener("mouseenter", () => showField(row, value.dataset.showField));
      value.addEventListener("mouseleave", () => showField(row, null));
      value.addEventListener("focus", () => showField(row, value.dataset.showField));
      value.addEventListener("blur", () => showField(row, null));
    }
    for (const button of row.querySelectorAll("button[data-verdict]")) {
      button.addEventListener("click", () => mark(row, button.dataset.verdict));
    }
    row.querySelector(".mark-clear").addEventListener("click", () => {
      delete marks[row.dataset.key]; save(); row.querySelector(".comment").value = ""; showMark(row); tally();
    });
    row.querySelector(".comment").addEventListener("change", (event) => {
      const m = marks[row.dataset.key];
      if (m) { m.comment = event.target.value; m.time = new Date().toISOString(); save(); showMark(row); }
    });
    showMark(row);
  }
  for (const id of ["f-theme", "f-owner", "f-kind", "f-match", "f-issues", "f-unmarked"]) $(id).addEventListener("change", applyFilters);
  for (const id of ["f-issue-code", "f-issue-severity"]) $(id).addEventListener("change", applyIssueFilters);
  $("export").addEventListener("click", exportCsv);
  document.addEventListener("keydown", (event) => {
    const typing = event.target.matches("input[type=text], textarea, select");
    if (typing) { if (event.key === "Escape") event.target.blur(); return; }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const row = rows[current];
    if (event.key === "j" || event.key === "n") move(1);
    else if (event.key === "k" || event.key === "p") move(-1);
    else if (row && (event.key === "c" || event.key === "w")) mark(row, event.key === "c" ? "checked" : "wrong");
    else if (row && event.key === "/") { event.preventDefault(); row.querySelector(".comment").focus(); }
    else return;
    event.preventDefault();
  });
  tally();
  applyFilters();
})();
