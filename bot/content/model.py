"""The content snapshot: everything moderators edit, loaded into immutable values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from bot import LANGUAGES
from bot.learned import LearnedDanger

PerLanguage = Mapping[str, str]
EMPTY: PerLanguage = MappingProxyType({})
EMPTY_LINES: Mapping[str, int] = MappingProxyType({})


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    checked: date | None
    line: int = 0


@dataclass(frozen=True)
class Example:
    topic: str
    lang: str
    text: str
    line: int


def _voices(item: Case | Topic) -> dict[str, PerLanguage]:
    return {"parent": item.parent, "teen": item.teen, "adult": item.adult}


# Whose wording stands in when a reader has none of their own: a teacher, a coach or a
# neighbour acts for the child as a parent does, so the parent's steps fit them better than
# the shared text, which often speaks to the child; a grandparent or an aunt reads the
# parent's in their own words (bot/family.py).
STAND_IN = {"adult": "parent", "family": "parent"}


def _pick(answer: PerLanguage, own: Mapping[str, PerLanguage], lang: str,
          audience: str | None) -> str:
    """The audience's own wording when there is one, else its stand-in's, else the shared."""
    chain = (own.get(audience or "", EMPTY), own.get(STAND_IN.get(audience or "", ""), EMPTY))
    for texts in (*chain, answer):
        if texts.get(lang):
            return texts[lang].strip()
    return next((answer[lang].strip() for lang in LANGUAGES if answer.get(lang)), "")


@dataclass(frozen=True)
class Case:
    """A situation inside a topic that its general steps do not fit: pills already taken, a
    friend who said goodbye and stopped answering. A frightened reader given "if you have not
    done anything yet…" reads a template; the case's own text replaces the topic's when its
    words (`when`, cues like the crisis cues) are in the message."""

    id: str
    when: tuple[Cue, ...]
    answer: PerLanguage
    parent: PerLanguage = field(default_factory=lambda: EMPTY)
    teen: PerLanguage = field(default_factory=lambda: EMPTY)
    adult: PerLanguage = field(default_factory=lambda: EMPTY)
    lines: Mapping[str, int] = field(default_factory=lambda: EMPTY_LINES)
    home: str = ""  # the topic whose answer file holds it
    also_in: tuple[str, ...] = ()  # other topics whose answer it replaces too
    related: tuple[str, ...] = ()  # its own buttons, instead of the topic's

    def text_for(self, lang: str, audience: str | None) -> str:
        """A case's shared text is often a witness's ("a child beaten next door"): an adult who
        is not the parent gets it before the parent's, which speaks of "your child"."""
        if audience == "adult" and not self.adult.get(lang):
            return _pick(self.answer, {}, lang, None)
        return _pick(self.answer, _voices(self), lang, audience)


@dataclass(frozen=True)
class Variant:
    """One text of an answer file in its languages, for the checks that read every text."""

    label: str
    texts: PerLanguage
    lines: Mapping[str, int]  # language -> line in the answer file
    calm: bool = False  # an urgent topic's text for a danger that is not now: no 111 first


