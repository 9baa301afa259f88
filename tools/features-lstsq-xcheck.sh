#!/usr/bin/env bash
# Differential check of the least-squares features (ar_coefficient, augmented_dickey_fuller) against
# Debian's numpy/statsmodels on the system OpenBLAS, on freshly generated ill-conditioned series (large
# offsets, exact ramps, big counters, random walks at 1e8, short series). statsmodels 0.13.5's adfuller
# equals 0.8's for 22 points or more, so shorter series are checked for AR only. Needs python3-statsmodels.
#   tools/features-lstsq-xcheck.sh [SEED] [ROUNDS]
# Prints counts of bit-identical / within-1e-9 / differing values and exits 1 on any difference.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-/usr/bin/python3}"
seed="${1:-5}"; rounds="${2:-6}"
work=$(mktemp -d /tmp/skyline-lstsq.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$PY" - "$work" "$seed" "$rounds" "$ROOT/tools" <<'PYGEN'
import json, os, sys, warnings
import numpy as np
from statsmodels.regression.linear_model import OLS
from statsmodels.tsa.stattools import adfuller
warnings.simplefilter("ignore")
work, seed, rounds, tools = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

# the production input path (Python 2 str, pandas 0.20 xstrtod), shared with the tsfresh oracle
import importlib.util
spec = importlib.util.spec_from_file_location('oracle_driver', os.path.join(tools, 'tsfresh-oracle-driver.py'))
oracle_driver = importlib.util.module_from_spec(spec)
spec.loader.exec_module(oracle_driver)
py2_str, pandas_xstrtod = oracle_driver.py2_str, oracle_driver.xstrtod

rng = np.random.default_rng(seed)
series = []
for r in range(rounds):
    n = int(rng.choice([30, 60, 200, 1440, 1440, 2000]))
    series.append(('offset%d' % r, rng.choice([1e5, 1e7, 1e9, 3e12])
                   + rng.normal(0, rng.choice([0.1, 1, 100, 5e4]), n).round(int(rng.choice([0, 2, 3])))))
    series.append(('ramp%d' % r, rng.choice([1.4e9, 1e6]) + 60.0 * np.arange(n) + (rng.normal(0, 1, n) if r % 2 else 0)))
    series.append(('counter%d' % r, np.cumsum(rng.poisson(rng.choice([3, 300, 30000]), n)).astype(float) + rng.choice([0, 1e10])))
    series.append(('walk%d' % r, 1e8 + np.cumsum(rng.normal(0, 1, n))))
    series.append(('short%d' % r, rng.normal(1e6, 1, int(rng.integers(11, 22)))))
corpus, expected = {'schema': 'skyline-tsfresh-golden/1', 'series': []}, {}
for name, raw in series:
    x = np.array([pandas_xstrtod(py2_str(v)) for v in raw])
    n, k, want = len(x), 10, {}
    if n > k:
        lags = np.column_stack([x[k - l:n - l] for l in range(1, k + 1)])
        skip = np.any(np.ptp(lags, axis=0) == 0) and np.any(np.all(lags != 0, axis=0))
        design = lags if skip else np.column_stack([np.ones(n - k), lags])
        params = OLS(x[k:], design).fit().params
        for c in range(5):
            want['value__ar_coefficient__k_10__coeff_%d' % c] = float(params[c]) if c < len(params) else 'NaN'
    if n >= 22:
        want['value__augmented_dickey_fuller'] = float(adfuller(x)[0])
    expected[name] = want
    corpus['series'].append({'id': name, 'timeseries': [[1480000000 + 60 * i, float(v)] for i, v in enumerate(raw)]})
json.dump(corpus, open(work + '/corpus.json', 'w'))
json.dump(expected, open(work + '/expected.json', 'w'))
PYGEN
"$ROOT/bin/skyline" features --in "$work/corpus.json" --out "$work/ours.json"
"$PY" - "$work" <<'PYCMP'
import json, math, sys
work = sys.argv[1]
expected = json.load(open(work + '/expected.json'))
ours = {s['id']: s['features'] for s in json.load(open(work + '/ours.json'))['series']}
as_float = lambda v: float({'NaN': 'nan', 'Infinity': 'inf', '-Infinity': '-inf'}.get(v, v)) if isinstance(v, str) else v
same = close = differ = 0
for sid, features in expected.items():
    for name, want in features.items():
        a, b = as_float(want), as_float(ours[sid][name])
        if a == b or (math.isnan(a) and math.isnan(b)):
            same += 1
        elif abs(a - b) <= 1e-9 * max(abs(a), abs(b)):
            close += 1
        else:
            differ += 1
            print('differs: %s %s numpy %r ours %r' % (sid, name, a, b))
print(json.dumps({'bit_identical': same, 'within_1e-9': close, 'differ': differ}))
sys.exit(1 if differ else 0)
PYCMP
