#!/usr/bin/env node
// Generates ontology/countries.ttl: every ISO 3166-1 country (Debian's iso-codes) merged
// with demonyms, capitals and alternative spellings from the world-countries package.
// Output is deterministic (sorted, no timestamps) so a regeneration diff shows only data.
//
// Usage (from the repository root):
//   (cd scripts && npm ci) && node scripts/gen-countries.mjs [ISO_JSON] [OUTPUT]
// Defaults: /usr/share/iso-codes/json/iso_3166-1.json, ontology/countries.ttl.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const isoPath = process.argv[2] ?? "/usr/share/iso-codes/json/iso_3166-1.json";
const outPath = process.argv[3] ?? join(here, "..", "ontology", "countries.ttl");

const worldPackage = require("world-countries/package.json");
const world = require("world-countries/countries.json");
const iso = JSON.parse(readFileSync(isoPath, "utf8"))["3166-1"];

const base = "https://w3id.org/geokg/id/";

// Lower-case ASCII words joined by '-': "Washington D.C." -> "washington-dc".
function slug(name) {
    return name
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/['\u2019.]/g, "")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
}

function turtleString(text) {
    return (
        '"' +
        text
            .replace(/\\/g, "\\\\")
            .replace(/"/g, '\\"')
            .replace(/\n/g, "\\n")
            .replace(/\r/g, "\\r") +
        '"'
    );
}

// Plain code-point order, so the output does not depend on the machine's locale.
function byCodePoint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// ISO's sorting forms ("Korea, Republic of") never occur in running text; a comma name
// that world-countries also uses ("Bonaire, Sint Eustatius and Saba") is a real name.
function isInverted(name, extra) {
    if (!/, /.test(name)) return false;
    return !extra || (name !== extra.name.common && name !== extra.name.official);
}

// Alternative names worth matching in running text; 2-letter codes are mostly noise
// (hand-kept exceptions such as "US" and "UK" live in ontology/places.ttl).
function usefulAltName(name, extra) {
    return name.length >= 3 && !isInverted(name, extra);
}

const worldByCode = new Map(world.map((c) => [c.cca3, c]));

const countries = iso.map((entry) => {
    const code = entry.alpha_3;
    const extra = worldByCode.get(code);
    const label =
        entry.common_name ?? (isInverted(entry.name, extra) ? extra.name.common : entry.name);
    const names = [entry.name, entry.official_name, entry.common_name];
    if (extra) {
        names.push(extra.name.common, extra.name.official, ...extra.altSpellings);
    }
    const altLabels = [...new Set(names.filter((n) => n && n !== label && usefulAltName(n, extra)))];
    const demonymSet = new Set();
    const english = extra?.demonyms?.eng;
    if (english) {
        for (const d of [english.m, english.f]) if (d) demonymSet.add(d);
    }
    const capitals = extra ? [...new Set(extra.capital.filter((c) => c))] : [];
    return {
        code,
        label,
        altLabels: altLabels.sort(byCodePoint),
        demonyms: [...demonymSet].sort(byCodePoint),
        capitals,
    };
});

// A capital name shared by several countries (Kingston, Oranjestad) gets the country code
// appended to its slug, so that each city IRI is located in exactly one country.
const slugUse = new Map();
for (const c of countries) {
    for (const name of c.capitals) {
        const s = slug(name);
        slugUse.set(s, (slugUse.get(s) ?? new Set()).add(c.code));
    }
}
function citySlug(name, code) {
    const s = slug(name);
    return slugUse.get(s).size > 1 ? `${s}-${code.toLowerCase()}` : s;
}

const blocks = [];
for (const c of countries) {
    const lines = [`<${base}country/${c.code}>`, "\ta gk:Country ;", `\trdfs:label ${turtleString(c.label)} ;`];
    for (const a of c.altLabels) lines.push(`\tskos:altLabel ${turtleString(a)} ;`);
    lines.push(`\tskos:notation ${turtleString(c.code)} ;`);
    for (const d of c.demonyms) lines.push(`\tgk:demonym ${turtleString(d)} ;`);
    const capitalIris = c.capitals.map((n) => `<${base}city/${citySlug(n, c.code)}>`).sort(byCodePoint);
    for (const iri of capitalIris) lines.push(`\tgk:capital ${iri} ;`);
    lines[lines.length - 1] = lines[lines.length - 1].replace(/ ;$/, " .");
    blocks.push({ key: `country/${c.code}`, text: lines.join("\n") });

    for (const name of c.capitals) {
        const key = `city/${citySlug(name, c.code)}`;
        blocks.push({
            key,
            text: [
                `<${base}${key}>`,
                "\ta gk:City ;",
                `\trdfs:label ${turtleString(name)} ;`,
                `\tgk:locatedIn <${base}country/${c.code}> .`,
            ].join("\n"),
        });
    }
}
blocks.sort((a, b) => byCodePoint(a.key, b.key));

const header = `# GENERATED FILE: do not edit; hand-kept additions belong in places.ttl.
# Generated by scripts/gen-countries.mjs from
#   - Debian iso-codes ISO 3166-1 data (${isoPath}), LGPL-2.1-or-later, and
#   - the npm package world-countries ${worldPackage.version} (demonyms, capitals,
#     alternative spellings), ODbL-1.0.
# Regenerate: (cd scripts && npm ci) && node scripts/gen-countries.mjs
# ${countries.length} countries, ${blocks.length - countries.length} capital cities.

@prefix gk:   <https://w3id.org/geokg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
`;

writeFileSync(outPath, header + "\n" + blocks.map((b) => b.text).join("\n\n") + "\n");
process.stderr.write(`gen-countries: wrote ${outPath}: ${countries.length} countries\n`);
