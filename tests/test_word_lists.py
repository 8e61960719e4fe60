"""A word list in intents/_crisis.yaml is one place for many cues: a moderator who adds a
destination to `abroad` makes every departure cue and the departure case know it."""

from pathlib import Path

from bot.content import errors, load_content
from bot.learned import LEARNED_FILE
from bot.reply import compose
from bot.snapshot import Snapshot

DEPARTURES = {
    "en": "My cousin is 16 and she is flying to Atlantis tomorrow morning for a modelling job.",
    "vi": "Em họ tôi 16 tuổi, sáng mai bay sang Atlantis làm người mẫu.",
    "id": "Sepupu saya 16 tahun besok pagi berangkat ke Atlantis, katanya kerja jadi model.",
}


def _replies(root: Path) -> dict[str, tuple[bool, str]]:
    content, problems = load_content(root)
    assert errors(problems) == []
    snapshot = Snapshot.build(content)
    return {lang: (reply.urgent, reply.text)
            for lang, text in DEPARTURES.items()
            for reply in (compose(snapshot, text, lang, None),)}


def _add_to_list(root: Path, name: str, word: str) -> None:
    path = root / "intents" / "_crisis.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index("word_lists:")
    at = next(i for i in range(start, len(lines)) if lines[i] == f"  {name}:")
    for lang in ("vi", "en", "id"):
        row = next(i for i in range(at, len(lines)) if lines[i].startswith(f"    {lang}: ["))
        lines[row] = lines[row].replace("[", f"[{word}, ", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_place_added_to_a_word_list_makes_departures_to_it_urgent(content_copy):
    # The list alone is tested: the learned reading already takes some of these departures to
    # a place it never saw as danger now.
    (content_copy / LEARNED_FILE).unlink()
    before = _replies(content_copy)
    assert not any(urgent for urgent, _ in before.values()), before
    _add_to_list(content_copy, "abroad", "atlantis")
    after = _replies(content_copy)
    assert all(urgent for urgent, _ in after.values()), after
    # The departure case names the list too: the reply is about a trip that is set.
    assert "The departure is set" in after["en"][1]
    assert "Đã có giờ đi" in after["vi"][1]
    assert "Jam berangkat sudah ditentukan" in after["id"][1]
