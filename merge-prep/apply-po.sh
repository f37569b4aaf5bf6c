#!/bin/bash
# apply-po.sh ROOT : merge the module translations into ROOT/po/id.po
set -e
cd "$1"
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --add-comments \
  --package-name=redaksi-1 -o /tmp/apply.pot -D . $(grep -v '^#' po/POTFILES.in)
# Existing translations first, then the prepared ones for new messages.
msgcat --use-first po/id.po <(printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'; cat /tmp/module-id.po) -o /tmp/apply-all.po
msgmerge -q --no-fuzzy-matching --no-wrap -o po/id.po /tmp/apply-all.po /tmp/apply.pot
msgattrib --no-obsolete -o po/id.po po/id.po
msgfmt -c --statistics -o /dev/null po/id.po
