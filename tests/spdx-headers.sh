#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# Every source, build and script file of the project says its license (SPDX) in its first lines.
# Lists the files that do not, and fails if there is one.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=0
while IFS= read -r -d '' file; do
    if ! head -c 400 "$file" | grep -q "SPDX-License-Identifier: Apache-2.0"; then
        echo "no SPDX license header: $file"
        missing=1
    fi
done < <(find app core ui tests packaging CMakeLists.txt .ci \
    \( -path '*/build' -o -path 'tests/data' -o -path 'tests/fuzz/corpus' \) -prune -o \
    -type f \( -name '*.cpp' -o -name '*.h' -o -name 'CMakeLists.txt' -o -name '*.cmake' \
    -o -name '*.sh' -o -name '*.py' -o -name run \) -print0)
exit $missing
