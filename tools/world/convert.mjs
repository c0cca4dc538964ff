// Converts world-atlas's countries-110m.json (Natural Earth 1:110m admin 0
// countries, public domain; the world-atlas package is ISC) into the compact
// country outlines the kabar dashboard draws: data/world/countries.json.
//
// Run from the repository root:
//   (cd tools/world && npm ci && node convert.mjs)
//
// Output: {"source": "...", "countries": [{"id": "IRN", "name": "Iran",
//   "polygons": [[ring, ...], ...]}, ...]} where a ring is a flat array
//   [lon, lat, lon, lat, ...] in degrees rounded to 2 decimals, first ring of
//   a polygon the outline, others its holes. A ring crossing the antimeridian
//   is made continuous (longitudes past ±180) and also given shifted by 360°,
//   so a map clipped to [-180, 180] draws both sides without a band across. `id` is the code kabar writes
//   for a country (ISO 3166-1 alpha-3, CAMEO's where they differ: KSV, TMP),
//   or null where Natural Earth's shape has no country code.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const output = resolve(here, "../../data/world/countries.json");
const atlasVersion = require("world-atlas/package.json").version;
const topology = JSON.parse(
  readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"),
);

/** Codes kabar uses where they differ from ISO 3166-1 alpha-3. */
const CAMEO_CODES = { TLS: "TMP" };
/** Natural Earth shapes without an ISO numeric code, by their name. */
const CODES_BY_NAME = { Kosovo: "KSV" };

/** The code kabar writes for a Natural Earth feature, or null. */
function codeOf(geometry) {
  if (geometry.id === undefined) {
    return CODES_BY_NAME[geometry.properties.name] ?? null;
  }
  const alpha3 = countries.numericToAlpha3(geometry.id);
  if (!alpha3) {
    throw new Error(`no alpha-3 code for ISO numeric ${geometry.id} (${geometry.properties.name})`);
  }
  return CAMEO_CODES[alpha3] ?? alpha3;
}

/** A ring made continuous where it crosses the antimeridian (Russia, Fiji):
 * a jump of more than 180° in longitude continues past ±180 instead. */
function unwrap(ring) {
  let shift = 0;
  let previous = null;
  return ring.map(([lon, lat]) => {
    if (previous !== null) {
      const step = lon + shift - previous;
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    previous = lon + shift;
    return [previous, lat];
  });
}

/** The ring, and its copy shifted by 360° when part of it lies past ±180,
 * so that an equirectangular map clipped to [-180, 180] shows both halves. */
function wrapped(ring) {
  const continuous = unwrap(ring);
  const lons = continuous.map(([lon]) => lon);
  if (Math.max(...lons) > 180) return [continuous, continuous.map(([lon, lat]) => [lon - 360, lat])];
  if (Math.min(...lons) < -180) return [continuous, continuous.map(([lon, lat]) => [lon + 360, lat])];
  return [continuous];
}

/** A ring as a flat, rounded array, consecutive duplicate points dropped. */
function flatRing(ring) {
  const flat = [];
  let lastLon = null;
  let lastLat = null;
  for (const [lon, lat] of ring) {
    const x = Math.round(lon * 100) / 100;
    const y = Math.round(lat * 100) / 100;
    if (x === lastLon && y === lastLat) continue;
    flat.push(x, y);
    lastLon = x;
    lastLat = y;
  }
  return flat;
}

const collection = feature(topology, topology.objects.countries);
const result = [];
for (const [index, shape] of collection.features.entries()) {
  const geometry = topology.objects.countries.geometries[index];
  const { type, coordinates } = shape.geometry;
  const polygons = type === "Polygon" ? [coordinates] : type === "MultiPolygon" ? coordinates : [];
  result.push({
    id: codeOf(geometry),
    name: geometry.properties.name,
    polygons: polygons
      .flatMap((polygon) => {
        // An outline past ±180 is drawn twice, its holes with each copy.
        const copies = polygon.map(wrapped);
        const count = Math.max(...copies.map((c) => c.length));
        return Array.from({ length: count }, (_, k) => copies.map((c) => c[Math.min(k, c.length - 1)]));
      })
      .map((polygon) => polygon.map(flatRing).filter((ring) => ring.length >= 6))
      .filter((polygon) => polygon.length > 0),
  });
}
result.sort((a, b) => a.name.localeCompare(b.name));

const document = {
  source: `Natural Earth 1:110m admin 0 countries (public domain) via world-atlas ${atlasVersion} (ISC), converted by tools/world/convert.mjs`,
  countries: result,
};
mkdirSync(dirname(output), { recursive: true });
const text = JSON.stringify(document) + "\n";
writeFileSync(output, text);
console.log(`${output}: ${result.length} countries, ${text.length} bytes`);
