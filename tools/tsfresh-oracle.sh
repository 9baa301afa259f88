#!/usr/bin/env bash
# Differential oracle for the features package: runs the REAL tsfresh 0.4.0 source (read from the git mirror
# into a temporary directory at run time, never committed) on freshly generated series, fed the way
# production Skyline fed it (Python 2 str(float) text, pandas 0.20 xstrtod parse), and writes a corpus in
# the golden schema (skyline-tsfresh-golden/1). Then runs `bin/skyline features` on it and compares every
# value with the corpus README's judging rule (1e-9 relative, NaN = NaN).
#   tools/tsfresh-oracle.sh OUT.json [COUNT] [SEED]
# Environment:
#   ORACLE_FROM=corpus.json   replay that corpus's own series instead of generating (validation); the
#                             report then also compares the oracle with that corpus's values
#   ORACLE_MAX_N=N            skip series longer than N (e.g. 2000 leaves out the slow 8640-point ones)
#   ORACLE_TENSEC=K           number of 8640-point series to generate (default 0: ~1-2 min and ~4 GB each)
#   ORACLE_NO_COMPARE=1       only write OUT.json
# Needs /usr/bin/python3 with Debian's numpy 1.24 / scipy 1.10 / pandas 1.5 / statsmodels 0.13.
# Harness substitutions (see docs/features.md "Differential oracle"): pandas API patches P1/P2, own
# statsmodels-0.8 AR least squares (P3), statsmodels 0.13.5 adfuller for n >= 22 only (P4; shorter
# series get augmented_dickey_fuller marked sensitive with max_rel_diff Infinity = not judged), shims S1-S3.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$1"; count="${2:-60}"; seed="${3:-7}"
MIRROR="${TSFRESH_MIRROR:-/work/.mirror/blue-yonder+tsfresh/repo}"
TAG="${TSFRESH_TAG:-v0.4.0}"
GOLDEN="${GOLDEN:-/work/shared/testdata/tsfresh/golden-features-visible.json}"
PY="${PYTHON:-/usr/bin/python3}"
work=$(mktemp -d /tmp/tsfresh-oracle.XXXXXX)
trap 'rm -rf "$work"' EXIT
# only the Python sources (the mirror may lack large data files such as tsfresh/scripts/data.txt)
git --git-dir="$MIRROR" archive "$TAG" $(git --git-dir="$MIRROR" ls-tree -r --name-only "$TAG" tsfresh | grep '\.py$') \
  2>/dev/null | tar -x -C "$work"
[ -s "$work/tsfresh/feature_extraction/feature_calculators.py" ] || { echo "cannot read tsfresh $TAG from $MIRROR" >&2; exit 2; }

# Harness patches, applied to the scratch copy only.
"$PY" - "$work" <<'PATCH'
import re, sys
root = sys.argv[1] + '/tsfresh/'
def patch(path, old, new, count=1):
    text = open(root + path).read()
    text, n = re.subn(old, new, text)
    if n != count:
        sys.exit('patch failed on %s: %r matched %d times' % (path, old, n))
    open(root + path, 'w').write(text)
# P1: pandas >= 1.0 rejects a dict of renamed aggregations; a list of (name, function) pairs is the same call
patch('feature_extraction/extraction.py', r'\.aggregate\(column_name_to_aggregate_function\)',
      '.aggregate(list(column_name_to_aggregate_function.items()))')
# P2: pd.concat lost join_axes; reindex on the same index instead
patch('feature_extraction/extraction.py', r'pd\.concat\((list_of_extracted_feature_dataframes), axis=1,\s*join_axes=\[extracted_features\.index\]\)',
      r'pd.concat(\1, axis=1).reindex(extracted_features.index)')
# P3/P4: AR and adfuller come from the oracle's own module
patch('feature_extraction/feature_calculators.py', r'from statsmodels\.tsa\.ar_model import AR\n', 'from sm08_oracle import AR\n')
patch('feature_extraction/feature_calculators.py', r'from statsmodels\.tsa\.stattools import adfuller\n', 'from sm08_oracle import adfuller\n')
PATCH

# Shims S1-S3 (packages without numerical role that Debian does not ship)
mkdir -p "$work/past" "$work/future"
: > "$work/past/__init__.py"; : > "$work/future/__init__.py"
echo 'basestring = (str, bytes)' > "$work/past/builtins.py"
printf 'def install_aliases():\n    pass\n' > "$work/future/standard_library.py"
cat > "$work/tqdm.py" <<'TQDM'
class tqdm(object):
    """Progress bar stand-in: iterates through its argument, draws nothing."""
    def __init__(self, iterable=None, *args, **kwargs):
        self.iterable = iterable
    def __iter__(self):
        return iter(self.iterable)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
    def update(self, n=1):
        pass
    def close(self):
        pass
TQDM

cat > "$work/sm08_oracle.py" <<'SM08'
# Stand-ins for the two statsmodels entry points tsfresh 0.4.0 calls, reproducing statsmodels 0.8.0's
# numerical path as far as the oracle needs it (written for this oracle, not copied).
import numpy as np
from statsmodels.regression.linear_model import OLS
from statsmodels.tsa.stattools import adfuller as _adfuller_new

SHORT_ADF = []          # lengths for which the ADF value is not reproduced (filled per call)

class AR(object):
    """AR(list(x)).fit(maxlag=k, ...).params: conditional least squares of x[t] on [1, x[t-1..t-k]]."""
    def __init__(self, endog):
        self.x = np.asarray(endog, dtype=float)

    def fit(self, maxlag, **ignored):
        x, k = self.x, int(maxlag)
        n = len(x)
        if n <= k:
            raise ValueError('series too short for maxlag %d' % k)
        lags = np.column_stack([x[k - l:n - l] for l in range(1, k + 1)])
        # 0.8's add_trend(has_constant='skip') quirk: no constant column when a lag column is constant
        # and some column has no zero entry
        skip = bool(np.any(np.ptp(lags, axis=0) == 0) and np.any(np.all(lags != 0, axis=0)))
        design = lags if skip else np.column_stack([np.ones(n - k), lags])
        self.params = OLS(x[k:], design).fit().params
        return self

def adfuller(x):
    x = np.asarray(x, dtype=float)
    if len(x) < 22:
        # statsmodels >= 0.10 caps maxlag differently; 0.8's value is not reproduced for n <= 21
        SHORT_ADF.append(len(x))
        raise ValueError('oracle: ADF not reproduced for n < 22')
    return _adfuller_new(x)
SM08

ORACLE_WORK="$work" PYTHONPATH="$work" "$PY" "$ROOT/tools/tsfresh-oracle-driver.py" "$out" "$count" "$seed" "$GOLDEN"

[ "${ORACLE_NO_COMPARE:-0}" = 1 ] && exit 0
ours="${out%.json}.ours.json"
"$ROOT/bin/skyline" features --in "$out" --out "$ours"
"$PY" "$ROOT/tools/tsfresh-oracle-driver.py" --compare "$out" "$ours"
