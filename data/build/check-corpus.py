#!/usr/bin/env python3
"""Validate the Frontline demo corpus and the labelled evaluation set.

Usage: python3 data/build/check-corpus.py [corpus.jsonl] [labelled.jsonl]

Checks that every line parses as JSON, required fields are present and
non-empty, languages/dates/ids are valid and ids unique, word counts are in
range, and (for the labelled set) that claim enums follow the annotation
guideline. Prints per-language / per-year counts. Exit code 1 on any error.
"""
import collections
import datetime
import json
import re
import sys

LANGS = {"en", "es", "fr", "de", "ru", "uk"}
FIELDS = ["id", "title", "url", "outlet", "published", "language", "text"]
TYPES = {"captured", "retaken", "withdrew", "advancing", "fighting", "encircled", "shelled"}
SIDES = {"RU", "UA", None}
STATUSES = {"asserted", "denied", "forecast", "historical"}
CLAIM_FIELDS = ["place", "oblast", "type", "side", "status", "claimant"]


def check(path, labelled, min_words, max_words):
    errors = []
    ids = set()
    per_lang = collections.Counter()
    per_year = collections.Counter()
    claim_types = collections.Counter()
    claim_status = collections.Counter()
    places = set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{path}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not JSON ({e})")
                continue
            for k in FIELDS + (["claims"] if labelled else []):
                if k not in obj:
                    errors.append(f"{where}: missing field {k}")
            if any(k not in obj for k in FIELDS):
                continue
            for k in FIELDS:
                if not isinstance(obj[k], str) or not obj[k].strip():
                    errors.append(f"{where}: field {k} empty or not a string")
            if obj["id"] in ids:
                errors.append(f"{where}: duplicate id {obj['id']}")
            ids.add(obj["id"])
            if obj["url"] != "demo://frontline/" + obj["id"]:
                errors.append(f"{where}: url should be demo://frontline/{obj['id']}")
            if obj["language"] not in LANGS:
                errors.append(f"{where}: bad language {obj['language']}")
            try:
                d = datetime.date.fromisoformat(obj["published"])
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", obj["published"]):
                    raise ValueError
                if not datetime.date(2022, 2, 24) <= d <= datetime.date(2025, 12, 31):
                    errors.append(f"{where}: date {d} outside 2022-02-24..2025-12-31")
            except ValueError:
                errors.append(f"{where}: bad date {obj['published']}")
                continue
            words = len(obj["text"].split())
            if not min_words <= words <= max_words:
                errors.append(f"{where}: {words} words, expected {min_words}-{max_words}")
            per_lang[obj["language"]] += 1
            per_year[obj["published"][:4]] += 1
            if labelled:
                claims = obj.get("claims")
                if not isinstance(claims, list):
                    errors.append(f"{where}: claims must be a list")
                    continue
                for c in claims:
                    for k in CLAIM_FIELDS:
                        if k not in c:
                            errors.append(f"{where}: claim missing {k}: {c}")
                    if c.get("type") not in TYPES:
                        errors.append(f"{where}: bad type {c.get('type')}")
                    if c.get("side") not in SIDES:
                        errors.append(f"{where}: bad side {c.get('side')}")
                    if c.get("status") not in STATUSES:
                        errors.append(f"{where}: bad status {c.get('status')}")
                    if c.get("side") is None and c.get("type") != "fighting":
                        errors.append(f"{where}: side may be null only for fighting: {c}")
                    for k in ("place", "oblast", "claimant"):
                        if not isinstance(c.get(k), str) or not c.get(k, "").strip():
                            errors.append(f"{where}: claim field {k} empty: {c}")
                    claim_types[c.get("type")] += 1
                    claim_status[c.get("status")] += 1
                    places.add(c.get("place"))
    print(f"== {path}: {len(ids)} articles")
    print("   per language:", dict(sorted(per_lang.items())))
    print("   per year:    ", dict(sorted(per_year.items())))
    if labelled:
        print("   claims:", sum(claim_types.values()), "distinct places:", len(places))
        print("   by type:  ", dict(sorted(claim_types.items())))
        print("   by status:", dict(sorted(claim_status.items())))
    return errors


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else "data/demo/corpus.jsonl"
    labelled = sys.argv[2] if len(sys.argv) > 2 else "src/test/resources/eval/labelled.jsonl"
    errors = check(corpus, False, 80, 250)
    try:
        errors += check(labelled, True, 60, 200)
    except FileNotFoundError:
        print(f"(no {labelled})")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
