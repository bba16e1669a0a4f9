#!/usr/bin/python3
"""Scores geokg on the development set (bench/devset/README.md): each document is extracted
on its own, and its direct triples of the measured relations are compared with the facts
annotated for it. Per relation: precision (the share of asserted triples that are annotated
as reported), recall (the share of reported facts asserted); every miss and false fact is
listed with --list. A measurement: it asserts nothing and always exits 0 when it ran.

    bench/devset_score.py GEOKG [--list] [--docs all|corpus|written] [--relation R]
"""
import argparse
import collections
import glob
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.join(HERE, "devset")
CORPUS = os.path.join(HERE, "..", "..", "shared", "corpus", "whitehouse.jsonl.gz")
GK = "https://w3id.org/geokg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = ("http://www.w3.org/2000/01/rdf-schema#label",
          "http://www.w3.org/2004/02/skos/core#altLabel",
          "http://www.w3.org/2004/02/skos/core#notation")
RELATIONS = ("visited", "metWith", "signedWith", "accused", "holdsPosition")
TRIPLE = re.compile(r'^<([^>]*)> <([^>]*)> (<[^>]*>|"(?:[^"\\]|\\.)*"(?:@[^ ]+|\^\^<[^>]*>)?) \.$')
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
STOP = {"of", "the", "and", "for"}


