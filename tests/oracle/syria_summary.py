#!/usr/bin/env python3
"""Prints, from a report.json, each outlet's top key words and its label
choices per contrast, so a reader can check them against the articles; and
checks that the figures are consistent (shares sum to 1, intervals contain
their estimate, every outlet has a keyness list).

usage: syria_summary.py REPORT_DIR
"""
import json
import sys


def fail(message):
    print(f"syria_summary: {message}")
    sys.exit(1)


def main():
    with open(f"{sys.argv[1]}/report.json", encoding="utf-8") as f:
        analysis = json.load(f)["analysis"]
    outlets = [o["id"] for o in analysis["outlets"]]
    print(f"voice: {analysis['parameters']['voice']}, seed {analysis['parameters']['seed']}")
    for outlet in analysis["outlets"]:
        flag = "low evidence: " + "; ".join(outlet["low_evidence_reasons"]) \
            if outlet["low_evidence"] else "ok"
        print(f"{outlet['id']}: {outlet['documents']} documents, {outlet['tokens']:.0f} tokens, "
              f"{outlet['lexicon_matches']:.0f} matches ({flag})")
    keyness = analysis["keyness"]
    print(f"\nKey words against the rest ({keyness['method']['name']}, "
          f"alpha0 = {keyness['method']['alpha0']}):")
    if [k["focus"] for k in keyness["against_rest"]] != outlets:
        fail("keyness does not cover every outlet")
    for k in keyness["against_rest"]:
        if not k["over"] and k["terms_tested"] > 0:
            fail(f"{k['focus']}: no key word although {k['terms_tested']} terms were tested")
        words = ", ".join(f"{t['term']} ({t['count_focus']:.0f} vs {t['count_reference']:.0f}, "
                          f"z {t['z']:.1f})" for t in k["over"][:8])
        print(f"  {k['focus']}: {words}")
    print("\nLabel choices (share of uses, 95% interval):")
    for contrast in analysis["contrasts"]["contrasts"]:
        options = [o["id"] for o in contrast["options"]]
        print(f"  {contrast['label']} [{' / '.join(options)}]")
        for row in contrast["outlets"]:
            if row["total"] == 0:
                print(f"    {row['outlet']}: no use")
                continue
            shares = [o["share"] for o in row["options"]]
            if abs(sum(s["value"] for s in shares) - 1.0) > 1e-5:
                fail(f"{contrast['id']} {row['outlet']}: shares do not sum to 1")
            parts = []
            for option, share in zip(options, shares):
                low, high = share["ci95"] if share["ci95"] else (None, None)
                if low is not None and not low - 1e-6 <= share["value"] <= high + 1e-6:
                    fail(f"{contrast['id']} {row['outlet']} {option}: estimate outside interval")
                interval = f" [{low:.2f}, {high:.2f}]" if low is not None else ""
                parts.append(f"{option} {share['value']:.2f}{interval}")
            print(f"    {row['outlet']} ({row['total']:.0f} uses, {row['interval_method']}): "
                  + ", ".join(parts))
    print("\nPairs (JSD of lexicon terms, bits):")
    for pair in analysis["lexicon_terms"]["pairs"]:
        null = pair["null_baseline"]
        verdict = "differ more than chance" if pair["difference_supported"] else (
            f"no difference shown (p = {null['p_value']:.3f})" if null["testable"]
            else null["reason"])
        print(f"  {pair['a']} - {pair['b']}: {pair['jsd_bits']['value']:.3f}; {verdict}")


main()
