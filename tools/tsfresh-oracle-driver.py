# Driver of tools/tsfresh-oracle.sh (run by that script with the patched tsfresh 0.4.0 copy on PYTHONPATH).
#   driver.py OUT.json COUNT SEED GOLDEN.json        generate series (or replay ORACLE_FROM) and run tsfresh
#   driver.py --compare ORACLE.json OURS.json         judge OURS against ORACLE (1e-9 relative, NaN = NaN)
import json
import math
import os
import sys
import time
import warnings

import numpy as np


def py2_str(v):
    """Python 2.7 str(float): 12 significant digits, '.0' appended when it looks like an integer."""
    if math.isnan(v):
        return 'nan'
    if math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    text = '%.12g' % v
    return text if ('.' in text or 'e' in text) else text + '.0'


def xstrtod(text):
    """pandas 0.20's xstrtod: digits accumulated in double arithmetic, then scaled by squaring powers of 10."""
    low = text.strip().lower()
    if low in ('nan', '-nan'):
        return float('nan')
    if low in ('inf', '+inf', '-inf'):
        return float(low)
    i, neg, number, exponent = 0, False, 0.0, 0
    if text[0] in '+-':
        neg, i = text[0] == '-', 1
    while i < len(text) and text[i].isdigit():
        number, i = number * 10.0 + int(text[i]), i + 1
    if i < len(text) and text[i] == '.':
        i += 1
        while i < len(text) and text[i].isdigit():
            number, i, exponent = number * 10.0 + int(text[i]), i + 1, exponent - 1
    if i < len(text) and text[i] in 'eE':
        exponent += int(text[i + 1:])
    if neg:
        number = -number
    p10, n = 10.0, abs(exponent)
    while n:
        if n & 1:
            number = number / p10 if exponent < 0 else number * p10
        n >>= 1
        p10 *= p10
    return number


def enc(v):
    v = float(v)
    if math.isnan(v):
        return 'NaN'
    if math.isinf(v):
        return 'Infinity' if v > 0 else '-Infinity'
    return v


def dec(v):
    if isinstance(v, str):
        return float({'NaN': 'nan', 'Infinity': 'inf', '-Infinity': '-inf'}[v])
    return float(v)


