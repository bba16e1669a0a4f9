#!/usr/bin/python3
"""Check that each seed fact's event cites the seed reports that state it.

    seed_citations.py FACTS.tsv GRAPH.ttl

For every fact of an event relation (visited, metWith, ...), the events whose agent has the
subject's label and whose counterpart or place has the object's label must, together, cite
(prov:wasDerivedFrom) a sentence of every document the fact's `docs` column names.
Prints one line per fact and 'N passed, N failed'; exits 1 if any failed.
"""
import re
import sys

from rdflib import Graph, Namespace, RDF, RDFS
from rdflib.namespace import SKOS

GK = Namespace("https://w3id.org/geokg/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
EVENT = {"visited": "Visit", "metWith": "Meeting", "signedWith": "Signing",
         "accused": "Accusation", "laidWreathAt": "WreathLaying",
         "deliveredSpeechAt": "Speech"}
ALL = {"000", "001", "002", "003", "004"}


def main(facts_path, graph_path):
    g = Graph()
    g.parse(graph_path, format="turtle")

    def find(name):
        return {s for p in (RDFS.label, SKOS.altLabel)
                for s, _, o in g.triples((None, p, None)) if str(o).lower() == name.lower()}

    passed = failed = 0
    for line in open(facts_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        key, docs, subject, pred, obj, _status = line.rstrip("\n").split("\t")[:6]
        if pred not in EVENT:
            continue
        agents, targets = find(subject), find(obj)
        cited = set()
        for ev in g.subjects(RDF.type, GK[EVENT[pred]]):
            if not any((ev, GK.agent, a) in g for a in agents):
                continue
            roles = (GK.counterpart, GK.place, GK.agent) if pred == "metWith" else (GK.counterpart, GK.place)
            if not any((ev, r, t) in g for t in targets for r in roles):
                continue
            for src in g.objects(ev, PROV.wasDerivedFrom):
                m = re.search(r"seed-(\d+)#", str(src))
                if m:
                    cited.add(m.group(1))
        want = ALL if docs == "all" else set(docs.split(","))
        ok = want <= cited
        passed, failed = passed + ok, failed + (not ok)
        print(f"{'ok  ' if ok else 'MISS'} {key}\tcites {sorted(cited)}, wants {sorted(want)}")
    print(f"citations: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
