#!/usr/bin/env python3
"""Stage breakdown of bench/preview's save-to-reload (see bench/results.md, "Preview: where save-to-reload went").

  git apply bench/preview-stages.patch     # temporary timing lines on stderr ("T <ms> <stage>"); never commit them
  nice -n 10 ./mvnw -B -o -q compile -pl bsc-fonts-cjk,site-template,bsc-core
  MAVEN_REPO=... bench/preview 8 <strategy>
  python3 bench/preview-stages.py target/bench/preview/edits.log
  git apply -R bench/preview-stages.patch

Prints each stage's time per edit (ms since the file was written) and the median, minimum and maximum of each step.
"""
import statistics
import sys

ORDER = ['event', 'quiet-done', 'run-start', 'checked', 'r-start', 'r-planned', 'r-maps', 'r-digests', 'r-pages',
         'r-assets', 'r-search', 'r-json', 'r-scrub', 'rendered', 'sent', 'client-got', 'clean-start', 'clean-end']
rows, current = [], None
for line in open(sys.argv[1], encoding='utf-8'):
    if not line.startswith('T '):
        continue
    _, t, what = line.rstrip('\n').split(' ', 2)
    stage = what.split(' ')[0]
    if stage == 'saved':
        current = {'saved': float(t)}
        rows.append(current)
    elif current is not None and stage not in current:
        current[stage] = float(t)
stages = [s for s in ORDER if any(s in r for r in rows)]
print('edit ' + ' '.join(f'{s:>11}' for s in stages))
for i, r in enumerate(rows, 1):
    print(f'{i:4} ' + ' '.join(f'{r[s] - r["saved"]:11.0f}' if s in r else f'{"-":>11}' for s in stages))
steps = ['saved'] + [s for s in stages if not s.startswith('clean')]
for a, b in zip(steps, steps[1:]):
    d = [r[b] - r[a] for r in rows if a in r and b in r]
    if d:
        print(f'{a:>11} -> {b:<11} median {statistics.median(d):8.0f} ms  min {min(d):7.0f}  max {max(d):7.0f}')
