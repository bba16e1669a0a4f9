#!/usr/bin/python3
"""Draws the development set's real documents from the shared White House corpus: the
readouts and statements among its statements and releases, of article length, sampled at
random with a fixed seed (not picked by hand). Writes their ids, one a line, to stdout.

    bench/devset/sample.py [CORPUS.jsonl.gz] > bench/devset/corpus-ids.txt

The texts stay in ../shared; the project keeps only the ids and the facts annotated by
reading them (bench/devset/facts.tsv).
"""
import gzip
import json
import os
import random
import re
import sys

SEED = 20261201
COUNT = 64
MAX_CHARS = 5000


def main(path):
    candidates = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("category") != "statements-releases":
                continue
            if not re.search(r"\b(Readout|Statement)\b", d.get("title", "")):
                continue
            if len(d.get("text", "")) > MAX_CHARS:
                continue
            candidates.append(d["id"])
    candidates = sorted(set(candidates))
    for doc_id in sorted(random.Random(SEED).sample(candidates, COUNT)):
        print(doc_id)


if __name__ == "__main__":
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                           "shared", "corpus", "whitehouse.jsonl.gz")
    main(sys.argv[1] if len(sys.argv) > 1 else default)
