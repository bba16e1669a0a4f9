// Turns SPARQL 1.1 JSON results into the normalized TSV that the expected files hold, so
// that results from Oxigraph and Virtuoso compare byte for byte. Stores differ in how they
// print terms (xsd:string or not, integer subtypes), so each term gets one canonical form:
//   IRI            <iri>
//   blank node     _:label (geokg writes none; kept only so a stray one is visible)
//   literal        its lexical form; "lexical"@lang with a language;
//                  "lexical"^^<datatype> when typed other than xsd:string;
//                  integers of every XSD integer type as plain digits
//   unbound        empty
// Tabs, newlines and backslashes in a term are escaped as \t, \n, \r, \\.
// Usage as a filter: node sparql-tsv.mjs < results.json > results.tsv
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const integer_types = new Set(
  [
    "integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
    "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
    "unsignedShort", "unsignedByte",
  ].map((t) => XSD + t),
);

function escape_field(text) {
  return text.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]);
}

// Canonical digits: "+007" and "7" are the same integer.
function canonical_integer(lexical) {
  const match = /^\s*([+-]?)0*(\d+)\s*$/.exec(lexical);
  if (!match) return null;
  const digits = match[2];
  return (match[1] === "-" && digits !== "0" ? "-" : "") + digits;
}

export function term_to_field(term) {
  if (term === undefined || term === null) return "";
  switch (term.type) {
    case "uri":
      return escape_field(`<${term.value}>`);
    case "bnode":
      return escape_field(`_:${term.value}`);
    case "literal":
    case "typed-literal": {
      const lang = term["xml:lang"];
      if (lang) return escape_field(`"${term.value}"@${lang.toLowerCase()}`);
      const datatype = term.datatype;
      if (!datatype || datatype === XSD + "string") return escape_field(term.value);
      if (integer_types.has(datatype)) {
        const digits = canonical_integer(term.value);
        if (digits !== null) return digits;
      }
      return escape_field(`"${term.value}"^^<${datatype}>`);
    }
    default:
      throw new Error(`unknown term type ${term.type}`);
  }
}

// Keeps the store's row order: every query orders by all it projects, and that order is
// part of what the expected files assert.
export function results_to_tsv(results) {
  const vars = results.head.vars;
  const lines = [vars.map((v) => "?" + v).join("\t")];
  for (const row of results.results.bindings) {
    lines.push(vars.map((v) => term_to_field(row[v])).join("\t"));
  }
  return lines.join("\n") + "\n";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.stdout.write(results_to_tsv(JSON.parse(readFileSync(0, "utf8"))));
  } catch (error) {
    process.stderr.write(`sparql-tsv: ${error.message}\n`);
    process.exit(1);
  }
}