@dataclass(frozen=True)
class Topic:
    id: str
    category: str
    urgent: bool
    title: PerLanguage
    answer: PerLanguage
    parent: PerLanguage = field(default_factory=lambda: EMPTY)
    teen: PerLanguage = field(default_factory=lambda: EMPTY)
    adult: PerLanguage = field(default_factory=lambda: EMPTY)
    related: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    reviewed: date | None = None
    examples: tuple[Example, ...] = ()
    lines: Mapping[str, int] = field(default_factory=lambda: EMPTY_LINES)
    needs: tuple[Cue, ...] = ()
    signals: tuple[Cue, ...] = ()
    cases: tuple[Case, ...] = ()
    # The text for a message that tells the past ("months ago"): see answers/stalking.yaml.
    not_now: Case | None = None

    def line_of(self, *keys: str) -> int:
        """Where a key stood in the answer file, so problems can point at it."""
        for end in range(len(keys), 0, -1):
            if ".".join(keys[:end]) in self.lines:
                return self.lines[".".join(keys[:end])]
        return 1

    def text_for(self, lang: str, audience: str | None, case: str | None = None) -> str:
        """The audience's own wording when there is one, else the shared answer; a case's
        text when the message told that situation."""
        chosen = next((c for c in self.cases if c.id == case), None)
        if chosen is not None:
            return chosen.text_for(lang, audience)
        return _pick(self.answer, _voices(self), lang, audience)

    def variants(self) -> tuple[Variant, ...]:
        """Every text of the answer file: the answer, each audience's, each case's."""
        own = tuple(Variant(key, texts, {lang: self.line_of(key, lang) for lang in texts})
                    for key, texts in (("answer", self.answer), *_voices(self).items()))
        return own + tuple(
            Variant(f"case {case.id}/{key}", texts,
                    {lang: case.lines.get(f"{key}.{lang}", 1) for lang in texts},
                    case is self.not_now)
            for case in self.own_cases
            for key, texts in (("answer", case.answer), *_voices(case).items()))

    @property
    def own_cases(self) -> tuple[Case, ...]:
        """The cases this answer file writes (not those shared into it), its not_now text too."""
        return tuple(case for case in (*self.cases, *((self.not_now,) if self.not_now else ()))
                     if case.home == self.id)

    def title_for(self, lang: str) -> str:
        return self.title.get(lang) or self.title.get("en") or self.id


@dataclass(frozen=True)
class Cue:
    """Word groups that must all occur for the cue to fire; any one phrase of a group will do.

    A plain cue is one group with one phrase. Alternatives keep combined cues readable:
    [[dọa, tung], [ảnh nóng, clip nóng]] instead of four separate lines.
    """

    raw_groups: tuple[tuple[str, ...], ...]
    lang: str
    raw: str
    line: int


@dataclass(frozen=True)
class CrisisGroup:
    topic: str
    also_call: tuple[str, ...]
    cues: tuple[Cue, ...]
    refines: str | None = None
    instead_of: str | None = None
    # A toddler who swallowed pills is poisoned, not self-harming: the group's danger is read
    # as this topic's when the message is about a child too young to mean it.
    for_young_child: str | None = None
    # A dare done for a clip or a trend ("drank a bottle of cough syrup for a challenge") is
    # read as this topic's danger when its cues fire too: a dare gone wrong, not a wish to die.
    for_a_dare: str | None = None
    # Who is offered the buttons under this group's answer when a message has no role words:
    # likely the person in danger themself (self_harm), never offered "Talk with your child".
    # The text speaks to them only when the message is theirs alone ("he said he wants to die"
    # is a parent's message too).
    unknown_reader: str | None = None
    # Cues that read a story by its shape (someone still on the line while a code is asked
    # for) rather than by words only one kind of danger uses: they give way to every other
    # cue, found in one sentence or across two, so a threat told over two sentences keeps
    # its own answer.
    shape_cues: tuple[Cue, ...] = ()