# ---------------------------------------------------------------------------------------------- generation
def generate(count, seed, tensec):
    """Series of the README's categories with parameters drawn from `seed` (other ranges than the visible corpus)."""
    master = np.random.default_rng(seed)
    base_ts = 1500000000 + int(master.integers(0, 10 ** 6)) * 60
    recipes = []

    def pick(options):
        return options[int(master.integers(len(options)))]

    # a fixed rotation of categories; parameters are random per series
    cats = ['noise', 'noise', 'spikes', 'low_rate_counts', 'constant', 'short', 'short', 'minutely_1440',
            'integer_counter', 'negative', 'large_magnitude', 'noise', 'low_rate_counts', 'short', 'constant']
    for i in range(count):
        cat = cats[i % len(cats)]
        s = int(master.integers(2 ** 31))
        rng = np.random.default_rng(s)
        n = pick([1440, 1440, 1439, 60, 300, 721])
        res = 60
        if cat == 'noise':
            sd = pick([1e-9, 3e-7, 0.01, 1.0, 7.5, 250.0, 3e4])
            mean = pick([0.0, 0.25, 17.0, 1000.0, 5e5])
            gen = ('noise', {'mean': mean, 'sd': sd})
            x = rng.normal(mean, sd, n)
        elif cat == 'spikes':
            base, sd, k, h = pick([0.0, 3.0, 100.0]), pick([0.0, 0.5, 4.0]), int(rng.integers(1, 15)), pick([7.0, 60.0, 2500.0])
            gen = ('spikes', {'base': base, 'sd': sd, 'n_spikes': k, 'height': h})
            x = base + (rng.normal(0, sd, n) if sd else np.zeros(n))
            x[rng.choice(n, k, replace=False)] += h * rng.uniform(0.5, 1.5, k)
        elif cat == 'low_rate_counts':
            kind = pick(['rate', 'rate', 'int', 'binary'])
            lam = pick([0.01, 0.04, 0.1, 0.7])
            if kind == 'rate':
                div = pick([60, 10])
                gen = ('rate_counts', {'lam': lam, 'divisor': div})
                x = rng.poisson(lam, n) / float(div)
            elif kind == 'int':
                gen = ('int_counts', {'lam': lam})
                x = rng.poisson(lam, n).astype(float)
            else:
                gen = ('binary', {'p': lam})
                x = (rng.uniform(size=n) < lam).astype(float)
        elif cat == 'constant':
            v = pick([0.0, 2.0, 123456.789, 0.1, -7.3, 1e9, 0.0166666666667, 3.3e12])
            n = pick([1440, 1440, 60, 22, 11, 4])
            gen = ('constant', {'value': v})
            x = np.full(n, v)
        elif cat == 'short':
            n = pick([3, 4, 5, 10, 11, 12, 15, 21, 22, 23, 30, 60])
            kind = pick(['noise', 'random_walk', 'trend'])
            if kind == 'noise':
                gen = ('noise', {'mean': 40.0, 'sd': 6.0})
                x = rng.normal(40.0, 6.0, n)
            elif kind == 'random_walk':
                gen = ('random_walk', {'start': 500.0, 'step': 2.0})
                x = 500.0 + np.cumsum(rng.normal(0, 2.0, n))
            else:
                gen = ('trend', {'start': 3.0, 'slope': 0.5, 'sd': 0.2})
                x = 3.0 + 0.5 * np.arange(n) + rng.normal(0, 0.2, n)
        elif cat == 'minutely_1440':
            n = 1440
            kind = pick(['seasonal', 'trend', 'step', 'random_walk'])
            if kind == 'seasonal':
                gen = ('seasonal', {'mean': 80.0, 'amp': 30.0, 'period': 720.0, 'sd': 3.0})
                x = 80.0 + 30.0 * np.sin(2 * np.pi * np.arange(n) / 720.0) + rng.normal(0, 3.0, n)
            elif kind == 'trend':
                gen = ('trend', {'start': 10.0, 'slope': 0.2, 'sd': 1.5})
                x = 10.0 + 0.2 * np.arange(n) + rng.normal(0, 1.5, n)
            elif kind == 'step':
                gen = ('step', {'lo': 5.0, 'hi': 9.0, 'sd': 0.7})
                x = np.where(np.arange(n) < int(rng.integers(100, 1300)), 5.0, 9.0) + rng.normal(0, 0.7, n)
            else:
                gen = ('random_walk', {'start': 50.0, 'step': 0.4})
                x = 50.0 + np.cumsum(rng.normal(0, 0.4, n))
        elif cat == 'integer_counter':
            kind = pick(['counter', 'int_gauge'])
            if kind == 'counter':
                start, lam = pick([0.0, 98765.0, 4e6]), pick([2.0, 40.0, 900.0])
                gen = ('counter', {'start': start, 'lam': lam})
                x = start + np.cumsum(rng.poisson(lam, n)).astype(float)
            else:
                gen = ('int_gauge', {'lo': 0, 'hi': 12})
                x = rng.integers(0, 12, n).astype(float)
        elif cat == 'negative':
            mean, sd = pick([-5.0, -120.0, -0.03]), pick([1.0, 20.0, 0.001])
            gen = ('noise', {'mean': mean, 'sd': sd})
            x = rng.normal(mean, sd, n)
        else:  # large_magnitude
            kind = pick(['int1e9', 'epoch', '3e12'])
            if kind == 'int1e9':
                gen = ('large', {'mean': 2e9, 'sd': 500.0, 'decimals': 0})
                x = np.round(rng.normal(2e9, 500.0, n))
            elif kind == 'epoch':
                gen = ('epoch_values', {'start': 1.4e9 + float(rng.integers(0, 10 ** 8)), 'step': 10.0})
                x = gen[1]['start'] + 10.0 * np.arange(n)
            else:
                gen = ('large', {'mean': 3e12, 'sd': 2e4, 'decimals': 2})
                x = np.round(rng.normal(3e12, 2e4, n), 2)
        recipes.append((cat, gen, s, res, x))
    for j in range(tensec):
        s = int(master.integers(2 ** 31))
        rng = np.random.default_rng(s)
        n = 8640
        gen = ('seasonal', {'mean': 30.0, 'amp': 9.0, 'period': 8640.0, 'sd': 2.0})
        x = 30.0 + 9.0 * np.sin(2 * np.pi * np.arange(n) / 8640.0) + rng.normal(0, 2.0, n)
        recipes.append(('tensec_8640', gen, s, 10, x))
    series = []
    for i, (cat, gen, s, res, x) in enumerate(recipes):
        sid = 'o-%03d-%s-%s-n%d' % (i, cat, gen[0], len(x))
        series.append({'id': sid, 'category': cat,
                       'generator': {'name': gen[0], 'params': gen[1], 'seed': [seed, s]},
                       'n': len(x), 'resolution_s': res, 'metric': 'oracle.tsfresh.' + sid.replace('-', '_'),
                       'timeseries': [[base_ts + res * k, float(v)] for k, v in enumerate(x)]})
    return series


