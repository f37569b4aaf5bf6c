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

bash tools/setup.sh -Dwerror=true -Ddocs=true
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

# The installed command runs redaksi-serve from libexecdir, and the
# installed library loads its fetch module from <libdir>/redaksi-1: the
# refusal of a loopback address is the module's own verdict.
bindir=$(find "$stage" -path '*/bin/redaksi' -printf '%h\n' | head -n1)
LD_LIBRARY_PATH="$libdir" "$bindir/redaksi" serve --help | grep -q 'redaksi serve'
echo 'Satu. Dua.' > "$stage/article.txt"
refusal=$(env -u REDAKSI_FETCH_MODULE LD_LIBRARY_PATH="$libdir" "$bindir/redaksi" check \
  --source http://127.0.0.1:9/ "$stage/article.txt" 2>&1 >/dev/null || true)
case "$refusal" in
  *"is a private address"*) echo "installed fetch module loads: $refusal" ;;
  *) echo "the installed fetch module did not load: $refusal" >&2; exit 1 ;;
esac

# And a C program builds against the installed headers through pkg-config.
pcdir=$(find "$stage" -name 'redaksi-1.pc' -printf '%h\n' | head -n1)
cat > "$stage/hello.c" <<'C'
#include <redaksi/redaksi.h>
int
main (void)
{
  g_autoptr(RedaksiDocument) doc = redaksi_document_new_from_text ("Jakarta - Satu. Dua.", -1, NULL);
  g_print ("installed headers build a C program: %u sentences (redaksi %s)\n",
           redaksi_document_get_n_sentences (doc), REDAKSI_VERSION_S);
  return redaksi_document_get_n_sentences (doc) == 2 ? 0 : 1;
}
C
mkdir "$stage/pc"
sed "s|^prefix=|prefix=$stage|" "$pcdir/redaksi-1.pc" > "$stage/pc/redaksi-1.pc"
flags=$(PKG_CONFIG_PATH="$stage/pc" pkg-config --cflags --libs redaksi-1)
cc -Wall -Werror -o "$stage/hello" "$stage/hello.c" $flags
LD_LIBRARY_PATH="$libdir" "$stage/hello"
