"""Links read as a careful person would: bare, dotted-out, behind a brand's name."""

import pytest

from bot.content.model import Brand
from bot.redflags.links import BrandIndex, baited, fake_suffix, find_links, imitated

BRANDS = BrandIndex.of((Brand("vietcombank", ("vietcombank",), ("vietcombank.com.vn",)),
                        Brand("momo", ("momo",), ("momo.vn",)),
                        Brand("bca", ("klikbca", "bca"), ("klikbca.com", "bca.co.id"))))


@pytest.mark.parametrize(("text", "domain"), [
    ("vao https://vietcombank.com.vn/uu-dai ngay", "vietcombank.com.vn"),
    ("truy cập techcombank-baomat.vip, nhập mật khẩu", "techcombank-baomat.vip"),
    ("link: bidv[.]cc/doidiem", "bidv.cc"),
    ("go to momo (dot) vn now", "momo.vn"),
    ("buka klikbca . com sekarang", "klikbca.com"),
    ("www.Example.CO.ID/promo", "example.co.id"),
    ("t.me/tinhieu_vip", "t.me"),
])
def test_addresses_are_found_with_their_registered_domain(text, domain):
    assert [link.domain for link in find_links(text)] == [domain]


@pytest.mark.parametrize("text", [
    "Số tiền 1.250.000đ lúc 19.42 hôm nay",
    "gửi cho mình qua abc@gmail.com nhé",
    "Xin chào. Tôi là cô Hà",
    "I paid. Net banking was down",
    "TP.HCM mưa to",
    "Đơn hàng S123456.HN.789 đang được giao",
])
def test_prose_numbers_and_emails_are_not_links(text):
    assert find_links(text) == []


@pytest.mark.parametrize(("address", "brand"), [
    ("vietcombank-xacthuc.top", "vietcombank"),
    ("vietc0mbank.com", "vietcombank"),
    ("vietcombank.com.vn.secure-login.top", "vietcombank"),
    ("momo-sinhtrachoc.com", "momo"),
    ("klikbca-promo.xyz", "bca"),
    ("vietcornbank.net", "vietcombank"),
])
def test_a_brand_in_a_domain_it_does_not_own_is_a_lookalike(address, brand):
    (link,) = find_links(address)
    found = imitated(link, BRANDS)
    assert found is not None and found.id == brand


@pytest.mark.parametrize("address", ["vietcombank.com.vn", "portal.vietcombank.com.vn/login",
                                     "momo.vn", "www.klikbca.com", "tokopedia.com"])
def test_a_brand_on_its_own_domain_or_an_unrelated_domain_is_not(address):
    (link,) = find_links(address)
    assert imitated(link, BRANDS) is None


BAIT = frozenset({"xacthuc", "hoantien", "nhanqua", "hadiah", "verify"})


@pytest.mark.parametrize(("address", "word"), [
    ("nhanqua-tructuyen.top/ff", "nhanqua"),
    ("xacthuc.taikhoan-vn.com", "xacthuc"),
    ("hoantienvn.online", "hoantien"),
    ("klaim-hadiah.xyz", "hadiah"),
    ("secure-verify.click/login", "verify"),
])
def test_a_domain_dressed_as_a_service_desk_is_a_lookalike(address, word):
    (link,) = find_links(address)
    assert baited(link, BRANDS, BAIT) == word


@pytest.mark.parametrize("address", ["vietcombank.com.vn/xacthuc", "thptnguyendu.edu.vn",
                                     "momo.vn/nhanqua", "verifyingstuff.com"])
def test_a_bait_word_in_a_path_an_owned_domain_or_a_longer_word_is_not(address):
    (link,) = find_links(address)
    assert baited(link, BRANDS, BAIT) is None


@pytest.mark.parametrize(("address", "label"), [
    ("voice-msg.vn.top/x7K2", "vn"),
    ("bidv.com.vn-ebank.xyz", "com"),
    ("dichvucong.gov.vn.hoso.cc/tra-cuu", "gov"),
])
def test_a_country_or_government_ending_in_the_middle_of_a_name_is_borrowed(address, label):
    (link,) = find_links(address)
    assert fake_suffix(link) == label


@pytest.mark.parametrize("address", ["vnexpress.net", "abc.com.vn/tin", "dichvucong.gov.vn",
                                     "tokopedia.co.id", "vnpay.vn"])
def test_a_real_country_ending_is_not_borrowed(address):
    (link,) = find_links(address)
    assert fake_suffix(link) is None


def test_reading_a_long_run_of_dots_stays_fast():
    import time
    started = time.perf_counter()
    find_links("a." * 2000 + " " + "x-" * 2000)
    assert time.perf_counter() - started < 2.0


def test_a_brands_own_careers_site_and_a_news_site_near_a_brands_name_are_no_look_alikes(
        snapshot):
    """grab.careers is Grab's; vnexpress.net is one letter from JNExpress but a news site."""
    for text in ("Grab Vietnam is hiring a Customer Experience Associate, apply at grab.careers",
                 "Ê đọc bài này đi: https://vnexpress.net/canh-bao-chieu-lua-4812345.html"):
        assert "lookalike_domain" not in snapshot.redflags.read(text, "vi").ids, text
    assert "lookalike_domain" in snapshot.redflags.read(
        "JNE: paket tertahan, bayar ongkir di jnexpres-cek.top", "id").ids


def test_a_spaced_dot_after_a_path_ends_a_sentence():
    """"klik: bit.ly/klaim-hadiah . Hub CS: 0812…" was shown back as "bit.ly/klaim-hadiah.Hub":
    a spaced dot joins a host's labels, not a path and the next sentence."""
    found = find_links("Info lengkap klik: bit.ly/klaim-hadiah-shpee . Hub CS: 0812-xxxx-xxxx")
    assert [link.text for link in found] == ["bit.ly/klaim-hadiah-shpee"]
    assert [link.text for link in find_links("vào vcb-online . com/login ngay")] == \
        ["vcb-online.com/login"]


@pytest.mark.parametrize(("text", "domain"), [
    ("số dư chờ rút tại [ quy-vang. com ] nhé", "quy-vang.com"),
    ("dang nhap vao trade88 .net de rut", "trade88.net"),
])
def test_a_dot_spaced_on_one_side_still_joins_an_address(text, domain):
    assert [link.domain for link in find_links(text)] == [domain]


@pytest.mark.parametrize("text", [
    "me nau xong. com ngon lam",
    "Gap nhau o Q1. Com ngon lam",
])
def test_a_sentence_ending_before_a_word_like_an_ending_is_prose(text):
    """"cơm" typed without its marks is "com": a sentence that ends before it is no address."""
    assert find_links(text) == []