# ---------------------------------------------------------------------------------------------- tsfresh
def rel_diff(a, b):
    if a == b or (math.isnan(a) and math.isnan(b)):
        return 0.0
    if math.isnan(a) or math.isnan(b) or math.isinf(a) or math.isinf(b):
        return float('inf')
    return abs(a - b) / max(abs(a), abs(b))


def probes(s, parsed, texts, values, extract_features, pd, py3_names, names):
    """The README's sensitivity probes, run with ReasonableFeatureExtractionSettings (210 features; the
    entropy features are not probed): (a) correctly rounded parse, when it changes a value; (b) every non-zero
    value one ulp up. A feature moved by more than 1e-9 relative is listed with the probe values."""
    from tsfresh.feature_extraction.settings import ReasonableFeatureExtractionSettings
    variants = []
    correct = [float(t) for t in texts]
    if any(a != b for a, b in zip(correct, parsed)):
        variants.append(('parse_correctly_rounded', correct))
    variants.append(('ulp_up', [float(np.nextafter(v, np.inf)) if v != 0 else v for v in parsed]))
    out = {}
    for probe, xs in variants:
        df = pd.DataFrame({'metric': [s['metric']] * len(xs),
                           'timestamp': np.array([int(ts) for ts, _ in s['timeseries']], dtype=np.int64),
                           'value': np.array(xs, dtype=np.float64)})
        row = extract_features(df, feature_extraction_settings=ReasonableFeatureExtractionSettings(),
                               column_id='metric', column_sort='timestamp', column_kind=None,
                               column_value=None).iloc[0]
        for name in names:
            if py3_names[name] not in row.index:
                continue
            if probe == 'ulp_up' and ('__value_count__' in name or '__range_count__' in name):
                continue
            v = float(row[py3_names[name]])
            d = rel_diff(values[name], v)
            if d > 1e-9:
                entry = out.setdefault(name, {'max_rel_diff': 0.0})
                entry[probe] = enc(v)
                if d > dec(entry['max_rel_diff']):
                    entry['max_rel_diff'] = enc(d)
    return out


