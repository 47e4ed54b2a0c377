#!/usr/bin/env python3
"""Checks the invariants of a report.json: every outlet's matrices are square
and symmetric, cosine is in [0, 1] with ones on the diagonal, and the
Jensen-Shannon divergence is in [0, 1] with zeros on the diagonal; and that
report.html has its sections, the summary first.

usage: check_report.py REPORT_DIR [MIN_OUTLETS]
"""
import json
import sys

# Sections every report.html has, whatever the corpus ("events" only with events).
HTML_SECTIONS = ["summary", "contrasts", "frames", "keyness", "voices", "similarity", "pairs",
                 "terms", "outlets", "evidence", "methods", "inputs"]


def fail(message):
    print(f"check_report: {message}")
    sys.exit(1)


def check_matrix(name, matrix, n, diagonal):
    if len(matrix) != n or any(len(row) != n for row in matrix):
        fail(f"{name} is not {n}x{n}")
    for i in range(n):
        if abs(matrix[i][i] - diagonal) > 1e-9:
            fail(f"{name}[{i}][{i}] = {matrix[i][i]}, expected {diagonal}")
        for j in range(n):
            if not 0.0 <= matrix[i][j] <= 1.0:
                fail(f"{name}[{i}][{j}] = {matrix[i][j]} is outside [0, 1]")
            if abs(matrix[i][j] - matrix[j][i]) > 1e-9:
                fail(f"{name} is not symmetric at ({i}, {j})")


def main():
    report_dir = sys.argv[1]
    min_outlets = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    with open(f"{report_dir}/report.json", encoding="utf-8") as f:
        report = json.load(f)
    outlets = [o["id"] for o in report["outlets"]]
    if len(outlets) < min_outlets:
        fail(f"{len(outlets)} outlets, expected at least {min_outlets}")
    n = len(outlets)
    check_matrix("similarity", report["similarity"]["matrix"], n, 1.0)
    check_matrix("divergence", report["divergence"]["matrix"], n, 0.0)
    if report["divergence"]["log_base"] != 2:
        fail("divergence log base is not 2")
    if not any(o["term_matches"] > 0 for o in report["outlets"]):
        fail("no outlet matched any term")
    with open(f"{report_dir}/report.md", encoding="utf-8") as f:
        if "Jensen–Shannon" not in f.read():
            fail("report.md does not explain the divergence")
    with open(f"{report_dir}/report.html", encoding="utf-8") as f:
        page = f.read()
    for section in HTML_SECTIONS:
        if f'<section id="{section}"' not in page:
            fail(f"report.html has no section '{section}'")
    if page.index('<section id="summary"') > page.index('<section id="contrasts"'):
        fail("report.html does not open with the summary")
    print(f"check_report: {n} outlets, matrices valid")


main()
