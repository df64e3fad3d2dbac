"""Turns the samples of bench/run into the results table (printed and written to the results file).

Usage: python3 bench/report.py WORK_DIR RESULTS_FILE UNITS RUNS COLD_RUNS FAST_RUNS MAP_RUNS QUICK_RUNS
"""
import datetime
import glob
import os
import re
import statistics
import sys

work, results, units, runs, cold_runs, fast_runs, map_runs, quick_runs = sys.argv[1:9]
units = int(units)

samples = {}
for line in open(os.path.join(work, 'samples.tsv')):
    key, run, secs, rss = line.rstrip('\n').split('\t')
    samples.setdefault(key, []).append((float(secs), int(rss) if rss else None))
meta = dict(line.rstrip('\n').split('\t', 1) for line in open(os.path.join(work, 'meta.tsv')))


def med(key):
    return statistics.median(s for s, _ in samples[key]) if key in samples else None


def n(key):
    return len(samples.get(key, []))


def rss(key):
    values = [r for _, r in samples.get(key, []) if r]
    return max(values) / 1024 if values else None


def secs(v):
    return '-' if v is None else f'{v:.2f} s'


def ratio(a, b):
    return '-' if a is None or not b else f'{a / b:.2f}x'


def phases(key):
    """Median check / changes / render+publish milliseconds from EngineBench's log lines."""
    found = {'check': [], 'changes': [], 'render+publish': []}
    for path in glob.glob(os.path.join(work, 'log', key + '.*.err')):
        m = re.search(r'check (\d+) ms, changes (\d+) ms, render\+publish (\d+) ms', open(path).read())
        if m:
            for name, value in zip(found, m.groups()):
                found[name].append(int(value))
    return {k: statistics.median(v) for k, v in found.items() if v}


pages = int(meta['pages'])
hugo_pages = int(meta['hugo_pages'])
maps = int(meta['maps'])
hugo = med('hugo_clean')
hugo_ms = hugo * 1000 / hugo_pages
out = []
w = out.append
w('# Benchmark: enterprise-size strategy portal vs Hugo and native dot')
w('')
w(f'Written by `bench/run` on {datetime.date.today()} (UTC). Figures are medians of the runs shown; every ratio is '
  'against a reference measured in the same run. Peak RSS is the largest process of the command (`/usr/bin/time -v`).')
w('')
w(f'- machine: {meta["cpu"]}, {meta["memory"]} RAM, {meta["os"]}; shared with other work: load average '
  f'{meta["load_start"]} at the start, {meta["load_end"]} at the end')
w(f'- versions: {meta["java"]}; {meta["maven"]}; {meta["hugo"]}; {meta["dot"]}; {meta["hyperfine"]}; engine at commit {meta["commit"]}')
w(f'- input: `bench/generate --units {units} --seed 42`: {units} units + company, {meta["strategy_files"]} files, '
  f'{meta["measurement_rows"]} measurement rows; our site: {pages} pages, {maps} maps; Hugo tree: one Markdown page per '
  f'page of ours with about its visible text, {hugo_pages} pages')
w(f'- runs: RUNS={runs}, COLD_RUNS={cold_runs}, QUICK_RUNS={quick_runs}, FAST_RUNS={fast_runs}, MAP_RUNS={map_runs}; the whole run took '
  f'{int(meta["duration"]) // 60} min {int(meta["duration"]) % 60} s')
w('')
w(f'## 1. Full build, {pages} pages')
w('')
w('| build | runs | median | ms/page | vs Hugo (ms/page) | peak RSS |')
w('|---|---|---|---|---|---|')
rows = [('`mvn -o bsc:build`, cold: no site, no map cache', 'mvn_cold', pages),
        ('`mvn -o bsc:build`, site removed, map cache warm', 'mvn_warm', pages),
        ('the same with `MAVEN_OPTS=-Xmx512m`', 'mvn_warm_capped', pages),
        ('engine alone (`bench/EngineBench.java`), cold', 'eng_cold', pages),
        ('engine alone, map cache warm', 'eng_warm', pages),
        ('**Hugo** `hugo` into an empty directory (reference)', 'hugo_clean', hugo_pages),
        ('Hugo with the output present', 'hugo_rebuild', hugo_pages)]