def run(out, count, seed, golden_path):
    import pandas as pd
    pd.set_option('compute.use_bottleneck', False)
    pd.set_option('compute.use_numexpr', False)
    warnings.simplefilter('ignore')
    from tsfresh.feature_extraction import extract_features
    import sm08_oracle

    golden = json.load(open(golden_path))
    feature_ids = golden['feature_ids']
    py3_names = golden['py3_feature_names']               # corpus name -> name tsfresh gives under Python 3
    names = [name.strip('"') for _, name in feature_ids]  # corpus keys, feature_ids order
    entropy = lambda name: 'sample_entropy' in name or 'approximate_entropy' in name
    source = os.environ.get('ORACLE_FROM')
    if source:
        ref = json.load(open(source))
        series = ref['series']
    else:
        series = generate(count, seed, int(os.environ.get('ORACLE_TENSEC', '0')))
    max_n = int(os.environ.get('ORACLE_MAX_N', '0'))
    if max_n:
        series = [s for s in series if len(s['timeseries']) <= max_n]
    records = []
    t0 = time.time()
    for s in series:
        raw = [float(v) for _, v in s['timeseries']]
        texts = [py2_str(v) for v in raw]
        parsed = [xstrtod(t) for t in texts]
        df = pd.DataFrame({'metric': [s['metric']] * len(raw),
                           'timestamp': np.array([int(ts) for ts, _ in s['timeseries']], dtype=np.int64),
                           'value': np.array(parsed, dtype=np.float64)})
        del sm08_oracle.SHORT_ADF[:]
        t1 = time.time()
        frame = extract_features(df, column_id='metric', column_sort='timestamp', column_kind=None, column_value=None)
        row = frame.iloc[0]
        values = [float(row[py3_names[name]]) for name in names]
        if len(frame.columns) != 216:
            sys.exit('%s: tsfresh produced %d features' % (s['id'], len(frame.columns)))
        sensitive = probes(s, parsed, texts, dict(zip(names, values)), extract_features, pd, py3_names, names) \
            if os.environ.get('ORACLE_PROBES', '1') == '1' else {}
        if 0 < len(raw) < 22:
            # adfuller of statsmodels 0.8 is not reproduced below 22 points: not judged
            sensitive['value__augmented_dickey_fuller'] = {'max_rel_diff': 'Infinity',
                                                           'oracle_not_reproduced': True}
        production = [xstrtod(py2_str(v)) for name, v in zip(names, values) if not entropy(name)]
        rec = {k: s[k] for k in ('id', 'category', 'generator', 'n', 'resolution_s', 'metric') if k in s}
        rec.update({
            'timeseries': s['timeseries'],
            'input_csv_values_as_text': True,
            'n_values_changed_by_py2_str': sum(1 for v, t in zip(raw, texts) if float(t) != v),
            'n_values_xstrtod_not_correctly_rounded': sum(1 for t, p in zip(texts, parsed) if float(t) != p),
            'all_values_integral': all(float(p).is_integer() for p in parsed),
            'features': {name: enc(v) for name, v in zip(names, values)},
            'features_sum': enc(pd.Series(values, dtype=np.float64).sum()),
            'features_count': len(frame.columns),
            'production': {'settings': 'ReasonableFeatureExtractionSettings', 'features_count': len(production),
                           'features_sum': enc(pd.Series(production, dtype=np.float64).sum())},
            'sensitive_features': sensitive,
        })
        records.append(rec)
        print('%-50s %6d points %7.2f s' % (s['id'], len(raw), time.time() - t1), file=sys.stderr)
    corpus = {'schema': 'skyline-tsfresh-golden/1', 'tsfresh': '0.4.0', 'corpus': 'oracle',
              'generated_by': 'tools/tsfresh-oracle.sh (%s)' % ('replay of ' + source if source else
                                                               'count %d seed %d' % (count, seed)),
              'feature_ids': feature_ids, 'py3_feature_names': py3_names,
              'value_encoding': golden.get('value_encoding'), 'series': records}
    with open(out, 'w') as f:
        json.dump(corpus, f)
    print('wrote %s: %d series in %.1f s' % (out, len(records), time.time() - t0), file=sys.stderr)
    if source and all('features' in s for s in series):
        compare(source, out, label=('corpus', 'oracle'))


