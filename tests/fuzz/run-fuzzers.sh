#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets of tests/fuzz with Clang (address + undefined sanitizers) and runs
# each on its corpus for a bounded time.
#
#   tests/fuzz/run-fuzzers.sh                  # every target for 20 s (what CI runs, --ci)
#   tests/fuzz/run-fuzzers.sh --long 3600      # every target for an hour
#   tests/fuzz/run-fuzzers.sh --long 600 computexml redaction
#
# Options: --ci (20 s each; the default), --long SECONDS (each target), --build-dir DIR (default
# build/fuzz), --jobs N (build jobs, default 2). Targets: the names after fuzz_ (default: all).
# New inputs that reach new code go to BUILD_DIR/corpus/<target>/, crashes to
# BUILD_DIR/artifacts/<target>/; a crash's file belongs in tests/fuzz/corpus/<target>/ once fixed.
# Exits 0 when every target ran without a crash, 1 on a crash, 77 (skipped) when no Clang with
# libFuzzer and C++23's <expected> is installed (packaging/linux/install-deps.sh --tests installs one).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
build_dir="$here/../../build/fuzz"
seconds=20
jobs=2
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --ci) seconds=20 ;;
        --long) seconds="${2:?--long needs a number of seconds}"; shift ;;
        --build-dir) build_dir="${2:?--build-dir needs a directory}"; shift ;;
        --jobs) jobs="${2:?--jobs needs a number}"; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        -*) echo "run-fuzzers: unknown option $1" >&2; exit 2 ;;
        *) targets+=("$1") ;;
    esac
    shift
done
case "$seconds" in
    ''|*[!0-9]*) echo "run-fuzzers: --long takes whole seconds, not \"$seconds\"" >&2; exit 2 ;;
esac

# A Clang whose libFuzzer links and whose C++23 mode has std::expected with this libstdc++
# (Clang 19 or newer on Debian 12's g++ 12 headers).
probe_dir="$(mktemp -d)"
trap 'rm -rf "$probe_dir"' EXIT
printf '%s\n' '#include <expected>' \
    'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) {' \
    '    std::expected<int, int> e = 1; return *e - 1; }' >"$probe_dir/probe.cpp"
clang=""
for candidate in "${SKYLIGHT_FUZZ_CXX:-}" clang++-22 clang++-21 clang++-20 clang++-19 clang++; do
    [ -n "$candidate" ] && command -v "$candidate" >/dev/null || continue
    if "$candidate" -std=c++23 -fsanitize=fuzzer,address,undefined "$probe_dir/probe.cpp" \
        -o "$probe_dir/probe" >/dev/null 2>&1; then
        clang="$(command -v "$candidate")"
        break
    fi
done
if [ -z "$clang" ]; then
    echo "run-fuzzers: skipped: clang not installed (no Clang with libFuzzer and C++23 <expected>;" \
        "install clang-19 libclang-rt-19-dev, or set SKYLIGHT_FUZZ_CXX)"
    exit 77
fi

# Stack traces with function names and lines: the llvm-symbolizer beside that Clang (llvm-19).
llvm_bin="$(dirname "$(readlink -f "$clang")")"
if [ -x "$llvm_bin/llvm-symbolizer" ]; then
    export ASAN_SYMBOLIZER_PATH="$llvm_bin/llvm-symbolizer" UBSAN_SYMBOLIZER_PATH="$llvm_bin/llvm-symbolizer"
fi
export UBSAN_OPTIONS="print_stacktrace=1:${UBSAN_OPTIONS:-}"

mkdir -p "$build_dir"
build_dir="$(cd "$build_dir" && pwd)"
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
started=$SECONDS
echo "run-fuzzers: building with $clang in $build_dir"
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER="$clang" "${launcher[@]}" >"$build_dir/configure.log" 2>&1 \
        || { cat "$build_dir/configure.log"; exit 1; }
fi
cmake --build "$build_dir" -j "$jobs" >"$build_dir/build.log" 2>&1 || { tail -n 60 "$build_dir/build.log"; exit 1; }
echo "run-fuzzers: built in $((SECONDS - started)) s"

if [ ${#targets[@]} -eq 0 ]; then
    for binary in "$build_dir"/bin/fuzz_*; do
        targets+=("${binary##*/fuzz_}")
    done
fi

failed=()
for target in "${targets[@]}"; do
    binary="$build_dir/bin/fuzz_$target"
    seeds="$here/corpus/$target"
    if [ ! -x "$binary" ] || [ ! -d "$seeds" ]; then
        echo "run-fuzzers: no target \"$target\" (or no corpus/$target/)" >&2
        exit 2
    fi
    corpus="$build_dir/corpus/$target"
    artifacts="$build_dir/artifacts/$target/"
    mkdir -p "$corpus" "$artifacts"
    case "$target" in
        glancev2|glancev2members|glancev1|computejson|jsonpeek|jsonpagescanner|keystone|redaction)
            dict=(-dict="$here/dict/json.dict") ;;
        computexml) dict=(-dict="$here/dict/xml.dict") ;;
        cloudsconfig) dict=(-dict="$here/dict/yaml.dict") ;;
        *) dict=() ;;
    esac
    # Disk images reach their ISO descriptors at 32 KiB and vmdk descriptors further.
    max_len=16384
    if [ "$target" = inspector ]; then
        max_len=65536
    fi
    log="$build_dir/fuzz_$target.log"
    # New finds go to the first directory; the seeds (second) are only read.
    if "$binary" "$corpus" "$seeds" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len="$max_len" -artifact_prefix="$artifacts" -print_final_stats=1 >"$log" 2>&1; then
        runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
        echo "run-fuzzers: $target: ${runs:-?} inputs in $seconds s, no crash"
    else
        echo "run-fuzzers: $target: FAILED; the input is in $artifacts, the log in $log:"
        grep -E 'ERROR|SUMMARY|fuzz check failed|runtime error|#[0-9]+ 0x' "$log" | head -n 30 || tail -n 30 "$log"
        failed+=("$target")
    fi
done

echo "run-fuzzers: ${#targets[@]} targets, $((SECONDS - started)) s in all"
if [ ${#failed[@]} -gt 0 ]; then
    echo "run-fuzzers: crashes in: ${failed[*]}"
    exit 1
fi
