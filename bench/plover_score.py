#!/usr/bin/python3
"""Scores geokg on the PLOVER core-relation suite (a peer project's gold standard).

    bench/plover_score.py GEOKG SUITE.jsonl

Each record alone (id, text, date) is extracted; an expected fact counts as found when a
direct triple of its relation links resources whose labels match the actor texts (one
contained in the other; either direction for metWith and signedWith). Negative records
must yield none of the four direct relations. A measurement: it reports, asserts nothing.
"""
import json
import re
import subprocess
import sys
import unicodedata

GK = "https://w3id.org/geokg/ontology#"
LABELS = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel")
RELATIONS = ("visited", "metWith", "signedWith", "accused")
TRIPLE = re.compile(r'^<([^>]*)> <([^>]*)> (<[^>]*>|"(?:[^"\\]|\\.)*"\S*) \.$')


def norm(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()


def extract(geokg, record):
    doc = {"id": record["id"], "text": record["text"], "date": record["date"]}
    out = subprocess.run([geokg, "extract", "-f", "ntriples", "-"], input=json.dumps(doc) + "\n",
                         capture_output=True, text=True, check=False).stdout
    labels, direct = {}, set()
    for line in out.splitlines():
        m = TRIPLE.match(line)
        if not m:
            continue
        s, p, o = m.groups()
        if p in LABELS:
            labels.setdefault(s, set()).add(norm(json.loads(o[:o.rfind('"') + 1])))
        elif p.startswith(GK) and p[len(GK):] in RELATIONS:
            direct.add((s, p[len(GK):], o.strip("<>")))
    return labels, direct


def matches(labels, resource, actor):
    a = norm(actor)
    return any(len(l) >= 4 and (l in a or a in l) for l in labels.get(resource, ()))


def main(geokg, suite):
    found = expected = negatives = false_records = 0
    misses = []
    for line in open(suite, encoding="utf-8"):
        record = json.loads(line)
        labels, direct = extract(geokg, record)
        if record["kind"].startswith("negative"):
            negatives += 1
            if direct:
                false_records += 1
                misses.append(f"  {record['id']}: negative, yet {sorted(direct)[:2]}")
            continue
        for subject, relation, obj in record["expect"]:
            expected += 1
            symmetric = relation in ("metWith", "signedWith")
            ok = any(r == relation and ((matches(labels, s, subject) and matches(labels, o, obj)) or
                                        (symmetric and matches(labels, s, obj) and matches(labels, o, subject)))
                     for s, r, o in direct)
            found += ok
            if not ok:
                misses.append(f"  {record['id']}: missed {subject} {relation} {obj}")
    print("\n".join(misses))
    print(f"plover: {found} of {expected} expected facts found; "
          f"{false_records} of {negatives} negative records yield a direct triple")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
