// Browser test of the kabar dashboard: starts `kabar demo` (the bundled sample
// corpus in a temporary store, served on a free loopback port), opens the
// dashboard in Debian's headless Chromium through playwright-core, checks
// that the timeline, network and map draw data, that one click on a network
// edge, a timeline bar or a map dot shows the highlighted evidence sentence,
// that nothing logs an error or fails to load, and saves a screenshot.
//
//   bash tests/browser/run.sh                     (installs what is missing)
//   node --test tests/browser/dashboard.test.mjs  (after npm ci in tests/browser)
//
// Environment: KABAR_BIN (default target/debug/kabar; a .mjs path runs under
// node, e.g. tests/browser/mock-server.mjs), CHROMIUM (default /usr/bin/chromium),
// KABAR_SCREENSHOT (default target/browser/dashboard.png).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const kabarBin = resolve(repo, process.env.KABAR_BIN || "target/debug/kabar");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const screenshot = resolve(repo, process.env.KABAR_SCREENSHOT || "target/browser/dashboard.png");
const STARTUP_MS = 180_000;

let server = null;
let serverLog = "";
let browser = null;
let page = null;
let baseUrl = "";
const problems = []; // console errors, page errors, failed or refused requests

/** Starts `kabar demo --bind 127.0.0.1:0` and resolves with the dashboard URL it prints. */
function startServer() {
  const args = ["demo", "--bind", "127.0.0.1:0"];
  const [command, argv] = kabarBin.endsWith(".mjs") ? [process.execPath, [kabarBin, ...args]] : [kabarBin, args];
  server = spawn(command, argv, { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
  server.stderr.on("data", (chunk) => {
    serverLog = (serverLog + chunk).slice(-20_000);
  });
  return new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "kabar: dashboard at" line within ${STARTUP_MS / 1000} s\n${serverLog}`)), STARTUP_MS);
    server.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${kabarBin}: ${error.message} (build it with cargo build -p kabar, or set KABAR_BIN)`));
    });
    server.on("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${kabarBin} demo exited (${code ?? signal}) before serving\n${serverLog}`));
    });
    createInterface({ input: server.stdout }).on("line", (line) => {
      const match = line.match(/^kabar: dashboard at (http:\/\/\S+)$/);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
  });
}

function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => server.kill("SIGKILL"), 5000);
    server.once("exit", () => {
      clearTimeout(force);
      done();
    });
    server.kill("SIGTERM");
  });
}

before(async () => {
  baseUrl = await startServer();
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(baseUrl);
  await page.waitForSelector("body[data-ready='1']", { timeout: 30_000 });
});

after(async () => {
  if (browser) await browser.close();
  await stopServer();
});

/** The number of elements a selector finds. */
const count = (selector) => page.locator(selector).count();

/** What the evidence view shows: its dyad, event, and the first sentence's marks. */
function evidence() {
  return page.evaluate(() => {
    const box = document.querySelector("#evidence");
    const quote = box.querySelector(".mention blockquote.sentence");
    const texts = (role) => [...(quote ? quote.querySelectorAll(`mark.${role}`) : [])].map((m) => m.textContent);
    return {
      eventId: box.dataset.eventId || null,
      shown: box.dataset.shown || null,
      source: box.dataset.source || null,
      target: box.dataset.target || null,
      sentence: quote ? quote.textContent : "",
      marks: { source: texts("source"), target: texts("target"), trigger: texts("trigger") },
      // The first mention says its target is not in the sentence.
      inferredTarget: Boolean(box.querySelector(".mention p.inferred-target")) &&
        box.querySelector(".mention p.inferred-target").closest(".mention") === box.querySelector(".mention"),
    };
  });
}

/** Waits until the evidence view has shown an event again since `previous`
 * (what `evidence()` said before the click). */
async function waitForEvidence(previous) {
  await page.waitForFunction((old) => {
    const box = document.querySelector("#evidence");
    return box && box.dataset.shown && box.dataset.shown !== old && !box.hasAttribute("aria-busy") &&
      box.querySelector(".mention blockquote.sentence");
  }, previous.shown, { timeout: 15_000 });
  return evidence();
}

