#!/usr/bin/env bash
# `npm test`: type-check, then every Vitest suite; prints the plain "N passed, N failed, N skipped" line CI reads.
set -u
cd "$(dirname "$0")/.."
echo "== type-check"
npx tsc -p tsconfig.json || { echo "0 passed, 1 failed"; exit 1; }
echo "== tests"
rm -f .vitest.json
NO_COLOR=1 npx vitest run --reporter=default --reporter=json --outputFile=.vitest.json "$@"
rc=$?
if [ -f .vitest.json ]; then
  node -e 'const r=JSON.parse(require("fs").readFileSync(".vitest.json","utf8"));console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests+r.numTodoTests} skipped`)'
else
  echo "0 passed, 1 failed"
fi
exit $rc
