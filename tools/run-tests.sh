#!/bin/bash
# Sets up, builds with warnings as errors, and runs every test suite.
#   tools/run-tests.sh              the normal build in ./build
#   tools/run-tests.sh --sanitize   an ASan+UBSan build in ./build-sanitize
#                                    (introspection off: it does not load
#                                    under libasan)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--sanitize" ]; then
  BUILDDIR=build-sanitize bash tools/setup.sh -Dwerror=true -Dsanitizers=true \
    -Db_lundef=false -Dintrospection=disabled
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  meson test -C build-sanitize --print-errorlogs --no-suite bench --timeout-multiplier 4
  exit
fi

bash tools/setup.sh -Dwerror=true
meson test -C build --print-errorlogs --no-suite bench

# The typelib must also load from an installed tree.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
DESTDIR="$stage" meson install -C build --quiet
libdir=$(find "$stage" -name 'libredaksi-1.so.0' -printf '%h\n' | head -n1)
typelibdir=$(find "$stage" -name 'Redaksi-1.0.typelib' -printf '%h\n' | head -n1)
LD_LIBRARY_PATH="$libdir" GI_TYPELIB_PATH="$typelibdir" /usr/bin/python3 -c \
  "import gi; gi.require_version('Redaksi', '1.0'); from gi.repository import Redaksi; print('installed typelib loads in Python:', Redaksi.Analyzer.get_default())"
LD_LIBRARY_PATH="$libdir" GI_TYPELIB_PATH="$typelibdir" gjs -c \
  "imports.gi.versions.Redaksi = '1.0'; const R = imports.gi.Redaksi; print('installed typelib loads in GJS:', R.Analyzer.get_default());"