@dataclass(frozen=True)
class NotUrgent:
    """Phrases that take the danger out of a crisis cue.

    A frame ("năm ngoái", "what if", "not in danger") cancels every cue in its clause, up to a
    word that brings the story back to now ("giờ", "tonight", "sekarang"); an exaggeration
    ("nóng muốn chết") is a cue's words used for something else and is skipped.
    """

    frames: tuple[Cue, ...] = ()
    exaggerations: tuple[Cue, ...] = ()
    now: tuple[Cue, ...] = ()
    oneself: tuple[Cue, ...] = ()
    # Whose danger: another person named before the danger words, with no "I" in between.
    someone_else: tuple[Cue, ...] = ()
    first_person: tuple[Cue, ...] = ()
    own_child: tuple[Cue, ...] = ()
    reporting: tuple[Cue, ...] = ()
    object_marks: tuple[Cue, ...] = ()
    # "My son is panicking because his friend just texted…": the child is moved by the friend.
    moved_by: tuple[Cue, ...] = ()
    # "I hear her crying": an "I" who only sees or hears the danger is not the one in it.
    witness: tuple[Cue, ...] = ()
    # Everyday words one or two letters from a cue word, never read as its typo
    # ("pemeriksaan", an examination, is not "pemerkosaan").
    real_words: tuple[Cue, ...] = ()
    # "toddler", "2 tuổi", "balita": a child too young to harm themselves on purpose.
    young_child: tuple[Cue, ...] = ()
    # "he", "nó", "dia": a person spoken of, so a message with them may be about someone else.
    third_person: tuple[Cue, ...] = ()
    # "Bộ Công an cảnh báo: xuất hiện tình trạng…": a public warning describes a kind of crime;
    # the whole sentence holding one is calm, not only its clause.
    advisories: tuple[Cue, ...] = ()
    # "an account claiming to be a girl his age": a pretended person, not a friend at risk.
    posing: tuple[Cue, ...] = ()
    # "…hỏi trước cho biết thôi chứ em không bị gì đâu": the writer says nothing is happening,
    # so that sentence and the one before it are a question asked ahead.
    disclaimers: tuple[Cue, ...] = ()
    # "thách nhau", "for a tiktok", "tantangan": a dare or a trend done for others to see.
    dares: tuple[Cue, ...] = ()
    # "để lại hết đồ cho em gái", "xin lỗi anh Hai": the person named next receives the
    # writer's things or apology, a farewell of the writer's own; that person is not at risk.
    given_to: tuple[Cue, ...] = ()
    # "last month", "năm ngoái", "bulan lalu": long enough ago that words quoted after it
    # ("last month she posted 'no one would notice if I disappeared'") are the past too.
    long_ago: tuple[Cue, ...] = ()
    # "tonight", "sáng nay", "barusan": a sentence told in these, itself not past, keeps the
    # message of now although another sentence sets the scene in the past ("we moved here last
    # year… Tonight he went out and his phone is off").
    happening_now: tuple[Cue, ...] = ()
    # "nothing has happened yet": like a disclaimer, except where the danger names the reader or
    # their child ("he'll post my nudes unless I pay. Nothing has happened yet": not yet posted).
    not_yet: tuple[Cue, ...] = ()
    # "my", "của tao", "fotoku": the reader's own, beside `first_person` and `own_child`.
    mine: tuple[Cue, ...] = ()
    # "dịch câu này sang tiếng Anh giúp mình": a task the bot does not do, asked politely; its
    # "help me" is no cry.
    tasks: tuple[Cue, ...] = ()
    # "Giả sử", "Suppose", "Misalkan": a supposition opening a clause frames the rest of its
    # sentence, up to a contrast, not only that clause.
    supposing: tuple[Cue, ...] = ()
    # The `farewell` word list ("tell them I loved them", "nhờ chị chăm mèo giúp em"): a
    # goodbye is no supposition, so no frame in its sentence sets the danger aside ("nếu một
    # ngày nào đó em không còn nữa, nhờ chị chăm mèo giúp em").
    farewells: tuple[Cue, ...] = ()
    # "em mệt lắm rồi", "aku takut keluar rumah": the writer shaken, said outside every frame.
    # A supposition beside it ("nếu có người đang giữ ảnh của mình thì làm sao") is a cry said
    # indirectly, not a question asked ahead.
    shaken: tuple[Cue, ...] = ()
    # "sợ bị người lạ bắt cóc", "takut diculik", "I keep imagining her getting…": a fear of
    # what might happen. It frames its clause only in a message that asks how to prepare a
    # child for something ahead (`preparing`); alone it is as often a fear of what is near.
    feared: tuple[Cue, ...] = ()
    # "nên dặn con những gì", "what rules should I go over with her", "harus pesan apa ke
    # dia": how to prepare a child for an ordinary occasion ahead.
    preparing: tuple[Cue, ...] = ()
    # "chị", "my", "kak": a title between a `given_to` phrase and the name it gives to
    # ("để lại con mèo cho chị hàng xóm", "sorry to my sister", "pamit ke kak Rina").
    titles: tuple[Cue, ...] = ()
    # "đọc báo thấy vụ…", "saw on the news", "baca berita": a story the writer read or heard,
    # told on until a clause names the reader or says now; see `news` in intents/_crisis.yaml.
    news: tuple[Cue, ...] = ()
    # "quên mật khẩu", "locked the ipad", "lupa password": an everyday device or account trouble;
    # with no cue but a plea, the plea is upset about it, not a cry (see `troubles`).
    troubles: tuple[Cue, ...] = ()
    # "foto yg", "ảnh mà": a picture and a relative word. A frame right after them tells which
    # picture ("foto yg dulu aku kirim", the photos sent back then), not when the message happens.
    pictures: tuple[Cue, ...] = ()
    # "hóa ra", "turned out", "ternyata": the scare told before was something harmless. Only in
    # a message that laughs (`laughter`), where the writer is telling a false alarm.
    revealed: tuple[Cue, ...] = ()
    # "haha", "lol", "wkwk": the writer laughing, typed as a word (stretched as typed).
    laughter: tuple[Cue, ...] = ()


