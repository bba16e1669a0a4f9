// Loads one geokg output file into an in-memory Oxigraph store and runs every query of a
// folder, writing each result as normalized TSV (see sparql-tsv.mjs) to OUT_DIR/NAME.tsv.
//
// Usage: node oxigraph-queries.mjs DATA_FILE QUERY_DIR OUT_DIR
//
// A triple format (.ttl, .nt) is loaded into the default graph. A quad format (.nq, .trig)
// keeps its graphs (geokg puts each document's metadata into the document's named graph and
// the merged facts into the default graph), and queries then see the union of all graphs,
// as they would see the one graph of the triple formats.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import "./webcrypto.mjs"; // before oxigraph: Node 18 has no global Web Crypto
import oxigraph from "oxigraph";
import { results_to_tsv } from "./sparql-tsv.mjs";

const formats = {
  ".ttl": { media: "text/turtle", quads: false },
  ".nt": { media: "application/n-triples", quads: false },
  ".nq": { media: "application/n-quads", quads: true },
  ".trig": { media: "application/trig", quads: true },
};

function main(argv) {
  if (argv.length !== 3) {
    process.stderr.write("usage: node oxigraph-queries.mjs DATA_FILE QUERY_DIR OUT_DIR\n");
    return 2;
  }
  const [data_file, query_dir, out_dir] = argv;
  const format = formats[extname(data_file)];
  if (!format) throw new Error(`${data_file}: unknown format (want .ttl, .nt, .nq or .trig)`);

  const store = new oxigraph.Store();
  store.load(readFileSync(data_file, "utf8"), { format: format.media });
  mkdirSync(out_dir, { recursive: true });

  const queries = readdirSync(query_dir).filter((f) => f.endsWith(".rq")).sort();
  if (queries.length === 0) throw new Error(`${query_dir}: no .rq files`);
  for (const file of queries) {
    const name = basename(file, ".rq");
    const json = store.query(readFileSync(join(query_dir, file), "utf8"), {
      results_format: "application/sparql-results+json",
      use_default_graph_as_union: format.quads,
    });
    const tsv = results_to_tsv(JSON.parse(json));
    writeFileSync(join(out_dir, `${name}.tsv`), tsv);
    process.stderr.write(`oxigraph: ${name}: ${tsv.split("\n").length - 2} rows\n`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // The whole exception: a trap in Oxigraph's WebAssembly says only "unreachable" in its
  // message, its stack says where.
  process.stderr.write(`oxigraph (node ${process.version}): ${error.stack ?? error}\n`);
  process.exitCode = 1;
}
