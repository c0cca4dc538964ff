// A stand-in for `kabar serve`, for working on the dashboard without building
// the Rust binary: it serves crates/kabar-serve/assets/, data/world/countries.json
// at /world.json, and fixture JSON shaped as docs in serve-contract (the same
// endpoints and fields as the real API, filters applied the same way).
// The browser test never uses it: it runs the real `kabar demo`.
//
//   node tests/browser/mock-server.mjs [demo] [--bind 127.0.0.1:8080]   (default port 0: a free one)
//
// Prints `kabar: dashboard at http://ADDR/` like `kabar demo` does, so the
// browser test can be tried against it: KABAR_BIN=tests/browser/mock-server.mjs.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const assets = resolve(root, "crates/kabar-serve/assets");

const LABELS = {
  "010": "Make statement", "020": "Appeal", "036": "Express intent to meet or negotiate",
  "040": "Consult", "042": "Make a visit", "043": "Host a visit", "051": "Praise or endorse",
  "057": "Sign formal agreement", "061": "Cooperate economically", "070": "Provide aid",
  "112": "Accuse", "120": "Reject", "130": "Threaten", "141": "Demonstrate or rally",
  "163": "Impose embargo, boycott, or sanctions", "173": "Arrest, detain, or charge with legal action",
  "190": "Use conventional military force", "193": "Fight with small arms and light weapons",
  "195": "Employ aerial weapons",
};
const PLOVER = { "01": null, "02": null, "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
  "07": "AID", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "16": "SANCTION",
  "17": "COERCE", "19": "ASSAULT" };
const QUAD = (root) => {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 14 ? 3 : 4;
};
const GOLDSTEIN = { "010": 0, "020": 3, "036": 4, "040": 1, "042": 1.9, "043": 2.8, "051": 3.4, "057": 8,
  "061": 6.4, "070": 7, "112": -2, "120": -4, "130": -4.4, "141": -6.5, "163": -8, "173": -5, "190": -10,
  "193": -10, "195": -10 };