def norm_tokens(text):
    """Lower case, no diacritics, no punctuation; suffixes and initials dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("defence", "defense").replace("u.s.", "us").replace("u.k.", "uk")
    tokens = re.findall(r"[a-z0-9]+", text)
    return [t for t in tokens if t not in SUFFIXES and len(t) > 1 or t.isdigit()]


def same_name(gold, name):
    g, n = norm_tokens(gold), norm_tokens(name)
    if not g or not n:
        return False
    if g == n:
        return True
    # One person however the text varies the name: same surname, and first names that agree
    # when both are given ("Joseph Biden" ~ "Joseph R. Biden, Jr." ~ "Biden").
    if g[-1] != n[-1]:
        return False
    return len(g) == 1 or len(n) == 1 or g[0] == n[0]


def load_facts(docs):
    facts = []
    for path in sorted(glob.glob(os.path.join(DEVSET, "facts*.tsv"))):
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#") or line.startswith("document\t"):
                continue
            cols = line.split("\t")
            if len(cols) < 5:
                sys.exit(f"{path}:{number}: expected 5 or 6 tab-separated columns")
            doc, s, p, o, status = cols[:5]
            if doc in docs and p in RELATIONS:
                facts.append({"doc": doc, "s": s, "p": p, "o": o, "status": status,
                              "note": cols[5] if len(cols) > 5 else "",
                              "where": f"{os.path.basename(path)}:{number}"})
    return facts


def load_documents(which):
    docs = {}
    if which in ("all", "corpus"):
        ids = [l.strip() for l in open(os.path.join(DEVSET, "corpus-ids.txt")) if l.strip()]
        wanted = set(ids)
        if os.path.exists(CORPUS):
            with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
                for line in f:
                    if any(i in line[:400] for i in wanted):
                        d = json.loads(line)
                        if d["id"] in wanted:
                            docs[d["id"]] = ("jsonl", line)
        else:
            print(f"devset: {CORPUS} is absent: corpus documents not scored", file=sys.stderr)
    if which in ("all", "written"):
        for path in sorted(glob.glob(os.path.join(DEVSET, "written", "*.md"))):
            docs[os.path.splitext(os.path.basename(path))[0]] = ("file", path)
    return docs


def extract(geokg, kind, what):
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "jsonl":
            path = os.path.join(tmp, "doc.jsonl")
            open(path, "w", encoding="utf-8").write(what)
        else:
            path = what
        out = subprocess.run([geokg, "extract", "-f", "ntriples", path], capture_output=True,
                             text=True, check=False)
    graph = collections.defaultdict(set)
    for line in out.stdout.splitlines():
        m = TRIPLE.match(line)
        if m:
            s, p, o = m.groups()
            o = o[1:-1] if o.startswith("<") else o[1:o.rfind('"')]
            graph[(s, p)].add(o)
    return graph


_GAZETTEER = None


def gazetteer_names():
    """Every name the ontology gives each country ("Turkey" beside "Türkiye") and each
    organization ("NSC"): annotators write the common name, geokg labels it with one. Read
    from the Turtle of ontology/countries.ttl, places.ttl and organizations.ttl, whose blocks
    are simple."""
    global _GAZETTEER
    if _GAZETTEER is None:
        _GAZETTEER = collections.defaultdict(set)
        root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ontology")
        for name in ("countries.ttl", "places.ttl", "organizations.ttl"):
            with open(os.path.join(root, name), encoding="utf-8") as f:
                text = f.read()
            for block in re.split(r"\n\s*\n", text):
                m = re.match(r"\s*(?:#[^\n]*\n\s*)*<([^>]+/(?:country|org)/[^>]+)>", block)
                if not m:
                    continue
                for names in re.findall(r'(?:rdfs:label|skos:altLabel)\s+((?:"[^"]*"\s*,?\s*)+)',
                                        block):
                    _GAZETTEER[m.group(1)] |= set(re.findall(r'"([^"]*)"', names))
    return _GAZETTEER


class Document:
    """One document's graph, as names and direct triples."""

    def __init__(self, graph):
        self.graph = graph
        self.names = collections.defaultdict(set)
        for (s, p), objs in graph.items():
            if p in LABELS:
                self.names[s] |= objs
        for s in list(self.names):
            self.names[s] |= gazetteer_names().get(s, set())

    def triples(self, relation):
        found = set()
        for (s, p), objs in self.graph.items():
            if p == GK + relation:
                for o in objs:
                    key = (s, o) if relation != "metWith" else tuple(sorted((s, o)))
                    found.add(key)
        return found

    def label(self, iri):
        labels = self.graph.get((iri, LABELS[0]))
        return sorted(labels)[0] if labels else iri.rsplit("/", 1)[-1]

    def is_named(self, iri, gold):
        return any(same_name(gold, n) for n in self.names[iri])

    def position_matches(self, position, office):
        """The office's words are the position's: every word of the gold office is in the
        position's label or its country's names, and the label has no word more than the
        office but its country's ("Vice President of X" is not "President of X")."""
        want = {w for w in norm_tokens(office) if w not in STOP}
        country = set()
        for c in self.graph.get((position, GK + "positionIn"), ()):
            for n in self.names[c]:
                country.update(norm_tokens(n))
        for label in self.names[position]:
            words = {w for w in norm_tokens(label) if w not in STOP}
            # A state the label names ("... to Türkiye") may be written by another of its
            # names ("to Turkey").
            label_words = set(norm_tokens(label))
            for names in gazetteer_names().values():
                if any(set(norm_tokens(n)) <= label_words for n in names if norm_tokens(n)):
                    for n in names:
                        country.update(norm_tokens(n))
            if want <= words | country and words - want <= country:
                return True
        return False

    def knows(self, name):
        return any(same_name(name, n) for names in self.names.values() for n in names)

    # Why a fact may be missed: a participant geokg found no entity for.
    def unknown(self, fact):
        missing = [fact["s"]] if not self.knows(fact["s"]) else []
        if fact["p"] != "holdsPosition" and not self.knows(fact["o"]):
            missing.append(fact["o"])
        return f"  [no entity: {', '.join(missing)}]" if missing else ""

    def matches(self, fact, triple):
        s, o = triple
        if fact["p"] == "holdsPosition":
            return self.is_named(s, fact["s"]) and self.position_matches(o, fact["o"])
        if fact["p"] == "metWith":
            return ((self.is_named(s, fact["s"]) and self.is_named(o, fact["o"])) or
                    (self.is_named(o, fact["s"]) and self.is_named(s, fact["o"])))
        if self.is_named(s, fact["s"]) and self.is_named(o, fact["o"]):
            return True
        # Two people, or two states, who signed together each signed with the other: the
        # annotation writes the pair once, as it does for metWith.
        same_kind = ((self.is_person(s) and self.is_person(o)) or
                     (self.is_country(s) and self.is_country(o)))
        return (fact["p"] == "signedWith" and same_kind and
                self.is_named(o, fact["s"]) and self.is_named(s, fact["o"]))

    def is_person(self, iri):
        return GK + "Person" in self.graph.get((iri, RDF_TYPE), ())

    def is_country(self, iri):
        return GK + "Country" in self.graph.get((iri, RDF_TYPE), ())


