#!/usr/bin/env python3
"""Scores newstui's claims (and conflicts) against hand-annotated claim gold.

Usage:
  scripts/score-claims.py [--gold DIR] [--texts DIR] [--binary PATH | --json FILE] [--quiet]

Gold (default Tests/NewsModelTests/Fixtures/claims-gold, see its README.md):
  <name>.claims.json     [{"speaker", "cue", "text", "kind", "aliases"?, "occurrence"?, "optional"?, "note"?}]
  <name>.conflicts.json  [{"a": {"speaker", "text"}, "b": {...}, "kind", "agreement"}]   (optional file)
The article is <texts>/<name>.txt (default: the gum-tune folder). Gold spans are found by locating
each gold text in the file's decoded text (its `occurrence`-th occurrence, 0 by default).

Without --json the script runs `<binary> analyze <texts>/<name>.txt ... --format json --no-cache`
(default binary .build/release/newstui); with --json it reads that analysis instead.

Matching: a predicted claim matches a gold claim when their character spans overlap by at least
50% of the shorter span. Predicted spans are the claims' "start"/"end" (Unicode scalar offsets into
the decoded file text, which Python string indices are).
- recall    = required gold claims matched by some predicted claim / required gold claims
              ("optional": true gold claims are borderline attributions: not counted in recall,
              but a predicted claim matching one is not a false claim either)
- precision = predicted claims matching some gold claim / predicted claims
- speaker accuracy = over matched predicted claims, each against its most-overlapping gold claim:
  right when the predicted speaker or the name of its speakerEntity equals the gold speaker or one
  of its aliases (case-insensitively, ignoring a leading "the" and punctuation), or, for a gold
  person, when one name contains the other's surname (last word) as a word.
Conflicts: a predicted conflict finds a gold conflict when its two claims match the gold a/b texts
(either order) by the same overlap rule. Gold conflicts with "agreement": "uncertain" are optional.
Standard library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DEFAULT_GOLD = os.path.join(ROOT, "Tests/NewsModelTests/Fixtures/claims-gold")
DEFAULT_TEXTS = os.path.join(ROOT, "Tests/NewsModelTests/Fixtures/gum-tune")
DEFAULT_BINARY = os.path.join(ROOT, ".build/release/newstui")


def read_text(path):
    # Same decoding as newstui: BOM removed, line ends kept as in the file.
    with open(path, encoding="utf-8-sig", newline="") as f:
        return f.read()


def locate(text, needle, occurrence=0):
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(needle)


def matches(a, b):
    """Spans (start, end) overlap by at least 50% of the shorter one."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and overlap > 0 and overlap * 2 >= shorter