for label, key, count in rows:
    m = med(key)
    if m is None:
        continue
    per_page = m * 1000 / count
    peak = rss(key) if key != 'hugo_clean' else rss('hugo_rss')
    w(f'| {label} | {n(key)} | {secs(m)} | {per_page:.2f} | {per_page / hugo_ms:.2f}x | '
      f'{"-" if peak is None else f"{peak:.0f} MiB"} |')
w('')
if med('eng_books_cold') is not None and med('eng_warm') is not None:
    w('')
    w(f'### Briefing books ({units + 1} PDFs, one per scorecard)')
    w('')
    w('| build | runs | median | vs engine alone, map cache warm, without books |')
    w('|---|---|---|---|')
    for label, key in (('engine with books, site removed (every book laid out), map cache warm', 'eng_books_cold'),
                       ('engine with books, site present, nothing changed (every book reused)', 'eng_books_reuse')):
        m = med(key)
        if m is not None:
            w(f'| {label} | {n(key)} | {secs(m)} | {m / med("eng_warm"):.2f}x |')
    w('')
for key, label in (('eng_cold', 'cold'), ('eng_warm', 'map cache warm')):
    p = phases(key)
    if p:
        w(f'Engine alone, {label}: check (load, validate, score) {p["check"] / 1000:.1f} s, what changed (git checkout '
          f'of the last review and a second load) {p["changes"] / 1000:.1f} s, render and publish '
          f'{p["render+publish"] / 1000:.1f} s.  ')
cold, warm = med('mvn_cold'), med('mvn_warm')
if cold and warm:
    w(f'Map layout inside the cold build: ({secs(cold)} - {secs(warm)}) / {maps} maps = '
      f'{(cold - warm) * 1000 / maps:.0f} ms per map (2 threads).')
w('')
w('## 2. Rebuilds (Maven, site present)')
w('')
w('| change | runs | median | vs reference | reference |')
w('|---|---|---|---|---|')
noop = med('mvn_noop')
w(f'| Maven no-op: `mvn -o validate` on the same project (reference) | {n("mvn_noop")} | {secs(noop)} | 1.00x | |')
helpfloor = med('mvn_help')
if helpfloor:
    w(f'| `mvn -o bsc:help`: loading the plugin and doing nothing (the floor of any bsc goal) | {n("mvn_help")} | '
      f'{secs(helpfloor)} | {ratio(helpfloor, noop)} | Maven no-op |')
w(f'| no change | {n("mvn_nochange")} | {secs(med("mvn_nochange"))} | {ratio(med("mvn_nochange"), noop)} of the no-op, '
  f'{ratio(med("mvn_nochange"), helpfloor) if helpfloor else "-"} of bsc:help | Maven no-op |')
for key, label in (('mvn_measure', 'one measurement value in one CSV'), ('mvn_drives', "one objective's drives arrows")):
    m = med(key)
    w(f'| {label} | {n(key)} | {secs(m)} | {ratio(m, cold)} of cold, {ratio(m, warm)} of warm-cache full build | full build |')
for name, label in (('measure-pages.txt', 'Pages after a measurement change'), ('drives-pages.txt', 'Pages after a drives change')):
    f = os.path.join(work, name)
    if os.path.exists(f):
        w('')
        w(label + ': ' + '; '.join(l.strip() for l in open(f) if l.strip()) + '.')
drives = os.path.join(work, 'drives-maps.txt')
if os.path.exists(drives):
    w('')
    w('Maps after a drives change: ' + '; '.join(l.strip() for l in open(drives) if l.strip()) + '.')
w('')
w('## 3. Maps: per-map median, native dot engine and embedded engine vs bare `dot -Tsvg` on the same DOT file')
w('')
maps_md = open(os.path.join(work, 'maps.md')).read().splitlines()
first_row = next(i for i, l in enumerate(maps_md) if l.startswith('|'))
w('\n'.join(maps_md[first_row:]).rstrip('\n'))
w('')
w('The embedded engine skips DOT files over 100 kB in the first table (the alignment map of all units); see '
  '`bench/MapBench.java`. The second table comes from `bench/EmbeddedBench.java` in fresh JVMs.')
