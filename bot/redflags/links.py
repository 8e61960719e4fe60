"""Web addresses in a message, read as a careful person would: with or without http, bare
domains, and the dotted-out forms scammers use to slip past filters ("bidv[.]cc",
"momo dot vn"). The registered domain comes from the Public Suffix List snapshot bundled with
tldextract, so "vietcombank.com.vn.xacthuc.top" is on xacthuc.top, and nothing is downloaded."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import tldextract
from rapidfuzz import fuzz, process

from bot.content.model import Brand

MAX_LINKS = 16
_INSIDE = 5  # letters from which a brand's name is found inside a host, not only as a word
# Each pattern is a plain alternation or a bounded class run: linear in the text.
_DOTTED_OUT = re.compile(
    r"\s*(?:\[\s*(?:\.|dot)\s*\]|\(\s*(?:\.|dot)\s*\)|\{\s*(?:\.|dot)\s*\})\s*", re.IGNORECASE)
_SPOKEN_DOT = re.compile(r"(?<=[a-z0-9])\s+dot\s+(?=[a-z])", re.IGNORECASE)
_SPACED_DOT = re.compile(r"(?<=[a-z0-9])\s+\.\s+(?=[a-z]{2,})", re.IGNORECASE)
# A dot spaced on one side only, before a common ending: "ehoaq .com", or "[ ehoaq. com ]"
# where the ending closes the address (a bracket, the end of a line): "xong. com ngon" is
# prose ("cơm" typed without its marks). Searched only where a dot meets a space or a tab.
_ENDINGS = "com|net|org|info|xyz|top|vip|icu|cc|club|shop|online|site|live|io|app|vn"
_DOT_THEN_SPACE = re.compile(
    rf"\.(?<=[a-z0-9]\.)[ \t]+(?=(?:{_ENDINGS})[ \t]*(?:[\])}}>]|$))", re.MULTILINE)
_SPACE_THEN_DOT = re.compile(rf"(?<=[a-z0-9])[ \t]+\.(?=(?:{_ENDINGS})\b)")
_CANDIDATE = re.compile(r"(?:https?://)?(?:[\w-]{1,63}\.){1,8}[a-z]{2,24}(?::\d{1,5})?(?:/[^\s]{0,200})?",
                        re.IGNORECASE)
# Every address has a label, a dot and a letter ("a.vn"): prose without one has no address.
# (Both open on the dot and look back: a search then skips from dot to dot.)
_ADDRESS_DOT = re.compile(r"\.(?<=[\w-]\.)[a-z]", re.IGNORECASE)
_SPACE_DOT = re.compile(r"\.(?<=\s\.)")
_MASKED = re.compile(r"[\dx*]+", re.IGNORECASE)
_DIGITS_FOR_LETTERS = str.maketrans("013457@$", "oleastas")
_EXTRACT = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


@dataclass(frozen=True)
class Link:
    text: str
    host: str
    domain: str  # registered domain: label + public suffix


def find_links(text: str) -> list[Link]:
    """Up to MAX_LINKS addresses. A dot with spaces on both sides ("abc . com") joins, and
    counts only when what follows is a real public suffix; "paid. Net banking" is prose."""
    spoken = "dot" in text.lower()
    if "." not in text and not spoken:
        return []
    joined = _DOTTED_OUT.sub(".", text) if "[" in text or "(" in text or "{" in text else text
    if spoken:
        joined = _SPOKEN_DOT.sub(".", joined)
    if _SPACE_DOT.search(joined):
        joined = _SPACED_DOT.sub(_host_dot, joined)
    if ". " in joined or ".\t" in joined:
        joined = _DOT_THEN_SPACE.sub(".", joined)
    if " ." in joined or "\t." in joined:
        joined = _SPACE_THEN_DOT.sub(".", joined)
    if _ADDRESS_DOT.search(joined) is None:
        return []
    found: list[Link] = []
    # No address holds a space: each word with a dot is searched alone, not every word.
    for word in joined.split():
        if "." not in word:
            continue
        for match in _CANDIDATE.finditer(word):
            raw = match.group(0)
            start = match.start()
            if start and word[start - 1] in "@":
                continue  # an e-mail address or a username, not a page to open
            end = match.end()
            if end < len(word) and (word[end].isalnum() or word[end] == "_") \
                    and "/" not in raw.split("://", 1)[-1]:
                continue  # "S21975.BO.MN4.A2": an ending runs on into a digit, an order code
            link = _link(raw)
            if link is not None and link not in found:
                found.append(link)
            if len(found) >= MAX_LINKS:
                return found
    return found


def _host_dot(found: re.Match[str]) -> str:
    """A spaced dot joins the labels of a host ("abc . com"); after a path's slash it ends a
    sentence: "bit.ly/klaim-hadiah . Hub CS" is no "/klaim-hadiah.Hub"."""
    text, at = found.string, found.start()
    word_start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at), text.rfind("\t", 0, at))
    return found.group(0) if "/" in text[word_start + 1:at] else "."


@functools.lru_cache(maxsize=1024)
def _link(raw: str) -> Link | None:
    address = raw.rstrip(".,;:!?)'\"")
    host = re.sub(r"^https?://", "", address, flags=re.IGNORECASE).split("/", 1)[0]
    host = host.split(":", 1)[0].lower()
    parts = _EXTRACT(host)
    if not parts.suffix or not parts.domain or _MASKED.fullmatch(parts.domain):
        return None  # "09xx.xxx.xxx" is a phone number with digits hidden, not an address
    bare = not address.lower().startswith(("http", "www.")) and "/" not in address
    if bare and any(label.isdigit() for label in parts.suffix.split(".")):
        return None  # "MBVCB.7734120985.CK", a transfer's reference: "*.ck" is a wildcard suffix
    if bare and sum(ch.isdigit() for ch in parts.domain) * 2 > len(parts.domain):
        return None  # "S123456.HN" is an order code, not a site
    return Link(address, host, f"{parts.domain}.{parts.suffix}")


@dataclass(frozen=True)
class BrandIndex:
    """The brands looked up the way links are read: owned domains as a set, names in order,
    and the long names a misspelling is measured against. Built once per content."""

    brands: tuple[Brand, ...]
    domains: frozenset[str]
    long_names: tuple[str, ...]
    by_name: Mapping[str, Brand]
    # Each name's first brand in the list, by its place; names of five letters or more by
    # their first five, to find one inside a host without trying every name.
    rank: Mapping[str, int]
    by_opening: Mapping[str, tuple[str, ...]]

    @classmethod
    def of(cls, brands: Iterable[Brand]) -> BrandIndex:
        listed = tuple(brands)
        rank: dict[str, int] = {}
        for place, brand in enumerate(listed):
            for name in brand.names:
                rank.setdefault(name, place)
        by_name = {name: listed[place] for name, place in rank.items()}
        by_opening: dict[str, tuple[str, ...]] = {}
        for name in rank:
            if len(name) >= _INSIDE:
                by_opening[name[:_INSIDE]] = (*by_opening.get(name[:_INSIDE], ()), name)
        return cls(listed, frozenset(d for b in listed for d in b.domains),
                   tuple(n for n in by_name if len(n) >= 6), MappingProxyType(by_name),
                   MappingProxyType(rank), MappingProxyType(by_opening))


def owned(link: Link, brands: BrandIndex) -> bool:
    """The host is a listed domain or under one ("vcbdigibank.vietcombank.com.vn")."""
    return _owned_by(link, brands.domains)


def owned_by(link: Link, brand: Brand) -> bool:
    """The host is one of this brand's domains or under one ("forms.gle" of Google)."""
    return _owned_by(link, brand.domains)


