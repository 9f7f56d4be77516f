#!/usr/bin/env bash
# Runs every test of the project on a Debian machine: first installs what the tests need
# (a JDK and Maven if missing, and the Debian packages of the real peers and the browser the
# tests start), then builds and tests everything with `mvn -B verify`. Extra arguments go to Maven.
#
# Then, when openHAB's own core artifacts are in the local Maven repository (openHAB publishes them
# only in its own repository; docs/development.md says how to get them), the add-ons' tests and the
# itests run again against real openHAB 5.2.1 and 4.3.11 (`-Popenhab`); otherwise this says that it
# skips them. openHAB 5.x needs a JDK 21 or newer to read its jars, 4.3 a JDK 17.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests use. Keep in step with docs/development.md.
test_packages=(
    chromium chromium-driver   # the simulator's report and dashboard, opened in headless Chromium
    python3-pymodbus mbpoll    # a real Modbus TCP peer (Genesis registers, relay module) for the binding
)
tools/install-packages.sh "${test_packages[@]}"

mvn -B verify "$@"

repository="${MAVEN_LOCAL_REPOSITORY:-$HOME/.m2/repository}"

# The JDK whose major version is at least $1: JAVA_HOME, the java on PATH, then /usr/lib/jvm/*.
jdk_at_least() {
    local home major
    for home in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")" /usr/lib/jvm/*; do
        [ -n "$home" ] && [ -x "$home/bin/javac" ] || continue
        major=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
            awk -F'= ' '/java.specification.version/ {print $2}')
        if [ "${major%%.*}" -ge "$1" ] 2>/dev/null; then
            echo "$home"
            return 0
        fi
    done
    return 1
}

# What -Popenhab takes from openHAB's own repository, by openHAB version (see docs/development.md).
openhab_artifacts() {
    local bundle
    for bundle in org.openhab.core org.openhab.core.config.core org.openhab.core.thing org.openhab.core.automation \
        org.openhab.core.io.console org.openhab.core.storage.json org.openhab.core.addon org.openhab.core.semantics \
        org.openhab.core.transform org.openhab.core.ephemeris; do
        echo "org/openhab/core/bundles/$bundle/$1/$bundle-$1.jar"
    done
    [ "$1" != 4.3.11 ] || echo "org/openhab/base-fixes/1.0.0/base-fixes-1.0.0.jar"
}

for version in 5.2.1 4.3.11; do
    missing=()
    while read -r artifact; do
        [ -f "$repository/$artifact" ] || missing+=("$artifact")
    done < <(openhab_artifacts "$version")
    if ((${#missing[@]})); then
        echo "Skipping the tests against real openHAB $version: ${#missing[@]} of its artifacts are not in the local" \
            "Maven repository (first: ${missing[0]}). See docs/development.md, 'Testing against real openHAB'."
        continue
    fi
    minimum=17
    [ "${version%%.*}" -lt 5 ] || minimum=21
    if ! jdk=$(jdk_at_least "$minimum"); then
        echo "Skipping the tests against real openHAB $version: it needs a JDK $minimum or newer, and none was found."
        continue
    fi
    echo "Testing against real openHAB $version (JDK in $jdk)"
    JAVA_HOME="$jdk" mvn -B verify -Popenhab -Dopenhab.version="$version" \
        -pl bundles/org.openhab.binding.thermia,bundles/org.openhab.automation.energymanager,itests -am "$@"
done
