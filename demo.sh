#!/usr/bin/env bash
# Builds the simulator (with the core engine it runs) and replays the three built-in days through it.
# Writes ./smartgrid-demo/<scenario>/{report.html,summary.json,timeline.csv,events.csv} under the current
# directory and prints the summary table and the path of each report. Extra arguments go to the demo command
# (e.g. --out DIR, --scenario NAME).
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
"$root/tools/install-packages.sh"
mvn -B -q -f "$root/pom.xml" -DskipTests package -pl tools/simulator -am
exec java -jar "$root/tools/simulator/target/smartgrid-simulator-0.1.0-SNAPSHOT-cli.jar" demo "$@"
