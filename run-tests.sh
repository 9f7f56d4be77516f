#!/usr/bin/env bash
# Runs every test of the project on a Debian machine: first installs what the tests need
# (a JDK and Maven if missing, and the Debian packages of the real peers and the browser the
# tests start), then builds and tests everything with `mvn -B verify`. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests use. Keep in step with docs/development.md.
test_packages=(
    chromium chromium-driver   # the simulator's report and dashboard, opened in headless Chromium
    python3-pymodbus mbpoll    # a real Modbus TCP peer (Genesis registers, relay module) for the binding
)
tools/install-packages.sh "${test_packages[@]}"

exec mvn -B verify "$@"
