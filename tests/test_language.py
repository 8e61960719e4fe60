import pytest

from bot.normalize import has_vietnamese_marks, tokens


@pytest.mark.parametrize(("text", "expected"), [
    ("Con tôi bị lừa trên mạng", "vi"),
    ("con toi bi lua tren mang", "vi"),
    ("ko bik lam j ca", "vi"),
    ("my daughter is being bullied at school", "en"),
    ("anak saya ditipu di game online", "id"),
    ("Bagaimana cara melaporkan akun palsu", "id"),
])
def test_language_is_read_from_the_text(snapshot, text, expected):
    profile = snapshot.index.profile
    for preferred in ("vi", "en", "id"):
        assert profile.detect(tokens(text), has_vietnamese_marks(text), preferred) == expected


def test_preferred_language_decides_when_the_text_cannot(snapshot):
    profile = snapshot.index.profile
    assert profile.detect(tokens("ok"), False, "id") == "id"
    assert profile.detect((), False, "en") == "en"
