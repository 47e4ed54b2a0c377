#!/usr/bin/env python3
"""Oracle test: framelens's tf-idf, cosine, JSD and log-odds z-scores against
scikit-learn, SciPy and an independent NumPy computation, to 1e-9.

usage: oracle_check.py ORACLE_DRIVER
Exit 77 (skipped) when NumPy, SciPy or scikit-learn cannot be imported.
"""
import json
import subprocess
import sys

try:
    import numpy as np
    from scipy.spatial.distance import jensenshannon
    from scipy.stats import chi2 as chi2_dist
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.metrics.pairwise import cosine_similarity
except ImportError as error:
    print(f"oracle_check: skipped, {error}")
    sys.exit(77)

TOLERANCE = 1e-9


def compare(name, ours, theirs):
    ours = np.asarray(ours, dtype=float)
    theirs = np.asarray(theirs, dtype=float)
    if ours.shape != theirs.shape:
        print(f"oracle_check: {name}: shape {ours.shape} != {theirs.shape}")
        return False
    worst = np.nanmax(np.abs(ours - theirs)) if ours.size else 0.0
    if not np.array_equal(np.isnan(ours), np.isnan(theirs)) or worst > TOLERANCE:
        print(f"oracle_check: {name}: max difference {worst:.3g} > {TOLERANCE}")
        return False
    print(f"oracle_check: {name}: max difference {worst:.3g}")
    return True


def monroe_z(y_f, y_r, alpha0):
    background = y_f + y_r
    alpha = alpha0 * background / background.sum()
    n_f, n_r = y_f.sum(), y_r.sum()
    delta = np.log((y_f + alpha) / (n_f + alpha0 - y_f - alpha)) - np.log(
        (y_r + alpha) / (n_r + alpha0 - y_r - alpha))
    return delta / np.sqrt(1.0 / (y_f + alpha) + 1.0 / (y_r + alpha))


def g2_p(y_f, y_r):
    out = []
    n_f, n_r = y_f.sum(), y_r.sum()
    for a, c in zip(y_f, y_r):
        table = np.array([[a, n_f - a], [c, n_r - c]], dtype=float)
        expected = table.sum(1, keepdims=True) * table.sum(0, keepdims=True) / table.sum()
        mask = table > 0
        g2 = 2.0 * np.sum(table[mask] * np.log(table[mask] / expected[mask]))
        out.append(chi2_dist.sf(max(g2, 0.0), 1))
    return np.array(out)


def run_case(driver, seed, docs, features, groups, alpha0):
    rng = np.random.default_rng(seed)
    # Zipf-like column rates so some terms are common and many rare; some zero columns.
    rates = 3.0 / np.arange(1, features + 1) ** 0.9
    counts = rng.poisson(rates * rng.uniform(0.2, 2.0, size=(docs, 1)), size=(docs, features))
    counts[:, -2:] = 0
    group = np.arange(docs) % groups
    lines = [f"{docs} {features} {groups} {alpha0}"]
    for d in range(docs):
        lines.append(" ".join([str(group[d])] + [str(int(c)) for c in counts[d]]))
    result = subprocess.run([driver], input="\n".join(lines) + "\n", capture_output=True,
                            text=True, check=True)
    ours = json.loads(result.stdout)

    ok = True
    transformer = TfidfTransformer(smooth_idf=True, norm="l2", sublinear_tf=False)
    doc_tfidf = transformer.fit_transform(counts).toarray()
    ok &= compare("idf", ours["idf"][0], transformer.idf_)
    ok &= compare("document tf-idf", ours["doc_tfidf"], doc_tfidf)
    sums = np.vstack([counts[group == g].sum(0) for g in range(groups)]).astype(float)
    ok &= compare("group sums", ours["group_sums"], sums)
    ok &= compare("cosine of group tf-idf", ours["cosine_tfidf"],
                  cosine_similarity(sums * transformer.idf_))
    ok &= compare("cosine of counts", ours["cosine_count"], cosine_similarity(sums))
    with np.errstate(divide="ignore"):
        sublinear = np.where(sums > 0, 1.0 + np.log(np.where(sums > 0, sums, 1.0)), 0.0)
    ok &= compare("cosine of sublinear tf", ours["cosine_sublinear"],
                  cosine_similarity(sublinear))
    jsd = np.array([[jensenshannon(sums[a], sums[b], base=2) ** 2 for b in range(groups)]
                    for a in range(groups)])
    ok &= compare("JSD (bits)", ours["jsd"], jsd)
    focus, rest = sums[0], sums[1:].sum(0)
    used = (focus + rest) > 0
    z = np.full(features, np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):  # unused columns are masked out
        z[used] = monroe_z(focus, rest, alpha0)[used]
    ok &= compare("log-odds z, group 0 vs rest", ours["logodds_z_group0_vs_rest"][0], z)
    p = np.full(features, np.nan)
    p[used] = g2_p(focus[used], rest[used])
    ok &= compare("G2 p-value, group 0 vs rest", ours["g2_p_group0_vs_rest"][0], p)
    return ok


def main():
    driver = sys.argv[1]
    ok = True
    for seed, docs, features, groups, alpha0 in [(1, 60, 40, 4, 1000.0), (2, 200, 120, 6, 50.0),
                                                 (3, 9, 15, 3, 10.0)]:
        print(f"oracle_check: case seed={seed} docs={docs} features={features} groups={groups}")
        ok &= run_case(driver, seed, docs, features, groups, alpha0)
    sys.exit(0 if ok else 1)


main()
