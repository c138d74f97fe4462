#!/usr/bin/env python3
"""Compares two dossiers (analyze --format json): copy links, figure groups, and stories by B-cubed.

usage: scripts/compare-dossiers.py EMBEDDED.json SPARK.json
Prints one line per check; exits 1 when copy links or figure groups differ or B-cubed F1 < 0.98.
"""
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def links(d):
    return sorted(json.dumps(p, sort_keys=True) for s in d["stories"] for p in s["provenance"])


def figure_groups(d):
    return sorted(json.dumps(g, sort_keys=True) for s in d["stories"] for g in s["figures"])


def clusters(d):
    out = {}
    for s in d["stories"]:
        members = frozenset(s["articleIds"])
        for a in s["articleIds"]:
            out[a] = members
    return out


def bcubed(system, gold):
    sys_c, gold_c = clusters(system), clusters(gold)
    p = r = 0.0
    for a, g in gold_c.items():
        s = sys_c[a]
        both = len(s & g)
        p += both / len(s)
        r += both / len(g)
    p /= len(gold_c)
    r /= len(gold_c)
    return p, r, 2 * p * r / (p + r)


def main():
    emb, spk = load(sys.argv[1]), load(sys.argv[2])
    ok = True
    same_articles = [a["id"] for a in emb["articles"]] == [a["id"] for a in spk["articles"]]
    print(f"articles: {len(emb['articles'])} embedded, {len(spk['articles'])} spark, same order: {same_articles}")
    le, ls = links(emb), links(spk)
    print(f"copy links: {len(le)} embedded, {len(ls)} spark, equal: {le == ls}")
    fe, fs = figure_groups(emb), figure_groups(spk)
    print(f"figure groups: {len(fe)} embedded, {len(fs)} spark, equal: {fe == fs}")
    p, r, f1 = bcubed(spk, emb)
    print(f"stories: {len(emb['stories'])} embedded, {len(spk['stories'])} spark, B-cubed P {p:.4f} R {r:.4f} F1 {f1:.4f}")
    print(f"whole dossier identical: {emb == spk}")
    ok = same_articles and le == ls and fe == fs and f1 >= 0.98
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
