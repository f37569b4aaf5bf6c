"""Per-request language of `redaksi serve`: a finding's message follows
the request (`lang` in the body or the query, Accept-Language, and
LanguageTool's `language` on /v2/check), not only the server's locale.

Each analysis runs on a worker thread with the request's own locale, so
two requests in flight at once, one Indonesian and one English, each get
their own language. A language the server does not know is its default,
never an error. redaksi_locale makes id_ID.UTF-8 when the system lacks it.
"""
import http.client
import json
import os
import signal
import subprocess
import sys
import threading
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import redaksi_locale  # noqa: E402
from redaksi_tap import run  # noqa: E402

TOOL = os.environ["REDAKSI_TOOL"]

ARTICLE = '"Kami siap," ujat Budi di Jakarta.\n'
INDONESIAN = "“ujat” bukan kata pengantar kutipan; maksudnya “ujar”?"
ENGLISH = "“ujat” is not a quote cue; did you mean “ujar”?"
WORDS = {"id": INDONESIAN, "en": ENGLISH}


class Server:
    """redaksi serve on 127.0.0.1 whose own locale is @lang."""

    def __init__(self, lang, *args):
        # The Indonesian environment carries the LOCPATH that holds
        # id_ID.UTF-8 where the system lacks it; the server needs it to
        # answer in Indonesian whatever its own language.
        env = redaksi_locale.environment("id_ID.UTF-8")
        env["LANG"] = lang
        self.proc = subprocess.Popen([TOOL, "serve", "--port", "0", *args], stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=env)
        line = self.proc.stdout.readline().decode()
        assert "listening on http://127.0.0.1:" in line, line
        self.port = int(line.strip().rstrip("/").rsplit(":", 1)[1])

    def request(self, path, body=None, content_type="application/json", headers=None):
        """(status, parsed JSON answer)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            all_headers = dict(headers or {})
            if body is not None:
                all_headers["Content-Type"] = content_type
            conn.request("POST" if body is not None else "GET", path,
                         body=body.encode() if isinstance(body, str) else body, headers=all_headers)
            resp = conn.getresponse()
            return resp.status, json.loads(resp.read())
        finally:
            conn.close()

    def check(self, body=None, path="/v1/check", headers=None):
        status, answer = self.request(path, json.dumps(body or {"text": ARTICLE}), headers=headers)
        assert status == 200, (status, answer)
        return answer

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        assert self.proc.wait(timeout=60) == 0


def cue_message(answer):
    messages = [i["message"] for i in answer["issues"] if i["code"] == "quote-unknown-cue"]
    assert len(messages) == 1, answer["issues"]
    return messages[0]


def lt_message(answer):
    messages = [m["message"] for m in answer["matches"] if m["rule"]["id"] == "quote-unknown-cue"]
    assert len(messages) == 1, answer["matches"]
    return messages[0]


def lt_check(server, fields, headers=None, query=""):
    status, answer = server.request("/v2/check" + query, urllib.parse.urlencode(fields),
                                    "application/x-www-form-urlencoded", headers)
    assert status == 200, (status, answer)
    return answer


def test_v1_lang_in_body_query_and_header():
    server = Server("C")
    try:
        assert cue_message(server.check()) == ENGLISH, "the server's own language by default"
        assert cue_message(server.check({"text": ARTICLE, "lang": "id"})) == INDONESIAN
        assert cue_message(server.check(path="/v1/check?lang=id")) == INDONESIAN
        assert cue_message(server.check(headers={"Accept-Language": "id-ID,id;q=0.9"})) == INDONESIAN
        # The highest weight wins, whatever the order; q=0 refuses.
        assert cue_message(server.check(headers={"Accept-Language": "en;q=0.4, id;q=0.8"})) == INDONESIAN
        assert cue_message(server.check(headers={"Accept-Language": "id;q=0, en"})) == ENGLISH
        # The body outranks the query, which outranks the header.
        assert cue_message(server.check({"text": ARTICLE, "lang": "en"}, path="/v1/check?lang=id",
                                        headers={"Accept-Language": "id"})) == ENGLISH
        assert cue_message(server.check(path="/v1/check?lang=en",
                                        headers={"Accept-Language": "id"})) == ENGLISH
        # /v1/quotes speaks it too.
        assert cue_message(server.check({"text": ARTICLE, "lang": "id"}, path="/v1/quotes")) == INDONESIAN
    finally:
        server.stop()


def test_unknown_language_is_the_default():
    for lang, default in (("C", ENGLISH), ("id_ID.UTF-8", INDONESIAN)):
        server = Server(lang)
        try:
            assert cue_message(server.check()) == default
            assert cue_message(server.check({"text": ARTICLE, "lang": "fr"})) == default
            assert cue_message(server.check({"text": ARTICLE, "lang": 7})) == default
            assert cue_message(server.check(path="/v1/check?lang=xx-YY")) == default
            assert cue_message(server.check(headers={"Accept-Language": "fr-FR, de;q=0.5, *;q=0.1"})) == default
            assert cue_message(server.check(headers={"Accept-Language": ";;q=,,=;"})) == default
            other = "en" if default == INDONESIAN else "id"
            assert cue_message(server.check({"text": ARTICLE, "lang": other})) == WORDS[other]
        finally:
            server.stop()


def test_concurrent_requests_each_in_their_language():
    """Many requests of both languages in flight at once, on two workers:
    a worker's locale must neither leak into the next request nor into
    the other worker's."""
    server = Server("C", "--jobs", "2")
    long_article = ("Hujan turun di Bandung sejak pagi. " * 400) + "\n" + ARTICLE
    errors = []

    def client(lang, rounds):
        try:
            for n in range(rounds):
                body = {"text": long_article if n % 2 else ARTICLE}
                headers = {"Accept-Language": lang}
                if n % 3 == 0:
                    body["lang"] = lang
                    headers = {}
                got = cue_message(server.check(body, headers=headers))
                if got != WORDS[lang]:
                    errors.append((lang, n, got))
        except Exception as error:  # reported below, with the thread's name
            errors.append((lang, repr(error)))

    try:
        threads = [threading.Thread(target=client, args=(lang, 12)) for lang in ("id", "en", "id", "en")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not any(thread.is_alive() for thread in threads), "a client hung"
        assert errors == [], errors
        # The workers went back to the server's own language.
        assert cue_message(server.check()) == ENGLISH
    finally:
        server.stop()


def test_languagetool_language():
    server = Server("C")
    try:
        # LanguageTool answers in the language it checks: id is Indonesian.
        for code in ("id", "id-ID", "ID-id"):
            assert lt_message(lt_check(server, {"text": ARTICLE, "language": code})) == INDONESIAN, code
        # auto leaves it to Accept-Language, else the server's.
        assert lt_message(lt_check(server, {"text": ARTICLE, "language": "auto"})) == ENGLISH
        assert lt_message(lt_check(server, {"text": ARTICLE, "language": "auto"},
                                   {"Accept-Language": "id"})) == INDONESIAN
        # A `lang` field or query parameter outranks language.
        assert lt_message(lt_check(server, {"text": ARTICLE, "language": "id", "lang": "en"})) == ENGLISH
        assert lt_message(lt_check(server, {"text": ARTICLE, "language": "id-ID"}, query="?lang=en")) == ENGLISH
        annotated = json.dumps({"annotation": [{"markup": "<p>"}, {"text": ARTICLE}, {"markup": "</p>"}]})
        assert lt_message(lt_check(server, {"data": annotated, "language": "id"})) == INDONESIAN
    finally:
        server.stop()
    server = Server("id_ID.UTF-8")
    try:
        assert lt_message(lt_check(server, {"text": ARTICLE, "language": "auto"},
                                   {"Accept-Language": "en-US,en;q=0.9"})) == ENGLISH
        # An English text is still refused, in the language asked for.
        status, answer = server.request("/v2/check", "text=Hello&language=en-US",
                                        "application/x-www-form-urlencoded", {"Accept-Language": "en"})
        assert status == 400 and answer["error"]["code"] == "unsupported-language", answer
        assert "Indonesian only" in answer["error"]["message"], answer
    finally:
        server.stop()


def test_errors_in_the_request_language():
    server = Server("C")
    try:
        status, answer = server.request("/v1/check", "{}", "text/plain", {"Accept-Language": "id"})
        assert status == 415, answer
        assert answer["error"]["message"] == "kirim badan permintaan sebagai application/json", answer
        status, answer = server.request("/v1/check?lang=en", "{}", "text/plain", {"Accept-Language": "id"})
        assert answer["error"]["message"] == "send the request body as application/json", answer
    finally:
        server.stop()


if __name__ == "__main__":
    run(globals())
