"""Pasted message → the red flags it shows, the words that show each, and a verdict.

Pure and transport-free, built once per content snapshot like the matcher. Cues are read the
way crisis cues are (whole words, diacritics folded, chat shorthand expanded, [parts] in one
sentence), plus three wildcards: # for a word with a digit ("chuyển # triệu"), ## for a code
of three digits or more ("mã otp ##", where "mã otp 6 số" counts digits) and * for any one
word. Links are read by bot.redflags.links. A sentence holding a protective phrase ("không chia
sẻ mã này", "never share this code") does not count as asking for what it protects, so a
genuine OTP notice is not a scam.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.content import Content
from bot.content.cues import ANY, CODE, NUMBER, WILDCARDS
from bot.content.model import Cue, ScamSigns, Sign
from bot.normalize import MAX_INPUT_CHARS, Shorthand, clean, fold_diacritics, spaced_lines, tokens
from bot.redflags.links import (
    BrandIndex,
    baited,
    fake_suffix,
    find_links,
    grouped,
    imitated,
    owned,
    owned_by,
    trusted,
)

# (Opening on one class lets a search skip from mark to mark, where alternatives or a look
# ahead cannot; the look back then tells which kind of mark opened it. An abbreviation of
# single letters, "a.n." in "rekening a.n. petugas", ends no sentence.)
_SENTENCE = re.compile(
    r"[.!?…\n\r](?:(?<=[.!?…])(?<!\b[A-Za-z]\.[A-Za-z]\.)[.!?…]*(?=\s|$)|(?<=[\n\r])[\n\r]*)")
_MAX_SENTENCES = 64
_MAX_EVIDENCE_WORDS = 8
_MIN_QUOTE_WORDS = 3
# A sign shown by a name ("vietcombank", "mum"): the name alone is the quote, and the reader
# checks where it stands (_paid_into).
_NAMED_ALONE = frozenset({"impersonation"})
_REMEMBERED = 256
_STRONG = "+strong"  # the book's key for a sign's strong cues
_SENDER_SCAN = 400
_OFFICE_SCAN = 60  # "Công an phường Tân Định mời…": where an office names itself
# A digit or mark inside a word ("k1en", "d!eu", "NHAN'TIEN"): amounts ("2tr", "24h") are not.
# (Each opens on the mark, the rare character, and looks back for the letter: several times
# faster to search than opening on any letter. Apart, a search skips from mark to mark; the
# apostrophe's runs only on a text that holds one.)
_DISGUISE_MARK = re.compile(r"[0-9!@$_~^*#](?<=[a-zA-Z].)(?=[a-zA-Z])")
_DISGUISE_APOSTROPHE = re.compile(r"['’](?<=[A-Za-z].)(?=[A-Z])")
# Letters of German, French or Turkish spelling in a Vietnamese or Indonesian message.
_FOREIGN_LETTERS = re.compile(r"[äöüëïÿ€ßçœ]", re.IGNORECASE)
# A lowercase letter on one side of a mark inside a word ("Na.pVao", "Cu,u~Th"), not "TP.HCM".
# (An apostrophe is left out: "don't", "we'll".)
_INNER_MARK = re.compile(r"[a-zà-ỹ][.,:;~_^*\"][A-Za-zÀ-ỹ]|[A-Za-zÀ-ỹ][.,:;~_^*\"][a-zà-ỹ]")
# A word with a mark, a digit or a foreign letter inside: the only ones worth a closer look.
_SUSPECT = re.compile(r"[^\s.,:;~_^*\"'!@$0-9äöüëïÿ€ßçœÄÖÜËÏŸ]{0,60}"
                      r"[.,:;~_^*\"'!@$0-9äöüëïÿ€ßçœÄÖÜËÏŸ]\S{0,60}")
_HIDDEN_MIN = 2
_VIETNAMESE_LETTERS = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")
# A letter that is neither plain nor Vietnamese, in either case: without one, no word mixes
# scripts, and the word-by-word look is skipped.
_PLAIN_OR_VIETNAMESE = "".join(
    sorted(_VIETNAMESE_LETTERS | set("".join(_VIETNAMESE_LETTERS).upper())))
_FOREIGN_LETTER = re.compile(f"[^\\W\\d_a-zA-Z{_PLAIN_OR_VIETNAMESE}]")
_EDGE_MARKS = ".,:;!?\"'()"
_NOT_PLAIN = re.compile(r"[^a-z0-9 ]")
# An address the person pasting replaced with a placeholder: "[LINK]", "<url>".
_LINK_TAKEN_OUT = re.compile(r"[\[<(](?:link|url|liên kết|lien ket)[\]>)]", re.IGNORECASE)
# A mobile or local number (not a 1800 / 1900 hotline), however it is spaced or masked.
_PERSONAL_NUMBER = re.compile(
    r"(?:\+84|0)(?<![\dx]0)(?<![\dx]\+84)(?:[ .\-]{0,3}[\dx]){8,10}(?![\dx])")
# A mobile an officer gives in Vietnam or Indonesia ("0912 345 678", "0812-3456-7890").
_STAFF_MOBILE = re.compile(r"(?:\+84|\+62|(?<![\d+])0)(?:[ .\-]{0,3}\d){8,12}(?!\d)")
# A carrier's or a service's own free line as the only contact: "LH 198", "LH 9090", "CSKH
# 18001091".
# Not 1900 numbers (paid: "gọi 1900… để tâm sự với em") and not a mobile number.
_SERVICE_WORDS = ("lh", "lien he", "cskh", "hotline", "tong dai", "goi")
_SERVICE_LINE = re.compile(
    rf"\b(?:{'|'.join(_SERVICE_WORDS)})\s*:?\s*(?:1800[ .]?\d{{3,4}}|(?!1900)\d{{3,4}})\b")
# The letter O among digits: "1O0tr", "5O NGÀN", "WaO0": a number spelt to slip past a filter.
_O_FOR_ZERO = re.compile(r"[0-9][.,]?[Oo]|[Oo][0-9]")
# A word spelt out letter by letter ("Z a l o", "V.a.y t.i.e.n", "V i e t i n b a n k") or a
# phone number digit by digit ("0 3 7 x 2 9 1 8"): written so that no filter reads it.
_SPACED = re.compile(r"(?<![^\s(])(?:[^\W\d_][ .]){3,40}[^\W\d_](?![^\s.,:;)])"
                     r"|(?<!\S)(?:[^\W_] ){2,30}\. (?:[^\W_] ){1,10}[^\W_](?!\S)"
                     r"|(?<!\S)(?:[\dx][ .]){6,20}[\dx](?!\S)")
# "TK 21xxxx0963 +15,000,000VND … SD: 18,740,220VND": an account's balance changed.
_SIGNED_AMOUNT = re.compile(r"[+-] ?[0-9][0-9.,]{2,20} ?(?:vnd|đ|d|rp|idr)\b", re.IGNORECASE)
_BALANCE_WORDS = ("sd", "so du", "số dư", "saldo")
_BALANCE = re.compile(rf"\b(?:{'|'.join(_BALANCE_WORDS)})\b ?:? ?[0-9]", re.IGNORECASE)
_MEMO = re.compile(r"\b(?:nd|noi dung|nội dung|nd gd|ndgd|berita|keterangan|memo|remark)"
                   r" ?: ?[^\n]{0,200}", re.IGNORECASE)
# What every spelt-out run opens with, after a space or "(": three single characters each
# followed by a separator, or two and ". " ("N e w 8 8 . b i z"). Vietnamese chat has
# single-letter words ("e", "k", "a 7 year old"), rarely three in a row.
_SPACED_HINT = re.compile(r"[\s(]\w[ .]\w[ .](?:\w[ .]|\. )")
_HAS_DIGIT = re.compile(r"\d")
_AMOUNT_UNITS = frozenset({"trieu", "tr", "k", "nghin", "ngan", "dong", "d", "vnd", "million",
                           "millions", "thousand", "juta", "jt", "ribu", "rb", "rp", "idr", "usd"})
_JOINER = re.compile(r"(?<=\w)[_'~^*#’‘](?=\w)")
_TOKEN = re.compile(r"\S{1,40}")
_AMOUNT = re.compile(r"[0-9][0-9.,]*[a-zđ%]{0,3}", re.IGNORECASE)
_LEET = str.maketrans("013457!@$", "oieastias")
# A sender's label: a few words then "]", ")", ":", "|" or "thông báo" / "notice".
_SENDER_LABEL = re.compile(
    r"[^a-z0-9\n]{0,6}([a-z0-9][a-z0-9 .&-]{0,28}?)\s*(?:\]|\)|:|\||thong bao\b|notice\b|"
    r"informs\b|menginformasikan\b|info\b)")
_QUOTE_OPEN = re.compile(r"[\"“«‘']\s*")
# Words after a brand's name that make it the speaker ("Shopee tri ân"), and a birthday
# giveaway ("Grab 10th Anniversary Draw", "Shopee sinh nhật 9 tuổi").
_SPEAKS_AFTER = ("tri an", "thong bao", "cham soc khach hang", "cskh", "support", "care",
                 "official", "resmi", "recruitment", "is giving")
_BIRTHDAY = ("anniversary", "sinh nhat", "ulang tahun")
# A brand's name in a claim to speak for it: "sự kiện Garena", "Shopee tri ân", "dari BCA".
_BEFORE_NAME = (
    r"\b(?:su kien|event|chuong trinh|nhan vien|dari|pihak|from the|from|"
    r"ngan hang|this is the|atas nama|tuyen dung cua|ben|nasabah|tu|khach hang|"
    r"minigame cua page|minigame cua|minigame|fanpage|cong ty tnhh thuong mai|cong ty tnhh|"
    r"cong ty)\s+"
    r"([a-z0-9&]{2,20}(?: [a-z0-9&]{2,20}){0,2})"
    # "Team Garena", but not "cả team vô discord" (the friends' own team)
    r"|\b(?:tim|team)\s+([a-z0-9&]{2,20})\b")
_AFTER_NAME = (
    rf"|\b([a-z0-9&]{{2,20}}(?: [a-z0-9&]{{2,20}}){{0,2}})\s+(?:{'|'.join(_SPEAKS_AFTER)})\b"
    rf"|\b([a-z0-9&]{{2,20}})\s+(?:\d{{1,2}}(?:th|st|nd|rd)?\s+)?(?:{'|'.join(_BIRTHDAY)})\b")
# "Ví MoMo của bạn bị khóa" speaks for MoMo; "chuyển vào ví MoMo" only says where to pay,
# and "login pakai akun Moonton", "transfer by Vietcombank" name a brand, not the sender.
_OWNED_NAME = (
    # (The look-backs follow "vi": a search tries them only where it stands.)
    r"|\b(?:your|paket|undian|tai khoan|don hang|vi(?<!vao vi)(?<!qua vi)(?<!sang vi)(?<!toi vi))"
    r"\s+"
    r"([a-z0-9&]{2,20}(?: [a-z0-9&]{2,20})?)")
_ON_BEHALF = re.compile(_BEFORE_NAME + _AFTER_NAME + _OWNED_NAME)
# The same without the claims that open on the name (a search then tries every word): for a
# head that holds none of the words after a name, where they cannot match.
_ON_BEHALF_NAME_FIRST = re.compile(_BEFORE_NAME + _OWNED_NAME)
_AFTER_WORDS = (*_SPEAKS_AFTER, *_BIRTHDAY)
# Words just before a bank's name that make it the account to pay into.
_PAY_INTO = re.compile(r"\b(?:stk|tk|so tai khoan|tai khoan|account|acc|rekening|rek|norek|"
                       r"vao|qua|to my|ke)\b[^.!?\n]{0,30}$")
# The labels Vietnamese senders must put on a notice or an advert: "(TB)", "[QC]", "TB:".
_SMS_LABEL = re.compile(r"\s{0,4}(?:[(\[](?:TB|QC)[)\]]|(?:TB|QC)\s?:)")
_APK_FILE = re.compile(r"[^\W_][\w-]{0,60}\.apk\b", re.IGNORECASE)
PROTECTIVE, ASKING, OWN, ALARM, TOLD = "_protective", "_asking", "_own", "_alarm", "_told"
MISTAKEN = "_mistaken"
PAY_ME = "_pay_me"
SOLICIT = "_solicit"
STAFF = "_staff"
# What a named officer on a mobile asks for that makes the call a scam.
_STAFF_ASKS = frozenset({"money_transfer", "upfront_fee", "urgency", "otp_request",
                         "personal_data_request", "password_request"})
ARRIVED, ADVISORY = "_arrived", "_advisory"
NO_FEE = "_no_fee"
# A code's shortest run of digits: "mã OTP 6 số" counts digits, "mã OTP 3xx9x1" is one.
_CODE_DIGITS = 3
_EVERYDAY_MARK = "~"  # on a word of an everyday phrase: "luong~" of "dung luong" is no "lương"
_CODE_SIGNS = frozenset({"otp_request", "password_request"})
# A platform named only as the way to log in ("đăng nhập bằng Facebook là vote được"): the
# page asking for it is not dressed as that platform's own.
_LOGIN_WITH = re.compile(
    r"\b(?:dang nhap|login|log in|sign in|masuk|dn)(?: (?:bang|with|pakai|pake|using|via|vao|"
    r"voi|qua))?(?: (?:your|tai khoan|acc|akun|nick))? (?:facebook|fb|instagram|ig|google|gmail|"
    r"zalo)\b")

# A piece's words folded and as typed, word for word: the phrase book compares them whole.
View = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class _LinkReading:
    flags: dict[str, str]
    risky: bool
    own_sites_only: bool


@dataclass(frozen=True)
class Flag:
    id: str
    evidence: str


@dataclass(frozen=True)
class Reading:
    flags: tuple[Flag, ...]
    score: float
    warning: bool
    asked: bool
    own: bool = False  # the writer tells their own story ("my account was hacked")
    told: bool = False  # the writer tells of a threat made to them ("ada yang ngancam aku")
    borrowed: frozenset[str] = frozenset()  # signs only another reading found (`seen`)
    # A service's own message, by its label at the head ("Vietcombank:", "(TB)", "[QC]"): real
    # or forged, a message to read, never a story of danger.
    notice: bool = False
    # An app package came with the message ("Foto_Resi.apk"): like a link, a way in that was
    # sent, so the message was received and passed on.
    file_sent: bool = False

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.flags)


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]
    typed: tuple[str, ...]  # as the cue writes them, with diacritics
    # Written with diacritics somewhere; a cue with none ("chuyen khoan") is not held to them.
    careful: bool = False

    def agrees(self, folded: Sequence[str], typed: Sequence[str], start: int) -> bool:
        """The diacritics agree wherever the message wrote them: "thanh toán ngay" is not
        "thanh toán ngày", "lương" is not "số lượng", while "thanh toan ngay", typed plainly,
        is either."""
        if not self.careful:
            return True
        for offset, cue in enumerate(self.typed):
            bare = folded[start + offset].removesuffix(_EVERYDAY_MARK)
            said = typed[start + offset]
            if said != bare and said != cue and cue not in WILDCARDS \
                    and fold_diacritics(said) == bare:
                return False
        return True

    def at(self, folded: Sequence[str], start: int) -> bool:
        if start + len(self.words) > len(folded):
            return False
        for offset, want in enumerate(self.words):
            said = folded[start + offset]
            if want == ANY:
                continue
            if want == NUMBER:
                if not any(ch.isdigit() for ch in said):
                    return False
            elif want == CODE:
                if sum(ch.isdigit() for ch in said) < _CODE_DIGITS:
                    return False
            elif want != said:
                return False
        return True


# id, phrase, its words as typed when held to their diacritics, the rules it triggers
_Entry = tuple[int, _Phrase, tuple[str, ...] | None, tuple[int, ...]]
# A one-word phrase: id, the word as the cue writes it when held to its diacritics, rules.
_SingleEntry = tuple[int, str | None, tuple[int, ...]]
# The lengths of the plain phrases that open with two given words; a two-word one's entries.
_Sizes = tuple[tuple[int, tuple[_Entry, ...] | None], ...]
_LiteralEntry = tuple[int, _Phrase, int, tuple[int, ...]]  # id, phrase, its literal's place, rules
_Literals = tuple[tuple[_LiteralEntry, ...], tuple[tuple[int, tuple[_LiteralEntry, ...]], ...]]


class _Everyday:
    """Everyday phrases that hold a cue word when typed plainly ("dung luong", "so luong"):
    their words are marked, in messages and in cues alike, so a cue that writes the whole
    phrase ("số lượng có hạn") still fires and one that is only the inner word ("lương") does
    not. Typed with diacritics, the phrase must agree with them ("dùng lương" is not marked)."""

    def __init__(self, cues: Iterable[Cue]) -> None:
        self.by_first: dict[str, tuple[_Phrase, ...]] = {}
        for cue in cues:
            for written in itertools.chain.from_iterable(cue.raw_groups):
                forms = _cue_forms(written)
                if forms[0]:
                    phrase = _Phrase(*forms, careful=forms[0] != forms[1])
                    self.by_first[forms[0][0]] = (*self.by_first.get(forms[0][0], ()), phrase)
        self.firsts = frozenset(self.by_first)
        # The first two words of every phrase, when each has two plain ones: a piece holding
        # none of them marks nothing, though it holds "so" or "ca" (most do).
        phrases = [phrase for found in self.by_first.values() for phrase in found]
        self.openings: frozenset[tuple[str, ...]] | None = frozenset(
            phrase.words[:2] for phrase in phrases) if all(
            len(phrase.words) >= 2 and WILDCARDS.isdisjoint(phrase.words[:2])
            for phrase in phrases) else None

    def absent(self, folded: Sequence[str]) -> bool:
        """No everyday phrase can stand in these words: none of their first words, or of
        their first two words side by side."""
        return self.firsts.isdisjoint(folded) or (
            self.openings is not None and self.openings.isdisjoint(itertools.pairwise(folded)))

    def marked(self, view: View) -> View:
        by_first = self.by_first
        folded, typed = view
        if self.absent(folded):
            return view
        starts = [at for at, f in enumerate(folded) if f in by_first]
        out: list[str] | None = None
        for start in starts:
            for phrase in by_first[folded[start]]:
                if phrase.at(folded, start) and phrase.agrees(folded, typed, start):
                    if out is None:
                        out = list(folded)
                    for at in range(start, start + len(phrase.words)):
                        if not out[at].endswith(_EVERYDAY_MARK):
                            out[at] += _EVERYDAY_MARK
        return view if out is None else (tuple(out), typed)

    def forms(self, folded: tuple[str, ...], typed: tuple[str, ...]) -> tuple[str, ...]:
        """A cue's folded words, marked as a message's would be."""
        if not self.by_first:
            return folded
        return self.marked((folded, typed))[0]


class _PhraseBook:
    """Cues looked up by their words, so a message costs its length, not the cue count: plain
    phrases whole, phrases with a wildcard by their first real word. A phrase many cues share
    ("gửi" opens dozens of them) is compared once for all of them."""

    def __init__(self, rules: Iterable[tuple[str, Cue]],
                 tables: Iterable[tuple[Shorthand, Shorthand]] = (),
                 everyday: _Everyday | None = None) -> None:
        tables = tuple(tables)
        everyday = everyday or _Everyday(())
        # What the last step needs of each rule, in one look: its key, whether it is one of the
        # reader's own questions, its slots, and whether its quote may widen.
        self.rule_steps: list[tuple[str, bool, range, bool]] = []
        # Each part of each rule is a slot; a phrase fills every slot it stands in.
        slots = 0  # how many parts all rules read so far have
        trigger_slot: list[int] = []
        # Plain phrases are looked up whole: one word by itself, longer ones once their first
        # two words agree; only phrases with # or * are compared word by word.
        exact: dict[tuple[str, ...], dict[_Phrase, list[int]]] = {}
        single: dict[str, dict[_Phrase, list[int]]] = {}
        sizes: dict[tuple[str, str], set[int]] = {}
        by_literal: dict[str, dict[tuple[_Phrase, int], list[int]]] = {}
        for key, cue in rules:
            # Each phrase also as chat shorthand expands it ("ck" → "chuyển khoản"), so a
            # message is read once, in its expanded form.
            parts = tuple(tuple(_Phrase(everyday.forms(*forms), forms[1],
                                        careful=forms[0] != forms[1])
                                for forms in dict.fromkeys(
                                    _expanded(written, table)
                                    for written in map(_cue_forms, part)
                                    for table in (({}, {}), *tables))
                                if forms[0])
                          for part in cue.raw_groups)
            if not all(parts):
                continue
            rule_at = len(self.rule_steps)
            self.rule_steps.append((key, key.startswith("_"),
                                    range(slots, slots + len(parts)),
                                    key not in _NAMED_ALONE))
            # A rule is looked at only once its rarest part, guessed as the one whose shortest
            # phrase is longest, has been seen: "gửi" is in every other sentence, "mã otp" is not.
            rarest = max(range(len(parts)),
                         key=lambda p: min(len(" ".join(ph.words)) for ph in parts[p]))
            trigger_slot.append(slots + rarest)
            for part in parts:
                slot = slots
                slots += 1
                for phrase in part:
                    words = phrase.words
                    if not WILDCARDS.isdisjoint(words):
                        # Keyed on its longest word, the rarest: not on "mã" of "mã otp #".
                        offset = max((i for i, w in enumerate(words) if w not in WILDCARDS),
                                     key=lambda i: len(words[i]))
                        by_literal.setdefault(words[offset], {}).setdefault(
                            (phrase, offset), []).append(slot)
                    elif len(words) == 1:
                        single.setdefault(words[0], {}).setdefault(phrase, []).append(slot)
                    else:
                        exact.setdefault(words, {}).setdefault(phrase, []).append(slot)
                        sizes.setdefault(words[:2], set()).add(len(words))
        # Per slot: its rule when it is the rule's trigger, else -1.
        triggers = [-1] * slots
        for rule_at, slot in enumerate(trigger_slot):
            triggers[slot] = rule_at
        # Each phrase entry carries a number and the rules it triggers: a message records the
        # entries that fire, once each, and only the rules they trigger are looked at.
        ids = itertools.count()
        slot_entries: list[list[int]] = [[] for _ in range(slots)]

        def entry(slots: list[int]) -> tuple[int, tuple[int, ...]]:
            entry_id = next(ids)
            for slot in slots:
                slot_entries[slot].append(entry_id)
            return entry_id, tuple(sorted({triggers[s] for s in slots if triggers[s] >= 0}))

        singles = {w: tuple((e, p.typed[0] if p.careful else None, t)
                            for p, s in found.items() for e, t in (entry(s),))
                   for w, found in single.items()}
        self.exact: dict[tuple[str, ...], tuple[_Entry, ...]] = {
            w: tuple((e, p, p.typed if p.careful else None, t)
                     for p, s in found.items() for e, t in (entry(s),))
            for w, found in exact.items()}
        # Wildcard phrases with a #, grouped by where their first # stands from the literal
        # word: one look at that word ("triệu" with a number before it?) settles the group.
        literals: dict[str, _Literals] = {}
        for w, found in by_literal.items():
            numbered: dict[int, list[_LiteralEntry]] = {}
            plain: list[_LiteralEntry] = []
            for (phrase, at), slots in found.items():
                number = _first_number(phrase.words, at)
                entry_id, trig = entry(slots)
                literal = (entry_id, phrase, at, trig)
                if number is None:
                    plain.append(literal)
                else:
                    numbered.setdefault(number, []).append(literal)
            literals[w] = (tuple(plain), tuple((k, tuple(v)) for k, v in numbered.items()))
        self.slot_entries = [frozenset(found) for found in slot_entries]
        # One probe per word of a message: its one-word phrases, its wildcard phrases, and the
        # lengths of the plain phrases that open with it and the next word (a two-word
        # phrase's entries come along: its two words are all there is to compare).
        pairs: dict[str, dict[str, _Sizes]] = {}
        for (first, second), found in sizes.items():
            pairs.setdefault(first, {})[second] = tuple(
                (size, self.exact[(first, second)] if size == 2 else None)
                for size in sorted(found))
        self.index: dict[str, tuple[tuple[_SingleEntry, ...], _Literals | None,
                                    dict[str, _Sizes]]] = {
            word: (singles.get(word, ()), literals.get(word), pairs.get(word, {}))
            for word in {*singles, *literals, *pairs}}

    def find(self, folded: tuple[str, ...], typed: tuple[str, ...]) -> dict[str, str]:
        """Each key whose cue fires in these words (folded, and the same as typed), with the
        words that showed it."""
        if not folded:
            return {}
        # Diacritics to hold a cue to only where the message wrote some (an everyday word's
        # mark also counts: agrees() looks past it).
        marked = folded != typed
        # Each entry that fired: when (in firing order) and where it first did.
        fired: dict[int, tuple[int, int, int]] = {}
        triggered: set[int] = set()
        index, exact = self.index, self.exact
        last = len(folded) - 1
        probe = index.get
        numeric: set[int] | None = None  # where a word with a digit stands, once needed
        for start, word in enumerate(folded):
            entry = probe(word)
            if entry is None:
                continue
            single, literal, pairs = entry
            if single:
                said = typed[start]
                for entry_id, cue, trig in single:
                    if entry_id in fired:
                        continue
                    if marked and cue is not None and said != cue and said != word:
                        # _Phrase.agrees for one word, inline: every word of a message
                        # passes here.
                        bare = word.removesuffix(_EVERYDAY_MARK)
                        if said != bare and fold_diacritics(said) == bare:
                            continue
                    fired[entry_id] = (len(fired), start, start + 1)
                    if trig:
                        triggered.update(trig)
            if pairs and start < last:
                for size, entries in pairs.get(folded[start + 1], ()):
                    if entries is None:
                        entries = exact.get(folded[start:start + size], ())
                    for entry_id, phrase, cue, trig in entries:
                        if entry_id not in fired and (
                                not marked or cue is None or typed[start:start + size] == cue
                                or phrase.agrees(folded, typed, start)):
                            fired[entry_id] = (len(fired), start, start + size)
                            if trig:
                                triggered.update(trig)
            if literal is None:
                continue
            plain, numbered = literal
            if numbered:
                if numeric is None:
                    numeric = {at for at, w in enumerate(folded)
                               if not w.isalpha() and _HAS_DIGIT.search(w)} \
                        if _HAS_DIGIT.search("".join(folded)) else set()
                if numeric:
                    for number, entries in numbered:
                        if start + number in numeric:
                            plain += entries
            for entry_id, phrase, offset, trig in plain:
                begin = start - offset
                if entry_id not in fired and begin >= 0 and phrase.at(folded, begin) \
                        and (not marked or not phrase.careful
                             or phrase.agrees(folded, typed, begin)):
                    fired[entry_id] = (len(fired), begin, begin + len(phrase.words))
                    triggered.update(trig)
        found: dict[str, str] = {}
        if not triggered:
            return found
        slot_entries, steps = self.slot_entries, self.rule_steps
        fired_ids = set(fired)  # a set intersects by its smaller side; a dict is walked whole
        for rule_at in sorted(triggered):
            key, own, slots, widen = steps[rule_at]
            if key in found:
                continue
            # Every part must have fired; most triggered rules fail here, before any of their
            # words are gathered.
            for slot in slots:
                if slot_entries[slot].isdisjoint(fired_ids):
                    break
            else:
                if own:
                    # The reader's own questions (asking? own story? a protective notice?): only
                    # whether they fire counts, not their words.
                    found[key] = ""
                    continue
                spans = []
                for slot in slots:
                    # The part's words: where the first of its phrases to fire fired.
                    _, begin, end = min([fired[e] for e in slot_entries[slot] & fired_ids])
                    spans.append(_with_unit(folded, begin, end))
                found[key] = _quote(folded, typed, sorted(spans), widen)
        return found


class RedFlagReader:
    def __init__(self, content: Content) -> None:
        self.signs: ScamSigns = content.scam
        self.shorthand: Mapping[str, Shorthand] = content.shorthand
        self.shorthand_said: Mapping[str, Shorthand] = content.shorthand_said
        # Bounded: a typed form folds to its shorthand, so only its case and marks can vary.
        self._expansions: dict[tuple[str, str, str],
                               tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self.everyday = _Everyday(self.signs.everyday)
        # One book for signs, protective and asking phrases: one pass over the words.
        self.book = _PhraseBook([*((sign.id, cue) for sign in self.signs.signs.values()
                                   for cue in sign.cues),
                                 *((sign.id + _STRONG, cue) for sign in self.signs.signs.values()
                                   for cue in sign.strong_cues),
                                 *((PROTECTIVE, cue) for cue in self.signs.protective),
                                 *((NO_FEE, cue) for cue in self.signs.no_fee),
                                 *((ASKING, cue) for cue in self.signs.asking),
                                 *((OWN, cue) for cue in self.signs.own_story),
                                 *((PAY_ME, cue) for cue in self.signs.pay_me),
                                 *((TOLD, cue) for cue in self.signs.told_threat),
                                 *((ARRIVED, cue) for cue in self.signs.arrived_by),
                                 *((ALARM, cue) for cue in self.signs.alarm),
                                 *((MISTAKEN, cue) for cue in self.signs.mistaken),
                                 *((SOLICIT, cue) for cue in self.signs.solicitation),
                                 *((STAFF, cue) for cue in self.signs.staff_line),
                                 *((ADVISORY, cue) for cue in content.not_urgent.advisories)],
                                [(table, self.shorthand_said.get(lang, table))
                                 for lang, table in self.shorthand.items()], self.everyday)
        self.brand_index = BrandIndex.of(self.signs.brands)
        self.brand_names = self.brand_index.by_name.keys()
        # Words a brand's name can start with ("free" of "freefire"): where to look for one.
        self.brand_starts = frozenset(n[:end] for n in self.brand_names
                                      for end in range(1, len(n) + 1))
        # Each name whole and cut into two and three words ("free", "fire"): whether some words
        # name a brand at all is three set lookups, not joins word by word.
        self.brand_cuts = (frozenset(self.brand_names),
                           frozenset((n[:i], n[i:]) for n in self.brand_names
                                     for i in range(1, len(n))),
                           frozenset((n[:i], n[i:j], n[j:]) for n in self.brand_names
                                     for i in range(1, len(n) - 1) for j in range(i + 1, len(n))))
        self._warning_words = tuple(_padded(c.raw) for c in self.signs.warns_of_scams)
        self._in_app_words = tuple(_padded(c.raw) for c in self.signs.in_app)
        find_links("see example.com")  # the suffix list is built on first use: not in a reply
        self._read_cached = functools.lru_cache(maxsize=_REMEMBERED)(self._read)

    def read(self, text: str, lang: str | None = None,
             seen: tuple[tuple[str, str], ...] = ()) -> Reading:
        """`lang`: the message's language, whose chat shorthand is expanded ("ck", "stk");
        without it every language's is (Indonesian "wa" must not turn Vietnamese "sợ wa" into
        WhatsApp, so callers that know the language pass it). `seen`: signs another reading
        already found, with their words (the crisis cues know every way of threatening to post
        a child's images; the sign's own cues need not repeat them)."""
        return self._read_cached(text, lang, seen)

    def _read(self, text: str, lang: str | None = None,
              seen: tuple[tuple[str, str], ...] = ()) -> Reading:
        found: dict[str, str] = {}
        strong: set[str] = set()
        asked = own = alarmed = told = mistaken = solicited = staffed = pay_me = False
        pieces = [p for p in _SENTENCE.split(_memo_dropped(text[:MAX_INPUT_CHARS]),
                                            maxsplit=_MAX_SENTENCES) if p.strip()]
        said: list[tuple[str, ...]] = []
        disguised = _disguise_marked(text)
        spaced = _spaced_out(text)
        per_piece: list[dict[str, str]] = []
        protected: list[bool] = []
        find = self.book.find
        for views in self._views_of(pieces, self._tables(lang), disguised, spaced):
            said.append(views[0][0])
            signs: dict[str, str] = {}
            guarded = arrived = advised = free = False
            for folded, typed in views:
                here = find(folded, typed)
                if not here:
                    continue
                asked = asked or here.pop(ASKING, None) is not None
                own = own or here.pop(OWN, None) is not None
                told = told or here.pop(TOLD, None) is not None
                alarmed = alarmed or here.pop(ALARM, None) is not None
                mistaken = here.pop(MISTAKEN, None) is not None or mistaken
                solicited = here.pop(SOLICIT, None) is not None or solicited
                staffed = here.pop(STAFF, None) is not None or staffed
                pay_me = here.pop(PAY_ME, None) is not None or pay_me
                guarded = here.pop(PROTECTIVE, None) is not None or guarded
                free = here.pop(NO_FEE, None) is not None or free
                advised = here.pop(ADVISORY, None) is not None or advised
                arrived = here.pop(ARRIVED, None) is not None or arrived
                for key, evidence in here.items():
                    if key.endswith(_STRONG):
                        key = key.removesuffix(_STRONG)
                        strong.add(key)
                        signs[key] = evidence  # the clearest wording shows the sign
                        continue
                    signs.setdefault(key, evidence)
            if arrived:
                # "My mum got a WhatsApp from a new number": how the message came, told in the
                # asker's words, is no request to move to that app.
                signs.pop("moves_off_platform", None)
            if free:
                for key in self.signs.no_fee_cancels:
                    signs.pop(key, None)
            if advised:
                # "Bộ Công an cảnh báo: xuất hiện tình trạng… đe dọa, tống tiền": a public
                # warning names the threats it warns of (intents/_crisis.yaml, advisories).
                signs.pop("threat", None)
            per_piece.append(signs)
            protected.append(guarded or advised)
        for at, signs in enumerate(per_piece):
            # A security notice's warning covers its own sentence, and the code just given in
            # the two sentences before it ("Your code is 3xx9x1. Not you? Call 1900…. Never
            # share it with anyone.").
            if protected[at]:
                signs = {k: v for k, v in signs.items() if k not in self.signs.cancels}
            elif any(protected[at + 1:at + 3]):
                signs = {k: v for k, v in signs.items() if k not in _CODE_SIGNS}
            for key, evidence in signs.items():
                found.setdefault(key, evidence)
        # "N e w 8 8 . b i z" is an address too.
        linked = _SPACED.sub(_respaced, text) if spaced else text
        links = self._links(linked, lambda: self._brand_among(
            _LOGIN_WITH.sub(" ", " ".join(itertools.chain.from_iterable(said))).split()))
        for key, evidence in links.flags.items():
            found.setdefault(key, evidence)
        installer = _APK_FILE.search(text) if ".apk" in text.lower() else None
        if installer is not None:
            # A file that installs an app (a "wedding invitation", a "parcel photo" ending in
            # .apk): apps come from the store, so the file alone is a warning.
            found["app_install"] = installer.group(0)
            strong.add("app_install")
        borrowed = frozenset(key for key, _ in seen if key not in found)
        for key, evidence in seen:
            found.setdefault(key, evidence)
        for key, evidence in list(found.items()):
            sign = self.signs.signs.get(key)
            for other in sign.implies if sign else ():
                found.setdefault(other, evidence)
        if pay_me and "money_transfer" in found:
            own = False  # "chuyển vào số tài khoản của em": the sender asks the reader
        if "impersonation" in found and _paid_into(text, found["impersonation"]):
            del found["impersonation"]
        head = _head(text)
        sender = self._sender_in(head)
        if sender:
            found["impersonation"] = sender  # the label the message wears says it best
        weights = {k: _weight(self.signs.signs[k], k in strong)
                   for k in found if k in self.signs.signs}
        if mistaken and "money_transfer" in weights:
            # "Sáng nay em chuyển nhầm vào tk của anh. Anh chuyển lại giúp em vào STK …": the
            # money was often a loan's payout; "returning" it leaves the reader the debt.
            weights["money_transfer"] = max(weights["money_transfer"],
                                            self.signs.mistaken_weight)
            own = False  # "itu uang berobat anak saya": the sender's story, told to the reader
        way_in = next((k for k in ("moves_off_platform", "link") if k in weights), None)
        if solicited and way_in is not None:
            # "Gái xinh phục vụ… Add Zalo: …", "xem em live không che: …": sex offered to
            # whoever writes or taps; the "deposit to book" or the page's malware is the scam,
            # and a child who answers is the one at risk.
            weights[way_in] = max(weights[way_in], self.signs.solicitation_weight)
        mobile = _PERSONAL_NUMBER.search(text) is not None
        mobile_at = _STAFF_MOBILE.search(text) if staffed else None
        if mobile_at is not None and not _STAFF_ASKS.isdisjoint(weights):
            # "Gọi ngay 0879… gặp cán bộ Trần Văn Hùng để cập nhật trước 17h": an office, a
            # bank or the police answer on their own lines, never a named officer's mobile.
            weights["impersonation"] = max(weights.get("impersonation", 0.0),
                                           self.signs.staff_line_weight)
            found.setdefault("impersonation", mobile_at.group(0).strip())
        if links.risky and "link" in weights:
            weights["link"] = max(weights["link"], self.signs.risky_link_weight)
        no_way_out = not links.flags and not mobile and "moves_off_platform" not in found
        own_line = no_way_out and _HAS_DIGIT.search(text) is not None \
            and _service_line(fold_diacritics(text).lower())
        if links.own_sites_only or own_line:
            # An advert or notice pointing only to the sender's own site, or with no way in but
            # a carrier's free line ("Chi tiết LH 198 (0đ)"): its offers, dates and top-ups
            # are what real services send; only the hard signs still count.
            weights = {k: (0.0 if k in self.signs.own_site_softens else w)
                       for k, w in weights.items()}
        elif no_way_out and self._in_app(text):
            # "Bạn được tặng 2 mã giảm giá, đã thêm vào mục Ưu đãi trong ứng dụng": no link, no
            # number, no other app; the reward waits where the real service lives. Money,
            # codes, passwords and threats still count.
            weights = {k: (0.0 if k in self.signs.in_app_softens else w)
                       for k, w in weights.items()}
        if sender and any(protected) and "impersonation" not in strong and "threat" not in found:
            # "Moonton never asks for your password": the label of a notice that warns
            # against scams, and threatens nothing, is what the real sender writes.
            weights["impersonation"] = 0.0
        office = self._state_office(head) if "link" in weights and not links.own_sites_only \
            else None
        if office:
            # "Bộ Y tế thông báo: … miniboon.vn": an office of the state writes from its own
            # gov.vn / go.id site; under its label, a link elsewhere is someone else's.
            found.setdefault("impersonation", office)
            weights.setdefault("impersonation", _weight(self.signs.signs["impersonation"], False))
        if "link" in weights and not links.own_sites_only and (alarmed or office):
            # "If this wasn't you, cancel here: …": a bank never cancels through a link.
            weights["link"] = max(weights["link"], self.signs.alarm_link_weight)
        elif "link" not in weights and mobile:
            # "Not you? Call 089x.662.117 to cancel", "you won a motorbike, call 08x… to
            # claim": a bank, carrier or shop gives its hotline (1800, 1900), never a mobile
            # number, for a charge you did not make or a prize it gives.
            claims = ("impersonation", "urgency", "prize", "threat") if alarmed \
                else ("prize", "threat")
            claim = next((k for k in claims if k in weights), None)
            if claim is not None:
                weights[claim] = max(weights[claim], self.signs.alarm_link_weight)
        if "moves_off_platform" in weights and mobile and office is None:
            named = self._office_named(head)
            if named is not None:
                # "Công an phường mời ông/bà kết bạn Zalo 0912…": an office of the state
                # calls people in or writes from its own site, never from a personal chat.
                found.setdefault("impersonation", named)
                weights.setdefault("impersonation",
                                   _weight(self.signs.signs["impersonation"], False))
                weights["moves_off_platform"] = max(weights["moves_off_platform"],
                                                    self.signs.alarm_link_weight)
        contact = next((k for k in ("link", "moves_off_platform") if k in weights), None)
        if contact is None and weights and mobile:
            contact = max(weights, key=weights.__getitem__)  # a number to call is a way in
        if contact and sum(weights.values()) < self.signs.warn_at \
                and _hidden_words(text) >= _HIDDEN_MIN:
            # Words hidden from filters: no real sender writes so, even when its link is a
            # platform's own ("t.me/…") or it only gives a Telegram name to write to.
            weights[contact] = max(weights[contact], self.signs.disguised_link_weight)
        notice = _SMS_LABEL.match(text) is not None or self._labelled(head)
        if notice and self._public_warning(text, links) \
                and _CODE_SIGNS.isdisjoint(weights) and "threat" not in strong:
            # "[TB] Bộ Công an cảnh báo: tội phạm giả danh… yêu cầu chuyển tiền": an office's
            # public warning names every trick it warns of; pointing nowhere but official
            # sites, it asks nothing of the reader.
            weights = {k: 0.0 for k in weights}
        score = round(sum(weights.values()), 3)
        warning = score >= self.signs.warn_at
        shown = sorted((k for k in weights
                        if warning or self.signs.signs[k].report == "always"),
                       key=lambda k: -weights[k])
        return Reading(tuple(Flag(k, found[k]) for k in shown), score, warning, asked, own,
                       told, borrowed, notice, installer is not None)

    def _public_warning(self, text: str, links: _LinkReading) -> bool:
        """A notice that warns of scams, with no link or only official ones."""
        return not (links.flags and not links.own_sites_only) and self.warns_of_scams(text)

    def _sender(self, text: str) -> str | None:
        """A brand written as the sender's label at the head of a message, or of the message
        quoted inside one ("Vietcombank: …", "[MoMo] …", "Garena thông báo …"), is who the
        message claims to be from. A brand merely named ("FREE FIRE MOD MENU", "LH Zalo chị
        Thảo") is not. It counts as impersonation only if the message also warns (the sign is
        reported with the warning), so a genuine notice stays clean."""
        return self._sender_in(_head(text))

    def _sender_in(self, folded: str) -> str | None:
        starts = [0, *(m.end() for m in _QUOTE_OPEN.finditer(folded))]
        starts += [m.end() for m in itertools.islice(_SENTENCE.finditer(folded), 2)]
        for start in starts:
            label = _SENDER_LABEL.match(folded, start)
            if label is None:
                continue
            found = self._brand_in(label.group(1)) or self._office_in(label.group(1))
            if found:
                return found
        head = folded[:_SENDER_SCAN // 2]
        if self._brand_in(head) is None:
            return None  # no brand named: no claim to speak for one
        claims = _ON_BEHALF if any(w in head for w in _AFTER_WORDS) else _ON_BEHALF_NAME_FIRST
        for claim in claims.finditer(head):
            found = self._brand_in(next(g for g in claim.groups() if g))
            if found:
                return found
        return None

    def _labelled(self, folded: str) -> bool:
        """The message opens with a brand's or an office's label ("MoMo:", "[Vietcombank]",
        "J&T Express:"): a claim made at the head, not a brand named in a story."""
        label = _SENDER_LABEL.match(folded)
        if label is None:
            return False
        words = _plain_words(label.group(1))
        brand = self._brand_among(words[:3])
        # The label is the brand ("Ví MoMo:", "ACB:"), not a person's ("Temenku di Discord:").
        return (len(words) <= 3 and brand is not None and words.index(brand.split()[0]) <= 1) \
            or self._office_in(label.group(1)) is not None

    def _office_in(self, label: str) -> str | None:
        """A label no brand list knows that still names an office or a service ("CityBank
        Alert", "TAND TP", "Toll road notice"): a claim to speak for it all the same."""
        words = _plain_words(label)
        if any(w.endswith("bank") for w in words) or _names(words, self.signs.sender_words):
            return _label_shown(label)
        return None

    def _state_office(self, folded: str) -> str | None:
        """The label of an office of the state the message opens with ("Bộ Y tế thông báo:",
        "[Công an phường]")."""
        label = _SENDER_LABEL.match(folded)
        if label is None:
            return None
        words = _plain_words(label.group(1))
        return _label_shown(label.group(1)) if _names(words, self.signs.state_offices) else None

    def _office_named(self, folded: str) -> str | None:
        """An office of the state named in the opening words ("Công an phường Tân Định mời
        ông/bà…"), label or not."""
        padded = f" {' '.join(_plain_words(folded[:_OFFICE_SCAN]))} "
        return next((office for office in sorted(self.signs.state_offices)
                     if f" {office} " in padded), None)

    def _in_app(self, text: str) -> bool:
        """The message sends the reader into the sender's own app ("vào mục Sự kiện", "in
        Settings"), as a notice from the service itself does."""
        padded = _padded(text)
        return any(words in padded for words in self._in_app_words)

    def warns_of_scams(self, text: str) -> bool:
        """The message warns people of scams ("cảnh giác", "thủ đoạn", "giả danh"): a notice
        describing the tricks holds every sign of one."""
        padded = _padded(text)
        return any(words in padded for words in self._warning_words)

    def _brand_in(self, words_text: str) -> str | None:
        return self._brand_among(_plain_words(words_text))

    def _tables(self, lang: str | None) -> list[tuple[str, Shorthand]]:
        """The shorthand a message is read with: its language's, or, when the language is not
        known, every language's."""
        if not lang:
            return list(self.shorthand.items())
        table = self.shorthand.get(lang)
        return [(lang, table)] if table else []

    def _views_of(self, pieces: list[str], tables: list[tuple[str, Shorthand]],
                  disguised: bool, spaced: bool) -> list[list[View]]:
        """Every piece's views (_views); a piece with no shorthand and no everyday phrase, in a
        message nothing disguises, the most common, is read as it is without a call of its
        own."""
        absent = self.everyday.absent
        out = []
        for piece, view in zip(pieces, self._words_of(pieces), strict=True):
            bare = view[0]
            plain = not (disguised or spaced) and absent(bare)
            if plain:
                for _, table in tables:
                    if not table.keys().isdisjoint(bare):
                        plain = False
                        break
            out.append([view] if plain else self._views(piece, view, tables, disguised, spaced))
        return out

    def _views(self, piece: str, view: View, tables: list[tuple[str, Shorthand]],
               disguised: bool, spaced: bool) -> list[View]:
        """The piece as typed, and with each language's chat shorthand expanded; a piece
        disguised with digits for letters ("d!eu k1en NH4N T1EN") or spelt out ("Z a l o") is
        also read plainly."""
        views = self._expanded_views(view, tables)
        if disguised or spaced:
            plain = _undisguised(piece) if disguised else piece
            if spaced:
                plain = _SPACED.sub(_respaced, plain)
            if plain != piece:
                views += self._expanded_views(_words(clean(plain)), tables)
        marked = self.everyday.marked
        return [marked(each) for each in views]

    @staticmethod
    def _words_of(pieces: list[str]) -> list[View]:
        """Every piece's words, the message cleaned and folded in one pass (folding a text keeps
        its spaces where they are, so its words are those of the cleaned words folded)."""
        spaced = spaced_lines("\n".join(" ".join(p.splitlines()) for p in pieces))
        lines = spaced.split("\n")
        if len(lines) != len(pieces):  # a character that cleans to a line break
            return [_words(clean(p)) for p in pieces]
        return [_paired(cleaned.split(), folded.split()) for cleaned, folded
                in zip(lines, fold_diacritics(spaced).split("\n"), strict=True)]

    def _expanded_views(self, view: View, tables: list[tuple[str, Shorthand]]) -> list[View]:
        """The piece with each language's shorthand expanded, or as it is when it has none."""
        # Cues are compiled in their expanded forms too, so the expanded piece alone finds
        # everything the piece as typed would. An expansion carries its own diacritics: "acc"
        # is "tài khoản", whose "tài" no cue for "tại" may take.
        bare, typed = view
        views = []
        for each, table in tables:
            if table.keys().isdisjoint(bare):
                continue
            # Spliced in where the shorthand stands: a piece holds a few, among many words.
            folded: list[str] = []
            said: list[str] = []
            done = 0
            for at in [at for at, word in enumerate(bare) if word in table]:
                bare_words, typed_words = self._expansion(each, bare[at], typed[at])
                folded += bare[done:at]
                folded += bare_words
                said += typed[done:at]
                said += typed_words
                done = at + 1
            folded += bare[done:]
            said += typed[done:]
            views.append((tuple(folded), tuple(said)))
        return views or [view]

    def _expansion(self, lang: str, folded: str,
                   typed: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """A shorthand's expansion, folded and as written, built once per way of typing it: the
        same few words come back in every message."""
        key = (lang, folded, typed)
        found = self._expansions.get(key)
        if found is None:
            table = self.shorthand[lang]
            written = self.shorthand_said.get(lang, {}).get(folded, table[folded])
            found = self._expansions[key] = (table[folded],
                                             _expanded_words(table[folded], written, typed))
        return found

    def _links(self, text: str, named: Callable[[], str | None]) -> _LinkReading:
        """Each link read once: its signs, whether it sits on a cheap suffix, and whether every
        link goes to a listed brand's own site, a government or school site or an app's own
        link (a carrier's advert, a bank's notice)."""
        signs, brands = self.signs, self.brand_index
        flags: dict[str, str] = {}
        risky = False
        own_sites_only = True
        found = find_links(text)
        if not found:
            # "Nhận ngay tại: [LINK]": an address the person pasting took out is still a
            # way in, of a sender nobody can check.
            hidden = _LINK_TAKEN_OUT.search(text)
            return _LinkReading({"link": hidden.group()} if hidden else {}, False, False)
        name = named()
        prose = text.lower()
        for link in found:
            prose = prose.replace(link.text.lower(), " ")
        names = frozenset(re.findall(r"[a-z0-9]{5,}", prose))
        for link in found:
            flags.setdefault("link", link.text)
            if any(link.host == h or link.host.endswith("." + h) for h in signs.free_hosts):
                # A page anyone can make, whoever owns the host: read as a stranger's site.
                risky = True
                own_sites_only = False
                # "Google Form: forms.gle/…" is the named brand's own free page, not an
                # imitation of it.
                if name is not None and not owned_by(link, brands.by_name[name.replace(" ", "")]):
                    flags.setdefault("lookalike_domain", link.host)
                continue
            if grouped(link, signs.group_links):
                # "t.me/vip", "zalo.me/g/…": a stranger's group on the platform's own domain;
                # the offers around it are not the platform's.
                own_sites_only = False
                continue
            short = link.domain in signs.shorteners or link.host in signs.shorteners \
                or any(w in link.domain.split(".")[0] for w in signs.shortener_words)
            if short:
                flags.setdefault("short_link", link.text)
            if owned(link, brands):
                continue
            risky = risky or link.domain.rsplit(".", 1)[-1] in signs.risky_suffixes
            if trusted(link, signs.trusted_suffixes, signs.app_links):
                continue
            own_sites_only = False
            # "Free Fire gift for you: ff-qua.vip": a message in a brand's name sending you
            # to a site no brand owns, outside Vietnam's registry, dresses that site up as
            # the brand's (a .vn name needs an ID to register).
            if imitated(link, brands, names) is not None \
                    or baited(link, brands, signs.bait_words) is not None \
                    or fake_suffix(link) is not None \
                    or (name is not None and not short and not link.domain.endswith(".vn")):
                flags.setdefault("lookalike_domain", link.domain)
        return _LinkReading(flags, risky, own_sites_only)

    def _brand_among(self, words: list[str]) -> str | None:
        """The brand named by one to three neighbouring words ("Free Fire", "Vietcombank"),
        the longest first."""
        whole, pairs, triples = self.brand_cuts
        if whole.isdisjoint(words) and pairs.isdisjoint(itertools.pairwise(words)) \
                and triples.isdisjoint(zip(words, words[1:], words[2:], strict=False)):
            return None
        for start, word in enumerate(words):
            if word not in self.brand_starts:
                continue
            for end in range(min(start + 3, len(words)), start, -1):
                if "".join(words[start:end]) in self.brand_names:
                    return " ".join(words[start:end])
        return None


class _Expanded(str):
    """A word of a shorthand's expansion: compared as the expansion is written ("tài" of
    "acc" → "tài khoản"), quoted as the message wrote it ("acc", once)."""

    shown: str

    def __new__(cls, written: str, shown: str) -> _Expanded:
        word = super().__new__(cls, written)
        word.shown = shown
        return word


def _expanded_words(folded: tuple[str, ...], written: tuple[str, ...],
                    typed: str) -> tuple[str, ...]:
    return tuple(_Expanded(w, typed if i == 0 else "")
                 for i, (_, w) in enumerate(zip(folded, written, strict=True)))


def _plain_words(folded: str) -> list[str]:
    """The words of a folded label or head, its marks and punctuation set aside."""
    return _NOT_PLAIN.sub(" ", folded).split()


def _names(words: list[str], phrases: frozenset[str]) -> bool:
    padded = f" {' '.join(words)} "
    return any(f" {phrase} " in padded for phrase in phrases)


def _label_shown(label: str) -> str:
    """The label as quoted back: "Bộ Y tế xin thông báo" claims to be "bo y te"."""
    return label.strip().removesuffix(" xin")


def _head(text: str) -> str:
    """The head of a message, folded: where a sender's label stands."""
    return fold_diacritics(text[:_SENDER_SCAN]).lower()


def _weight(sign: Sign, strong: bool) -> float:
    return sign.strong_weight if strong and sign.strong_weight is not None else sign.weight


def _paid_into(text: str, brand: str) -> bool:
    """A bank named only as where to pay ("chuyển 3 triệu vào STK 0451… Vietcombank", "send
    it to my Vietinbank account") says where the money goes, not who is writing."""
    name = brand.strip().lower()
    if not name or " " in name or "…" in name:
        return False
    folded = fold_diacritics(text[:MAX_INPUT_CHARS]).lower()
    named = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", folded)]
    return bool(named) and all(_PAY_INTO.search(folded[max(0, at - 40):at]) for at in named)


def _first_number(words: tuple[str, ...], offset: int) -> int | None:
    """Where the phrase's first # (or ##) stands, counted from its literal word."""
    return next((i - offset for i, w in enumerate(words) if w in (NUMBER, CODE)), None)


def _quote(folded: Sequence[str], typed: Sequence[str], spans: list[tuple[int, int]],
           widen: bool = True) -> str:
    """The words that showed a sign, as the message wrote them: the stretch from its first part
    to its last when that is short ("tặng 9999 kim cương", not "tặng … kim cương"), at least
    three words of it, else each part with "…" between."""
    if spans[-1][1] - spans[0][0] <= _MAX_EVIDENCE_WORDS:
        begin, end = spans[0][0], max(b for _, b in spans)
        # A word or two alone ("pay a") reads as a fragment: the next words give it sense
        # (not a number, which cleaning has cut: "rp1 500").
        while widen and end - begin < _MIN_QUOTE_WORDS and end < len(folded) \
                and folded[end].isalpha():
            end += 1
        spans = [(begin, end)]
    return " … ".join(" ".join(shown for t in typed[a:b][:_MAX_EVIDENCE_WORDS]
                               if (shown := getattr(t, "shown", t))) for a, b in spans)


def _with_unit(folded: Sequence[str], start: int, end: int) -> tuple[int, int]:
    """Words that end on an amount take its unit along: "transfer 4 million", not
    "transfer 4"."""
    if end < len(folded) and folded[end] in _AMOUNT_UNITS and _HAS_DIGIT.search(folded[end - 1]):
        return start, end + 1
    return start, end


def _memo_dropped(text: str) -> str:
    """A bank's balance notice ends with the payer's own memo ("SD: 18,740,220VND. ND: CTY
    ABC TT LUONG T11"): the payer's words, not the bank asking anything."""
    signed = ("+" in text or "-" in text) and _SIGNED_AMOUNT.search(text) is not None
    lowered = text.lower()
    if not signed and not (
            any(word in lowered for word in _BALANCE_WORDS) and _BALANCE.search(text)):
        return text
    return _MEMO.sub(" ", text)


def _words(cleaned: str) -> View:
    return _paired(cleaned.split(), fold_diacritics(cleaned).split())


def _paired(typed: list[str], bare: list[str]) -> View:
    if len(typed) != len(bare):  # a word of stray accents alone: fold word by word
        words = [(f, t) for t in typed if (f := fold_diacritics(t))]
        return tuple(f for f, _ in words), tuple(t for _, t in words)
    return tuple(bare), tuple(typed)


def _padded(text: str) -> str:
    """The text's words folded and spaced at both ends, so that " phrase " is found whole."""
    return f" {' '.join(tokens(text))} "


def _service_line(folded: str) -> bool:
    """A carrier's or service's free line named ("LH 198"); a text naming none of the words
    that open one is not searched (a search tries the words at every word)."""
    return any(word in folded for word in _SERVICE_WORDS) \
        and _SERVICE_LINE.search(folded) is not None


def _spaced_out(text: str) -> bool:
    """A word spelt out letter by letter ("Z a l o", "N.e.w.8.8"); the hint is a cheap
    necessary condition for the full pattern."""
    return _SPACED_HINT.search(" " + text) is not None and _SPACED.search(text) is not None


def _hidden_words(text: str) -> int:
    """How many words are written to slip past a filter: with letters no Vietnamese,
    Indonesian or English word has ("nhän"), or with a mark or digit between letters
    ("Na.pVao", "d!eu"), each different word once. Addresses, amounts and abbreviations
    ("TP.HCM") are not counted."""
    count = 0
    head = text[:MAX_INPUT_CHARS]
    if _spaced_out(head):
        return _HIDDEN_MIN
    tokens = _SUSPECT.findall(head)
    foreign = not head.isascii() and _FOREIGN_LETTER.search(head) is not None
    if foreign:
        # Look-alike letters need no mark to be suspect; a word already listed is not
        # counted twice.
        tokens += [w for w in head.split() if not w.isascii() and _mixed_script(w)
                   and not any(token in w for token in tokens)]
    counted: set[str] = set()
    for token in tokens:
        if "/" in token or "@" in token or token.lower().startswith(("http", "www")):
            continue
        core = token.strip(_EDGE_MARKS)
        if core in counted:
            continue  # a package code said twice ("soạn ST7K… hủy ST7K") is one word
        counted.add(core)
        if core.isalpha() and not (foreign and _FOREIGN_LETTER.search(core)):
            continue  # a plain word with a comma or a full stop after it
        marks = _inner_marks(token)
        if len(marks) >= 3 and sum(m not in "._" for m in marks) >= 2:
            # "DvVCh:oj_Vu,jVe Ch.jenThan.g:H,OTz99N": words glued by commas and colons, a
            # whole sentence hidden in one token ("Bao_cao_thang.pdf" is a file name).
            return _HIDDEN_MIN
        if marks or _FOREIGN_LETTERS.search(token) or _disguised_word(token) \
                or _mixed_script(token) or _O_FOR_ZERO.search(token):
            count += 1
            if count >= _HIDDEN_MIN:
                break
    return count


def _inner_marks(token: str) -> list[str]:
    """The marks between letters in a token, its web addresses left out ("Na.pVao" has one,
    "ctt.hust.edu.vn" none)."""
    if _INNER_MARK.search(token) is None:
        return []
    for link in find_links(token):
        token = token.replace(link.text, " ")
    return [found[1] for found in _INNER_MARK.findall(token)]


def _mixed_script(token: str) -> bool:
    """A word mixing plain or Vietnamese letters with a letter of neither ("CVѴ", "ẖàg",
    "ṱh"): look-alikes that no keyboard layout types by accident."""
    plain = other = False
    for ch in token.lower():
        if not ch.isalpha():
            continue
        if ch.isascii() or ch in _VIETNAMESE_LETTERS:
            plain = True
        else:
            other = True
    return plain and other


def _disguise_marked(text: str) -> bool:
    return _DISGUISE_MARK.search(text) is not None or (
        ("'" in text or "’" in text) and _DISGUISE_APOSTROPHE.search(text) is not None)


def _disguised_word(token: str) -> bool:
    """"k1en", "NH4N", "d!eu": one digit or mark standing for a letter in a word; a code with
    several digits ("F7K2P", "ST15K") is not a disguise."""
    return _disguise_marked(token) \
        and sum(ch.isdigit() for ch in token) <= 1 and sum(ch.isalpha() for ch in token) >= 3


def _respaced(match: re.Match[str]) -> str:
    """"Z a l o" → "Zalo"; "V.a.y t.i.e.n" → "Vay tien" (dots join letters, spaces words)."""
    spelt = match.group(0)
    if " . " in spelt:  # "N e w 8 8 . b i z": an address spelt out
        return spelt.replace(" ", "")
    return spelt.replace(".", "") if "." in spelt else spelt.replace(" ", "")


def _undisguised(piece: str) -> str:
    """ "NH4N T1EN", "d!eu'k!en", "KH0NG" read as "nhan tien", "dieu kien", "khong": a word
    mixing letters with look-alike digits or marks gets letters back; amounts and units
    ("500k", "24h", "4G") are left alone."""
    if not _disguise_marked(piece):
        return piece
    piece = _JOINER.sub(" ", piece)
    return _TOKEN.sub(lambda m: _unleet(m.group(0)), piece)


def _unleet(token: str) -> str:
    if not any(ch.isalpha() for ch in token) or _AMOUNT.fullmatch(token) or "." in token \
            or "/" in token:
        return token
    return token.translate(_LEET)


def _expanded(forms: tuple[tuple[str, ...], tuple[str, ...]],
              tables: tuple[Shorthand, Shorthand]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A cue's words with chat shorthand expanded, as a message's are: folded, and as the
    expansion is written."""
    table, said = tables
    folded: list[str] = []
    typed: list[str] = []
    for word, written in zip(*forms, strict=True):
        if word in table:
            folded += table[word]
            typed += said.get(word, table[word])
        else:
            folded.append(word)
            typed.append(written)
    return tuple(folded), tuple(typed)


def _cue_forms(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A cue's words folded (how they are looked up) and as written (for the diacritics)."""
    folded: list[str] = []
    typed: list[str] = []
    for chunk in text.split():
        if chunk in WILDCARDS:
            folded.append(chunk)
            typed.append(chunk)
            continue
        plain = clean(chunk).split()
        bare = fold_diacritics(" ".join(plain)).split()
        folded += bare
        typed += plain if len(plain) == len(bare) else bare
    while folded and folded[0] == ANY:
        folded.pop(0)
        typed.pop(0)
    return tuple(folded), tuple(typed)
