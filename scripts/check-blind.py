#!/usr/bin/env python3
"""Check a blind set's gold: every claim/conflict text is an exact substring of its
article, `occurrence` is present exactly when the text occurs more than once and is in range,
and kinds/cues/agreements are from the allowed sets. Prints counts. Exit 1 on any error.

Usage: scripts/check-blind.py DIR   (e.g. Tests/NewsModelTests/Fixtures/conflict-blind-2)"""
import collections, glob, json, os, sys

if len(sys.argv) != 2:
    sys.exit("usage: check-blind.py DIR")
HERE = os.path.abspath(sys.argv[1])
SPEAKER_KINDS = {"person", "organization", "group", "document"}
CONFLICT_KINDS = ["denial", "refutation", "mutual-accusation", "contradicting-figures", "framing"]
AGREEMENTS = {"clear", "likely", "uncertain"}
errors = []

def count(text, sub):
    n, i = 0, text.find(sub)
    while i >= 0:
        n += 1
        i = text.find(sub, i + 1)
    return n

def check_text(doc, where, text, item):
    n = count(doc, text)
    if n == 0:
        errors.append(f"{where}: text not in article: {text!r}")
    elif n > 1 and "occurrence" not in item:
        errors.append(f"{where}: text occurs {n}x but has no occurrence: {text!r}")
    elif "occurrence" in item and not (0 <= item["occurrence"] < n):
        errors.append(f"{where}: occurrence {item['occurrence']} out of range ({n}): {text!r}")

totals = collections.Counter()
by_kind = collections.Counter()
by_agreement = collections.Counter()
for path in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
    name = os.path.basename(path)[:-4]
    doc = open(path, encoding="utf-8").read()
    words = len(doc.split())
    claims = json.load(open(os.path.join(HERE, name + ".claims.json"), encoding="utf-8"))
    conflicts = json.load(open(os.path.join(HERE, name + ".conflicts.json"), encoding="utf-8"))
    for i, c in enumerate(claims):
        w = f"{name}.claims[{i}]"
        for key in ("speaker", "cue", "text", "kind"):
            if not c.get(key):
                errors.append(f"{w}: missing {key}")
        if c.get("kind") not in SPEAKER_KINDS:
            errors.append(f"{w}: bad kind {c.get('kind')}")
        check_text(doc, w, c["text"], c)
    for i, x in enumerate(conflicts):
        w = f"{name}.conflicts[{i}]"
        if x.get("kind") not in CONFLICT_KINDS:
            errors.append(f"{w}: bad kind {x.get('kind')}")
        if x.get("agreement") not in AGREEMENTS:
            errors.append(f"{w}: bad agreement {x.get('agreement')}")
        for side in ("a", "b"):
            s = x[side]
            check_text(doc, f"{w}.{side}", s["text"], s)
            # each side should lie within a claim of the same speaker
            if not any(c["speaker"] == s["speaker"] and s["text"] in c["text"] for c in claims):
                errors.append(f"{w}.{side}: not inside any claim of {s['speaker']!r}")
        by_kind[x["kind"]] += 1
        by_agreement[x["agreement"]] += 1
    opt = sum(1 for c in claims if c.get("optional"))
    totals["articles"] += 1; totals["claims"] += len(claims); totals["optional"] += opt
    totals["conflicts"] += len(conflicts)
    kinds = collections.Counter(x["kind"] for x in conflicts)
    print(f"{name:40s} {words:4d} words {len(claims):3d} claims ({opt} optional) "
          f"{len(conflicts):3d} conflicts {dict(kinds)}")
print(f"\n{totals['articles']} articles, {totals['claims']} claims ({totals['optional']} optional), "
      f"{totals['conflicts']} conflicts")
print("by kind:", {k: by_kind[k] for k in CONFLICT_KINDS})
print("by agreement:", dict(by_agreement))
if errors:
    print("\nERRORS:\n  " + "\n  ".join(errors))
    sys.exit(1)
print("OK: all texts are exact substrings; occurrences consistent")