def short(doc):
    return doc.rstrip("/").rsplit("/", 1)[-1][:70]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("geokg")
    parser.add_argument("--list", action="store_true", help="list every miss and false fact")
    parser.add_argument("--docs", choices=("all", "corpus", "written"), default="all")
    parser.add_argument("--relation", choices=RELATIONS)
    args = parser.parse_args()
    if not os.access(args.geokg, os.X_OK):
        sys.exit(f"devset: {args.geokg} is not an executable")
    docs = load_documents(args.docs)
    facts = load_facts(docs)
    by_doc = collections.defaultdict(list)
    for f in facts:
        by_doc[f["doc"]].append(f)
    relations = [args.relation] if args.relation else list(RELATIONS)
    tp, fp, found, total = (collections.Counter() for _ in range(4))
    misses, false_facts = [], []
    for doc, (kind, what) in sorted(docs.items()):
        d = Document(extract(args.geokg, kind, what))
        for rel in relations:
            gold = [f for f in by_doc[doc] if f["p"] == rel]
            accepted = [f for f in gold if f["status"] in ("reported", "optional")]
            for triple in sorted(d.triples(rel)):
                hit = [f for f in accepted if d.matches(f, triple)]
                if any(f["status"] == "reported" for f in hit):
                    tp[rel] += 1
                elif not hit:
                    fp[rel] += 1
                    why = [f for f in gold if d.matches(f, triple)]
                    tag = f" ({why[0]['status']}: {why[0]['note']})" if why else ""
                    false_facts.append(f"{rel}\t{short(doc)}\t{d.label(triple[0])} -> "
                                       f"{d.label(triple[1])}{tag}")
            for f in gold:
                if f["status"] != "reported":
                    continue
                total[rel] += 1
                if any(d.matches(f, t) for t in d.triples(rel)):
                    found[rel] += 1
                else:
                    misses.append(f"{rel}\t{short(doc)}\t{f['s']} -> {f['o']}{d.unknown(f)}"
                                  f"\t{f['note']}")
    print(f"devset: {len(docs)} documents, {sum(total.values())} reported facts "
          f"({args.docs}; {args.geokg})")
    print(f"{'relation':<15}{'precision':>10}{'recall':>10}   asserted right/all, found/stated")
    for rel in relations + ["all"]:
        t = sum(tp[r] for r in relations) if rel == "all" else tp[rel]
        f_ = sum(fp[r] for r in relations) if rel == "all" else fp[rel]
        fo = sum(found[r] for r in relations) if rel == "all" else found[rel]
        to = sum(total[r] for r in relations) if rel == "all" else total[rel]
        p = t / (t + f_) if t + f_ else float("nan")
        r = fo / to if to else float("nan")
        print(f"{rel:<15}{p:>10.2f}{r:>10.2f}   {t}/{t + f_}, {fo}/{to}")
    if args.list:
        print(f"\n# misses ({len(misses)})")
        print("\n".join(misses))
        print(f"\n# false facts ({len(false_facts)})")
        print("\n".join(false_facts))


if __name__ == "__main__":
    main()
