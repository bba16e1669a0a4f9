// Validates geokg output against ontology/shapes.ttl with rdf-validate-shacl, a SHACL engine
// independent of geokg's own validator. sh:class looks up rdf:type and rdfs:subClassOf in
// the data graph, which the output leaves to the ontology: so the data graph is the output
// plus, from ontology/geokg.ttl, its rdfs:subClassOf triples (a gk:Country is a gk:Place)
// and the types of its named individuals (gk:Reported is a gk:Status), and nothing else,
// so that no shape meets the ontology's own declarations.
//
// Usage: node shacl.mjs SHAPES_TTL ONTOLOGY_TTL DATA_FILE...
// Exit status: 0 all conform, 1 a violation (each printed), 2 unreadable input or bad usage.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import N3 from "n3";
import SHACLValidator from "rdf-validate-shacl";

const formats = { ".ttl": "text/turtle", ".nt": "application/n-triples", ".nq": "application/n-quads", ".trig": "application/trig" };

function parse_file(path) {
  const format = formats[extname(path)];
  if (!format) throw new Error(`${path}: unknown format (want .ttl, .nt, .nq or .trig)`);
  try {
    return new N3.Parser({ format }).parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: ${error.message}`);
  }
}

// SHACL validates a graph: quads from every graph of a quad format go into one.
function as_default_graph(quads) {
  return quads.map((q) => N3.DataFactory.quad(q.subject, q.predicate, q.object));
}

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const SUBCLASS_OF = "http://www.w3.org/2000/01/rdf-schema#subClassOf";
const NAMED_INDIVIDUAL = "http://www.w3.org/2002/07/owl#NamedIndividual";

function class_axioms(ontology_quads) {
  const quads = as_default_graph(ontology_quads);
  const individuals = new Set(
    quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === NAMED_INDIVIDUAL)
      .map((q) => q.subject.value),
  );
  return quads.filter(
    (q) => q.predicate.value === SUBCLASS_OF ||
      (q.predicate.value === RDF_TYPE && individuals.has(q.subject.value) && q.object.value !== NAMED_INDIVIDUAL),
  );
}

function term_text(term) {
  if (!term) return "-";
  if (term.termType === "NamedNode") return `<${term.value}>`;
  if (term.termType === "BlankNode") return `_:${term.value}`;
  if (term.termType === "Literal") return JSON.stringify(term.value);
  return term.value;
}

async function validate(validator, ontology, path) {
  const data = new N3.Store([...ontology, ...as_default_graph(parse_file(path))]);
  const report = await validator.validate(data);
  if (report.conforms) {
    process.stdout.write(`shacl: ${path}: conforms (${data.size} triples with ${ontology.length} from the ontology)\n`);
    return true;
  }
  process.stdout.write(`shacl: ${path}: ${report.results.length} violations\n`);
  for (const result of report.results) {
    const message = result.message.map((m) => m.value).join("; ");
    process.stdout.write(
      `  ${term_text(result.focusNode)} ${term_text(result.path)} ${term_text(result.value)}: ` +
        `${message || term_text(result.sourceConstraintComponent)} ` +
        `[${term_text(result.severity)} from ${term_text(result.sourceShape)}]\n`,
    );
  }
  return false;
}

async function main(argv) {
  if (argv.length < 3) {
    process.stderr.write("usage: node shacl.mjs SHAPES_TTL ONTOLOGY_TTL DATA_FILE...\n");
    return 2;
  }
  const [shapes_path, ontology_path, ...data_paths] = argv;
  let shapes, ontology;
  try {
    shapes = new N3.Store(parse_file(shapes_path));
    ontology = class_axioms(parse_file(ontology_path));
  } catch (error) {
    process.stderr.write(`shacl: ${error.message}\n`);
    return 2;
  }
  const validator = new SHACLValidator(shapes);
  let all_conform = true;
  for (const path of data_paths) {
    try {
      all_conform = (await validate(validator, ontology, path)) && all_conform;
    } catch (error) {
      process.stderr.write(`shacl: ${error.message}\n`);
      return 2;
    }
  }
  return all_conform ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
