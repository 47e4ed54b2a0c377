"""Checks that a report's similarity figures are the analysis's own.

Usage: check_weighting.py REPORT_DIR WEIGHTING

The top-level similarity matrix, similarity.csv and the analysis's lexicon-term
cosine must be one matrix, weighted as the run asked (--weighting); likewise
the divergence matrix, divergence.csv and the analysis's JSD.
"""
import csv
import json
import sys


def csv_matrix(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return [[float(x) for x in row[1:]] for row in rows[1:]]


def same(a, b):
    return len(a) == len(b) and all(
        len(r) == len(s) and all(abs(x - y) <= 1e-6 for x, y in zip(r, s)) for r, s in zip(a, b)
    )


def main():
    folder, weighting = sys.argv[1], sys.argv[2]
    with open(f"{folder}/report.json", encoding="utf-8") as f:
        report = json.load(f)
    terms = report["analysis"]["lexicon_terms"]
    assert terms["similarity"]["weighting"] == weighting, terms["similarity"]["weighting"]
    assert weighting in report["similarity"]["features"], report["similarity"]["features"]
    cosine = terms["similarity"]["matrix"]
    assert same(report["similarity"]["matrix"], cosine), "report.json similarity differs"
    assert same(csv_matrix(f"{folder}/similarity.csv"), cosine), "similarity.csv differs"
    jsd = terms["divergence"]["matrix_bits"]
    assert same(report["divergence"]["matrix"], jsd), "report.json divergence differs"
    assert same(csv_matrix(f"{folder}/divergence.csv"), jsd), "divergence.csv differs"
    print(f"similarity and divergence agree with the analysis ({weighting})")


if __name__ == "__main__":
    main()
