"""Where the family says it is decides which country's numbers open an urgent reply."""

import subprocess
import sys

import pytest

from bot.reply import compose
from tests.conftest import PROJECT, SHARED


@pytest.mark.parametrize(("text", "lang", "first"), [
    # Indonesian, living in Vietnam: Vietnam's police before Indonesia's
    ("Kami tinggal di Hanoi. Anak saya 9 tahun hilang sejak sore, HP-nya mati", "id", "113"),
    ("Saya di Saigon, ada orang asing memukuli anak tetangga sekarang", "id", "113"),
    # English or Vietnamese, in Indonesia: Indonesia's police, and still 111 on the line
    ("we live in Jakarta and a man is following my daughter home right now", "en", "110"),
    ("tôi đang ở Surabaya, con gái tôi vừa nhắn có người lạ bám theo về nhà", "vi", "110"),
])
def test_an_urgent_reply_opens_with_the_country_the_family_is_in(snapshot, text, lang, first):
    reply = compose(snapshot, text, lang, None)
    head = reply.text.split("\n")[0]
    assert reply.urgent and first in head and "111" in head, head


@pytest.mark.parametrize(("text", "lang"), [
    # the language's own country: the reply as written
    ("Kami tinggal di Surabaya, anak saya dikunci di kamar sama orang asing sekarang", "id"),
    # both countries named: no guess which one the danger is in
    ("Saya di Hanoi, adik saya di Bekasi diancam mau didatangi malam ini, dia ketakutan", "id"),
])
def test_no_place_line_for_the_usual_country_or_two_countries(snapshot, text, lang):
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and not reply.text.startswith("📍"), reply.text[:80]


def test_a_calm_question_naming_a_city_is_not_changed(snapshot):
    reply = compose(snapshot, "Kami tinggal di Hanoi. Berapa lama anak SD boleh main HP?", "id",
                    None)
    assert not reply.urgent and not reply.text.startswith("📍")


def test_check_names_the_line_of_an_unknown_country(content_copy):
    path = content_copy / "intents" / "_places.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "malaysia:\n  en: [kuala lumpur]\n",
                    encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(PROJECT / "bot.py"), "--content", str(content_copy), "check",
         "--topics", str(SHARED / "topics.md"), "--fast"],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stdout
    assert "intents/_places.yaml:" in result.stdout and "malaysia" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