@dataclass(frozen=True)
class Ui:
    """Interface strings and menu layout, per language, from answers/_ui.yaml."""

    strings: Mapping[str, PerLanguage]
    categories: tuple[str, ...]
    category_titles: Mapping[str, PerLanguage]
    numbers: Mapping[str, PerLanguage]
    fallback_topics: tuple[str, ...]
    lines: Mapping[str, int] = field(default_factory=lambda: EMPTY_LINES)
    cry_topics: tuple[str, ...] = ()
    never_offered: tuple[str, ...] = ()
    for_everyone: tuple[str, ...] = ()  # offered to parents and teens whatever the category
    not_under_danger: tuple[str, ...] = ()  # never a button under an urgent reply

    def text(self, key: str, lang: str, audience: str | None = None, **values: str) -> str:
        """The text for this reader: `key_parent` or `key_teen` when the content has one (an
        adult who is not the parent reads `key_adult`, else the parent's)."""
        texts = EMPTY
        for reader in (audience, STAND_IN.get(audience or "")):
            if reader and not texts.get(lang):
                texts = self.strings.get(f"{key}_{reader}", EMPTY)
        texts = texts if texts.get(lang) else self.strings.get(key, EMPTY)
        template = texts.get(lang) or texts.get("en") or key
        return template.format(**values) if values else template


@dataclass(frozen=True)
class Scenario:
    """One quiz question: a situation, 3-4 choices, the right one and why."""

    id: str
    topic: str
    audience: str
    question: PerLanguage
    options: Mapping[str, tuple[str, ...]]
    correct: int
    explanation: PerLanguage
    file: str = ""
    lines: Mapping[str, int] = field(default_factory=lambda: EMPTY_LINES)

    def fits(self, audience: str | None) -> bool:
        return _for(self.audience, audience)


@dataclass(frozen=True)
class Tip:
    id: str
    audience: str
    text: PerLanguage
    file: str = ""
    lines: Mapping[str, int] = field(default_factory=lambda: EMPTY_LINES)

    def fits(self, audience: str | None) -> bool:
        return _for(self.audience, audience)


def _for(meant: str, audience: str | None) -> bool:
    """Content meant for `both` suits everyone; someone with no role yet sees everything."""
    return meant == "both" or audience is None or meant == audience