# ---------------------------------------------------------------------------------------------- judging
def compare(expected_path, actual_path, label=('expected', 'actual')):
    """Every value of `actual` against `expected` with the README's rule (1e-9 relative, NaN = NaN; features
    the expected series lists in sensitive_features with max_rel_diff Infinity are skipped)."""
    exp = {s['id']: s for s in json.load(open(expected_path))['series']}
    act = {s['id']: s for s in json.load(open(actual_path))['series']}
    counts = {'identical': 0, 'within_1e-9': 0, 'skipped': 0, 'sensitive_pass': 0, 'differ': 0, 'sums_differ': 0}
    diffs, close = [], {}
    for sid, a in act.items():
        e = exp[sid]
        for name, ev in e['features'].items():
            x, y = dec(ev), dec(a['features'][name])
            sens = e.get('sensitive_features', {}).get(name)
            mark = a.get('sensitive_features', {}).get(name)
            if mark is not None and mark.get('oracle_not_reproduced'):
                sens = mark
            if x == y or (math.isnan(x) and math.isnan(y)):
                counts['identical'] += 1
            elif not (math.isnan(x) or math.isnan(y)) and abs(x - y) <= 1e-9 * max(abs(x), abs(y)):
                counts['within_1e-9'] += 1
                group = close.setdefault(name.split('__')[1], [0, 0.0])
                group[0] += 1
                group[1] = max(group[1], abs(x - y) / max(abs(x), abs(y)))
            elif sens is not None and sens.get('max_rel_diff') == 'Infinity':
                counts['skipped'] += 1
            elif sens is not None and (rel_diff(x, y) <= dec(sens['max_rel_diff']) or any(
                    probe in sens and rel_diff(dec(sens[probe]), y) <= 1e-9 for probe in ('parse_correctly_rounded', 'ulp_up'))):
                # the README's rule for ill-conditioned features: within max_rel_diff or equal to a probe value
                counts['sensitive_pass'] += 1
                diffs.append((name, sid, x, y, rel_diff(x, y), 'PASSES as sensitive (max_rel_diff %s)' % sens['max_rel_diff']))
            else:
                counts['differ'] += 1
                rel = abs(x - y) / max(abs(x), abs(y)) if not (math.isnan(x) or math.isnan(y)) else float('inf')
                diffs.append((name, sid, x, y, rel, 'sensitive %s' % sens['max_rel_diff'] if sens else ''))
        x, y = dec(e['production']['features_sum']), dec(a['production']['features_sum'])
        adf = 'value__augmented_dickey_fuller'
        for side, other in ((e, a), (a, e)):
            if side.get('sensitive_features', {}).get(adf, {}).get('oracle_not_reproduced'):
                # the oracle's sum lacks the ADF value it could not reproduce: leave it out of the other sum too
                v = xstrtod(py2_str(dec(other['features'][adf])))
                if not math.isnan(v):
                    if other is e:
                        x -= v
                    else:
                        y -= v
        if not (x == y or (math.isnan(x) and math.isnan(y)) or abs(x - y) <= 1e-9 * max(abs(x), abs(y))):
            counts['sums_differ'] += 1
            diffs.append(('production.features_sum', sid, x, y, abs(x - y) / max(abs(x), abs(y)), ''))
    for d in sorted(diffs):
        print('%s: %-60s %-48s %s %r %s %r rel %.3g %s' % ('passes' if d[5].startswith('PASSES') else 'differs', d[0], d[1], label[0], d[2], label[1], d[3], d[4], d[5]))
    for calc, (n, worst) in sorted(close.items()):
        print('not bit-identical but within 1e-9: %-36s %5d values, worst rel %.2g' % (calc, n, worst))
    counts['series'] = len(act)
    print(json.dumps(counts))
    return counts['differ'] + counts['sums_differ']


if __name__ == '__main__':
    if sys.argv[1] == '--compare':
        sys.exit(1 if compare(sys.argv[2], sys.argv[3], label=('oracle', 'ours')) else 0)
    run(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