const PLACES = {
  Moscow: ["RUS", 55.75, 37.62], Tehran: ["IRN", 35.69, 51.42], Jakarta: ["IDN", -6.21, 106.85],
  Gaza: ["PSE", 31.5, 34.47], Washington: ["USA", 38.9, -77.04], Damascus: ["SYR", 33.51, 36.29],
  Beijing: ["CHN", 39.91, 116.4], Kyiv: ["UKR", 50.45, 30.52], "New York": ["USA", 40.71, -74.01],
  Jerusalem: ["ISR", 31.77, 35.22], Riyadh: ["SAU", 24.69, 46.72], Brussels: ["BEL", 50.85, 4.35],
};
// date, source [code, text], target [code, text], cameo, trigger, place, lang, sentence
const ROWS = [
  ["2023-02-01", ["IRNGOV", "Ali Asghar Khaji"], ["RUSGOV", "Mikhail Bogdanov"], "040", "bertemu", "Moscow", "id",
    "Ali Asghar Khaji, Penasihat Senior Menteri Luar Negeri Iran, bertemu dengan Mikhail Bogdanov di Moskow pada hari Rabu."],
  ["2023-02-01", ["IRNGOV", "Khaji"], ["RUSGOV", "Bogdanov"], "040", "membahas", "Moscow", "id",
    "Khaji dan Bogdanov membahas perkembangan terbaru di Suriah, Yaman dan Libya."],
  ["2023-02-02", ["RUSGOV", "Lavrov"], ["IRNGOV", "Iran"], "051", "memuji", "Moscow", "id",
    "Lavrov memuji Iran atas kerja samanya dalam proses Astana."],
  ["2023-02-02", ["USAGOV", "Washington"], ["IRNGOV", "Tehran"], "112", "accused", "Washington", "en",
    "Washington accused Tehran of supplying drones for the war in Ukraine."],
  ["2023-02-03", ["USAGOV", "The United States"], ["IRN", "Iran"], "163", "imposed new sanctions on", "Washington", "en",
    "The United States imposed new sanctions on Iran over its drone programme."],
  ["2023-02-03", ["IRNGOV", "Tehran"], ["USAGOV", "Washington"], "120", "rejected", "Tehran", "en",
    "Tehran rejected the claims made by Washington as baseless."],
  ["2023-02-04", ["ISRMIL", "pasukan Israel"], ["PSE", "warga Palestina"], "193", "menembaki", "Gaza", "id",
    "Pasukan Israel menembaki warga Palestina di Jalur Gaza pada Sabtu pagi."],
  ["2023-02-04", ["ISRMIL", "Israeli forces"], ["PSEREB", "Hamas"], "195", "struck", "Gaza", "en",
    "Israeli forces struck Hamas positions in Gaza overnight."],
  ["2023-02-05", ["PSEREB", "Hamas"], ["ISR", "Israel"], "130", "threatened", "Gaza", "en",
    "Hamas threatened Israel with retaliation after the strikes."],
  ["2023-02-05", ["IDNGOV", "Retno Marsudi"], ["PSE", "Palestina"], "070", "menyalurkan bantuan kepada", "Jakarta", "id",
    "Menteri Luar Negeri Retno Marsudi menyalurkan bantuan kepada Palestina melalui Yordania."],
  ["2023-02-06", ["IDNGOV", "Indonesia"], ["ISR", "Israel"], "112", "mengecam", "Jakarta", "id",
    "Indonesia mengecam Israel atas serangan di Tepi Barat."],
  ["2023-02-06", ["CHNGOV", "Beijing"], ["RUSGOV", "Moscow"], "061", "signed a trade deal with", "Beijing", "en",
    "Beijing signed a trade deal with Moscow on energy supplies."],
  ["2023-02-07", ["RUSMIL", "Russian troops"], ["UKR", "Ukraine"], "190", "shelled", "Kyiv", "en",
    "Russian troops shelled Ukraine's capital for the third night."],
  ["2023-02-07", ["UKRGOV", "Zelensky"], ["RUSGOV", "Kremlin"], "112", "accused", "Kyiv", "en",
    "Zelensky accused the Kremlin of targeting civilians."],
  ["2023-02-08", ["IGOUNO", "PBB"], ["RUS", "Rusia"], "020", "mendesak", "New York", "id",
    "PBB mendesak Rusia untuk menghentikan serangan terhadap infrastruktur sipil."],
  ["2023-02-08", ["USAGOV", "Biden"], ["UKRGOV", "Kyiv"], "070", "pledged aid to", "Washington", "en",
    "Biden pledged aid to Kyiv worth two billion dollars."],
  ["2023-02-09", ["SAUGOV", "Riyadh"], ["IRNGOV", "Tehran"], "036", "agreed to resume talks with", "Riyadh", "en",
    "Riyadh agreed to resume talks with Tehran next month."],
  ["2023-02-09", ["IRNGOV", "Iran"], ["SAUGOV", "Arab Saudi"], "057", "menandatangani kesepakatan dengan", "Beijing", "id",
    "Iran menandatangani kesepakatan dengan Arab Saudi di Beijing."],
  ["2023-02-10", ["SYRGOV", "Damaskus"], ["ISR", "Israel"], "112", "menuduh", "Damascus", "id",
    "Damaskus menuduh Israel melakukan serangan udara di dekat bandara."],
  ["2023-02-10", ["ISRMIL", "Israeli jets"], ["SYR", "Syria"], "195", "bombed", "Damascus", "en",
    "Israeli jets bombed targets near Damascus, Syria's state media said."],
  ["2023-02-11", ["PSECVL", "Warga Palestina"], ["ISR", "Israel"], "141", "berunjuk rasa menentang", "Jerusalem", "id",
    "Warga Palestina berunjuk rasa menentang Israel di Yerusalem Timur."],
  ["2023-02-11", ["ISRCOP", "polisi Israel"], ["PSECVL", "demonstran Palestina"], "173", "menangkap", "Jerusalem", "id",
    "Polisi Israel menangkap puluhan demonstran Palestina di Yerusalem."],
  ["2023-02-12", ["IGOEU", "The European Union"], ["RUS", "Russia"], "163", "imposed sanctions on", "Brussels", "en",
    "The European Union imposed sanctions on Russia's banks."],
  ["2023-02-12", ["RUSGOV", "Moscow"], ["IGOEU", "the EU"], "120", "rejected", "Moscow", "en",
    "Moscow rejected the EU's demands as interference."],
  ["2023-02-13", ["IRNGOV", "Iran"], ["RUSGOV", "Rusia"], "042", "mengunjungi", "Moscow", "id",
    "Menteri Luar Negeri Iran mengunjungi Rusia untuk kedua kalinya tahun ini."],
  ["2023-02-13", ["CHNGOV", "China"], ["IRNGOV", "Iran"], "043", "hosted", "Beijing", "en",
    "China hosted Iran's president for a three-day state visit."],
  ["2023-02-14", ["USAGOV", "Washington"], ["CHNGOV", "Beijing"], "130", "warned", "Washington", "en",
    "Washington warned Beijing against supplying weapons to Russia."],
  ["2023-02-14", ["IDNGOV", "Jokowi"], ["CHNGOV", "China"], "040", "bertemu", "Jakarta", "id",
    "Presiden Jokowi bertemu Duta Besar China di Istana Merdeka."],
];

