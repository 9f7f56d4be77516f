#!/usr/bin/env bash
# Builds the simulator (with the core engine it runs) and replays the three built-in days through it.
# Writes ./smartgrid-demo/<scenario>/{report.html,summary.json,timeline.csv,events.csv} and prints the summary
# table and the path of each report. Extra arguments go to the demo command (e.g. --out DIR, --scenario NAME).
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests package -pl tools/simulator -am
exec java -jar tools/simulator/target/smartgrid-simulator-0.1.0-SNAPSHOT-cli.jar demo "$@"
