#!/usr/bin/env bash
# CampDesk set-up on Debian 12, in one command each:
#   bash scripts/campdesk.sh run    install what is missing, build, open CampDesk
#   bash scripts/campdesk.sh test   install what is missing, build, run every test
#   bash scripts/campdesk.sh bench  install what is missing, build in Release, run every benchmark
# Run as root or as a user with sudo. Every dependency is a Debian package.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

packages=(
    build-essential cmake ninja-build pkg-config ccache git
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgtest-dev libgmock-dev sqlite3 libsqlite3-dev
    fonts-noto-cjk fonts-noto-color-emoji tzdata dpkg-dev file
    python3-icalendar poppler-utils
)
# The benchmarks' references and measuring tools: node and npm (for the npm
# package whatsapp-chat-parser) and GNU time. A node from elsewhere (NodeSource's
# nodejs bundles npm) is used as it is: Debian's npm would conflict with it.
bench_packages=(time)
command -v node >/dev/null 2>&1 || bench_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || bench_packages+=(npm)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() { # extra packages…
    local missing=()
    for package in "${packages[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "campdesk: installing ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

configure_and_build() { # build-dir, extra cmake arguments…
    local dir=$1; shift
    cmake -S "$here" -B "$dir" -G Ninja "$@"
    cmake --build "$dir" -j "$jobs"
}

run_app() {
    local build="$here/build"
    configure_and_build "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAMPDESK_BUILD_TESTS=OFF -DCAMPDESK_BUILD_BENCHMARKS=OFF
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]; then
        exec "$build/app/campdesk" "$@"
    fi
    # No display here: CampDesk says so itself; show what it would look like.
    "$build/app/campdesk" "$@" || true
    "$build/app/campdesk" --demo --screenshot "$build/campdesk-screenshot.png"
    echo "campdesk: open $build/campdesk-screenshot.png to see the demo workspace, or run"
    echo "          $build/app/campdesk from a desktop session."
}

run_tests() {
    export QT_QPA_PLATFORM=offscreen
    # The whole suite runs once under AddressSanitizer and UBSan.
    local sanitized="$here/build-sanitize"
    configure_and_build "$sanitized" -DCMAKE_BUILD_TYPE=Debug -DCAMPDESK_SANITIZE=ON
    (cd "$sanitized" && ctest --output-on-failure -j "$jobs")

    # The release build is packaged and the .deb's contents checked.
    local release="$here/build-release"
    configure_and_build "$release" -DCMAKE_BUILD_TYPE=Release -DCAMPDESK_BUILD_TESTS=OFF
    (cd "$release" && cpack -G DEB)
    bash "$here/packaging/check-deb.sh" "$release"/campdesk_*.deb
}

run_benchmarks() { # extra arguments of bench/run_benchmarks.py…
    local release="$here/build-release"
    local started=$SECONDS
    configure_and_build "$release" -DCMAKE_BUILD_TYPE=Release -DCAMPDESK_BUILD_TESTS=OFF -DCAMPDESK_BUILD_BENCHMARKS=ON
    local built=$SECONDS
    (cd "$here" && python3 bench/run_benchmarks.py --build "$release" "$@")
    echo "campdesk: Release build $((built - started)) s, benchmarks $((SECONDS - built)) s"
}

case "${1:-}" in
    run) shift; install_missing; run_app "$@" ;;
    test) install_missing; run_tests ;;
    bench) shift; install_missing "${bench_packages[@]}"; run_benchmarks "$@" ;;
    *) echo "usage: bash scripts/campdesk.sh run|test|bench" >&2; exit 2 ;;
esac