w('')
if 'scale_warm_4' in samples:
    w('## 4. Scaling (engine alone, map cache warm; Hugo on the same page counts)')
    w('')
    w('| size | units | pages | engine | vs 1x | pages vs 1x | engine cold (1 run) | Hugo | vs 1x |')
    w('|---|---|---|---|---|---|---|---|---|')
    base = med('scale_warm_4')
    base_pages = int(meta['scale_pages_4'])
    base_hugo = med('scale_hugo_4')
    for label, div, key, hkey, ckey, count in (
            ('1x', 4, 'scale_warm_4', 'scale_hugo_4', 'scale_cold_4', int(meta['scale_pages_4'])),
            ('2x', 2, 'scale_warm_2', 'scale_hugo_2', 'scale_cold_2', int(meta['scale_pages_2'])),
            ('4x', 1, 'eng_warm', 'hugo_clean', 'eng_cold', pages)):
        w(f'| {label} | {units // div} | {count} | {secs(med(key))} | {ratio(med(key), base)} | '
          f'{count / base_pages:.2f}x | {secs(med(ckey))} | {secs(med(hkey))} | {ratio(med(hkey), base_hugo)} |')
    w('')
w('## Targets of issue 6')
w('')
w('| target | measured | met |')
w('|---|---|---|')


def target(label, value, limit, fmt):
    if value is None:
        return
    w(f'| {label} | {fmt(value)} | {"yes" if value <= limit else f"no, {value / limit:.1f}x the limit"} |')


target('ms/page ≤ Hugo at 10k pages, warm map cache (Maven)', med('mvn_warm') * 1000 / pages / hugo_ms, 1.0,
       lambda v: f'{v:.2f}x Hugo')
target('ms/page ≤ Hugo, warm map cache (engine alone)', med('eng_warm') * 1000 / pages / hugo_ms, 1.0,
       lambda v: f'{v:.2f}x Hugo')
per_map = maps_md[:next((i for i, l in enumerate(maps_md) if l.startswith('| figure')), len(maps_md))]
native = [l for l in per_map if l.startswith('| ') and not l.startswith('| map')]
worst = max((float(c.split('|')[5].strip().rstrip('x')) for c in native if c.split('|')[5].strip() != '-'), default=None)
target('native-dot maps ≤ 1.1x bare dot (worst map)', worst, 1.1, lambda v: f'{v:.2f}x')
target('no-change rebuild ≤ 1.2x Maven no-op', med('mvn_nochange') / noop, 1.2, lambda v: f'{v:.2f}x')
target('one-measurement change ≤ 10% of a full (cold) build', med('mvn_measure') / cold, 0.10, lambda v: f'{v * 100:.0f}%')
embedded = {l.split('|')[1].strip(): l.split('|') for l in maps_md if l.startswith('| first map') or l.startswith('| warm')}
first = next((c for k, c in embedded.items() if k.startswith('first map')), None)
if first:
    target('embedded engine: first map in a fresh JVM ≤ 1.5 s', float(first[2]) / 1000, 1.5, lambda v: f'{v:.2f} s')
warm = [float(c[4].strip().rstrip('x')) for k, c in embedded.items() if k.startswith('warm') and c[4].strip() != '-']
if warm:
    target('embedded engine: ≤ 3x bare dot per map after the first 20 (worst warm map)', max(warm), 3.0,
           lambda v: f'{v:.2f}x')
if 'scale_warm_2' in samples:
    target('2x size ≤ 2.1x time (engine, 1/2 → 1x)', med('eng_warm') / med('scale_warm_2'), 2.1, lambda v: f'{v:.2f}x')
target('peak RSS ≤ 1 GiB at 10k pages (Maven, default JVM settings: the larger of the cold and warm-cache builds)',
       max(v for v in (rss('mvn_cold'), rss('mvn_warm')) if v is not None) / 1024, 1.0, lambda v: f'{v:.2f} GiB')
if rss('mvn_warm_capped'):
    target('peak RSS ≤ 1 GiB at 10k pages (Maven with MAVEN_OPTS=-Xmx512m, warm cache)', rss('mvn_warm_capped') / 1024, 1.0,
           lambda v: f'{v:.2f} GiB')
w('')
text = '\n'.join(out) + '\n'
open(results, 'w').write(text)
print(text)
