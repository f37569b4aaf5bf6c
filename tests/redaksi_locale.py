"""An environment in which the build speaks Indonesian.

LANG=id_ID.UTF-8 works only when the locale exists. When the system lacks
it, one is compiled with localedef (package `locales`) into a temporary
LOCPATH, which needs no root. REDAKSI_LOCALEDIR points the library and
the command at this build's catalogues (build/po).
"""
import os
import shutil
import subprocess
import tempfile

from redaksi_tap import Skip

_locpath = {}


def _locale_path():
    """'' when the system has id_ID.UTF-8, else a LOCPATH holding it."""
    if "path" not in _locpath:
        system = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
        if "id_ID.utf8" in system:
            _locpath["path"] = ""
        elif shutil.which("localedef") and os.path.exists("/usr/share/i18n/locales/id_ID"):
            path = tempfile.mkdtemp(prefix="redaksi-locale-")
            subprocess.run(["localedef", "-i", "id_ID", "-f", "UTF-8",
                            os.path.join(path, "id_ID.UTF-8")], check=True, capture_output=True)
            _locpath["path"] = path
        else:
            _locpath["path"] = None
    if _locpath["path"] is None:
        raise Skip("no id_ID.UTF-8 locale and no localedef to make one (install `locales`)")
    return _locpath["path"]


def environment(lang, base=None):
    """A copy of @base (os.environ) with LANG=@lang and no other locale
    variable, as a user's shell would have."""
    env = {k: v for k, v in (base or os.environ).items()
           if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE", "LOCPATH")}
    env["LANG"] = lang
    env["REDAKSI_LOCALEDIR"] = os.path.join(os.environ["G_TEST_BUILDDIR"], "..", "po")
    if lang.startswith("id_ID") and _locale_path():
        env["LOCPATH"] = _locale_path()
    return env
