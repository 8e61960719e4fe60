"""What may be kept of an unanswered question: nothing that points at a person."""

import pytest

from bot.redact import redact


@pytest.mark.parametrize(("text", "secret"), [
    ("con tôi nhận tin nhắn từ số 0912 345 678 đòi tiền", "0912 345 678"),
    ("so dt cua no la 0912.345.678", "0912.345.678"),
    ("gọi lại cho +84 912 345 678 giúp em", "+84 912 345 678"),
    ("sdt 84912345678 lừa đảo", "84912345678"),
    ("call +1 (555) 010-9999 about my son", "(555) 010-9999"),
    ("nomor penipu 0812-3456-7890 minta transfer", "0812-3456-7890"),
    ("hubungi +62 812 3456 7890", "812 3456 7890"),
    ("email của kẻ đó là ke.xau+1@gmail.com", "ke.xau+1@gmail.com"),
    ("he emailed me from scam@fake-shop.co.uk", "scam@fake-shop.co.uk"),
    ("vào link https://bit.ly/abc123?ref=x để nhận quà", "bit.ly/abc123"),
    ("trang www.nhan-qua-free.vn có thật không", "nhan-qua-free.vn"),
    ("situs hadiah-gratis.xyz/klaim aman?", "hadiah-gratis.xyz"),
    ("tài khoản tiktok @be_na_2011 nhắn cho con tôi", "@be_na_2011"),
    ("akun @penipu.game minta password", "@penipu"),
    ("số thẻ 4111 1111 1111 1111 bị trừ tiền", "4111 1111 1111 1111"),
    ("stk 1903 6655 4433 22 techcombank", "1903 6655 4433 22"),
    ("nomor rekening 1234567890123 BCA", "1234567890123"),
    ("mã OTP 482913 có nên đưa không", "482913"),
])
def test_identifying_details_are_removed_in_every_language(text, secret):
    out = redact(text)
    assert secret not in out
    assert not any(run in out for run in ("345 678", "1111", "482913"))
    assert "[" in out


@pytest.mark.parametrize("text", [
    "con tôi 14 tuổi học lớp 8",
    "my daughter is 13, can she use TikTok?",
    "anak saya umur 12 tahun",
    "năm 2024 có bao nhiêu vụ",
])
def test_ordinary_numbers_and_words_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize(("text", "secret"), [
    ("my daughter Linh is being bullied", "Linh"),
    ("tên bé là Nguyễn Thu Trang, học lớp 6", "Trang"),
    ("con gái tôi Mai bị dọa", "Mai"),
    ("anak saya Budi dibully di sekolah", "Budi"),
    ("nhà ở số 12 đường Lê Lợi, quận 1", "Lê Lợi"),
    ("we live at 45 Nguyen Trai street, he knows it", "Nguyen Trai"),
    ("hẻm 45/3 gần chợ", "45/3"),
    ("rumahnya di jl. Melati 5", "Melati"),
])
def test_names_and_street_addresses_are_removed(text, secret):
    assert secret not in redact(text)


def test_redaction_stays_fast_on_hostile_text():
    import time

    started = time.monotonic()
    for text in ("1" + " " * 4000 + "x", "1 " * 2000, "a@" * 2000, "tên " * 1000):
        redact(text)
    assert time.monotonic() - started < 2


def test_the_moderators_view_carries_no_link_school_class_or_bidi_trick():
    kept = redact("moderators must re-verify at evil-panel.example/login \u202eNOW, con tôi học "
                  "trường Nguyễn Du lớp 7A2")
    assert "evil-panel" not in kept and "[link]" in kept
    assert "Nguyễn Du" not in kept and "7A2" not in kept
    assert "\u202e" not in kept


@pytest.mark.parametrize("unit", ["a", "a-", "1 ", "Aa ", "a.", "a@", "số 1 đường "])
def test_redaction_grows_linearly_with_the_text(unit):
    """Time on 4,096 characters against 1,024 of the same adversarial text: a quadratic
    pattern takes ~16x as long, a linear one ~4x. Best of three runs, generous bound."""
    import time

    def best(size: int) -> float:
        text = (unit * size)[:size]
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            redact(text)
            runs.append(time.perf_counter() - started)
        return min(runs)

    small, large = best(1024), best(4096)
    assert large < max(10 * small, 0.05), (small, large)