/** Asserts a sentence with every highlight role, each mark a piece of the
 * sentence; a target the sentence does not name is said so instead. */
function assertHighlighted(shown) {
  assert.ok(shown.sentence.trim().length > 10, `evidence sentence is too short: ${JSON.stringify(shown.sentence)}`);
  if (shown.inferredTarget) {
    assert.equal(shown.marks.target.length, 0, "a target said to be unnamed is marked in the sentence");
  }
  for (const role of shown.inferredTarget ? ["source", "trigger"] : ["source", "target", "trigger"]) {
    assert.ok(shown.marks[role].length > 0, `no <mark class="${role}"> in the evidence sentence ${JSON.stringify(shown.sentence)}`);
    for (const text of shown.marks[role]) {
      assert.ok(text.trim().length > 0 && shown.sentence.includes(text), `${role} mark ${JSON.stringify(text)} is not a piece of the sentence`);
    }
  }
}

test("the timeline, network and map draw the demo store's events", async () => {
  const bars = await count("#timeline svg rect[data-date]");
  const edges = await count("#network svg g.edge[data-source][data-target]");
  const nodes = await count("#network svg g.node[data-node]");
  const dots = await count("#map svg circle.dot");
  const countries = await count("#map svg path.country");
  const rows = await count("#events tbody tr[data-event-id]");
  assert.ok(bars > 0, "timeline has no bars");
  assert.ok(edges > 0, "network has no edges");
  assert.ok(nodes >= 2, "network has fewer than two actors");
  assert.ok(dots > 0, "map has no event dots");
  assert.ok(countries > 100, `map draws only ${countries} country outlines`);
  assert.ok(rows > 0, "event list is empty");
  // Every bar is a day and a QuadClass with a positive count and a tooltip.
  const bar = page.locator("#timeline svg rect[data-date]").first();
  assert.match(await bar.getAttribute("data-date"), /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(Number(await bar.getAttribute("data-events")) > 0);
  assert.ok((await bar.locator("title").textContent()).includes("event"));
  // The health line shows the store's counts.
  assert.match(await page.locator("#health").textContent(), /\d+ events/);
});

test("clicking a network edge shows the highlighted sentence of that dyad", async () => {
  // The heaviest edge whose midpoint is not covered by another mark.
  const target = await page.evaluate(() => {
    const groups = [...document.querySelectorAll("#network svg g.edge[data-source][data-target]")]
      .sort((a, b) => Number(b.dataset.events) - Number(a.dataset.events));
    for (const group of groups) {
      const line = group.querySelector("path.line");
      const length = line.getTotalLength();
      const point = line.getPointAtLength(length / 2);
      const matrix = line.getScreenCTM();
      const x = point.x * matrix.a + point.y * matrix.c + matrix.e;
      const y = point.x * matrix.b + point.y * matrix.d + matrix.f;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit.closest("g.edge") === group) return { x, y, source: group.dataset.source, target: group.dataset.target };
    }
    return null;
  });
  assert.ok(target, "no network edge can be clicked at its midpoint");
  const before = await evidence();
  await page.mouse.click(target.x, target.y);
  const shown = await waitForEvidence(before);
  assert.ok(shown.source.startsWith(target.source),
    `clicked ${target.source} → ${target.target}, evidence shows source ${shown.source}`);
  assert.ok(shown.target.startsWith(target.target),
    `clicked ${target.source} → ${target.target}, evidence shows target ${shown.target}`);
  assertHighlighted(shown);
  assert.equal(await count("#network svg g.edge.selected"), 1, "the clicked edge is not marked as selected");
  // Every listed event is of the clicked dyad.
  const dyads = await page.$$eval("#events tbody tr[data-event-id] td.dyad .code", (codes) => codes.map((c) => c.textContent));
  assert.ok(dyads.length >= 2);
  for (let i = 0; i + 1 < dyads.length; i += 2) {
    assert.ok(dyads[i].startsWith(target.source) && dyads[i + 1].startsWith(target.target),
      `event list shows ${dyads[i]} → ${dyads[i + 1]} for the edge ${target.source} → ${target.target}`);
  }
  mkdirSync(dirname(screenshot), { recursive: true });
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" })); // the sticky filter bar at the top
  await page.screenshot({ path: screenshot, fullPage: true });
});

