#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need, then `mvn verify`.
# Unit tests, invoker integration tests (the real plugin under Maven), map tests with native dot,
# browser tests in headless Chromium (portal-tests).
set -euo pipefail
cd "$(dirname "$0")"
need=()
command -v dot >/dev/null 2>&1 || need+=(graphviz)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  fi
fi
mvn -B -ntp verify "$@"
# a short real fuzzing pass over the parsers and the loader (longer runs: fuzz/run)
exec mvn -B -ntp -q -Pfuzz test -pl bsc-core -am -Dfuzz.duration=5s