@dataclass(frozen=True)
class Sign:
    id: str
    weight: float
    report: str
    cues: tuple[Cue, ...]
    explain: PerLanguage
    leads_to: tuple[str, ...] = ()
    vote: float | None = None  # how strongly it points to leads_to; None: its weight
    # Cues that show the sign at its clearest ("this is my new account" beside a request for
    # money) and weigh `strong_weight` instead of `weight`.
    strong_cues: tuple[Cue, ...] = ()
    strong_weight: float | None = None
    # Crisis topics whose cues show this sign too (a threat to post a child's images is a
    # sextortion cue): found wherever the crisis reading finds one of them.
    from_crisis: tuple[str, ...] = ()
    # Signs this one always shows as well (a fee to pay first is money asked for).
    implies: frozenset[str] = frozenset()
    # What it means when a person is after a child rather than money (gifts win trust; they
    # are no trick to take a game account): shown under a grooming or sextortion answer.
    explain_abuse: PerLanguage = field(default_factory=lambda: EMPTY)

    @property
    def pull(self) -> float:
        return self.weight if self.vote is None else self.vote


@dataclass(frozen=True)
class Brand:
    id: str
    names: tuple[str, ...]
    domains: tuple[str, ...]


@dataclass(frozen=True)
class Distress:
    """Signs of fear that are not words: marks typed beside them ("😰", "🆘") and the red
    flags of a message that warns of a scam and threatens or demands secrecy."""

    marks: tuple[str, ...] = ()
    signs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ScamSigns:
    """Signs by id, the verdict threshold, and the phrases around them."""

    signs: Mapping[str, Sign] = field(default_factory=lambda: EMPTY)
    warn_at: float = 1.0
    # Signs adding up to this say "almost certainly a scam" (warning_sure), not "signs of":
    # an answer to "is this real?" a worried reader can act on. None: never said.
    sure_at: float | None = None
    warns_of_scams: tuple[Cue, ...] = ()  # "thủ đoạn", "waspada": a notice describing scams
    asking: tuple[Cue, ...] = ()
    own_story: tuple[Cue, ...] = ()
    # "chuyển vào số tài khoản của em": the sender's own account to pay into, so "tài khoản
    # của em" is the sender speaking to the reader, not the reader's own story.
    pay_me: tuple[Cue, ...] = ()
    told_threat: tuple[Cue, ...] = ()
    arrived_by: tuple[Cue, ...] = ()  # "I got it on WhatsApp": the way in, not a move asked
    everyday: tuple[Cue, ...] = ()  # "dung lượng", "tra cứu": everyday words holding a cue word
    protective: tuple[Cue, ...] = ()
    cancels: frozenset[str] = frozenset()
    # "không thu bất kỳ khoản phí nào trước khi giải ngân": a service saying it charges nothing
    # first. Its sentence asks no fee, though it names one (`no_fee_cancels`); the general
    # protective phrases do not cancel a fee ("đã thanh toán trước, nhưng phát sinh phí…" is a
    # courier's scam).
    no_fee: tuple[Cue, ...] = ()
    no_fee_cancels: frozenset[str] = frozenset()
    brands: tuple[Brand, ...] = ()
    shorteners: frozenset[str] = frozenset()
    bait_words: frozenset[str] = frozenset()  # "xacthuc", "hoantien": a domain dressed as a service
    trusted_suffixes: frozenset[str] = frozenset()  # gov.vn, edu.vn: never a look-alike
    app_links: frozenset[str] = frozenset()  # page.link, onelink.me: apps opening themselves
    own_site_softens: frozenset[str] = frozenset()
    # "Vào mục Ưu đãi trong ứng dụng", "added to your account": sent into the sender's own app.
    in_app: tuple[Cue, ...] = ()
    in_app_softens: frozenset[str] = frozenset()
    risky_suffixes: frozenset[str] = frozenset()  # icu, top, xyz: where scam sites live
    sender_words: frozenset[str] = frozenset()  # "alert", "toaan": a label claiming an office
    # "cong an", "bo y te": offices of the state, whose own sites are under trusted_suffixes
    state_offices: frozenset[str] = frozenset()
    shortener_words: frozenset[str] = frozenset()  # "rutgon", "pendek": a shortener's own name
    free_hosts: frozenset[str] = frozenset()  # sites.google.com, web.app: pages anyone can make
    # t.me, zalo.me/g: a group or channel anyone opens on a platform's own domain
    group_links: frozenset[str] = frozenset()
    risky_link_weight: float = 0.1
    disguised_link_weight: float = 0.1
    alarm: tuple[Cue, ...] = ()  # "if this wasn't you": with a link not the sender's own
    alarm_link_weight: float = 0.1
    # "Em chuyển nhầm vào tài khoản của chị": with money asked back, a warning on its own.
    mistaken: tuple[Cue, ...] = ()
    mistaken_weight: float = 0.1
    # "Gái xinh phục vụ… add Zalo": sex for sale with a contact to move to, a warning alone.
    solicitation: tuple[Cue, ...] = ()
    solicitation_weight: float = 0.1
    # "Gọi 0879… gặp cán bộ Hùng", "hubungi petugas Andri 0813…": an office's staff member on a
    # personal mobile, with money, a code or a deadline asked: a warning alone.
    staff_line: tuple[Cue, ...] = ()
    staff_line_weight: float = 0.1
    texts: Mapping[str, PerLanguage] = field(default_factory=lambda: EMPTY)
    # The steps under the signs for one kind of scam, by its topic id ("steps_for")
    steps_for: Mapping[str, PerLanguage] = field(default_factory=lambda: EMPTY)
    # The name of a kind of scam, by its topic id ("kinds"): said in the warning's head when
    # both readings agree on it.
    kinds: Mapping[str, PerLanguage] = field(default_factory=lambda: EMPTY)

    def text(self, key: str, lang: str, **values: str) -> str:
        template = _in_language(self.texts.get(key, EMPTY), lang)
        return template.format(**values) if values else template

    def kind(self, topic: str | None, lang: str) -> str | None:
        """The name of this kind of scam (`kinds`), if it has one."""
        return _for_topic(self.kinds, topic, lang)

    def steps(self, topic: str | None, lang: str) -> str | None:
        """The steps written for this kind of scam (`steps_for`), if there are any."""
        return _for_topic(self.steps_for, topic, lang)