test("the full article text opens under the evidence sentence", async () => {
  const details = page.locator("#evidence details.fulltext").first();
  await details.locator("summary").click();
  await page.waitForFunction(() => {
    const text = document.querySelector("#evidence details.fulltext .doc-text");
    return text && text.closest("details").dataset.loaded === "1";
  }, null, { timeout: 10_000 });
  const full = await details.locator(".doc-text").textContent();
  const sentence = (await evidence()).sentence;
  assert.ok(full.length >= sentence.length, "the full text is shorter than its sentence");
  assert.ok(full.includes(sentence.trim().slice(0, 30)), "the full text does not contain the evidence sentence");
  const marked = await details.locator(".doc-text .this-sentence").allTextContents();
  assert.equal(marked.length, 1, "the full text does not mark the event's sentence once");
  assert.ok(marked[0].includes(sentence.trim().slice(0, 30)), `the full text marks ${JSON.stringify(marked[0])}, not the evidence sentence`);
});

test("clicking a timeline bar shows evidence of that period and QuadClass", async () => {
  const bar = page.locator("#timeline svg rect[data-date]").last();
  const since = await bar.getAttribute("data-date");
  const until = await bar.getAttribute("data-until");
  const before = await evidence();
  await bar.click();
  const shown = await waitForEvidence(before);
  assertHighlighted(shown);
  const dates = await page.locator("#events tbody tr[data-event-id] td.date").allTextContents();
  assert.ok(dates.length > 0);
  for (const date of dates) {
    assert.ok(date >= since && date <= until, `listed event of ${date} is outside the clicked bar's ${since}..${until}`);
  }
});

test("a map dot is reachable by keyboard and Enter shows evidence of that place", async () => {
  const dot = page.locator("#map svg circle.dot").first();
  const name = await dot.getAttribute("data-name");
  const before = await evidence();
  await dot.focus();
  await page.keyboard.press("Enter");
  await waitForEvidence(before);
  assert.match(await page.locator("#selection-label").textContent(), new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  assert.equal(await count("#map svg circle.dot.selected"), 1);
});

test("the filter bar narrows the network and the event list to an actor, and Reset undoes it", async () => {
  const edgesBefore = await count("#network svg g.edge");
  const source = await page.locator("#network svg g.edge").first().getAttribute("data-source");
  await page.fill("#f-actor", source);
  await page.press("#f-actor", "Enter");
  await page.waitForFunction((code) => {
    const edges = [...document.querySelectorAll("#network svg g.edge")];
    const rows = [...document.querySelectorAll("#events tbody tr[data-event-id] td.dyad .code:first-child")];
    return edges.length > 0 && rows.length > 0 && edges.every((g) => g.dataset.source.startsWith(code)) &&
      rows.every((c) => c.textContent.startsWith(code));
  }, source, { timeout: 15_000 });
  assert.match(await page.evaluate(() => location.hash), new RegExp(`actor=${source}`));
  await page.click("#f-reset");
  await page.waitForFunction((n) => document.querySelectorAll("#network svg g.edge").length === n, edgesBefore, { timeout: 15_000 });
  assert.equal(await page.inputValue("#f-actor"), "");
});

test("a malformed actor code is refused in the filter bar, without a failing request", async () => {
  await page.fill("#f-actor", "IR-N");
  await page.press("#f-actor", "Enter");
  await page.waitForSelector("#message:not([hidden])", { timeout: 5000 });
  assert.match(await page.locator("#message").textContent(), /actor/);
  await page.fill("#f-actor", "");
  await page.press("#f-actor", "Enter");
  await page.waitForSelector("#message", { state: "hidden", timeout: 15_000 });
});

test("nothing logged an error or failed to load", () => {
  assert.deepEqual(problems, []);
});
