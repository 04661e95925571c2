#!/usr/bin/env bash
# CampDesk set-up on Debian 12, in one command each:
#   bash scripts/campdesk.sh run    install what is missing, build, open CampDesk
#   bash scripts/campdesk.sh test   install what is missing, check the code's layout (clang-format),
#                                   build, run every test (the suite under ASan+UBSan, the .deb check,
#                                   each fuzzer briefly, clang-tidy on core/)
#   bash scripts/campdesk.sh bench  install what is missing, build in Release, run every benchmark
#   bash scripts/campdesk.sh screenshots
#                                   install what is missing, build, render every screenshot the README
#                                   shows (packaging/screenshots/VIEW-LANG.png) from the demo workspace
#   bash scripts/campdesk.sh fuzz [SECONDS [TARGET…]]
#                                   install what is missing, build the libFuzzer targets with clang,
#                                   run each for SECONDS (default 60); fails if any finds a crash
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
    libqt6sql6-psql libpq-dev postgresql openssl
)
# The benchmarks' references and measuring tools: node and npm (for the npm
# package whatsapp-chat-parser) and GNU time. A node from elsewhere (NodeSource's
# nodejs bundles npm) is used as it is: Debian's npm would conflict with it.
bench_packages=(time)
command -v node >/dev/null 2>&1 || bench_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || bench_packages+=(npm)
# libFuzzer and the sanitizer runtimes come with clang; Debian 12's default
# clang (14) cannot compile libstdc++'s <expected>, so a newer one.
fuzz_packages=(clang-19 libclang-rt-19-dev clang-tidy-19 clang-format-19)

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