def overlap_len(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def norm(name):
    s = unicodedata.normalize("NFKC", name or "").replace("’", "'").lower()
    s = re.sub(r"[^\w\s'.-]", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" .'-")
    s = re.sub(r"^the ", "", s)
    return s


def words(name):
    return re.findall(r"[\w'-]+", norm(name))


def surname(name):
    w = [x for x in words(name) if x not in ("jr", "sr", "ii", "iii")]
    return w[-1] if w else ""


def speaker_right(pred_names, gold):
    golds = [gold["speaker"]] + list(gold.get("aliases", []))
    person = gold.get("kind") == "person"
    for p in pred_names:
        if not p:
            continue
        for g in golds:
            if norm(p) == norm(g):
                return True
            if person:
                sp, sg = surname(p), surname(g)
                if len(sg) > 2 and sg in words(p):
                    return True
                if len(sp) > 2 and sp in words(g):
                    return True
    return False


def short(s, n=90):
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=DEFAULT_GOLD, help="folder of <name>.claims.json gold")
    ap.add_argument("--texts", default=DEFAULT_TEXTS, help="folder of the <name>.txt articles")
    ap.add_argument("--binary", default=DEFAULT_BINARY, help="newstui binary to run")
    ap.add_argument("--json", help="read this `newstui analyze --format json` output instead of running")
    ap.add_argument("--quiet", action="store_true", help="figures only, no mismatch list")
    args = ap.parse_args()

    names = sorted(f[: -len(".claims.json")] for f in os.listdir(args.gold) if f.endswith(".claims.json"))
    if not names:
        sys.exit(f"no *.claims.json in {args.gold}")
    paths = {n: os.path.join(args.texts, n + ".txt") for n in names}
    for n, p in paths.items():
        if not os.path.exists(p):
            sys.exit(f"missing article text {p}")

    if args.json:
        doc = json.load(open(args.json, encoding="utf-8"))
    else:
        cmd = [args.binary, "analyze", *[paths[n] for n in names], "--format", "json", "--no-cache"]
        run = subprocess.run(cmd, capture_output=True)
        if run.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed ({run.returncode}): {run.stderr.decode(errors='replace')}")
        doc = json.loads(run.stdout)

    entity_name = {e["id"]: e["name"] for e in doc.get("entities", [])}
    articles = {}
    for a in doc.get("articles", []):
        n = os.path.splitext(os.path.basename(a["path"]))[0]
        if n in paths:
            articles[n] = a
    claim_index = {}  # predicted claim id -> (name, claim)
    for n, a in articles.items():
        for c in a.get("claims", []):
            claim_index[c["id"]] = (n, c)

    totals = dict(req=0, req_found=0, opt=0, opt_found=0, pred=0, pred_ok=0, spk=0, spk_ok=0)
    report = []
    per_file = []
    gold_conflicts = []  # (name, conflict, span_a, span_b)
    for n in names:
        text = read_text(paths[n])
        gold = json.load(open(os.path.join(args.gold, n + ".claims.json"), encoding="utf-8"))
        for g in gold:
            span = locate(text, g["text"], g.get("occurrence", 0))
            if span is None:
                sys.exit(f"{n}: gold text not found in the article: {short(g['text'])!r}")
            g["span"] = span
        cpath = os.path.join(args.gold, n + ".conflicts.json")
        if os.path.exists(cpath):
            for k in json.load(open(cpath, encoding="utf-8")):
                sa, sb = locate(text, k["a"]["text"]), locate(text, k["b"]["text"])
                if sa is None or sb is None:
                    sys.exit(f"{n}: conflict text not found: {k}")
                gold_conflicts.append((n, k, sa, sb))

        a = articles.get(n)
        if a is None:
            report.append(f"\n== {n}: not in the analysis output")
            preds = []
        else:
            preds = a.get("claims", [])
        for p in preds:
            p["span"] = (p["start"], p["end"])
            if text[p["start"]:p["end"]].strip() != (p.get("text") or "").strip():
                pass  # the text field may be normalised; offsets are what is scored

        f = dict(req=0, req_found=0, opt=0, opt_found=0, pred=len(preds), pred_ok=0, spk=0, spk_ok=0)
        missed, false, wrong = [], [], []
        for g in gold:
            hit = any(matches(p["span"], g["span"]) for p in preds)
            key = "opt" if g.get("optional") else "req"
            f[key] += 1
            f[key + "_found"] += hit
            if not hit and not g.get("optional"):
                missed.append(g)
        for p in preds:
            cands = [g for g in gold if matches(p["span"], g["span"])]
            if not cands:
                false.append(p)
                continue
            f["pred_ok"] += 1
            g = max(cands, key=lambda g: overlap_len(p["span"], g["span"]))
            pred_names = [p.get("speaker"), entity_name.get(p.get("speakerEntity"))]
            f["spk"] += 1
            if speaker_right(pred_names, g):
                f["spk_ok"] += 1
            else:
                wrong.append((p, g))
        for k in totals:
            totals[k] += f[k]
        per_file.append((n, f))

        report.append(f"\n== {n}")
        for g in missed:
            report.append(f"  MISSED  [{g['speaker']} / {g['cue']}] {short(g['text'])}")
        for p in false:
            report.append(f"  FALSE   [{p.get('speaker')} / {p.get('cue')}] {short(p.get('text'))}")
        for p, g in wrong:
            ent = entity_name.get(p.get("speakerEntity"))
            got = p.get("speaker") + (f" = {ent}" if ent and ent != p.get("speaker") else "")
            report.append(f"  SPEAKER got {got!r} ({p.get('cue')}), gold {g['speaker']!r} ({g['cue']}): {short(p.get('text'), 70)}")
        if not (missed or false or wrong):
            report.append("  (no mismatches)")

    def pct(x, y):
        return f"{100.0 * x / y:5.1f}%" if y else "    –"

    print("Claims against hand-annotated gold (" + os.path.relpath(args.gold, ROOT) + ")")
    print(f"{'file':22} {'recall':>16} {'precision':>16} {'speaker acc.':>16}   opt. found")
    for n, f in per_file + [("TOTAL", totals)]:
        print(f"{n:22} {pct(f['req_found'], f['req'])} {f['req_found']:3}/{f['req']:<3}   "
              f"{pct(f['pred_ok'], f['pred'])} {f['pred_ok']:3}/{f['pred']:<3}   "
              f"{pct(f['spk_ok'], f['spk'])} {f['spk_ok']:3}/{f['spk']:<3}   {f['opt_found']}/{f['opt']}")

    # Conflicts: found pairs, within the scored articles (cross-article pairs among them count too).
    scored_ids = set(claim_index)
    preds_k = [k for k in doc.get("conflicts", []) if k["a"] in scored_ids and k["b"] in scored_ids]
    def side_ok(cid, name, span):
        if cid not in claim_index:
            return False
        n, c = claim_index[cid]
        return n == name and matches((c["start"], c["end"]), span)
    found = set()
    k_ok = 0
    k_lines = []
    for k in preds_k:
        hits = [i for i, (n, g, sa, sb) in enumerate(gold_conflicts)
                if (side_ok(k["a"], n, sa) and side_ok(k["b"], n, sb)) or (side_ok(k["a"], n, sb) and side_ok(k["b"], n, sa))]
        if hits:
            k_ok += 1
            found.update(hits)
        else:
            (na, ca), (nb, cb) = claim_index[k["a"]], claim_index[k["b"]]
            where = na if na == nb else f"{na} x {nb}"
            k_lines.append(f"  FALSE   {k['kind']} ({where}): [{ca.get('speaker')}] {short(ca.get('text'), 50)}  <>  "
                           f"[{cb.get('speaker')}] {short(cb.get('text'), 50)}")
    req_k = [i for i, (n, g, sa, sb) in enumerate(gold_conflicts) if g.get("agreement") != "uncertain"]
    for i, (n, g, sa, sb) in enumerate(gold_conflicts):
        if i not in found and i in req_k:
            k_lines.insert(0, f"  MISSED  {g['kind']} ({n}): [{g['a']['speaker']}] {short(g['a']['text'], 50)}  <>  "
                              f"[{g['b']['speaker']}] {short(g['b']['text'], 50)}")
    print(f"\nConflicts: recall {pct(len(found & set(req_k)), len(req_k))} {len(found & set(req_k))}/{len(req_k)}, "
          f"precision {pct(k_ok, len(preds_k))} {k_ok}/{len(preds_k)} "
          f"(gold marked uncertain: {len(gold_conflicts) - len(req_k)}, optional)")

    if not args.quiet:
        print("\nMismatches (MISSED gold claim, FALSE predicted claim, SPEAKER wrong on a matched claim):")
        print("\n".join(report))
        if k_lines:
            print("\n== conflicts")
            print("\n".join(k_lines))


if __name__ == "__main__":
    main()
