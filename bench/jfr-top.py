# The hottest frames of a JFR print (jfr print --events jdk.ExecutionSample --stack-depth 64 FILE > samples.txt):
# self time by package and method, inclusive by method. Usage: python3 bench/jfr-top.py samples.txt [top]
import sys, re, collections
path, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 40
self_m, incl_m, self_p, threads = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
total = 0
stack, thread, in_stack = [], None, False
def method(frame):
    return re.sub(r'\s+line:.*$', '', frame.strip())
def package(m):
    name = m.split('(')[0]
    return '.'.join(name.split('.')[:-2]) or name
for line in open(path):
    s = line.strip()
    if s.startswith('sampledThread'):
        thread = re.sub(r'\s*\(javaThreadId.*', '', s.split('=', 1)[1].strip()).strip('"')
    elif s.startswith('stackTrace = ['):
        in_stack, stack = True, []
    elif in_stack and s == ']':
        in_stack = False
        if stack:
            total += 1
            threads[thread] += 1
            self_m[stack[0]] += 1
            self_p[package(stack[0])] += 1
            for m in set(stack):
                incl_m[m] += 1
    elif in_stack and s and s != '...':
        stack.append(method(s))
print(f'{total} execution samples')
for title, counter in (('threads', threads), ('self time by package', self_p), ('self time by method', self_m),
                       ('inclusive (method anywhere in the sampled stack, top 64 frames)', incl_m)):
    print(f'\n== {title}')
    for name, count in counter.most_common(top):
        print(f'{count:6d} {100 * count / total:5.1f}%  {name}')
