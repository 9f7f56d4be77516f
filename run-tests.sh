#!/usr/bin/env bash
# Runs every test of the project on a Debian machine: first installs what the tests need
# (a JDK and Maven if missing, and the Debian packages of the real peers the integration tests
# start), then builds and tests everything with `mvn -B verify`. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests use (real protocol peers, browsers). Keep in step with docs/development.md.
test_packages=(
    chromium chromium-driver   # the simulator's report and dashboard, opened in headless Chromium
    python3-pymodbus mbpoll    # a real Modbus TCP peer (Genesis registers, relay module) for the binding
)

missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
for package in "${test_packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done

if ((${#missing[@]})); then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

exec mvn -B verify "$@"