render_screenshots() {
    local build="$here/build"
    configure_and_build "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAMPDESK_BUILD_TESTS=OFF -DCAMPDESK_BUILD_BENCHMARKS=OFF
    export QT_QPA_PLATFORM=offscreen
    # The README names the pictures; each is VIEW-LANG.png of the demo.
    local shot view lang count=0
    for shot in $(grep -o 'packaging/screenshots/[a-z-]*-\(en\|zh_CN\)\.png' "$here/README.md" | sort -u); do
        view=${shot#packaging/screenshots/}
        view=${view%.png}
        lang=${view##*-}
        view=${view%-*}
        "$build/app/campdesk" --demo --lang "$lang" --view "$view" --size 1280x800 --screenshot "$here/$shot" >/dev/null
        count=$((count + 1))
    done
    echo "campdesk: rendered $count screenshots into packaging/screenshots/"
}

# Every C++ file as .clang-format lays it out (clang-format 19, as CI has it).
check_format() {
    local unformatted
    unformatted=$(cd "$here" && find app bench cli core demo tests tools ui \( -name '*.cpp' -o -name '*.h' \) -print 2>/dev/null \
        | sort | xargs clang-format-19 --dry-run 2>&1 | grep -o '^[^:]*:[0-9]*:[0-9]*: warning' | cut -d: -f1 | sort -u || true)
    if [ -n "$unformatted" ]; then
        echo "campdesk: not laid out as .clang-format says (run clang-format-19 -i on them):" >&2
        echo "$unformatted" >&2
        return 1
    fi
    echo "campdesk: every C++ file follows .clang-format"
}

# PostgreSQL servers of the suite's own for as long as it runs
# (tests/tools/throwaway-postgres.sh): one on a Unix socket only for every
# server test, and one taking TLS on the loopback address only for the tests
# of sslmode; both stopped and removed on the way out, whatever happens.
start_test_server() {
    local dir tls
    dir=$(mktemp -d -t campdesk-postgres.XXXXXX)
    tls=$(mktemp -d -t campdesk-postgres-tls.XXXXXX)
    trap 'for d in "'"$dir"'" "'"$tls"'"; do bash "$here/tests/tools/throwaway-postgres.sh" stop "$d"; done' EXIT
    CAMPDESK_TEST_POSTGRES=$(bash "$here/tests/tools/throwaway-postgres.sh" start "$dir")
    CAMPDESK_TEST_POSTGRES_TLS=$(bash "$here/tests/tools/throwaway-postgres.sh" start-tls "$tls")
    export CAMPDESK_TEST_POSTGRES CAMPDESK_TEST_POSTGRES_TLS
    echo "campdesk: test servers at $CAMPDESK_TEST_POSTGRES and $CAMPDESK_TEST_POSTGRES_TLS"
}

run_tests() {
    export QT_QPA_PLATFORM=offscreen
    check_format
    start_test_server
    # The whole suite runs once under AddressSanitizer and UBSan.
    local sanitized="$here/build-sanitize"
    configure_and_build "$sanitized" -DCMAKE_BUILD_TYPE=Debug -DCAMPDESK_SANITIZE=ON
    (cd "$sanitized" && ctest --output-on-failure -j "$jobs")

    # The release build is packaged and the .deb's contents checked.
    local release="$here/build-release"
    configure_and_build "$release" -DCMAKE_BUILD_TYPE=Release -DCAMPDESK_BUILD_TESTS=OFF
    (cd "$release" && cpack -G DEB)
    bash "$here/packaging/check-deb.sh" "$release"/campdesk_*.deb

    # Every parser's fuzzer for a short while (the long form is "fuzz"), then
    # clang-tidy over core/ with the fuzz build's compile commands (clang 19).
    run_fuzz "${CAMPDESK_CI_FUZZ_SECONDS:-10}"
    run_tidy
}

run_tidy() {
    echo "campdesk: clang-tidy on core/ (.clang-tidy)"
    run-clang-tidy-19 -p "$here/build-fuzz" -j "$jobs" -quiet "$here/core/.*\.cpp\$" > "$here/build-fuzz/clang-tidy.log" 2>&1 || {
        grep -E "(warning|error): " "$here/build-fuzz/clang-tidy.log" | sort -u >&2
        echo "campdesk: clang-tidy found the above in core/ (full log: build-fuzz/clang-tidy.log)" >&2
        return 1
    }
    echo "campdesk: clang-tidy: no warning in core/"
}

run_benchmarks() { # extra arguments of bench/run_benchmarks.py…
    local release="$here/build-release"
    local started=$SECONDS
    configure_and_build "$release" -DCMAKE_BUILD_TYPE=Release -DCAMPDESK_BUILD_TESTS=OFF -DCAMPDESK_BUILD_BENCHMARKS=ON
    local built=$SECONDS
    # Rows 8 and 9 run against a throwaway server, as the tests do.
    start_test_server
    (cd "$here" && python3 bench/run_benchmarks.py --build "$release" --server "$CAMPDESK_TEST_POSTGRES" "$@")
    echo "campdesk: Release build $((built - started)) s, benchmarks $((SECONDS - built)) s"
}

run_fuzz() { # [seconds per target] [target…]
    local seconds=${1:-60}
    shift || true
    local build="$here/build-fuzz"
    # The instrumented tree is slow to compile; CAMPDESK_FUZZ_JOBS keeps it
    # from crowding other builds on a small machine.
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-19 -DCAMPDESK_FUZZ=ON \
        -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCAMPDESK_BUILD_TESTS=OFF -DCAMPDESK_BUILD_BENCHMARKS=OFF -DCMAKE_BUILD_TYPE=Debug \
        "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1 -D_GLIBCXX_ASSERTIONS"
    cmake --build "$build" -j "${CAMPDESK_FUZZ_JOBS:-$jobs}" --target campdesk_fuzz

    # The team's real exports seed the corpus when they are beside the
    # project (../shared/samples); without them the fuzzers start from the
    # repository's own fixtures and corpus.
    local samples
    samples=$(sed -n 's/^CAMPDESK_SAMPLES_DIR:PATH=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
    [ -d "$samples" ] || samples="$here/../shared/samples"

    local targets=("$@")
    if [ ${#targets[@]} -eq 0 ]; then
        local executable
        for executable in "$build"/tests/fuzz/campdesk_fuzz_*; do
            [ -f "$executable" ] && [ -x "$executable" ] && targets+=("${executable##*/campdesk_fuzz_}")
        done
    fi

    export LC_ALL=C.UTF-8
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    local rows=() failed=0 target
    for target in "${targets[@]}"; do
        local corpus="$build/corpus/$target" artifacts="$build/crashes/$target" log="$build/logs/$target.log"
        mkdir -p "$corpus" "$artifacts" "$build/logs"
        # Seeds: the fixtures named in seeds.txt, the fuzz corpus and the
        # inputs that once failed; copied into the working corpus, which the
        # fuzzer then grows run after run.
        local sources=("$here/tests/fuzz/corpus/$target" "$here/tests/data/fuzz/$target") kind path
        while read -r kind path; do
            case "$kind" in '#'* | '') continue ;; esac
            [ "$kind" = "$target" ] || continue
            case "$path" in samples/*) sources+=("$samples/${path#samples/}") ;; *) sources+=("$here/$path") ;; esac
        done < "$here/tests/fuzz/seeds.txt"
        local source file
        for source in "${sources[@]}"; do
            for file in "$source" "$source"/*; do
                [ -f "$file" ] && cp -f "$file" "$corpus/seed-$(basename "$(dirname "$file")")-$(basename "$file")"
            done
        done
        local before after status=0
        before=$(find "$artifacts" -type f | wc -l)
        echo "campdesk: fuzzing $target for $seconds s (log: $log)"
        "$build/tests/fuzz/campdesk_fuzz_$target" "$corpus" -max_total_time="$seconds" -timeout=10 \
            -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" > "$log" 2>&1 || status=$?
        after=$(find "$artifacts" -type f | wc -l)
        local executions
        executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
        local crashes=$((after - before))
        # A non-zero exit without an artifact (a fatal error before fuzzing) is a failure too.
        if [ "$crashes" -eq 0 ] && [ "$status" -ne 0 ]; then crashes=1; fi
        [ "$crashes" -gt 0 ] && failed=1
        rows+=("$(printf '%-22s %8s %12s %8s' "$target" "$seconds" "${executions:-?}" "$crashes")")
        if [ "$crashes" -gt 0 ]; then
            echo "campdesk: $target failed (exit $status); see $log and $artifacts/" >&2
            grep -m 3 -E 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error:|ASSERT|invariant failed' "$log" >&2 || true
        fi
    done
    printf '%-22s %8s %12s %8s\n' target seconds executions crashes
    printf '%s\n' "${rows[@]}"
    return "$failed"
}

case "${1:-}" in
    run) shift; install_missing; run_app "$@" ;;
    test) install_missing "${fuzz_packages[@]}"; run_tests ;;
    bench) shift; install_missing "${bench_packages[@]}"; run_benchmarks "$@" ;;
    fuzz) shift; install_missing "${fuzz_packages[@]}"; run_fuzz "$@" ;;
    screenshots) install_missing; render_screenshots ;;
    *) echo "usage: bash scripts/campdesk.sh run|test|bench|fuzz|screenshots" >&2; exit 2 ;;
esac
