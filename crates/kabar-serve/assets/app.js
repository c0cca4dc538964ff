// kabar dashboard: filter bar, timeline, actor network, map, event list and
// evidence view over the kabar serve API. Plain DOM and SVG, no libraries.
"use strict";

(() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const FILTERS = ["since", "until", "actor", "target", "country", "root", "lang", "text"];
  const QUADS = [
    { id: 1, name: "Verbal cooperation", color: "#91cf60" },
    { id: 2, name: "Material cooperation", color: "#1a9850" },
    { id: 3, name: "Verbal conflict", color: "#fc8d59" },
    { id: 4, name: "Material conflict", color: "#d73027" },
  ];
  // CAMEO roots with their labels and the PLOVER categories their codes map to.
  const ROOTS = [
    ["01", "Make public statement", ""], ["02", "Appeal", ""], ["03", "Express intent to cooperate", "AGREE"],
    ["04", "Consult", "CONSULT"], ["05", "Engage in diplomatic cooperation", "SUPPORT"],
    ["06", "Engage in material cooperation", "COOPERATE"], ["07", "Provide aid", "AID"],
    ["08", "Yield", "CONCEDE, RETREAT"], ["09", "Investigate", "ACCUSE"], ["10", "Demand", "REQUEST"],
    ["11", "Disapprove", "ACCUSE"], ["12", "Reject", "REJECT"], ["13", "Threaten", "THREATEN"],
    ["14", "Protest", "PROTEST"], ["15", "Exhibit force posture", "MOBILIZE"],
    ["16", "Reduce relations", "SANCTION, COERCE"], ["17", "Coerce", "COERCE, ASSAULT"],
    ["18", "Assault", "ASSAULT"], ["19", "Fight", "COERCE, ASSAULT"], ["20", "Use unconventional mass violence", "ASSAULT"],
  ];
  const LIST_LIMIT = 50;
  const SELECTION_LIMIT = 200;
  const MAP_BOX = { west: -180, east: 180, north: 84, south: -60 };

  const $ = (selector) => document.querySelector(selector);
  const state = {
    filters: {},
    selection: null, // {kind, label, params, keep(event), mark}
    events: [],
    cursor: null,
    eventId: null,
    generation: 0,
    timeline: null,
    network: null,
    layout: null,
    map: null,
    world: null,
    countryNames: new Map(),
  };

  // ---------- small helpers ----------

  /** An HTML element with attributes and children (strings become text). */
  function h(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  /** An SVG element with attributes and children. */
  function s(tag, attrs = {}, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.setAttribute("class", value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  /** A <title> child: the tooltip of an SVG mark. */
  const tip = (text) => s("title", {}, text);

  /** Makes a mark act as a button: focusable, Enter/Space activate it. */
  function actionable(node, label, action) {
    node.setAttribute("tabindex", "0");
    node.setAttribute("role", "button");
    node.setAttribute("aria-label", label);
    node.addEventListener("click", action);
    node.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        action(event);
      }
    });
    return node;
  }

  const fmt = (n) => Number(n).toLocaleString("en-US");
  const round1 = (x) => (Math.round(Number(x) * 10) / 10).toFixed(1);

  /** Colour of a Goldstein score: red (−10) through olive (0) to green (+10). */
  function goldsteinColor(value) {
    const g = Math.max(-10, Math.min(10, Number(value) || 0));
    const hue = ((g + 10) / 20) * 130;
    return `hsl(${hue.toFixed(0)} 65% ${g > -3 && g < 3 ? 40 : 42}%)`;
  }

  const quadOf = (id) => QUADS.find((q) => q.id === Number(id)) || QUADS[0];

  /** A query string from an object, empty values left out. */
  function query(params) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== null && value !== "") search.set(key, value);
    }
    const text = search.toString();
    return text ? `?${text}` : "";
  }

  /** GET a JSON endpoint; throws an Error carrying the API's message. */
  async function getJSON(path, params = {}) {
    const response = await fetch(path + query(params), { headers: { accept: "application/json" } });
    let body = null;
    try {
      body = await response.json();
    } catch (_) {
      body = null;
    }
    if (!response.ok) {
      const reason = body && body.error ? body.error : `${response.status} ${response.statusText}`;
      throw new Error(`${path}: ${reason}`);
    }
    if (body === null) throw new Error(`${path}: the answer was not JSON`);
    return body;
  }

  /** Notes, next to a chart's title, the filters its endpoint did not apply. */
  function noteIgnored(id, body) {
    const ignored = (body && Array.isArray(body.ignored) ? body.ignored : []).filter(Boolean);
    const note = $(`#${id}`);
    note.textContent = ignored.length ? `not filtered by ${ignored.join(", ")}` : "";
    note.title = ignored.length ? "The aggregate behind this chart has no such column; the event list applies every filter." : "";
  }

  function showMessage(text) {
    const box = $("#message");
    box.textContent = text;
    box.hidden = !text;
  }

  function parseDate(text) {
    return new Date(`${text}T00:00:00Z`);
  }

  function isoDate(date) {
    return date.toISOString().slice(0, 10);
  }

  function addDays(text, days) {
    const date = parseDate(text);
    date.setUTCDate(date.getUTCDate() + days);
    return isoDate(date);
  }

  function dayCount(from, to) {
    return Math.round((parseDate(to) - parseDate(from)) / 86400000);
  }

  /** Nice round whole-number tick values from 0 to at least max. */
  function ticks(max, count = 4) {
    if (max <= 0) return [0];
    const raw = max / count;
    const power = 10 ** Math.floor(Math.log10(raw));
    const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((m) => m >= raw) || raw);
    const out = [];
    for (let v = 0; v <= max + step * 0.001; v += step) out.push(Math.round(v * 1e6) / 1e6);
    if (out[out.length - 1] < max) out.push(out[out.length - 1] + step);
    return out;
  }

  function debounce(fn, ms) {
    let timer = null;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), ms);
    };
  }

  // ---------- filters ----------

  function readForm() {
    const form = $("#filters");
    const filters = {};
    for (const name of FILTERS) {
      let value = form.elements[name].value.trim();
      if (name === "actor" || name === "target") value = value.toUpperCase();
      if (value) filters[name] = value;
    }
    return filters;
  }

  function writeForm(filters) {
    const form = $("#filters");
    for (const name of FILTERS) form.elements[name].value = filters[name] || "";
  }

  function filtersFromHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    const filters = {};
    for (const name of FILTERS) {
      const value = params.get(name);
      if (value) filters[name] = value;
    }
    return filters;
  }

  function validate(filters) {
    for (const name of ["since", "until"]) {
      if (filters[name] && !/^\d{4}-\d{2}-\d{2}$/.test(filters[name])) return `“${name}” must be a date (YYYY-MM-DD).`;
    }
    if (filters.since && filters.until && filters.since > filters.until) return "“From” is after “To”.";
    for (const name of ["actor", "target"]) {
      if (filters[name] && !/^[A-Za-z0-9]{1,40}$/.test(filters[name])) return `“${name}” must be a CAMEO actor code: letters and digits, e.g. IRNGOV.`;
    }
    if (filters.country && !/^[A-Za-z]{3}$/.test(filters.country)) return "“country” must be a three-letter code, e.g. IDN.";
    if (filters.root && !/^(0[1-9]|1\d|20)$/.test(filters.root)) return "“root” must be a CAMEO root from 01 to 20.";
    if (filters.lang && !/^(id|en)$/.test(filters.lang)) return "“lang” must be id or en.";
    return "";
  }

  function applyFilters(filters) {
    const problem = validate(filters);
    if (problem) {
      showMessage(problem);
      return;
    }
    state.filters = filters;
    const hash = query(filters).slice(1);
    if (location.hash.slice(1) !== hash) history.replaceState(null, "", hash ? `#${hash}` : location.pathname);
    clearSelection(false);
    refresh();
  }

  function setupFilters() {
    const rootSelect = $("#f-root");
    for (const [code, label, plover] of ROOTS) {
      rootSelect.append(h("option", { value: code }, `${code} ${label}${plover ? ` · ${plover}` : ""}`));
    }
    const form = $("#filters");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      applyFilters(readForm());
    });
    for (const name of ["since", "until", "country", "root", "lang"]) {
      form.elements[name].addEventListener("change", () => applyFilters(readForm()));
    }
    for (const name of ["actor", "target"]) {
      form.elements[name].addEventListener("change", () => applyFilters(readForm()));
      form.elements[name].addEventListener("input", debounce(() => suggestActors(form.elements[name].value), 200));
    }
    $("#f-reset").addEventListener("click", () => {
      writeForm({});
      applyFilters({});
    });
    $("#selection-clear").addEventListener("click", () => clearSelection(true));
    $("#selection-zoom").addEventListener("click", () => {
      const zoom = state.selection && state.selection.zoom;
      if (!zoom) return;
      const filters = { ...state.filters, ...zoom };
      writeForm(filters);
      applyFilters(filters);
    });
    $("#more").addEventListener("click", () => loadEvents(true).catch((error) => showMessage(error.message)));
  }

  async function suggestActors(text) {
    const q = text.trim().toUpperCase();
    if (!/^[A-Z0-9]{1,40}$/.test(q)) return; // the API takes codes only; the filter bar says why on Apply
    try {
      const body = await getJSON("api/actors", { q, limit: 12 });
      const list = $("#actor-options");
      list.replaceChildren(...(body.actors || []).map((actor) =>
        h("option", { value: actor.code }, `${actor.code} · ${fmt(actor.events)} events`)));
    } catch (error) {
      showMessage(error.message);
    }
  }

  function fillCountries() {
    const select = $("#f-country");
    const keep = select.value;
    const entries = [...state.countryNames].sort((a, b) => a[1].localeCompare(b[1]));
    select.replaceChildren(h("option", { value: "" }, "any country"),
      ...entries.map(([code, name]) => h("option", { value: code }, `${name} (${code})`)));
    select.value = keep;
  }

  // ---------- loading ----------

  async function loadHealth() {
    try {
      const health = await getJSON("api/health");
      $("#health").replaceChildren(
        h("strong", {}, fmt(health.events)), " events · ",
        h("strong", {}, fmt(health.mentions)), " mentions · ",
        h("strong", {}, fmt(health.documents)), " documents · v", health.version);
    } catch (error) {
      $("#health").textContent = "API unreachable";
      showMessage(error.message);
    }
  }

  async function loadWorld() {
    try {
      const world = await getJSON("world.json");
      state.world = world.countries || [];
      for (const country of state.world) if (country.id) state.countryNames.set(country.id, country.name);
      fillCountries();
      $("#f-country").value = state.filters.country || "";
    } catch (error) {
      state.world = [];
      showMessage(`Country outlines could not be loaded (${error.message}); the map shows places only.`);
    }
  }

  /** Loads every view for the current filters; answers of an older round are dropped. */
  async function refresh() {
    const generation = ++state.generation;
    const current = () => generation === state.generation;
    showMessage("");
    $("#csv-link").href = `api/events${query({ ...state.filters, format: "csv", limit: 500 })}`;
    const jobs = [
      loadTimeline(current),
      getJSON("api/stats/network", { ...state.filters, limit: 60 }).then((body) => {
        if (!current()) return;
        state.network = body;
        state.layout = null;
        noteIgnored("network-ignored", body);
        drawNetwork();
      }),
      getJSON("api/stats/map", { ...state.filters, limit: 500 }).then((body) => {
        if (!current()) return;
        state.map = body;
        noteIgnored("map-ignored", body);
        drawMap();
      }),
      loadEvents(false),
    ];
    const results = await Promise.allSettled(jobs);
    const failed = results.filter((r) => r.status === "rejected").map((r) => r.reason.message);
    if (failed.length && current()) showMessage(failed.join(" · "));
  }

  /** Loads the timeline in buckets that suit its span: days up to 8 months,
   * the API's weeks up to 3 years, then months and years summed here from
   * the day rows. */
  async function loadTimeline(current) {
    let body = await getJSON("api/stats/timeline", { ...state.filters, bucket: "day" });
    const dayRows = body.rows;
    const focus = focusRange(dayRows);
    const span = focus ? dayCount(focus.first, focus.last) : 0;
    if (span > 3 * 366) {
      body = { ...body, bucket: span > 20 * 366 ? "year" : "month" };
      body.rows = sumRows(dayRows, body.bucket);
    } else if (span > 240) {
      body = await getJSON("api/stats/timeline", { ...state.filters, bucket: "week" });
    }
    if (focus && focus.trimmed) {
      // Years-away stragglers (a date read from "in 1938") go into an
      // "earlier" or "later" bar instead of stretching the axis.
      const start = bucketStart(focus.first, body.bucket);
      const end = addDays(nextBucket(bucketStart(focus.last, body.bucket), body.bucket), -1);
      const dates = dayRows.map((r) => r.date).sort();
      const inside = body.rows.filter((r) => r.date >= start && r.date <= end);
      const before = dayRows.filter((r) => r.date < start);
      const after = dayRows.filter((r) => r.date > end);
      const edge = (rows, since, until, kind) => rows.length
        ? { since, until, kind, rows: sumRows(rows.map((r) => ({ ...r, date: since })), "day") } : null;
      body = {
        ...body, rows: inside,
        earlier: edge(before, dates[0], addDays(start, -1), "earlier"),
        later: edge(after, addDays(end, 1), dates[dates.length - 1], "later"),
      };
      body.rows = body.rows.concat(body.earlier ? body.earlier.rows : [], body.later ? body.later.rows : []);
    }
    if (!current()) return;
    state.timeline = body;
    noteIgnored("timeline-ignored", body);
    drawTimeline();
  }

  /** The dates holding the middle 96% of events; `trimmed` when leaving out
   * the rest shortens the axis to less than a third. */
  function focusRange(rows) {
    if (!rows.length) return null;
    const perDate = new Map();
    for (const r of rows) perDate.set(r.date, (perDate.get(r.date) || 0) + (Number(r.events) || 0));
    const dates = [...perDate.keys()].sort();
    const total = [...perDate.values()].reduce((n, v) => n + v, 0);
    let seen = 0;
    let first = dates[0];
    let last = dates[dates.length - 1];
    let foundFirst = false;
    for (const d of dates) {
      seen += perDate.get(d);
      if (!foundFirst && seen > total * 0.02) {
        first = d;
        foundFirst = true;
      }
      if (seen >= total * 0.98) {
        last = d;
        break;
      }
    }
    const full = dayCount(dates[0], dates[dates.length - 1]);
    const trimmed = full > 60 && dayCount(first, last) * 3 < full;
    return trimmed ? { first, last, trimmed } : { first: dates[0], last: dates[dates.length - 1], trimmed: false };
  }

  /** Day rows summed into months or years (mean Goldstein weighted by events). */
  function sumRows(rows, bucket) {
    const sums = new Map();
    for (const row of rows) {
      const date = bucketStart(row.date, bucket);
      const key = `${date}/${row.quad_class}`;
      const sum = sums.get(key) || { date, quad_class: Number(row.quad_class), events: 0, mentions: 0, goldstein_sum: 0 };
      sum.events += Number(row.events) || 0;
      sum.mentions += Number(row.mentions) || 0;
      sum.goldstein_sum += (Number(row.goldstein_mean) || 0) * (Number(row.events) || 0);
      sums.set(key, sum);
    }
    return [...sums.values()].map((r) => ({
      date: r.date, quad_class: r.quad_class, events: r.events, mentions: r.mentions,
      goldstein_mean: r.events ? r.goldstein_sum / r.events : 0,
    }));
  }

  /** The first day of the week (Monday), month or year of a date. */
  function bucketStart(date, bucket) {
    if (bucket === "week") {
      const d = parseDate(date);
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return isoDate(d);
    }
    if (bucket === "month") return `${date.slice(0, 7)}-01`;
    if (bucket === "year") return `${date.slice(0, 4)}-01-01`;
    return date;
  }

  /** The first day of the bucket after the one starting at `date`. */
  function nextBucket(date, bucket) {
    if (bucket === "week") return addDays(date, 7);
    if (bucket === "month") {
      const d = parseDate(date);
      d.setUTCMonth(d.getUTCMonth() + 1);
      return isoDate(d);
    }
    if (bucket === "year") return `${String(Number(date.slice(0, 4)) + 1).padStart(4, "0")}-01-01`;
    return addDays(date, 1);
  }

  /** How a bucket is named on the axis. */
  function bucketLabel(date, bucket) {
    if (bucket === "month") return date.slice(0, 7);
    if (bucket === "year") return date.slice(0, 4);
    return date;
  }

  // ---------- timeline ----------

  function drawTimeline() {
    const box = $("#timeline");
    const body = state.timeline;
    const rows = (body && body.rows) || [];
    const bucket = (body && body.bucket) || "day";
    $("#timeline-sub").textContent = rows.length
      ? `${fmt(rows.reduce((n, r) => n + r.events, 0))} events per ${bucket} by QuadClass`
      : "";
    if (!rows.length) {
      box.replaceChildren(h("p", { class: "empty" }, "No events match these filters."));
      return;
    }
    const byDate = new Map();
    for (const row of rows) {
      if (!byDate.has(row.date)) byDate.set(row.date, new Map());
      byDate.get(row.date).set(Number(row.quad_class), row);
    }
    const edges = new Map([body.earlier, body.later].filter(Boolean).map((e) => [e.since, e]));
    const sorted = [...byDate.keys()].filter((d) => !edges.has(d)).sort();
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    const grid = [];
    for (let d = first; sorted.length && d <= last && grid.length < 5000; d = nextBucket(d, bucket)) grid.push(d);
    const days = [...new Set([...grid, ...sorted])].sort(); // buckets off the grid kept too
    if (body.earlier) days.unshift(body.earlier.since);
    if (body.later) days.push(body.later.since);
    const totals = days.map((d) => [...(byDate.get(d) || new Map()).values()].reduce((n, r) => n + r.events, 0));
    const max = Math.max(1, ...totals);
    const yTicks = ticks(max);
    const top = yTicks[yTicks.length - 1];

    const width = Math.max(320, box.clientWidth || 800);
    const height = 230;
    const m = { left: 42, right: 12, top: 10, bottom: 26 };
    const plotW = width - m.left - m.right;
    const plotH = height - m.top - m.bottom;
    const slot = plotW / days.length;
    const barW = Math.max(1, Math.min(40, slot * 0.82));
    const y = (v) => m.top + plotH - (v / top) * plotH;

    const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, height, role: "group", "aria-label": `Events per ${bucket} by QuadClass` });
    const axis = s("g", { class: "axis" });
    for (const t of yTicks) {
      axis.append(s("line", { class: "gridline", x1: m.left, x2: width - m.right, y1: y(t), y2: y(t) }));
      axis.append(s("text", { x: m.left - 6, y: y(t) + 4, "text-anchor": "end" }, fmt(t)));
    }
    axis.append(s("line", { x1: m.left, x2: width - m.right, y1: y(0), y2: y(0) }));
    const every = Math.max(1, Math.ceil((bucket === "year" ? 44 : bucket === "month" ? 64 : 78) / slot));
    days.forEach((d, i) => {
      if (i % every !== 0 && !edges.has(d)) return;
      const x = m.left + slot * (i + 0.5);
      axis.append(s("line", { x1: x, x2: x, y1: y(0), y2: y(0) + 4 }));
      const edge = edges.get(d);
      axis.append(s("text", { x, y: height - 8, "text-anchor": "middle", class: edge ? "edge-label" : null },
        edge ? (edge.kind === "earlier" ? "earlier" : "later") : bucketLabel(d, bucket)));
    });
    svg.append(axis);

    const bars = s("g", { class: state.selection && state.selection.kind === "day" ? "bars dim" : "bars" });
    days.forEach((d, i) => {
      let base = 0;
      const x = m.left + slot * i + (slot - barW) / 2;
      for (const quad of QUADS) {
        const row = byDate.get(d) && byDate.get(d).get(quad.id);
        if (!row || row.events <= 0) continue;
        const y0 = y(base);
        const y1 = y(base + row.events);
        base += row.events;
        const edge = edges.get(d);
        const until = edge ? edge.until : addDays(nextBucket(d, bucket), -1);
        const period = edge ? `${edge.kind}: ${d} to ${until}` : bucket === "day" ? d : `${bucketLabel(d, bucket)} (${bucket} ${d} to ${until})`;
        const label = `${period}: ${fmt(row.events)} ${quad.name.toLowerCase()} event${row.events === 1 ? "" : "s"}, mean Goldstein ${round1(row.goldstein_mean)}`;
        const selected = state.selection && state.selection.kind === "day" && state.selection.date === d && state.selection.quad === quad.id;
        const rect = s("rect", {
          class: selected ? "bar selected" : "bar", x: x.toFixed(2), y: y1.toFixed(2), width: barW.toFixed(2),
          height: Math.max(0.5, y0 - y1).toFixed(2), fill: quad.color,
          "data-date": d, "data-until": until, "data-quad": quad.id, "data-events": row.events, "data-bucket": bucket,
        }, tip(label));
        bars.append(actionable(rect, label, () => selectPeriod(d, until, quad.id, edge ? "range" : bucket)));
      }
    });
    svg.append(bars);
    box.replaceChildren(svg);
  }

  function selectPeriod(date, until, quad, bucket) {
    const name = quadOf(quad).name.toLowerCase();
    select({
      kind: "day", date, quad, until,
      label: `${name} ${bucket === "day" ? `on ${date}` : bucket === "range" ? `from ${date} to ${until}` : `in the ${bucket} ${bucketLabel(date, bucket)} (${date} to ${until})`}`,
      params: { since: date, until },
      keep: (event) => Number(event.quad_class) === Number(quad),
      zoom: bucket === "day" ? null : { since: date, until },
    });
  }

  // ---------- network ----------

  /** Node radius in pixels, from its share of the busiest node's events. */
  const nodeRadius = (share) => 5 + 12 * Math.sqrt(share);
  /** Width of a node's label in pixels (11.5px bold capitals). */
  const labelWidth = (id) => 8 * String(id).length + 6;

  /** A force-directed layout in a width × height pixel box: repulsion between
   * nearby nodes, springs along edges (stronger for more events), a pull to the
   * centre, then no two nodes or labels overlapping. Deterministic. */
  function layoutNetwork(body, width, height) {
    const raw = (body.nodes || []).map((n) => ({ id: n.id, events: Number(n.events) || 0 }));
    const maxEvents = Math.max(1, ...raw.map((n) => n.events));
    const nodes = raw.map((n) => ({ ...n, r: nodeRadius(n.events / maxEvents), label: labelWidth(n.id) }));
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    const edges = (body.edges || []).filter((e) => index.has(e.source) && index.has(e.target));
    const count = nodes.length;
    if (!count) return { nodes, edges, index };
    // Start on a circle, busiest first.
    const order = nodes.map((n, i) => i).sort((p, q) => nodes[q].events - nodes[p].events || (nodes[p].id < nodes[q].id ? -1 : 1));
    order.forEach((i, k) => {
      const angle = (2 * Math.PI * k) / count;
      nodes[i].x = width / 2 + width * 0.35 * Math.cos(angle);
      nodes[i].y = height / 2 + height * 0.35 * Math.sin(angle);
    });
    if (count > 1) {
      const maxEdge = Math.max(1, ...edges.map((e) => Number(e.events) || 0));
      const k = Math.sqrt((width * height) / count) * 0.6;
      const cutoff2 = (3 * k) * (3 * k);
      let temperature = width / 8;
      for (let it = 0; it < 400; it++) {
        const dx = new Float64Array(count);
        const dy = new Float64Array(count);
        for (let i = 0; i < count; i++) {
          for (let j = i + 1; j < count; j++) {
            let ex = nodes[i].x - nodes[j].x;
            let ey = nodes[i].y - nodes[j].y;
            let d2 = ex * ex + ey * ey;
            if (d2 < 1e-6) {
              ex = i - j;
              ey = 1;
              d2 = ex * ex + ey * ey;
            }
            if (d2 > cutoff2) continue; // far groups do not push each other off the canvas
            const force = (k * k) / d2;
            dx[i] += ex * force;
            dy[i] += ey * force;
            dx[j] -= ex * force;
            dy[j] -= ey * force;
          }
        }
        for (const e of edges) {
          const p = index.get(e.source);
          const q = index.get(e.target);
          if (p === q) continue;
          const ex = nodes[p].x - nodes[q].x;
          const ey = nodes[p].y - nodes[q].y;
          const d = Math.sqrt(ex * ex + ey * ey) || 1e-6;
          const weight = 0.5 + Math.log1p(Number(e.events) || 0) / Math.log1p(maxEdge);
          const force = (d / k) * weight;
          dx[p] -= ex * force;
          dy[p] -= ey * force;
          dx[q] += ex * force;
          dy[q] += ey * force;
        }
        for (let i = 0; i < count; i++) {
          dx[i] += (width / 2 - nodes[i].x) * 0.5;
          dy[i] += (height / 2 - nodes[i].y) * 0.5 * (width / height);
          const length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
          const move = Math.min(length, temperature);
          nodes[i].x += (dx[i] / length) * move;
          nodes[i].y += (dy[i] / length) * move;
        }
        temperature = Math.max(0.5, temperature * 0.985);
      }
    }
    fit(nodes, width, height);
    for (let pass = 0; pass < 60 && separate(nodes); pass++) fit(nodes, width, height);
    return { nodes, edges, index };
  }

  /** Scales positions into the box, leaving room for radii and labels. */
  function fit(nodes, width, height) {
    if (nodes.length === 1) {
      nodes[0].x = width / 2;
      nodes[0].y = height / 2;
      return;
    }
    const left = Math.min(...nodes.map((n) => n.x - n.r));
    const right = Math.max(...nodes.map((n) => n.x + n.r + n.label));
    const top = Math.min(...nodes.map((n) => n.y - n.r));
    const bottom = Math.max(...nodes.map((n) => n.y + n.r));
    const sx = Math.min(1.5, (width - 8) / Math.max(1, right - left));
    const sy = Math.min(1.5, (height - 8) / Math.max(1, bottom - top));
    // Centre what does not fill the box.
    const offsetX = Math.max(4, (width - (right - left) * sx) / 2);
    const offsetY = Math.max(4, (height - (bottom - top) * sy) / 2);
    for (const n of nodes) {
      n.x = offsetX + (n.x - left) * sx + n.r * (1 - sx);
      n.y = offsetY + (n.y - top) * sy + n.r * (1 - sy);
    }
  }

  /** Moves apart every two nodes whose discs-with-labels (a box from the
   * disc's left edge to the end of its label) overlap; true if any moved. */
  function separate(nodes) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        const [l, r] = a.x <= b.x ? [a, b] : [b, a];
        const overlapX = l.x + l.r + l.label + 2 - (r.x - r.r);
        const overlapY = Math.max(a.r, 7) + Math.max(b.r, 7) + 2 - Math.abs(a.y - b.y);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        if (overlapY < overlapX) {
          const [u, d] = a.y <= b.y ? [a, b] : [b, a];
          u.y -= overlapY / 2 + 0.5;
          d.y += overlapY / 2 + 0.5;
        } else {
          l.x -= overlapX / 2 + 0.5;
          r.x += overlapX / 2 + 0.5;
        }
      }
    }
    return moved;
  }

  function drawNetwork() {
    const box = $("#network");
    const width = Math.max(300, box.clientWidth || 600);
    const count = state.network && state.network.nodes ? state.network.nodes.length : 0;
    // Wide panels are 0.62 as high as wide; narrow ones grow with the actors.
    const height = Math.round(Math.max(320, Math.min(520, Math.max(width * 0.62, Math.sqrt(count) * 62))));
    if (state.network && (!state.layout || state.layout.width !== width)) {
      state.layout = { ...layoutNetwork(state.network, width, height), width };
    }
    const layout = state.layout;
    if (!layout || !layout.nodes.length) {
      $("#network-sub").textContent = "";
      box.replaceChildren(h("p", { class: "empty" }, "No dyads match these filters."));
      return;
    }
    const { nodes, edges, index } = layout;
    $("#network-sub").textContent = `${fmt(nodes.length)} actors · ${fmt(edges.length)} dyads`;
    const maxEdge = Math.max(1, ...edges.map((e) => Number(e.events) || 0));
    const radius = (n) => n.r;
    const px = (n) => n.x;
    const py = (n) => n.y;

    const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, height, role: "group", "aria-label": "Actor network" });
    const defs = s("defs");
    const markers = new Map();
    const markerFor = (color, size) => {
      const key = `${color}/${size}`;
      if (!markers.has(key)) {
        const id = `arrow-${markers.size}`;
        markers.set(key, id);
        defs.append(s("marker", { id, viewBox: "0 0 10 10", refX: 8, refY: 5, markerWidth: size, markerHeight: size, orient: "auto", markerUnits: "userSpaceOnUse" },
          s("path", { d: "M0,0 L10,5 L0,10 z", fill: color })));
      }
      return markers.get(key);
    };
    svg.append(defs);

    const edgeLayer = s("g", { class: "edges" });
    const sortedEdges = [...edges].sort((a, b) => (Number(a.events) || 0) - (Number(b.events) || 0));
    for (const e of sortedEdges) {
      const a = nodes[index.get(e.source)];
      const b = nodes[index.get(e.target)];
      const events = Number(e.events) || 0;
      const strokeWidth = 1.6 + 6 * Math.sqrt(events / maxEdge);
      const color = goldsteinColor(e.goldstein_mean);
      const quantized = goldsteinColor(Math.round(Number(e.goldstein_mean) / 2) * 2);
      let d;
      if (a === b) {
        const x = px(a);
        const y = py(a) - radius(a);
        d = `M${x - 6},${y + 2} C${x - 22},${y - 30} ${x + 22},${y - 30} ${x + 6},${y + 2}`;
      } else {
        // Curve every edge to its left so A→B and B→A do not overlap.
        const x1 = px(a);
        const y1 = py(a);
        const x2 = px(b);
        const y2 = py(b);
        const dx = x2 - x1;
        const dy = y2 - y1;
        const length = Math.sqrt(dx * dx + dy * dy) || 1;
        const bend = Math.min(40, length * 0.18);
        const cx = (x1 + x2) / 2 + (-dy / length) * bend;
        const cy = (y1 + y2) / 2 + (dx / length) * bend;
        // Stop the arrow at the target's rim.
        const tx = x2 - cx;
        const ty = y2 - cy;
        const tl = Math.sqrt(tx * tx + ty * ty) || 1;
        const ex = x2 - (tx / tl) * (radius(b) + 2);
        const ey = y2 - (ty / tl) * (radius(b) + 2);
        d = `M${x1.toFixed(1)},${y1.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
      }
      const label = `${e.source} → ${e.target}: ${fmt(events)} event${events === 1 ? "" : "s"}, ${fmt(e.mentions)} mentions, mean Goldstein ${round1(e.goldstein_mean)}`;
      const selected = state.selection && state.selection.kind === "dyad" && state.selection.source === e.source && state.selection.target === e.target;
      const group = s("g", {
        class: selected ? "edge selected" : "edge", "data-source": e.source, "data-target": e.target,
        "data-events": events, "data-goldstein": round1(e.goldstein_mean),
      }, tip(label),
      s("path", { class: "hit", d }),
      s("path", { class: "line", d, stroke: color, "stroke-width": strokeWidth.toFixed(2), "marker-end": a === b ? null : `url(#${markerFor(quantized, Math.round(strokeWidth * 1.6 + 7))})` }));
      edgeLayer.append(actionable(group, label, () => selectDyad(e.source, e.target)));
    }
    svg.append(edgeLayer);

    const nodeLayer = s("g", { class: "nodes" });
    for (const n of [...nodes].sort((p, q) => p.events - q.events)) {
      const r = radius(n);
      const label = `${n.id}: ${fmt(n.events)} events — show what ${n.id} did`;
      const selected = state.selection && state.selection.kind === "actor" && state.selection.code === n.id;
      const right = px(n) + n.r + n.label <= width;
      const group = s("g", { class: selected ? "node selected" : "node", "data-node": n.id, transform: `translate(${px(n).toFixed(1)},${py(n).toFixed(1)})` },
        tip(label), s("circle", { r: r.toFixed(1) }),
        s("text", { x: right ? r + 3 : -(r + 3), y: 4, "text-anchor": right ? "start" : "end" }, n.id));
      nodeLayer.append(actionable(group, label, () => selectActor(n.id)));
    }
    svg.append(nodeLayer);
    box.replaceChildren(svg);
  }

  function selectDyad(source, target) {
    select({
      kind: "dyad", source, target, label: `${source} → ${target}`,
      params: { actor: source, target },
      keep: () => true,
    });
  }

  function selectActor(code) {
    select({ kind: "actor", code, label: `what ${code} did`, params: { actor: code }, keep: () => true });
  }

  // ---------- map ----------

  const mx = (lon) => lon;
  const my = (lat) => -lat;

  function ringPath(ring) {
    let d = "";
    for (let i = 0; i + 1 < ring.length; i += 2) d += `${i ? "L" : "M"}${mx(ring[i])},${my(ring[i + 1])}`;
    return `${d}Z`;
  }

  function drawMap() {
    const box = $("#map");
    const points = (state.map && state.map.points) || [];
    const total = points.reduce((n, p) => n + (Number(p.events) || 0), 0);
    $("#map-sub").textContent = points.length ? `${fmt(points.length)} places · ${fmt(total)} events` : "";
    const w = MAP_BOX.east - MAP_BOX.west;
    const hgt = MAP_BOX.north - MAP_BOX.south;
    const svg = s("svg", {
      viewBox: `${MAP_BOX.west} ${-MAP_BOX.north} ${w} ${hgt}`, preserveAspectRatio: "xMidYMid meet",
      role: "group", "aria-label": "Map of event locations", style: `aspect-ratio: ${w} / ${hgt}`,
    });
    const grat = s("g", { class: "graticules", "aria-hidden": "true" });
    for (let lon = -150; lon <= 150; lon += 30) grat.append(s("line", { class: "graticule", x1: lon, x2: lon, y1: -MAP_BOX.north, y2: -MAP_BOX.south }));
    for (let lat = -60; lat <= 80; lat += 20) grat.append(s("line", { class: "graticule", x1: MAP_BOX.west, x2: MAP_BOX.east, y1: my(lat), y2: my(lat) }));
    svg.append(grat);

    const active = new Set(points.map((p) => p.country).filter(Boolean));
    const land = s("g", { class: "land" });
    for (const country of state.world || []) {
      const d = country.polygons.map((polygon) => polygon.map(ringPath).join("")).join("");
      if (!d) continue;
      const classes = ["country"];
      if (country.id && active.has(country.id)) classes.push("has-events");
      if (country.id && state.filters.country === country.id) classes.push("filtered");
      const path = s("path", { class: classes.join(" "), d, "fill-rule": "evenodd", "data-country": country.id || null },
        tip(country.id ? `${country.name} (${country.id}) — click to filter` : country.name));
      if (country.id) {
        path.addEventListener("click", () => {
          const filters = { ...state.filters };
          if (filters.country === country.id) delete filters.country;
          else filters.country = country.id;
          writeForm(filters);
          applyFilters(filters);
        });
      }
      land.append(path);
    }
    svg.append(land);

    const maxEvents = Math.max(1, ...points.map((p) => Number(p.events) || 0));
    const dots = s("g", { class: "dots" });
    const sorted = [...points].filter((p) => Number.isFinite(Number(p.lat)) && Number.isFinite(Number(p.lon)))
      .sort((a, b) => b.events - a.events);
    for (const p of sorted) {
      const r = 1.1 + 4.2 * Math.sqrt((Number(p.events) || 0) / maxEvents);
      const label = `${p.name}${p.country ? ` (${p.country})` : ""}: ${fmt(p.events)} event${p.events === 1 ? "" : "s"}, ${fmt(p.mentions)} mentions`;
      const selected = state.selection && state.selection.kind === "place" && state.selection.name === p.name && state.selection.country === p.country;
      const circle = s("circle", {
        class: selected ? "dot selected" : "dot", cx: mx(Number(p.lon)), cy: my(Number(p.lat)), r: r.toFixed(2),
        "data-name": p.name, "data-country": p.country || null, "data-events": p.events,
      }, tip(label));
      dots.append(actionable(circle, label, () => selectPlace(p)));
    }
    svg.append(dots);
    const top = sorted.slice(0, 6).map((p) => {
      const label = `${p.name}${p.country ? ` (${p.country})` : ""}: ${fmt(p.events)} events`;
      const selected = state.selection && state.selection.kind === "place" && state.selection.name === p.name && state.selection.country === p.country;
      const item = h("li", { class: selected ? "place selected" : "place", "data-name": p.name },
        h("span", { class: "place-name" }, p.name, p.country ? h("span", { class: "code" }, ` ${p.country}`) : null),
        h("span", { class: "place-bar", "aria-hidden": "true" },
          h("span", { style: `width:${((100 * (Number(p.events) || 0)) / maxEvents).toFixed(1)}%` })),
        h("span", { class: "place-count" }, fmt(p.events)));
      return actionable(item, label, () => selectPlace(p));
    });
    box.replaceChildren(svg, top.length ? h("ol", { class: "places", "aria-label": "Places with most events" }, top) : null);
  }

  function selectPlace(point) {
    select({
      kind: "place", name: point.name, country: point.country || null,
      label: `in ${point.name}${point.country ? ` (${point.country})` : ""}`,
      params: point.country ? { country: point.country } : {},
      keep: (event) => !!event.location && event.location.name === point.name,
    });
  }

  // ---------- selection and event list ----------

  function select(selection) {
    state.selection = selection;
    $("#selection").hidden = false;
    $("#selection-label").textContent = `Showing events: ${selection.label}`;
    $("#selection-zoom").hidden = !selection.zoom;
    drawTimeline();
    drawNetwork();
    drawMap();
    loadEvents(false, true).catch((error) => showMessage(error.message));
  }

  function clearSelection(reload) {
    const had = state.selection !== null;
    state.selection = null;
    $("#selection").hidden = true;
    if (had && reload) {
      drawTimeline();
      drawNetwork();
      drawMap();
      loadEvents(false).catch((error) => showMessage(error.message));
    }
  }

  /** Fills the event list (or appends the next page); with showFirst the
   * first event's evidence opens at once. */
  async function loadEvents(more, showFirst = false) {
    const selection = state.selection;
    const params = { ...state.filters, ...(selection ? selection.params : {}) };
    params.limit = selection ? SELECTION_LIMIT : LIST_LIMIT;
    if (more && state.cursor) params.cursor = state.cursor;
    const generation = state.generation;
    // A selection keeps some events of a page (a QuadClass of a day, a place
    // of a country): read on, a few pages at most, until some are kept.
    let page = [];
    let cursor = null;
    for (let round = 0; round < 5; round++) {
      const body = await getJSON("api/events", params);
      if (generation !== state.generation || selection !== state.selection) return;
      page = page.concat((body.events || []).filter((event) => !selection || selection.keep(event)));
      cursor = body.next_cursor || null;
      if (page.length || !cursor) break;
      params.cursor = cursor;
    }
    state.events = more ? state.events.concat(page) : page;
    state.cursor = cursor;
    drawEvents();
    if (showFirst) {
      if (state.events.length) await showEvidence(state.events[0].id);
      else $("#evidence").replaceChildren(h("p", { class: "empty" }, "No event of this selection passes the filters."));
    }
  }

  function dyadCell(event) {
    const source = event.source ? event.source.code : "—";
    const target = event.target ? event.target.code : "—";
    const names = [event.first && event.first.source && event.first.source.name, event.first && event.first.target && event.first.target.name]
      .map((n) => n || "").filter(Boolean);
    return h("td", { class: "dyad" },
      h("span", { class: "code" }, source), " → ", h("span", { class: "code" }, target),
      names.length ? h("span", { class: "names" }, names.join(" → ")) : null);
  }

  function excerpt(text, max = 150) {
    const clean = String(text || "").replace(/\s+/g, " ").trim();
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
  }

  function drawEvents() {
    const tbody = $("#events tbody");
    const rows = state.events.map((event) => {
      const quad = quadOf(event.quad_class);
      const sentence = event.first && event.first.evidence ? event.first.evidence.sentence : "";
      const label = `${event.date}: ${event.source ? event.source.code : "?"} → ${event.target ? event.target.code : "?"}, ${event.label || event.cameo}`;
      const row = h("tr", { class: event.id === state.eventId ? "selected" : null, "data-event-id": event.id },
        h("td", { class: "date" }, event.date),
        dyadCell(event),
        h("td", { class: "what" },
          h("span", { class: "quad-dot", style: `background:${quad.color}`, title: quad.name }),
          event.label || event.cameo, " ", h("span", { class: "code" }, `(${event.cameo})`)),
        h("td", { class: "excerpt" }, excerpt(sentence)));
      return actionable(row, label, () => showEvidence(event.id));
    });
    if (!rows.length) {
      rows.push(h("tr", {}, h("td", { colspan: 4, class: "empty" }, "No events match.")));
    }
    tbody.replaceChildren(...rows);
    $("#more").hidden = !state.cursor;
    $("#events-sub").textContent = `${fmt(state.events.length)}${state.cursor ? "+" : ""} shown`;
  }

  // ---------- evidence ----------

  function sentenceMarks(pieces, record) {
    const names = { source: record && record.source, target: record && record.target };
    return (pieces || []).map((piece) => {
      if (!piece.role) return document.createTextNode(piece.text);
      const actor = names[piece.role];
      const title = piece.role === "trigger" ? "trigger" : `${piece.role}${actor && actor.code ? `: ${actor.code}` : ""}`;
      return h("mark", { class: piece.role, title }, piece.text);
    });
  }

  /** A note for a target the sentence does not name (a domestic act aimed
   * at the country where it happened, or at the source's own country). */
  function inferredTarget(record) {
    const target = record && record.target;
    if (!target || !target.code || (target.text && target.text.trim())) return null;
    return h("p", { class: "inferred-target" },
      `The target ${target.name || target.code} (${target.code}) is not named in this sentence: kabar took it from where the act happened.`);
  }

  async function showEvidence(id) {
    state.eventId = id;
    for (const row of document.querySelectorAll("#events tbody tr")) {
      row.classList.toggle("selected", String(row.dataset.eventId) === String(id));
    }
    const box = $("#evidence");
    box.setAttribute("aria-busy", "true");
    let body;
    try {
      body = await getJSON(`api/events/${encodeURIComponent(id)}`);
    } catch (error) {
      box.removeAttribute("aria-busy");
      box.replaceChildren(h("p", { class: "empty" }, error.message));
      return;
    }
    if (state.eventId !== id) return;
    const event = body.event;
    const quad = quadOf(event.quad_class);
    const source = event.source ? event.source.code : "—";
    const target = event.target ? event.target.code : "—";
    const head = h("div", { class: "ev-head" },
      h("div", { class: "ev-dyad" }, h("span", { class: "code" }, source), " → ", h("span", { class: "code" }, target),
        " · ", event.label || event.cameo),
      h("ul", { class: "ev-facts" },
        h("li", {}, h("strong", {}, event.date)),
        h("li", {}, "CAMEO ", h("strong", {}, event.cameo), event.plover ? [" · PLOVER ", h("strong", {}, event.plover)] : null),
        h("li", {}, h("span", { class: "quad-dot", style: `background:${quad.color}` }), quad.name),
        h("li", {}, "Goldstein ", h("strong", {}, round1(event.goldstein))),
        event.location ? h("li", {}, "in ", h("strong", {}, event.location.name), event.location.country ? ` (${event.location.country})` : "") : null,
        h("li", {}, `${fmt(event.num_mentions)} mention${event.num_mentions === 1 ? "" : "s"} in ${fmt(event.num_articles)} article${event.num_articles === 1 ? "" : "s"}`)));
    const mentions = (body.mentions || []).map((mention, i) => {
      const details = h("details", { class: "fulltext", "data-doc-id": mention.doc_id },
        h("summary", {}, "Full article text"), h("div", { class: "doc-text" }, "Loading…"));
      details.addEventListener("toggle", () => {
        if (details.open && !details.dataset.loaded) loadDocument(details, mention, event.id);
      });
      const title = mention.title || mention.url || mention.doc_id;
      return h("article", { class: "mention", "data-doc-id": mention.doc_id, "data-mention": i },
        h("h3", {}, mention.url ? h("a", { href: mention.url, target: "_blank", rel: "noopener noreferrer" }, title) : title),
        h("p", { class: "meta" }, [mention.site, mention.date, mention.lang].filter(Boolean).join(" · "),
          mention.copied ? h("span", { class: "badge", title: "A near-duplicate of an earlier article" }, "copy") : null),
        h("blockquote", { class: "sentence", lang: mention.lang || null }, sentenceMarks(mention.highlight, mention.record)),
        inferredTarget(mention.record),
        details);
    });
    box.dataset.eventId = event.id;
    box.dataset.shown = String(Number(box.dataset.shown || 0) + 1); // changes on every display, for tests
    box.dataset.source = source;
    box.dataset.target = target;
    box.removeAttribute("aria-busy");
    box.replaceChildren(head, ...(mentions.length ? mentions : [h("p", { class: "empty" }, "No mention is stored for this event.")]));
    // Bring the sentence into view when the panel is below the screen (narrow layouts).
    const panel = $("#evidence-panel").getBoundingClientRect();
    if (panel.top > window.innerHeight - 120) {
      const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      $("#evidence-panel").scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "start" });
    }
  }

  /** Shows a document's text with the event's sentence marked. The store's
   * offsets count characters (code points); a copy whose events were not
   * coded gets the evidence sentence found by its text instead. */
  async function loadDocument(details, mention, eventId) {
    const target = details.querySelector(".doc-text");
    try {
      const doc = await getJSON(`api/documents/${encodeURIComponent(mention.doc_id)}`);
      const chars = Array.from(doc.text || "");
      // An article may report one event in several sentences (all its
      // mentions): the one marked is this mention's own sentence.
      const own = mention.record && mention.record.evidence;
      const isMine = (e) => String(e.event_id) === String(eventId) &&
        (!own || (e.sentence_start === own.start && e.sentence_end === own.end));
      let spans = (doc.events || [])
        .filter((e) => Number.isInteger(e.sentence_start) && Number.isInteger(e.sentence_end) &&
          e.sentence_start >= 0 && e.sentence_start < e.sentence_end && e.sentence_end <= chars.length)
        .map((e) => ({ start: e.sentence_start, end: e.sentence_end, mine: isMine(e) }));
      if (!spans.some((span) => span.mine)) {
        const sentence = (mention.highlight || []).map((piece) => piece.text).join("");
        const at = sentence ? (doc.text || "").indexOf(sentence) : -1;
        if (at >= 0) {
          const start = Array.from(doc.text.slice(0, at)).length;
          spans.push({ start, end: start + Array.from(sentence).length, mine: true });
        }
      }
      spans = spans.sort((a, b) => a.start - b.start || Number(b.mine) - Number(a.mine));
      const parts = [];
      let at = 0;
      for (const span of spans) {
        if (span.start < at) continue; // an overlapping or repeated sentence
        if (span.start > at) parts.push(chars.slice(at, span.start).join(""));
        parts.push(h("span", { class: span.mine ? "this-sentence" : "other-sentence", title: span.mine ? "this event's sentence" : "another event's sentence" },
          chars.slice(span.start, span.end).join("")));
        at = span.end;
      }
      if (at < chars.length) parts.push(chars.slice(at).join(""));
      target.replaceChildren(...parts);
      details.dataset.loaded = "1";
      const mine = target.querySelector(".this-sentence");
      if (mine) target.scrollTop = Math.max(0, mine.offsetTop - target.offsetTop - 40);
    } catch (error) {
      target.textContent = error.message;
    }
  }

  // ---------- start ----------

  function drawLegend() {
    $("#quad-legend").replaceChildren(...QUADS.map((q) =>
      h("li", { "data-quad": q.id }, h("span", { class: "swatch", style: `background:${q.color}` }), q.name)));
  }

  async function start() {
    drawLegend();
    setupFilters();
    state.filters = filtersFromHash();
    writeForm(state.filters);
    loadHealth();
    await loadWorld();
    await refresh();
    let lastWidth = document.body.clientWidth;
    window.addEventListener("resize", debounce(() => {
      if (document.body.clientWidth === lastWidth) return;
      lastWidth = document.body.clientWidth;
      drawTimeline();
      drawNetwork();
    }, 150));
    window.addEventListener("hashchange", () => {
      const filters = filtersFromHash();
      if (query(filters) !== query(state.filters)) {
        writeForm(filters);
        applyFilters(filters);
      }
    });
    document.body.dataset.ready = "1";
  }

  start();
})();
