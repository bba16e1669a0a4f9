#!/usr/bin/python3
"""Scores geokg's output for corpus/ against the facts its articles state
(tests/data/corpus-facts.tsv, written with the corpus).

    bench/corpus_score.py GEOKG [TOP]

Reported facts need their direct triple (holdsPosition: the position's label contains the
object's words); planned ones an event of the relation's class with the subject as agent and
the object as counterpart or place that is Planned or cites the planning document. Per level (core, hard)
it reports how many were found and lists the misses. A measurement: it asserts nothing.
"""
import collections
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from plover_score import GK, LABELS, TRIPLE, norm  # noqa: E402

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
EVENT = {"visited": "Visit", "metWith": "Meeting", "signedWith": "Signing", "signed": "Signing",
         "accused": "Accusation", "laidWreathAt": "WreathLaying", "deliveredSpeechAt": "Speech"}


def load(geokg, top):
    out = subprocess.run([geokg, "extract", "-f", "ntriples", os.path.join(top, "corpus")],
                         capture_output=True, text=True, check=False).stdout
    triples = []
    for line in out.splitlines():
        m = TRIPLE.match(line)
        if m:
            s, p, o = m.groups()
            triples.append((s, p, o[1:-1] if o.startswith("<") else o[1:o.rfind('"')]))
    return triples


def main(geokg, top):
    triples = load(geokg, top)
    labels = collections.defaultdict(set)
    by_label = collections.defaultdict(set)
    out = collections.defaultdict(set)
    for s, p, o in triples:
        out[(s, p)].add(o)
        if p in LABELS:
            labels[s].add(norm(o))
            by_label[norm(o)].add(s)

    def has(s, p, o):
        return any(o2 in by_label[norm(o)] for s2 in by_label[norm(s)] for o2 in out[(s2, GK + p)])

    def position(s, words):
        want = norm(words).replace("defence", "defense").split()
        for person in by_label[norm(s)]:
            for post in out[(person, GK + "holdsPosition")]:
                text = " ".join(labels[post]).replace("defence", "defense")
                for c in out[(post, GK + "positionIn")]:
                    text += " " + " ".join(labels[c])
                if all(w in text.split() for w in want if w not in ("of", "the")):
                    return True
        return False

    # A plan one document states may be reported by a later one: the consolidated event is
    # then Reported, and the plan counts as read when that event cites the planning document.
    def planned(s, p, o, doc):
        for ev in [x for (x, pr), objs in list(out.items()) if pr == RDF_TYPE and GK + EVENT[p] in objs]:
            cites = any(f"/doc/{doc}#" in src for src in out[(ev, PROV_DERIVED)])
            if GK + "Planned" not in out[(ev, GK + "status")] and not cites:
                continue
            if not any(a in by_label[norm(s)] for a in out[(ev, GK + "agent")]):
                continue
            if any(t in by_label[norm(o)] for r in ("counterpart", "place") for t in out[(ev, GK + r)]):
                return True
        return False

    found, total, misses = collections.Counter(), collections.Counter(), []
    path = os.path.join(top, "tests", "data", "corpus-facts.tsv")
    for row in list(open(path, encoding="utf-8"))[1:]:
        doc, s, p, o, status, _date, level, _note = row.rstrip("\n").split("\t")
        if p == "holdsPosition":
            ok = position(s, o)
        elif status == "Planned":
            ok = p in EVENT and planned(s, p, o, doc)
        else:
            ok = has(s, p, o) or (p in ("metWith", "signedWith") and has(o, p, s))
        total[level] += 1
        found[level] += ok
        if not ok:
            misses.append(f"  {level} {doc}: {s} {p} {o} [{status}]")
    print("\n".join(misses))
    print("corpus: " + "; ".join(f"{level} {found[level]} of {total[level]}" for level in sorted(total)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), ".."))