const sites = ["purnawarta.com", "example-news.id", "wire.example.org"];
const events = [];
const documents = new Map();
ROWS.forEach((row, index) => {
  const [date, [sourceCode, sourceText], [targetCode, targetText], cameo, trigger, place, lang, sentence] = row;
  const root = cameo.slice(0, 2);
  const [country, lat, lon] = PLACES[place];
  const docId = `doc-${String(index + 1).padStart(3, "0")}`;
  const prefix = `${lang === "id" ? "JAKARTA" : "NEWS"} — Laporan ${date}. `;
  const text = `${prefix}${sentence} Kalimat penutup artikel ini tidak mengandung peristiwa.`;
  const start = Array.from(prefix).length;
  const actor = (code, words) => ({ text: words, code, country: code.startsWith("IGO") ? null : code.slice(0, 3),
    sector: code.length > 3 ? code.slice(3) : null, name: words, start: 0, end: 0 });
  const record = {
    event_id: `ev${index + 1}`, doc_id: docId, date, date_precision: "day",
    source: actor(sourceCode, sourceText), target: actor(targetCode, targetText), cameo, root,
    plover: PLOVER[root] ?? null, quad_class: QUAD(root), goldstein: GOLDSTEIN[cameo],
    location: { name: place, country, lat, lon }, issues: [], negated: false, modality: "asserted", lang,
    confidence: 0.8, evidence: { sentence, start, end: start + Array.from(sentence).length, trigger,
      trigger_start: 0, trigger_end: 0 },
  };
  const site = sites[index % sites.length];
  const url = `https://${site}/news/${docId}`;
  const info = (code) => ({ code, country: code.startsWith("IGO") ? null : code.slice(0, 3), sector: code.length > 3 ? code.slice(3) : null });
  const copies = 1 + (index % 3);
  events.push({
    id: 1000 + index, date, added: 1675209600 + index * 3600, source: info(sourceCode), target: info(targetCode),
    cameo, root, quad_class: QUAD(root), goldstein: GOLDSTEIN[cameo], location: { name: place, country, lat, lon },
    num_mentions: copies, num_sources: copies, num_articles: copies, source_url: url, first: record,
    label: LABELS[cameo], plover: PLOVER[root] ?? null,
    _doc: { id: docId, url, site, title: `${sentence.split(" ").slice(0, 7).join(" ")}…`, date, lang, text },
    _pieces: highlight(sentence, sourceText, targetText, trigger),
    _copies: copies,
  });
  documents.set(docId, { id: docId, url, title: `${sentence.split(" ").slice(0, 7).join(" ")}…`, date, lang, site, text,
    duplicate_of: null,
    events: [{ event_id: 1000 + index, cameo, sentence_start: start, sentence_end: record.evidence.end, copied: false }] });
});