def _for_topic(texts: Mapping[str, PerLanguage], topic: str | None, lang: str) -> str | None:
    own = texts.get(topic or "")
    return None if own is None else _in_language(own, lang)


def _in_language(texts: PerLanguage, lang: str) -> str:
    return texts.get(lang) or texts.get("en") or ""


@dataclass(frozen=True)
class Content:
    topics: Mapping[str, Topic]
    crisis: tuple[CrisisGroup, ...]
    ui: Ui
    not_urgent: NotUrgent = field(default_factory=NotUrgent)
    audience_cues: Mapping[str, tuple[Cue, ...]] = field(default_factory=dict)
    # Per language: a parent's words → a grandparent's, aunt's or uncle's; a pair of the same
    # phrase keeps it ("con số" is no child).
    family_wording: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    shorthand: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    # The same expansions as written, with their diacritics ("acc" → "tài khoản"), for readers
    # that hold a cue's diacritics to the message's: the expansion of "acc" is not "tại".
    shorthand_said: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    version: str = ""
    scenarios: tuple[Scenario, ...] = ()
    tips: tuple[Tip, ...] = ()
    out_of_scope: tuple[Example, ...] = ()
    scam: ScamSigns = field(default_factory=lambda: ScamSigns())
    cries: Mapping[str, tuple[Cue, ...]] = field(default_factory=dict)
    distress: Distress = field(default_factory=lambda: Distress())
    # Where a family says it is (intents/_places.yaml): "vietnam" / "indonesia" phrases.
    places: Mapping[str, tuple[Cue, ...]] = field(default_factory=dict)
    # The learned second reading of danger now (intents/_learned_danger.json); empty when the
    # file is missing or broken, and then the cues read alone.
    learned: LearnedDanger = field(default_factory=LearnedDanger)

    def topics_in(self, category: str) -> tuple[Topic, ...]:
        return tuple(t for t in self.topics.values() if t.category == category)
