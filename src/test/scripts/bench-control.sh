#!/usr/bin/env bash
# Runs the control-area benchmark (not part of mvn test). Usage: src/test/scripts/bench-control.sh [buildDir]
set -euo pipefail
cd "$(dirname "$0")/../../.."
BUILD="${1:-target-bench}"
mvn -q -B -DbuildDir="$BUILD" test-compile dependency:build-classpath -Dmdep.outputFile="$BUILD/cp.txt" -Dmdep.includeScope=test
java -Xmx2g ${BENCH_OPTS:-} -cp "$BUILD/classes:$BUILD/test-classes:$(cat "$BUILD/cp.txt")" org.frontline.control.ControlAreasBench