def _owned_by(link: Link, domains: Collection[str]) -> bool:
    labels = link.host.split(".")
    return any(".".join(labels[i:]) in domains for i in range(len(labels)))


def grouped(link: Link, starts: Collection[str]) -> bool:
    """An address that opens a group or channel anyone can make on a platform's own domain
    ("t.me/…", "zalo.me/g/…": `group_links`)."""
    address = re.sub(r"^(?:https?://)?(?:www\.)?", "", link.text.lower())
    return any(address == start or address.startswith(start + "/") for start in starts)


def trusted(link: Link, suffixes: frozenset[str], app_links: frozenset[str]) -> bool:
    """A government or school site, or an app's own deep link: not a look-alike on its own."""
    return any(link.host.endswith("." + s) or link.host == s for s in suffixes) \
        or link.domain in app_links


def imitated(link: Link, brands: BrandIndex, named: frozenset[str] = frozenset()) -> Brand | None:
    """The brand whose name, or a near-spelling of it, sits in a domain it does not own:
    "vietcombank-xacthuc.top", "vietc0mbank.com", "zalopay.vn.hoantien.top". A word the message
    also writes as a name ("Your parcel from ShopEase … shopease.com") is the sender's own
    name, not a near-spelling of another's."""
    if owned(link, brands):
        return None
    host = link.host.translate(_DIGITS_FOR_LETTERS)
    words = [w for w in re.split(r"[.\-_]", host) if w]
    squashed = host.replace("-", "").replace(".", "")
    # The first listed brand with a name that is a word of the host, or (five letters or
    # more) inside it.
    places = [brands.rank[w] for w in words if w in brands.rank]
    for at in range(len(squashed) - _INSIDE + 1):
        for name in brands.by_opening.get(squashed[at:at + _INSIDE], ()):
            if squashed.startswith(name, at):
                places.append(brands.rank[name])
    if places:
        return brands.brands[min(places)]
    for word in (w for w in words if len(w) >= 5 and w not in named):
        near = process.extractOne(word, brands.long_names, scorer=fuzz.ratio, score_cutoff=85)
        if near is not None:
            return brands.by_name[near[0]]
    return None


def baited(link: Link, brands: BrandIndex, bait: frozenset[str]) -> str | None:
    """The bait word in a domain no known brand owns: "nhanqua-tructuyen.top", "verify-akun.xyz".
    Such a name dresses a page as a service's own (verification, refunds, prizes) without naming
    the brand, which a careful reader takes as a look-alike all the same."""
    if not bait or owned(link, brands):
        return None
    host = link.host.lower()
    words = set(re.split(r"[.\-_]", host))
    squashed = host.replace("-", "").replace(".", "").replace("_", "")
    return next((w for w in sorted(bait) if w in words or (len(w) >= 7 and w in squashed)), None)


_FAKE_SUFFIXES = frozenset({"vn", "com", "gov", "edu", "org", "net", "id", "co"})


def fake_suffix(link: Link) -> str | None:
    """A country or government ending worn in the middle of a name ("voice-msg.vn.top",
    "bidv.com.vn-ebank.xyz" read as .vn at a glance): the page borrows an address it is not
    under."""
    inside = [*link.host[: -len(link.domain)].split("."), link.domain.split(".", 1)[0]]
    return next((label for label in inside if label in _FAKE_SUFFIXES), None)