/** Splits a sentence into consecutive pieces with the actors' and trigger's roles. */
function highlight(sentence, source, target, trigger) {
  const spans = [];
  for (const [role, words] of [["source", source], ["target", target], ["trigger", trigger]]) {
    const at = sentence.toLowerCase().indexOf(words.toLowerCase());
    if (at >= 0 && !spans.some((s) => at < s.end && at + words.length > s.start)) {
      spans.push({ start: at, end: at + words.length, role });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const pieces = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) pieces.push({ text: sentence.slice(at, span.start), role: null });
    pieces.push({ text: sentence.slice(span.start, span.end), role: span.role });
    at = span.end;
  }
  if (at < sentence.length) pieces.push({ text: sentence.slice(at), role: null });
  return pieces;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
class BadRequest extends Error {}

const FILTER_NAMES = ["since", "until", "actor", "target", "root", "cameo", "lang", "country", "text"];

/** The events passing the filters an aggregate applies (as the API does:
 * the others are checked, not applied, and named in `ignored`). */
function aggregated(params, applied) {
  filtered(params); // checks every filter
  const kept = new URLSearchParams();
  for (const name of applied) if (params.get(name)) kept.set(name, params.get(name));
  const ignored = FILTER_NAMES.filter((name) => params.get(name) && !applied.includes(name));
  return [filtered(kept), ignored];
}

/** The events passing the common filters of the contract. */
function filtered(params) {
  for (const name of ["since", "until"]) {
    const value = params.get(name);
    if (value !== null && !DATE.test(value)) throw new BadRequest(`${name}: expected YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  const root = params.get("root");
  if (root !== null && !/^(0[1-9]|1\d|20)$/.test(root)) throw new BadRequest(`root: expected 01..20, got ${JSON.stringify(root)}`);
  const lang = params.get("lang");
  if (lang !== null && lang !== "id" && lang !== "en") throw new BadRequest(`lang: expected id or en, got ${JSON.stringify(lang)}`);
  for (const name of ["actor", "target"]) {
    const code = params.get(name);
    if (code && !/^[A-Za-z0-9]{1,40}$/.test(code)) throw new BadRequest(`${name}: ${JSON.stringify(code)} is not a CAMEO actor code`);
  }
  const words = (params.get("text") || "").toLowerCase().split(/\s+/).filter(Boolean);
  return events.filter((e) =>
    (!params.get("since") || e.date >= params.get("since")) &&
    (!params.get("until") || e.date <= params.get("until")) &&
    (!params.get("actor") || (e.source && e.source.code.startsWith(params.get("actor")))) &&
    (!params.get("target") || (e.target && e.target.code.startsWith(params.get("target")))) &&
    (!root || e.root === root) &&
    (!params.get("cameo") || e.cameo.startsWith(params.get("cameo"))) &&
    (!lang || e.first.lang === lang) &&
    (!params.get("country") || (e.location && e.location.country === params.get("country"))) &&
    words.every((w) => e.first.evidence.sentence.toLowerCase().includes(w.replace(/\*$/, ""))));
}

const publicEvent = (e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith("_")));
const mentions = (e) => Array.from({ length: e._copies }, (_, i) => ({
  doc_id: e._doc.id, url: i === 0 ? e._doc.url : `${e._doc.url}-copy${i}`, site: e._doc.site, title: e._doc.title,
  date: e._doc.date, lang: e._doc.lang, copied: i > 0, record: e.first, highlight: e._pieces,
}));

function group(list, key, make, merge) {
  const out = new Map();
  for (const e of list) {
    const k = key(e);
    if (k === null) continue;
    out.set(k, merge(out.get(k) ?? make(e), e));
  }
  return [...out.values()];
}

function api(path, params) {
  if (path === "/api/health") {
    return { status: "ok", version: "0.1.0", documents: documents.size, events: events.length,
      mentions: events.reduce((n, e) => n + e._copies, 0) };
  }
  if (path === "/api/events") {
    const limit = Number(params.get("limit") || 50);
    if (!Number.isInteger(limit) || limit < 1) throw new BadRequest("limit: expected a positive integer");
    if (limit > 500) throw new BadRequest(`limit: "${limit}" is not a number from 1 to 500`);
    const list = filtered(params);
    const cursor = params.get("cursor");
    if (cursor && !/^-?\d+:-?\d+$/.test(cursor)) throw new BadRequest(`cursor: ${JSON.stringify(cursor)} is not a cursor this API gave`);
    const from = cursor ? Number(cursor.split(":")[1]) : 0;
    const page = list.slice(from, from + limit).map(publicEvent);
    if (params.get("format") === "csv") {
      const rows = page.map((e) => [e.id, e.date, e.source?.code ?? "", e.target?.code ?? "", e.cameo, e.quad_class,
        e.goldstein, e.location?.name ?? "", JSON.stringify(e.first.evidence.sentence)].join(","));
      return { csv: ["id,date,source,target,cameo,quad_class,goldstein,place,sentence", ...rows].join("\n") + "\n" };
    }
    return { events: page, next_cursor: from + limit < list.length ? `0:${from + limit}` : null };
  }
  let match = path.match(/^\/api\/events\/(-?\d+)$/);
  if (match) {
    const e = events.find((x) => x.id === Number(match[1]));
    return e ? { event: publicEvent(e), mentions: mentions(e) } : null;
  }
  match = path.match(/^\/api\/documents\/(.+)$/);
  if (match) return documents.get(decodeURIComponent(match[1])) ?? null;
  if (path === "/api/actors") {
    const q = (params.get("q") || "").toUpperCase();
    if (!/^[A-Z0-9]{0,40}$/.test(q)) throw new BadRequest(`q: ${JSON.stringify(q)} is not a CAMEO actor code`);
    const counts = new Map();
    for (const e of events) for (const a of [e.source, e.target]) if (a && a.code.startsWith(q)) counts.set(a.code, (counts.get(a.code) ?? 0) + 1);
    return { actors: [...counts].sort((a, b) => b[1] - a[1]).slice(0, Number(params.get("limit") || 20))
      .map(([code, n]) => ({ code, country: code.startsWith("IGO") ? null : code.slice(0, 3), sector: code.slice(3) || null, events: n })) };
  }
  if (path === "/api/stats/timeline") {
    const week = params.get("bucket") === "week";
    const bucketOf = (date) => {
      if (!week) return date;
      const d = new Date(`${date}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return d.toISOString().slice(0, 10);
    };
    const [list, ignored] = aggregated(params, ["since", "until", "root"]);
    const rows = group(list, (e) => `${bucketOf(e.date)}/${e.quad_class}`,
      (e) => ({ date: bucketOf(e.date), quad_class: e.quad_class, events: 0, mentions: 0, goldstein_mean: 0 }),
      (r, e) => ({ ...r, goldstein_mean: (r.goldstein_mean * r.events + e.goldstein) / (r.events + 1), events: r.events + 1, mentions: r.mentions + e.num_mentions }));
    rows.sort((a, b) => a.date.localeCompare(b.date) || a.quad_class - b.quad_class);
    return { bucket: week ? "week" : "day", rows, ignored };
  }
  if (path === "/api/stats/network") {
    const [all, ignored] = aggregated(params, ["since", "until", "actor", "target"]);
    const list = all.filter((e) => e.source && e.target);
    const edges = group(list, (e) => `${e.source.code}>${e.target.code}`,
      (e) => ({ source: e.source.code, target: e.target.code, events: 0, mentions: 0, goldstein_mean: 0 }),
      (r, e) => ({ ...r, goldstein_mean: (r.goldstein_mean * r.events + e.goldstein) / (r.events + 1), events: r.events + 1, mentions: r.mentions + e.num_mentions }))
      .sort((a, b) => b.events - a.events).slice(0, Number(params.get("limit") || 100));
    const nodes = new Map();
    for (const edge of edges) for (const id of [edge.source, edge.target]) nodes.set(id, (nodes.get(id) ?? 0) + edge.events);
    return { nodes: [...nodes].map(([id, n]) => ({ id, events: n })), edges, ignored };
  }
  if (path === "/api/stats/map") {
    const [list, ignored] = aggregated(params, ["since", "until", "country"]);
    const points = group(list.filter((e) => e.location), (e) => e.location.name,
      (e) => ({ ...e.location, events: 0, mentions: 0 }),
      (r, e) => ({ ...r, events: r.events + 1, mentions: r.mentions + e.num_mentions }));
    return { points: points.slice(0, Number(params.get("limit") || 500)), ignored };
  }
  return null;
}

const STATIC = { "/": ["index.html", "text/html; charset=utf-8"], "/app.js": ["app.js", "text/javascript; charset=utf-8"],
  "/style.css": ["style.css", "text/css; charset=utf-8"] };

const server = createServer((request, response) => {
  const url = new URL(request.url, "http://localhost");
  const send = (status, type, body) => {
    response.writeHead(status, { "content-type": type });
    response.end(body);
  };
  try {
    if (STATIC[url.pathname]) {
      const [file, type] = STATIC[url.pathname];
      return send(200, type, readFileSync(resolve(assets, file)));
    }
    if (url.pathname === "/world.json") {
      return send(200, "application/json", readFileSync(resolve(root, "data/world/countries.json")));
    }
    const body = api(url.pathname, url.searchParams);
    if (body === null) return send(404, "application/json", JSON.stringify({ error: `not found: ${url.pathname}` }));
    if (body.csv !== undefined) return send(200, "text/csv", body.csv);
    return send(200, "application/json", JSON.stringify(body));
  } catch (error) {
    if (error instanceof BadRequest) return send(400, "application/json", JSON.stringify({ error: error.message }));
    console.error(error);
    return send(500, "application/json", JSON.stringify({ error: String(error) }));
  }
});

const bindAt = process.argv.indexOf("--bind");
const bind = bindAt > 0 ? process.argv[bindAt + 1] || "" : "127.0.0.1:0";
const colon = bind.lastIndexOf(":");
server.listen(Number(bind.slice(colon + 1)) || 0, bind.slice(0, colon) || "127.0.0.1", () => {
  const { address, port } = server.address();
  process.stdout.write(`kabar: dashboard at http://${address}:${port}/\n`);
});
