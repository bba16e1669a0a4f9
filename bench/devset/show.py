#!/usr/bin/python3
"""Prints one document of the development set as geokg reads it: a shared-corpus document by
its id (from ../shared, never copied into the project), or a written report by its file.

    bench/devset/show.py ID|FILE
"""
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "shared", "corpus", "whitehouse.jsonl.gz")


def main(which):
    if os.path.exists(which):
        print(open(which, encoding="utf-8").read())
        return
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] == which:
                print(f"id: {d['id']}\ndate: {d['date']}\ntitle: {d['title']}\n")
                print(d["text"])
                return
    sys.exit(f"show: no document {which}")


if __name__ == "__main__":
    main(sys.argv[1])
