"""The core: (snapshot, message, language, audience) → Reply. Pure: no I/O, no clock.

Order of concerns: crisis first (it decides what opens the reply), then the topic, then how
sure we are. A wrong confident answer is worse than a "did you mean", so unsure matches get
suggestions and 111 instead of an answer.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from bot import LANGUAGES
from bot.content.loader import OUT_OF_SCOPE
from bot.content.model import Case, ScamSigns, Topic
from bot.cries import MAX_CRY_WORDS
from bot.crisis import Assessment, CrisisHit
from bot.learned import LEARNED_CUE, SCAM_CATEGORY
from bot.matcher import Match, Query
from bot.normalize import MAX_INPUT_CHARS, quoted_pattern, sentences, tokens, without_quotes
from bot.redflags.reader import Flag, Reading
from bot.snapshot import Snapshot

Kind = Literal["answer", "suggest", "fallback", "empty", "check"]
HOTLINE_ACTION = "hotline"
MAX_SENTENCES_READ = 4
MAX_STORY_SENTENCES = 6
MAX_PASTE_SCAN = 4096
_SAID_OF_THE_SENDER = frozenset({"impersonation", "link", "lookalike_domain", "short_link",
                                 "app_install"})
MIN_QUOTED_MESSAGE = 60  # characters: a quote this long is the message itself, pasted
MIN_PASTED_WORDS = 16
MIN_STORY_WORDS = 15
# Signs only a sender shows: a look-alike link, a code asked of the reader. Not a password:
# "nó đổi mật khẩu và nhắn…" tells the owner's loss in the same words.
_SENDERS_ASKS = frozenset({"lookalike_domain", "otp_request"})
# A quote, a link or a sender's label ("Techcombank: …", "[MoMo] …"): the marks of a message
# passed on. Bounded runs, so linear in the text.
_LINK_PATTERN = r"https?://|www\."
_QUOTE_OR_LINK = r"[\"“«„][^\"”»\n]{12,600}[\"”»]|" + _LINK_PATTERN
_PASTED = re.compile(_QUOTE_OR_LINK + r"|: [^\n]{40}|^\s{0,4}\[[^\]\n]{2,30}\]")
# Single quotes too, where a quote only adds its signs to an answer or is asked about ("is
# this legit? 'Hey it's Mai…'", an apostrophe inside a word is no closing quote): a story
# quoting a goodbye ('sorry everyone') is no paste.
_QUOTED_ANY = re.compile(f"{quoted_pattern(12)}|{_LINK_PATTERN}")
_LINK = re.compile(_LINK_PATTERN)
_QUOTE_MARKS = re.compile("[\"“”«»‘’]|(?:^|\\s)'|'(?:\\s|$)")
_PIECES = re.compile(r"([,.!?;:\n]+)")  # where a plea may stand on its own
CLOSE_TO_BROAD = 0.9
SURE_OF_SPECIAL = 0.5
SIBLING_LEAD = 0.15
BROAD_LEAD = 0.2
# A sentence beside a danger is a second request only when it is clearly about one topic: "Em
# là giáo viên chủ nhiệm lớp 8" scores high on screen time, but barely ahead of two others.
OTHER_REQUEST_LEAD = 0.1
MAX_INTRO_WORDS = 8
FLAG_VOTE = 0.5
OUTVOTES_SURE = 2.0
CLOSE_TO_FLAGGED = 0.9  # a topic the flags outvote for must be this close to the sure one
_MONEY_SIGNS = frozenset({"otp_request", "password_request", "money_transfer", "upfront_fee"})
WEAK_RANKING = 0.4
WEAK_DANGER_MATCH = 0.5
# A topic scored within this share of the ranking's first is seen by the ranking, not outranked.
NEAR_TIE = 0.95
DANGER_CLOSE = 0.03
DANGER_LEAD = 0.05
AGREED_DANGER_LEAD = 0.02  # a danger topic read from one sentence must lead the whole by this
MAX_SUGGESTIONS = 3
# The hotline and three topics: five buttons under a long answer read as a menu (reviews
# scored them down for phone fit), and the fourth was rarely the one needed. A cry for help
# ("help", "tolong") is two lines long and keeps its four crisis topics: they are its menu.
MAX_TOPIC_BUTTONS = 3
OTHER_AUDIENCE_CATEGORY = {"teen": "parents", "parent": "teens", "adult": "teens",
                           "family": "teens"}
SCAM_CATEGORIES = (SCAM_CATEGORY, "abuse")
SMALL_TALK = "conversation"  # greetings, thanks, the bot itself
MAX_FLAG_LINES = 3
# A link or a login asked for, and no money: the steps are about the real app, not a call back.
LINK_SIGNS = frozenset({"link", "lookalike_domain", "short_link", "password_request",
                        "otp_request", "app_install"})
MONEY_SIGNS = frozenset({"money_transfer", "upfront_fee"})
HELPER = "adult"  # the audience whose texts speak to someone helping another person
# What only a scam asks for: a goodbye, a runaway's or a groomer's chat quoted in a story of
# danger shows secrecy, haste, a password or an address as well, and is no scam to read.
SCAM_MARKS = MONEY_SIGNS | frozenset({"link", "lookalike_domain", "short_link", "otp_request",
                                      "app_install", "prize", "free_game_items", "easy_money",
                                      "job_offer", "abroad"})
MAX_TWO_REQUESTS_CHARS = 500
MIN_ASK_WORDS = 4  # "sampai tengah malam", split off by a connector, is no question
# Words that join a second question to the first: "also", "với lại", "sekalian".
_CONNECTORS = re.compile(
    r"(?i)\b(?:also|and also|plus|another thing|one more thing|với lại|vs lại|tiện thể|"
    r"thêm nữa|còn nữa|à mà|voi lai|tien the|sekalian|terus|oh iya|satu lagi)\b")


@dataclass(frozen=True)
class Button:
    label: str
    action: str

    @classmethod
    def topic(cls, snapshot: Snapshot, topic: str, lang: str) -> Button:
        return cls(snapshot.content.topics[topic].title_for(lang), f"topic:{topic}")

    @classmethod
    def hotline(cls, snapshot: Snapshot, lang: str) -> Button:
        return cls(snapshot.content.ui.text("button_hotline", lang), HOTLINE_ACTION)


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[Button, ...]
    urgent: bool
    topic: str | None
    score: float
    suggestions: tuple[str, ...]
    lang: str
    kind: Kind
    flags: tuple[str, ...] = ()
    scam_warning: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "intent": self.topic, "score": round(self.score, 4), "urgent": self.urgent,
            "lang": self.lang, "suggestions": list(self.suggestions), "kind": self.kind,
            "flags": list(self.flags), "scam_warning": self.scam_warning,
            "text": self.text, "buttons": [[b.label, b.action] for b in self.buttons],
        }


def compose(snapshot: Snapshot, text: str, lang: str, audience: str | None) -> Reply:
    """Answer one message. `audience` is the role the person chose; without one, the wording
    of the message decides."""
    reply, reader = _flagged(snapshot, text, lang, audience)
    if reader != "family":
        return reply
    reword = functools.partial(snapshot.family.reword, lang=reply.lang)
    return replace(reply, text=reword(reply.text),
                   buttons=tuple(replace(b, label=reword(b.label)) for b in reply.buttons))


def _flagged(snapshot: Snapshot, text: str, lang: str,
             audience: str | None) -> tuple[Reply, str | None]:
    """The reply with the red flags of a passed-on message, and who it was written for."""
    reply, scan, reader = _compose(snapshot, text, lang, audience)
    reply = _placed(snapshot, reply, text)
    if reply.kind == "check":
        return reply, reader
    # "Pay by tonight or I post it": 111 first, then what in the message is the threat, when
    # the message was passed on or is about what its flags point to (sextortion for a threat).
    # A sister's goodbye or a runaway's chat quoted in a story of danger ("car out front at 8,
    # dont tell ur mom") asks for nothing a scam does: the danger answer is the whole reply.
    # Only signs the reader found itself say what the message is about: a threat borrowed from
    # the crisis cues does not make a parent's own story a message to read for signs, and
    # neither does a threat told in one's own words ("ada orang yang ngancam aku") or a
    # parent's story of it ("con gái tôi kể là nó bắt chuyển 3 triệu…"). The blackmailer's own
    # message pasted bare ("I recorded our video call… transfer 3 million before midnight")
    # demands what only a scam does in one voice, naming no third person as a story does
    # ("some guy has pics of me and says…"): its signs follow.
    about_flags = functools.cache(
        lambda: reply.topic in _flag_votes(snapshot, scan, own_only=True))
    passed_on = functools.cache(lambda: _signs_passed_on(text, scan))
    pointed_to = functools.cache(lambda: reply.topic in _flag_votes(snapshot, scan))
    demand = bool(set(scan.ids) & SCAM_MARKS)
    urgent_signs = reply.urgent and (
        ((_passed_on(text) or _quoted(text)) and passed_on() and (demand or pointed_to()))
        or ((about_flags() or (demand and not scan.own and pointed_to()
                             and snapshot.crisis.whose_words(text, reply.lang) == "own"))
            and not scan.told and reader not in ("parent", "adult", "family")))
    if scan.warning and (urgent_signs
                         or (not reply.urgent and reply.kind == "answer" and _quoted(text)
                             and passed_on())):
        # "My daughter already read them the code, what now? The message: '…'": the topic's
        # steps answer the question; the signs in the message they quoted follow.
        lines = _flag_lines(snapshot, scan, reply.lang, text, reply.topic)
        return replace(reply, text=f"{reply.text}\n\n{lines}",
                       flags=scan.ids, scam_warning=True), reader
    return replace(reply, flags=scan.ids), reader


def _placed(snapshot: Snapshot, reply: Reply, text: str) -> Reply:
    """An urgent reply to a family that says it is in the other country opens with that
    country's numbers: "tinggal di Hanoi" needs 113 before Indonesia's 110."""
    place = snapshot.places.away(text, reply.lang) if reply.urgent else None
    line = snapshot.content.ui.strings.get(f"place_{place}", {}).get(reply.lang) if place else None
    return replace(reply, text=f"{line}\n{reply.text}") if line else reply


def _compose(snapshot: Snapshot, text: str, lang: str,
             audience: str | None) -> tuple[Reply, Reading, str | None]:
    """The reply, the red flags read, and who the reader was taken to be. Danger in words no
    cue has ("a guy from my game says he's picking me up from school today, mom never said")
    is left to the learned reading, and only where the cues' reply is not urgent already (an
    unsure reply near danger keeps its choice of danger topics). A message read for its red
    flags is read too: a threat pasted by the teen it threatens ("ck 2tr trong hnay ko thì
    ảnh của m lên hết…") is danger before it is a scam, and the sets it learned from hold
    pasted scams as calm. A message about a scam is asked of the scam head as well, on the
    writer's own words: a pasted "chuyển gấp giúp em 8tr" presses whoever receives it."""
    reply, scan, reader = _compose_by_cues(snapshot, text, lang, audience)
    if reply.urgent or reply.kind == "empty":
        return reply, scan, reader
    reading = snapshot.crisis.assess(text)
    if reading.calmed or _only_a_task(snapshot, reading, text):
        return reply, scan, reader
    read = _without_pleas(snapshot, text, reply.lang) if _plea_only(snapshot, reading, reply.lang) \
        else text
    learned_model = snapshot.content.learned
    if not (learned_model.says_danger(read)
            or (_about_a_scam(snapshot, reply, scan)
                and learned_model.says_scam_under_way(_own_words(read)))):
        return reply, scan, reader
    match = _ranked(snapshot, snapshot.index.prepare(text, reply.lang))
    learned = _learned(snapshot, text, reading, match, reply.lang, reader)
    return (learned or reply), scan, reader


def _about_a_scam(snapshot: Snapshot, reply: Reply, scan: Reading) -> bool:
    """Where the scam head may speak: the reply's topic or first two guesses are scams, or the
    message shows money or a code asked for. Not the other signs alone (a secret asked, gift
    cards): a groomer's story has them too, and the head learned only stories about scams."""
    topics = snapshot.content.topics
    near = (reply.topic, *reply.suggestions[:2])
    return not _MONEY_SIGNS.isdisjoint(scan.ids) \
        or any(t in topics and topics[t].category == SCAM_CATEGORY for t in near)


def _ranked(snapshot: Snapshot, query: Query) -> Match:
    """The ranking, never sure of a message made only of common words."""
    match = snapshot.index.match(query)
    return replace(match, topic=None) if match.common and match.topic is not None else match


def _compose_by_cues(snapshot: Snapshot, text: str, lang: str,
                     audience: str | None) -> tuple[Reply, Reading, str | None]:
    lang = preferred = lang if lang in LANGUAGES else LANGUAGES[0]
    ui = snapshot.content.ui
    query = snapshot.index.prepare(text, lang)
    lang = query.lang
    reading = snapshot.crisis.assess(text)
    hit = reading.hit
    if hit is not None and hit.lang and lang not in (hit.lang, *hit.langs):
        lang = hit.lang  # the danger was said in the cue's language: answer in it
    scan = snapshot.redflags.read(text, lang, _crisis_signs(snapshot, hit))
    if not query.words and hit is None:
        return Reply(ui.text("empty", lang), (Button.hotline(snapshot, lang),), False, None, 0.0,
                     (), lang, "empty"), scan, audience
    audience = audience or _writer(snapshot, text, query, lang)
    match = _ranked(snapshot, query)
    topics = snapshot.content.topics
    # A cry and nothing else ("cứu e vs") is asked what is happening, even when its words are
    # also a crisis cue: there is no story yet to answer.
    cry_lang = snapshot.cries.cry(text, preferred)
    if cry_lang is not None:
        return _cry(snapshot, match, cry_lang, audience), scan, audience
    if hit is not None and hit.topic in topics \
            and not _plea_beside(snapshot, text, hit, match, lang):
        return _urgent(snapshot, text, reading, match, hit, lang, audience), scan, audience
    if _reads_as_pasted(snapshot, scan, match, text):
        return _check(snapshot, scan, match, lang, audience, text,
                      told_over=reading.calmed), scan, audience
    # A task or an everyday trouble, and fear, pleading or time running: each read once, and
    # only when an unsure reply needs it.
    task = functools.cache(lambda: _only_a_task(snapshot, reading, text))
    distressed = functools.cache(
        lambda: not reading.calmed and not reading.settled
        and snapshot.cries.distressed(text, lang, scan.ids if scan.warning else ())
        and not task())
    if match.topic is not None and not _weak_alarm(snapshot, match, distressed):
        topic, other = _own_danger(snapshot, text, match, match.topic), _second(snapshot, match)
        votes = _flag_votes(snapshot, scan) if scan.warning else {}
        if named := _named_by_signal(match, votes) or _outvoted(snapshot, match, votes):
            topic, other = named, topic
        crisis = _danger_close(snapshot, match)
        if crisis is not None and distressed():
            # "ada yg masuk rumah, takut": the hacked-account examples fit "masuk" a little
            # better than the danger ones do, but a frightened writer gets the danger answer
            # first, the closer topic a tap away.
            return _answer(snapshot, crisis, topic, reading, match, lang, audience,
                           text), scan, audience
        topic = _for_another(snapshot, text, match, topic)
        broad = _broader(snapshot, match, topic)
        chosen = (broad, topic) if broad is not None else (topic, other)
        if _surely_calm(snapshot, text, reading, chosen[0], distressed, task):
            reading = replace(reading, calmed=True)
        also = _also_asked(snapshot, reading, text, chosen[0], lang, audience)
        if also is None:
            return _answer(snapshot, *chosen, reading, match, lang, audience,
                           text), scan, audience
        reply = _answer(snapshot, chosen[0], also, reading, match, lang, audience, text)
        line = ui.text("also_asked", lang, topic=topics[also].title_for(lang))
        return replace(reply, text=f"{reply.text}\n{line}"), scan, audience
    asked = _two_requests(snapshot, reading, match, lang)
    if asked is not None:
        return _answer(snapshot, *asked, reading, match, lang, audience, text), scan, audience
    agreed = _sentences_agree(snapshot, text, match, lang)
    if agreed is not None and not _senders_courtesy(snapshot, agreed, scan, text):
        return _answer(snapshot, agreed, _second(snapshot, match), reading, match, lang,
                       audience, text), scan, audience

    # Only a story told as past or as a worry ("last year", "just joking"): "I wrote mum a
    # letter, my cat is with a friend" names a friend too, and is the writer's own danger.
    if reading.calmed and (another := _anothers_danger(snapshot, text, match, audience)):
        return _answer(snapshot, another, snapshot.crisis.instead_of[another], reading, match,
                       lang, audience, text), scan, audience

    # A guess the reader cannot be offered (a parents' topic for a teen) makes room for the
    # next close one: the reader still sees three, and whether they are all dangers is judged
    # on what is shown.
    suggestions = tuple(t for t in snapshot.index.suggestions(match, 2 * MAX_SUGGESTIONS)
                        if t in topics and fits(snapshot, t, audience))[:MAX_SUGGESTIONS]
    # "Sextortion là gì?": the danger the frame set aside is what the question is about.
    framed = _framed(snapshot, reading, audience)
    if framed is not None:
        suggestions = (framed, *(t for t in suggestions if t != framed))[:MAX_SUGGESTIONS]
    if not suggestions and distressed():
        # Fear or time running in words no topic knows ("lạc mất con ở phố đi bộ…"): the
        # danger topics nearest to it, not "I have no answer".
        suggestions = tuple(t for t, score in match.ranked
                            if t in topics and topics[t].urgent and fits(snapshot, t, audience)
                            and score >= snapshot.index.tuning.suggest)[:MAX_SUGGESTIONS]
    # Unsure, but a close topic is about danger (clear of every ordinary one, alone or with a
    # second danger in a story), every guess in a story is a danger, or the writer is afraid:
    # 111 first all the same, and no scam topics beside it for a frightened reader.
    leads = bool(suggestions) and not reading.calmed and not match.common \
        and not task() \
        and _danger_leads(snapshot, match, suggestions[0])
    length = len(text.split())
    story = length >= MIN_STORY_WORDS and not reading.calmed
    maybe_danger = bool(suggestions) and (
        (leads and (suggestions[0] not in snapshot.crisis.special_cases
                    or (story and _danger_pair(snapshot, match, suggestions))))
        or (story and not task() and _all_dangers(snapshot, suggestions))
        or (any(topics[t].urgent for t in suggestions) and distressed()))
    if not maybe_danger and scan.flags and length >= MIN_PASTED_WORDS and _passed_on(text):
        # A notice passed on without a question ("Viettel: tặng 20%… viettel.vn"), matching no
        # topic: what its signs say, honestly, beats "I have no answer". Not a story of danger
        # that quotes what was said ("he screamed 'dad, please stop'"): 111 comes first.
        return _check(snapshot, scan, match, lang, audience, text,
                      told_over=reading.calmed), scan, audience
    if maybe_danger:
        # Danger topics first: a frightened reader's closest danger topic is the likeliest.
        suggestions = tuple(sorted((t for t in suggestions if topics[t].category != SCAM_CATEGORY),
                                   key=lambda t: not topics[t].urgent))
    if suggestions:
        body = ui.text("did_you_mean", lang, audience)
        if maybe_danger:
            # The banner is the hotline line: the warm words follow it, not a second 111.
            near = ui.text("did_you_mean_near_danger", lang, audience)
            body = f"{banner(snapshot, lang, (), audience)}\n\n{near}"
        kind: Kind = "suggest"
        shown = suggestions
    else:
        body = ui.text("fallback", lang, audience)
        kind = "fallback"
        shown = tuple(t for t in ui.fallback_topics if t in topics)
    buttons = (Button.hotline(snapshot, lang), *(Button.topic(snapshot, t, lang) for t in shown))
    reply = Reply(body, buttons, maybe_danger, None, match.score, suggestions, lang, kind)
    return reply, scan, audience


def _plea_only(snapshot: Snapshot, reading: Assessment, lang: str) -> bool:
    """The cues found only a plea ("cứu tôi với") and set it beside an ordinary request: the
    learned reading would count the same plea a second time, so it reads the rest alone."""
    return reading.hit is not None and snapshot.cries.cry(reading.hit.cue, lang) is not None


def _without_pleas(snapshot: Snapshot, text: str, lang: str) -> str:
    """The message without the pleas said on their own ("…, cứu với"): what is left tells
    whether anything is happening."""
    parts = _PIECES.split(text)  # pieces and the marks between them, in turn
    return "".join(part for at, part in enumerate(parts)
                   if at % 2 or not snapshot.cries.cry(part, lang))


def _only_a_task(snapshot: Snapshot, reading: Assessment, text: str) -> bool:
    """No cue, and a short request the bot does not do ("help me translate this paragraph") or
    an everyday device trouble ("cứu tôi, quên mật khẩu Zalo rồi"): its "help me" is politeness
    or upset, neither a cry nor distress."""
    return reading.hit is None and (snapshot.crisis.asks_task(text)
                                    or snapshot.crisis.troubled(text))


def _framed(snapshot: Snapshot, reading: Assessment, audience: str | None) -> str | None:
    """The danger a past, hypothetical or definition frame set aside, when it names a topic of
    its own: the broad danger ("a child in danger") says nothing of what is asked."""
    framed = reading.framed
    if framed not in snapshot.content.topics or framed in snapshot.crisis.refines.values() \
            or not fits(snapshot, framed, audience):
        return None
    return framed


def _plea_beside(snapshot: Snapshot, text: str, hit: CrisisHit, match: Match, lang: str) -> bool:
    """The only crisis words are a plea ("cứu tôi với"), said on its own between commas or
    stops, after a question whose closest topics are all ordinary ("có cách nào khóa máy theo
    giờ không"): the asker is upset, and the answer to the question (or the choice of the
    closest ones, the hotline first) is what helps. Inside a clause ("vừa nhắn cứu anh, bị thu
    hộ chiếu") it is someone's cry told. A message no longer than a cry ("con tôi gặp nguy
    rồi") tells nothing else, whatever the ranking makes of it. The learned reading reads it
    after without the plea, which it would count a second time (`_without_pleas`)."""
    cries, topics = snapshot.cries, snapshot.content.topics
    if cries.cry(hit.cue, lang) is None:
        return False
    if snapshot.crisis.troubled(text):
        # "cuu toi, quen mat khau Zalo roi": a plea beside an everyday trouble, and no other cue.
        rest = _without_pleas(snapshot, text, lang)
        return rest != text and snapshot.crisis.assess(rest).hit is None
    if len(text.split()) <= MAX_CRY_WORDS:
        return False
    if match.topic is not None:
        ordinary = match.topic in topics and not topics[match.topic].urgent
    else:
        near = [t for t, score in match.ranked[:MAX_SUGGESTIONS]
                if score >= snapshot.index.tuning.suggest]
        ordinary = bool(near) and all(t in topics and not topics[t].urgent for t in near)
    if not ordinary:
        return False
    rest = _without_pleas(snapshot, text, lang)
    if rest == text:
        return False  # no plea stands on its own between commas or stops
    # Another cue the plea hid, being first in the cue file's order, keeps the danger.
    return snapshot.crisis.assess(rest).hit is None


def _writer(snapshot: Snapshot, text: str, query: Query, lang: str) -> str | None:
    """Who writes, from their own words: in a pasted message ("Chi oi em la co chu nhiem…")
    the "em" is the sender's, not the grandmother's who asks whether it is real."""
    own = without_quotes(text)
    if own == text[:MAX_INPUT_CHARS]:
        return snapshot.audience.guess(query.words, lang)
    return snapshot.audience.guess(snapshot.index.prepare(own, lang, detect=False).words, lang)


def _danger_leads(snapshot: Snapshot, match: Match, first: str) -> bool:
    """The closest guess is a crisis topic and stands clear of every ordinary one (and of
    "another subject"): what the issue asks, "a weak match never beats danger". When the
    ranking is flat ("what's the weather like in Da Nang?" puts self-harm 0.03 ahead of in-app
    spending) the guess says nothing, and no alarm is raised."""
    topics = snapshot.content.topics
    if not topics[first].urgent:
        return False
    lead = next(score for topic, score in match.ranked if topic == first)
    ordinary = max((score for topic, score in match.ranked
                    if topic == OUT_OF_SCOPE or (topic in topics and not topics[topic].urgent)),
                   default=0.0)
    return lead - ordinary >= DANGER_LEAD


def _danger_pair(snapshot: Snapshot, match: Match, suggestions: tuple[str, ...]) -> bool:
    """The two closest guesses are both dangers now (stalked or in danger, a friend at risk or
    self-harm): unsure which, but not unsure that it is danger. Two special cases of the same
    broad danger say less: a missing child and a stalker share the words of every pick-up
    ("con về trễ 30p", "can you pick me up at 5"), which is no alarm."""
    topics, refines = snapshot.content.topics, snapshot.crisis.refines
    closest = [t for t, _ in match.ranked[:2]]
    if closest != list(suggestions[:2]) or not all(topics[t].urgent for t in closest):
        return False  # "another subject" or an ordinary topic is as close
    first, second = (refines.get(t) for t in closest)
    return first is None or first != second


def _all_dangers(snapshot: Snapshot, suggestions: tuple[str, ...]) -> bool:
    """Every guess offered is a danger now, and they are not all one danger's special cases
    ("self-harm, a missing child, a child in danger"): whichever it is, 111 comes first. A
    missing child, a stalker and "a child in danger" alone are the words of every pick-up."""
    topics, refines = snapshot.content.topics, snapshot.crisis.refines
    return len(suggestions) >= 2 and all(topics[t].urgent for t in suggestions) \
        and len({refines.get(t, t) for t in suggestions}) >= 2


def _danger_close(snapshot: Snapshot, match: Match) -> str | None:
    """A crisis topic all but level with an ordinary answer."""
    topics = snapshot.content.topics
    if match.topic is None or topics[match.topic].urgent:
        return None
    return next((topic for topic, score in match.ranked
                 if topic != match.topic and topic in topics and topics[topic].urgent
                 and score >= match.score - DANGER_CLOSE), None)


def _surely_calm(snapshot: Snapshot, text: str, reading: Assessment, topic: str,
                 distressed: Callable[[], bool], task: Callable[[], bool]) -> bool:
    """The ranking is sure of a danger topic, and nothing else says danger: no cue, no word of
    fear, and the writer saying it is over or only asked ("hes not been back in months, is it
    worth reporting"), the learned reading far from danger ("Gue stalking profil gebetan
    sampe jam 3 pagi"), or an everyday device trouble named ("lokasinya meleset, GPS-nya
    error?"). The topic's calm answer fits; 111 stays among its lines and buttons."""
    return reading.hit is None and snapshot.content.topics[topic].urgent \
        and not reading.calmed and not distressed() \
        and (reading.settled or task() or snapshot.content.learned.says_calm(text))


def _weak_alarm(snapshot: Snapshot, match: Match, distressed: Callable[[], bool]) -> bool:
    """A weak match to a danger topic, with no crisis words and nothing of fear, pleading or
    time running ("the parcel was left at your front door"): not worth answering as danger;
    the closest topics and the hotline are offered instead."""
    topic = snapshot.content.topics[match.topic] if match.topic else None
    return topic is not None and topic.urgent and match.score < WEAK_DANGER_MATCH \
        and not distressed()


def _answer(snapshot: Snapshot, topic: str, other: str | None, reading: Assessment,
            match: Match, lang: str, audience: str | None, text: str) -> Reply:
    """A topic's answer, the other request first among its buttons. A message that tells the
    past ("he stopped messaging her months ago") gets an urgent topic's `not_now` text: steps
    that fit, not "lock the door"."""
    item = snapshot.content.topics[topic]
    urgent = item.urgent and not reading.calmed
    told = _told(item, match, urgent)
    if told is None and item.not_now is not None and reading.calmed:
        told = item.not_now
    voice = audience or (_own_voice(snapshot, text, lang, topic) if urgent else None)
    body = (told or item).text_for(lang, voice)
    if urgent and not _opens_with_hotline(body):
        body = f"{banner(snapshot, lang, (), voice)}\n\n{body}"
    reader = audience or (snapshot.crisis.unknown_reader.get(topic) if urgent else None)
    return Reply(body, _buttons(snapshot, lang, topic, other, reader,
                                told.related if told else None, match, urgent),
                 urgent, topic, match.score, (), lang, "answer")


def _danger_case(snapshot: Snapshot, told: Case | None) -> bool:
    """A case written under a danger (`also_in` an ordinary topic: a child at the groomer's
    house now): its text opens with the hotline already, so no banner goes above it."""
    home = snapshot.content.topics.get(told.home) if told is not None else None
    return home is not None and home.urgent


def _opens_with_hotline(body: str) -> bool:
    """A case shared from an ordinary topic ("a stranger keeps asking for photos", told under
    stalking too) does not open with 111; an urgent reply always does."""
    return "111" in body.split("\n", 1)[0]


def _told(item: Topic, match: Match, urgent: bool) -> Case | None:
    """The situation the message told, if the topic has a case for it. A danger's case ("she
    already took the pills") only when the danger is now: a story from last year gets the
    general answer."""
    if item.urgent and not urgent:
        return None
    return next((case for case in item.cases if (item.id, case.id) in match.cases), None)



def _urgent(snapshot: Snapshot, text: str, reading: Assessment, match: Match, hit: CrisisHit,
            lang: str, audience: str | None, closest: str | None = None) -> Reply:
    """Danger now: the urgent topic's answer (111 on its first line), whatever else the
    message asked; the other request (or the `closest` topic) waits behind a button."""
    topics = snapshot.content.topics
    plausible = [t for t in snapshot.index.suggestions(match) if t in topics]
    chosen, other = hit.topic, _other_request(snapshot, reading, lang) or closest
    special, lead = reading.refined, match.topic or ""
    if special is not None and special in topics:
        # The special case explains every danger clause: "my friend wants to die" is answered
        # for the friend; the broad answer is a tap away.
        chosen, other = special, other or hit.topic
    elif (_same_danger(snapshot, lead, hit.topic) and match.score >= SURE_OF_SPECIAL
          and _told(topics[hit.topic], match, True) is None
          and _broader(snapshot, match, lead) is None
          and _clear_of_named(snapshot, match, lead, hit.topic)):
        # "A man is outside our gate": the ranking is sure of the special case of the danger
        # the cue named (or of its sibling: a brother lost at a concert gate is missing, not
        # stalked), and its answer says what to do about exactly that. Unless the message
        # told a case of the danger the cue named (a child locked in alone is no missing child).
        chosen, other = lead, other or hit.topic
    else:
        # The cue's group names the danger; when the ranking does not see it at all (not even
        # within a near tie of its first) but puts another urgent topic first, and not weakly,
        # the ranking knows better ("goodbye, phone off" is about self-harm).
        # Not against a cue of a danger that stands alone, with no broader or narrower case: a
        # threat to post images is sextortion whatever the ranking makes of "you think deleting
        # it ends this?".
        # Nor when the message tells one of the cue's own cases (a live stream where viewers
        # ask a child to undress): that case says what to do about exactly this.
        seen = hit.topic in plausible \
            or dict(match.ranked).get(hit.topic, 0.0) >= NEAR_TIE * match.score
        if (hit.topic in snapshot.crisis.with_cases and not seen and plausible
                and topics[plausible[0]].urgent and match.score >= WEAK_DANGER_MATCH
                and _told(topics[hit.topic], match, True) is None):
            if plausible[0] in snapshot.crisis.special_cases:  # offered, not swapped in
                other = plausible[0]
            else:
                chosen = plausible[0]
        chosen = _own_danger(snapshot, text, match, chosen)
        # A special case's own cue named the danger ("he is standing at our gate"): its
        # answer stands unless the broad answer clearly leads; one the ranking put first
        # gives way to the broad answer more readily.
        broad = _broader(snapshot, match, chosen, BROAD_LEAD if chosen == hit.topic else None)
        if broad is not None:
            chosen, other = broad, chosen
    young = snapshot.crisis.for_young_child.get(chosen)
    if young in topics and snapshot.crisis.names_young_child(text):
        chosen, other = young, None
    if other is None and match.topic in topics and match.topic != chosen \
            and (chosen == snapshot.crisis.broadest
                 or topics[match.topic].category == topics[chosen].category) \
            and not topics[match.topic].urgent and fits(snapshot, match.topic, audience):
        # "Told to forward a classmate's nudes to the group": the broad danger answer opens,
        # and the topic the ranking matched follows as the first button; so under a narrower
        # danger, when the match is of its kind (a faked nude with money demanded: the
        # sextortion steps, then how to take the fake down), not "screen time" under a bridge.
        other = match.topic
    item = topics[chosen]
    told = _told(item, match, True)
    reader = audience or snapshot.crisis.unknown_reader.get(chosen)
    voice = audience or _own_voice(snapshot, text, lang, chosen)
    body = (told or item).text_for(lang, voice)
    if not (item.urgent or _danger_case(snapshot, told)) or not _opens_with_hotline(body):
        body = f"{banner(snapshot, lang, hit.also_call, voice)}\n\n{body}"
    return Reply(body, _buttons(snapshot, lang, chosen, other, reader,
                                told.related if told else None, match, True), True, chosen,
                 match.score, (), lang, "answer")


def _learned(snapshot: Snapshot, text: str, reading: Assessment, match: Match, lang: str,
             audience: str | None) -> Reply | None:
    """Danger read by the learned reading. The ranking sure of an ordinary topic ("a man from
    a game says he'll pick her up tonight" is grooming) keeps its answer under the urgent
    banner, the broad danger a tap away: the reading is a likelihood, not a cue anyone wrote.
    Otherwise the danger the learned reading names (a wish to die), the urgent topic the
    ranking is sure of, or the broad danger the others are cases of: a weak guess among urgent
    topics sent "tomorrow is my last day, I have the pills" to the missing-child answer."""
    topics = snapshot.content.topics
    broad = snapshot.crisis.broadest
    if broad is None or broad not in topics:
        return None
    also_call = snapshot.crisis.also_call.get(broad, ())
    if match.topic in topics and not topics[match.topic].urgent:
        reply = _answer(snapshot, match.topic, broad, reading, match, lang, audience, text)
        if _danger_case(snapshot, _told(topics[match.topic], match, True)) \
                and _opens_with_hotline(reply.text):
            return replace(reply, urgent=True)
        return replace(reply, urgent=True,
                       text=f"{banner(snapshot, lang, also_call, audience)}\n\n{reply.text}")
    model = snapshot.content.learned
    which = model.which(text)
    topic = (which if which in topics else match.topic if match.topic in topics else broad)
    topic = _for_another(snapshot, text, match, topic)
    hit = CrisisHit(topic, snapshot.crisis.also_call.get(topic, also_call), LEARNED_CUE)
    # Unsure of the topic: the closest one stays a tap away ("a picture posted weeks ago").
    closest = next((t for t in snapshot.index.suggestions(match)
                    if t in topics and t != topic and fits(snapshot, t, audience)), None)
    return _urgent(snapshot, text, reading, match, hit, lang, audience, closest)


def _own_voice(snapshot: Snapshot, text: str, lang: str, topic: str) -> str | None:
    """Whom an answer with no chosen role speaks to. A danger most often told by the one in it
    (`unknown_reader` in intents/_crisis.yaml) speaks to them when the message is theirs alone
    ("i cant do this anymore, the pills are right here"), and to the one helping when it
    passes on another's words ("she just told me she took a bunch of pills"); otherwise the
    text written for either reader."""
    reader = snapshot.crisis.unknown_reader.get(topic)
    if reader is None:
        return None
    return {"own": reader, "another": HELPER}.get(snapshot.crisis.whose_words(text, lang) or "")


def _cry(snapshot: Snapshot, match: Match, lang: str, audience: str | None) -> Reply:
    """"help", "cứu", "tolong": 111 first and a question back, never a guessed topic."""
    ui = snapshot.content.ui
    shown = tuple(t for t in ui.cry_topics if t in snapshot.content.topics)
    buttons = (Button.hotline(snapshot, lang), *(Button.topic(snapshot, t, lang) for t in shown))
    return Reply(ui.text("cry_for_help", lang, audience), buttons, True, None, match.score,
                 shown, lang, "suggest")


def _own_danger(snapshot: Snapshot, text: str, match: Match, topic: str) -> str:
    """The answer for a friend at risk, when the message names no friend, sibling or classmate
    at all ("gave my dog away, wrote letters for mum, tonight's the night"), reads as the
    writer's own danger: the broad answer, when the ranking sees it too."""
    own = snapshot.crisis.instead_of.get(topic)
    if own is None or own not in snapshot.index.suggestions(match) \
            or snapshot.crisis.names_another(text):
        return topic
    return own


def _for_another(snapshot: Snapshot, text: str, match: Match, topic: str) -> str:
    """"A friend said last month she wanted to die": the self-harm words are the friend's, so
    the answer for a friend at risk, when the ranking sees it too."""
    special = next((s for s, broad in snapshot.crisis.instead_of.items() if broad == topic),
                   None)
    if special is None or special not in snapshot.index.suggestions(match) \
            or not snapshot.crisis.names_another(text):
        return topic
    return special


def _anothers_danger(snapshot: Snapshot, text: str, match: Match,
                     audience: str | None) -> str | None:
    """Unsure only between a danger and its case for someone else ("last year my son's friend
    posted a goodbye, how do I talk to him about it"): a friend or a sibling named settles a
    calm story. "Not sure" with self-harm first was the reply."""
    closest = set(snapshot.index.suggestions(match, 2))
    for special, broad in snapshot.crisis.instead_of.items():
        if closest == {special, broad} and fits(snapshot, special, audience) \
                and snapshot.crisis.names_another(text):
            return special
    return None


def _clear_of_named(snapshot: Snapshot, match: Match, lead: str, named: str) -> bool:
    """A special case the cue itself named ("never showed up at practice, phone off" is a
    missing child) gives way to its sibling only when the ranking puts that sibling well
    ahead; the broad danger's cue always gives way to the special case the ranking sees."""
    if named not in snapshot.crisis.refines:
        return True
    scores = dict(match.ranked)
    return scores.get(lead, 0.0) - scores.get(named, 0.0) >= SIBLING_LEAD


def _same_danger(snapshot: Snapshot, lead: str, named: str) -> bool:
    """`lead` is a special case of the danger the cue named, or of the same broad danger as
    the special case the cue named."""
    refines = snapshot.crisis.refines
    return lead != named and refines.get(lead) is not None \
        and refines[lead] in (named, refines.get(named))


def _broader(snapshot: Snapshot, match: Match, topic: str,
             lead: float | None = None) -> str | None:
    """The broad urgent topic when the message fits it about as well as the special case it
    chose (a missing child is also a child in danger now): the broad answer fits whatever the
    special case turns out to be, and the special one is a tap away. A clear lead keeps it.
    With `lead`, the broad topic must lead by that much: a cue that named the special case
    ("he is banging on my door") gives way only when the whole message is clearly about
    something broader (a drunk cousin breaking in)."""
    broad = snapshot.crisis.refines.get(topic)
    scores = dict(match.ranked)
    if broad is None or broad not in snapshot.content.topics or broad not in scores:
        return None
    if lead is not None:
        return broad if scores[broad] - scores.get(topic, 0.0) >= lead else None
    return broad if scores[broad] >= CLOSE_TO_BROAD * scores.get(topic, 0.0) else None


def _ordinary_asks(snapshot: Snapshot, pieces: list[str], lang: str,
                   lead: float = 0.0, asks_only: bool = False) -> list[tuple[float, str]]:
    """What each piece asks, alone: (score, topic) for the pieces that are clearly about one
    ordinary (not urgent) topic, ahead of the next by `lead`. With `asks_only`, a piece that
    only says who writes is skipped."""
    topics = snapshot.content.topics
    prepared = ((piece, snapshot.index.prepare(piece, lang, detect=False)) for piece in pieces)
    asked = (query for piece, query in prepared
             if not (asks_only and _introduces(snapshot, piece, query.words, lang)))
    found = []
    for query in itertools.islice(asked, MAX_SENTENCES_READ):
        match = snapshot.index.match(query)
        runner_up = match.ranked[1][1] if len(match.ranked) > 1 else 0.0
        if match.topic is not None and not topics[match.topic].urgent \
                and match.score - runner_up >= lead:
            found.append((match.score, match.topic))
    return found


def _introduces(snapshot: Snapshot, piece: str, words: tuple[str, ...], lang: str) -> bool:
    """'Tôi là giáo viên chủ nhiệm lớp 8.', 'My son is 14.': a few words saying who is writing
    or about whom, no question."""
    return "?" not in piece and len(words) <= MAX_INTRO_WORDS \
        and snapshot.audience.guess(words, lang) is not None


def _other_request(snapshot: Snapshot, reading: Assessment, lang: str) -> str | None:
    """The ordinary question asked beside the danger, if one sentence clearly asks one. Not a
    sentence that quotes someone ("he wrote 'see you at the gate'"): those are their words,
    not a question of the writer's; nor one that asks nothing ("Mẹ đi làm ca đêm", "Parent
    here" matched screen time); nor a bare "what do I do now?", which asks about the danger
    itself (it matched the hacked-account examples)."""
    asks = _own_questions(snapshot, reading, lang)
    return max(asks)[1] if asks else None


def _own_questions(snapshot: Snapshot, reading: Assessment,
                   lang: str) -> list[tuple[float, str]]:
    """(score, topic) for each calm sentence of the writer's own that clearly asks an
    ordinary topic."""
    own = [s for s in reading.calm_sentences
           if not _QUOTE_MARKS.search(s) and snapshot.cries.asks(s, lang)
           and snapshot.cries.cry(s, lang) is None]
    return _ordinary_asks(snapshot, own, lang, OTHER_REQUEST_LEAD, asks_only=True)


def _also_asked(snapshot: Snapshot, reading: Assessment, text: str, answered: str, lang: str,
                audience: str | None) -> str | None:
    """A long story with a second question of its own ("…and how many hours a day is normal
    for his age?"): a grandmother asking about game charges and screen hours heard nothing
    about the hours. The topic a sentence that asks something clearly asks, when it is not the
    one answered; named under the answer, its button first."""
    if len(text) <= MAX_TWO_REQUESTS_CHARS or snapshot.content.topics[answered].urgent:
        return None  # a short message's second sentence is read by _two_requests, or not at all
    found = sorted(_own_questions(snapshot, reading, lang), reverse=True)
    return next((t for _, t in found if t != answered and fits(snapshot, t, audience)
                 and t not in snapshot.content.ui.never_offered), None)


def _two_requests(snapshot: Snapshot, reading: Assessment, match: Match,
                  lang: str) -> tuple[str, str] | None:
    """Two questions in one message leave no topic clearly ahead on the whole; asked one
    sentence at a time, each is clear. Answer the one the whole message ranks higher."""
    if sum(map(len, reading.calm_sentences)) > MAX_TWO_REQUESTS_CHARS:
        return None  # a long story, not two questions
    pieces = [u for sentence in reading.calm_sentences[:MAX_SENTENCES_READ]
              for u in _CONNECTORS.split(sentence) if u and len(u.split()) >= MIN_ASK_WORDS]
    if len(pieces) < 2:
        return None
    rank = {t: i for i, (t, _) in enumerate(match.ranked[:3])}
    found = sorted({t for _, t in _ordinary_asks(snapshot, pieces, lang) if t in rank},
                   key=rank.__getitem__)
    return (found[0], found[1]) if len(found) >= 2 else None


def _sentences_agree(snapshot: Snapshot, text: str, match: Match, lang: str) -> str | None:
    """A story scores low on the whole because most of it is context; when one of its
    sentences is clearly about the topic the whole ranks first, and no sentence is clearly
    about another, the story is about that topic."""
    if not match.ranked or match.common or match.ranked[0][0] not in snapshot.content.topics:
        return None  # a message of common words only ("Ok em. Hihi") is about nothing
    pieces = sentences(text, MAX_STORY_SENTENCES)
    if len(pieces) < 2:
        return None
    leader = match.ranked[0][0]
    if snapshot.content.topics[leader].urgent and len(match.ranked) > 1 \
            and match.ranked[0][1] - match.ranked[1][1] < AGREED_DANGER_LEAD:
        # A danger answer (and its alarm) from one sentence needs the whole to lead for it:
        # "6h bố đón con ở cổng trường" ranks a missing child and a stalker alike.
        return None
    clear = {snapshot.index.match(snapshot.index.prepare(p, lang, detect=False)).topic
             for p in pieces[:MAX_STORY_SENTENCES]} - {None}
    return leader if clear == {leader} else None


def _second(snapshot: Snapshot, match: Match) -> str | None:
    """A close runner-up is likely the second thing the message asked about."""
    if len(match.ranked) < 2:
        return None
    topics = snapshot.content.topics
    (leader, first), (second, score) = match.ranked[0], match.ranked[1]
    if second not in topics:
        return None
    # A crisis button ("a child is missing") under a calm answer alarms: only when it is
    # nearly as close as the answer itself.
    alarming = topics[second].urgent and leader in topics and not topics[leader].urgent
    closeness = CLOSE_TO_BROAD if alarming else 0.75
    return second if score >= max(closeness * first, snapshot.index.tuning.suggest) else None


def _buttons(snapshot: Snapshot, lang: str, topic: str, other: str | None,
             audience: str | None, related: tuple[str, ...] | None = None,
             match: Match | None = None, urgent: bool = False) -> tuple[Button, ...]:
    """The hotline, the other request, then the related topics (a case's own when it has
    them: money sent to a stranger leads to game scams, not screen time). A related danger
    ("a child is missing" under a beating) only when the message is close to it, or it is
    the broad danger the answer is a case of: a danger nobody told of frightens and crowds
    the phone. Under an urgent reply, no topic of `not_under_danger` ("About this bot")."""
    topics = snapshot.content.topics
    related = related or topics[topic].related
    seen = set(snapshot.index.suggestions(match, MAX_SUGGESTIONS)) if match else None
    broad = snapshot.crisis.refines.get(topic)
    related = tuple(t for t in related if seen is None or t not in topics
                    or not topics[t].urgent or t in seen or t == broad)
    shown = [t for t in (other, *related) if t and t != topic and t in topics
             and not (urgent and t in snapshot.content.ui.not_under_danger)]
    offered = [t for t in dict.fromkeys(shown) if fits(snapshot, t, audience)]
    return (Button.hotline(snapshot, lang),
            *(Button.topic(snapshot, t, lang)
              for t in offered[:MAX_TOPIC_BUTTONS]))


def fits(snapshot: Snapshot, topic: str, audience: str | None) -> bool:
    """A teen is never offered a parents' topic ("Talk with your child"), nor a parent a
    teens' one, unless its title and texts fit both (`for_everyone` in answers/_ui.yaml: a
    teen asks how to make an account private too); someone whose role is unknown sees both.
    A pleasantry ("Thanks", "Hello") is never offered at all: it answers a message that is
    nothing else, not a frightened one that ends "thanks for reading"."""
    item, ui = snapshot.content.topics.get(topic), snapshot.content.ui
    return item is not None and topic not in ui.never_offered and (
        topic in ui.for_everyone or item.category != OTHER_AUDIENCE_CATEGORY.get(audience or ""))


def check_reply(snapshot: Snapshot, text: str, lang: str, audience: str | None) -> Reply:
    """A pasted message read for red flags: each sign with the words that showed it, then what
    to do, with the topic the message is about as a button (named as the answer only when the
    match is sure). Nothing found is said honestly: that does not prove it safe."""
    query = snapshot.index.prepare(text, lang)
    match = snapshot.index.match(query) if query.words else None
    return _check(snapshot, snapshot.redflags.read(text, query.lang), match, query.lang,
                  audience, text)


def _check(snapshot: Snapshot, scan: Reading, match: Match | None, lang: str,
           audience: str | None, text: str, told_over: bool = False) -> Reply:
    """`told_over`: the writer's own words set the pasted message in the past or ask ahead
    ("months ago someone sent my kid…, it stopped"): its threat is read, not danger now."""
    guess = _scam_topic(snapshot, match, scan) if match else None
    # Sure when the match is, or when the ranking's first topic is the one the flags point to:
    # two independent readings agreeing.
    sure = guess if match and guess and (match.topic == guess or (
        match.ranked and match.ranked[0][0] == guess
        and guess in _flag_votes(snapshot, scan))) else None
    signs = snapshot.content.scam
    body = _flag_lines(snapshot, scan, lang, text, sure, named=True,
                       certain=_certain(snapshot, scan, text)) if scan.flags \
        else signs.text("no_signs", lang)
    topics = snapshot.content.topics
    if sure is not None and topics[sure].category == "abuse":
        # Someone after a child's photos or trust, not their money: the topic's own steps
        # ("don't send photos, tell an adult") instead of the money checklist, and first: a
        # frightened parent reads the calm first step before the list of what gave it away.
        item = topics[sure]
        told = _told(item, match, False) if match else None  # a modelling offer, not a trip
        body = f"{(told or item).text_for(lang, audience)}\n\n{body}"
    else:
        body = f"{body}\n\n{_steps(signs, scan, audience, sure, lang)}"
    buttons: tuple[Button, ...] = (Button.hotline(snapshot, lang),)
    if guess:
        buttons = _buttons(snapshot, lang, guess, None, audience)
        buttons = (buttons[0], Button.topic(snapshot, guess, lang),
                   *buttons[1:MAX_TOPIC_BUTTONS])
    # A pasted threat about a child's images (both readings agree on it) is danger before it
    # is a scam: 111 first.
    named = sure or guess
    # An authority's "will be prosecuted" is no threat.
    urgent = named is not None and topics[named].urgent and "threat" in scan.ids \
        and (scan.warning or not scan.notice) and not told_over
    if urgent and not _opens_with_hotline(body):
        body = f"{banner(snapshot, lang, (), audience)}\n\n{body}"
    elif scan.asked and scan.warning and "calm_first" in signs.texts \
            and (sure is None or topics[sure].category != "abuse") \
            and _a_message_among(_quotes(text)) \
            and snapshot.cries.distressed(without_quotes(text), lang):
        # "Is this real? my heart is pounding": someone who stopped to ask before paying did
        # the right thing, and hears it before the list of what is wrong. (Only their own
        # words outside the quote tell their fear: the message's "cấp cứu, gấp" is its trick.)
        body = f"{signs.text('calm_first', lang)}\n{body}"
    return Reply(body, buttons, urgent, sure, match.score if match else 0.0,
                 (guess,) if guess and not sure else (), lang, "check", scan.ids, scan.warning)


def _reads_as_pasted(snapshot: Snapshot, scan: Reading, match: Match, text: str) -> bool:
    """A message someone received and pasted, to be read for red flags, rather than a story
    or a question about one ("I gave a stranger my OTP last year"). Never when the message
    is about danger to a child: that answer comes first."""
    topics = snapshot.content.topics
    if scan.notice and not scan.asked and len(text.split()) >= MIN_PASTED_WORDS:
        # A service's notice passed on with no question (and no crisis words: those are read
        # first) is read for its signs: a carrier's "đang chờ bạn khám phá" is no one outside.
        return True
    if match.topic is not None and match.topic in topics and topics[match.topic].urgent:
        return False  # a weak lead for an urgent topic ("khóa khẩn cấp") is not danger
    # A bare "gv2xu.cc/x", or a file sent with the message, is passed on too.
    quoted = _passed_on(text) or "link" in scan.ids or scan.file_sent
    if _senders_courtesy(snapshot, match.topic, scan, text):
        return True
    if not scan.warning and match.topic in topics \
            and topics[match.topic].category != SCAM_CATEGORY and not quoted:
        # "Bà bảo 'ảnh cháu bà thì bà đăng' — có nguy hiểm không?": words quoted in a story
        # the ranking is sure of, with no sign that adds up: the story's topic answers.
        return False
    if scan.asked and (quoted or _quoted(text)):
        # "is this legit? 'Hey it's Mai…'": asked about a message in any quotes, with signs or
        # without (a carrier's data notice gets "no common signs", not the fake-prize answer).
        return True
    if not scan.flags:
        return False
    if scan.own and not scan.asked and _SENDERS_ASKS.isdisjoint(scan.ids) \
            and (match.topic is not None or not (_quoted(text) or "link" in scan.ids)):
        # "my Facebook was hacked and…", "tôi bị mất tiền: chuyển cọc 2tr…": the writer's own
        # story, not a paste (a colon after their own words is no sender's label). Quoting what
        # was sent, it is answered by its topic when that is sure, the quote's signs below.
        # A look-alike link or a code asked of the reader is the sender's, whatever story words
        # come with it ("tài khoản Google của bạn vừa bị đổi mật khẩu… support-vn.com").
        return False
    # A short message with no quote and no link is someone's own question ("what if I sent
    # my OTP to a friend?"), answered by its topic; a passed-on message is longer.
    return scan.warning and (quoted or len(text.split()) >= MIN_PASTED_WORDS)


def _senders_courtesy(snapshot: Snapshot, topic: str | None, scan: Reading, text: str) -> bool:
    """A pleasantry read in a passed-on message with signs ("…grup WhatsApp kelas:
    chat.whatsapp.com/… Terima kasih, Bu Sari") is its sender's courtesy, not the reader
    thanking anyone: answered "sama-sama, senang bisa membantu" before."""
    return topic in snapshot.content.ui.never_offered and bool(scan.flags) \
        and len(text.split()) >= MIN_PASTED_WORDS


def _certain(snapshot: Snapshot, scan: Reading, text: str) -> bool:
    """Signs adding up to `sure_at`, in a message that does not itself warn of scams: a police
    notice describing a scam's tricks holds every sign of one."""
    signs = snapshot.content.scam
    if signs.sure_at is None or scan.score < signs.sure_at:
        return False
    return not snapshot.redflags.warns_of_scams(text)


def _flag_lines(snapshot: Snapshot, scan: Reading, lang: str, text: str,
                topic: str | None = None, named: bool = False, certain: bool = False) -> str:
    """The signs found, under a head that says what they show: a scam, or (for a grooming,
    sextortion or trafficking answer) a person after a child, where "a scam" misleads.
    `named`: the kind of scam both readings agree on is named in the head ("a task scam"),
    which answers "is this real?" before the signs explain why; `certain`: the head says
    "almost certainly a scam"."""
    signs = snapshot.content.scam
    # Signs worth half a warning are shown as signs to watch; a lone weak one ("tối nay 8h")
    # is not worth a red flag in a friend's message.
    shown = _in_the_paste(text, scan.flags) \
        if scan.warning or scan.score >= signs.warn_at / 2 else ()
    head = signs.text("warning" if scan.warning else "some_signs" if shown else "no_signs", lang)
    topics = snapshot.content.topics
    # Under an abuse answer the signs are a person's tricks, never "not enough to call it a
    # scam", even when they do not add up to a warning.
    abuse = bool(shown) and topic in topics and topics[topic].category == "abuse" \
        and "warning_abuse" in signs.texts
    if abuse:
        head = signs.text("warning_abuse", lang)
    elif named and scan.warning:
        kind = signs.kind(topic, lang)
        for key in (("warning_kind_sure", "warning_sure") if certain else ()) + ("warning_kind",):
            if key in signs.texts and (kind or "kind" not in key):
                head = signs.text(key, lang, kind=kind or "")
                break
    if {"lookalike_domain", "short_link"} & set(scan.ids):
        # The look-alike or shortened link line already says "don't click": a phone screen
        # has no room for the plain link line as well.
        shown = tuple(f for f in shown if f.id != "link")
    # A sign another shown one implies (a deposit asked first is money asked for) says nothing
    # new; the weightiest signs, a phone screen's worth; `ask --json` still lists every one.
    implied = {i for f in shown for i in signs.signs[f.id].implies}
    shown = [f for f in shown if f.id not in implied]
    shown = sorted(shown, key=lambda f: -signs.signs[f.id].weight)[:MAX_FLAG_LINES]
    lines = [signs.text("flag_line", lang, words=f.evidence, why=(
                 (abuse and signs.signs[f.id].explain_abuse.get(lang))
                 or signs.signs[f.id].explain.get(lang, f.id)))
             for f in shown]
    return "\n".join([head, *lines])


def _steps(signs: ScamSigns, scan: Reading, audience: str | None, topic: str | None,
           lang: str) -> str:
    """The steps under the signs: a teen's (show a parent); the kind of scam's own, when both
    readings agree on it (a relative's new number: call the old one; a prize: no fee is ever
    due); a link's or a login's (open the app yourself; typed a password: change it); else
    the money steps (call the person back on a number you know)."""
    if audience == "teen":
        return signs.text("what_to_do_teen", lang)
    own = signs.steps(topic, lang)
    if own is not None:
        return own
    ids = set(scan.ids)
    if ids & LINK_SIGNS and not ids & MONEY_SIGNS and "what_to_do_link" in signs.texts:
        return signs.text("what_to_do_link", lang)
    return signs.text("what_to_do", lang)


def _crisis_signs(snapshot: Snapshot, hit: CrisisHit | None) -> tuple[tuple[str, str], ...]:
    """The red flags a crisis cue shows ("nudes go to your class chat" is a threat), with the
    words that showed it."""
    if hit is None or not hit.words:
        return ()
    return tuple((sign.id, hit.words) for sign in snapshot.content.scam.signs.values()
                 if hit.topic in sign.from_crisis)


def _flag_votes(snapshot: Snapshot, scan: Reading, own_only: bool = False
                ) -> dict[str, float]:
    """The topics the flags found point to (`leads_to`), each with the weight of its flags;
    `own_only`: not the flags borrowed from the crisis reading."""
    votes: dict[str, float] = {}
    for flag in scan.flags:
        if own_only and flag.id in scan.borrowed:
            continue
        sign = snapshot.content.scam.signs.get(flag.id)
        for topic in sign.leads_to if sign else ():
            votes[topic] = votes.get(topic, 0.0) + sign.pull
    return votes


def _passed_on(text: str) -> bool:
    """A quote, a link or a sender's label: the marks of a message passed on."""
    return _PASTED.search(text[:MAX_PASTE_SCAN]) is not None


def _signs_passed_on(text: str, scan: Reading) -> bool:
    """A story that only quotes a plea ('chị nhắn "ở đây k cho về, thu đt r, cứu c"') passed on
    the plea, not the signs: when quotes are its only mark of a paste, some sign must be in them
    ("việc nhẹ lương cao" in the writer's own words is the story, not a message to read)."""
    head = text[:MAX_PASTE_SCAN]
    if _LINK.search(head) or _PASTED.search(_QUOTED_ANY.sub(" ", head)):
        return True
    quoted = _spaced_words(_quotes(head))
    return any(_shown_in(flag, quoted) for flag in scan.flags)


def _spaced_words(pieces: list[str]) -> list[str]:
    """Each piece as its words between spaces, so a phrase is found only as whole words."""
    return [f" {' '.join(tokens(piece))} " for piece in pieces]


def _shown_in(flag: Flag, quoted: list[str]) -> bool:
    """Some part of the words that showed the sign stands inside one of the quotes."""
    parts = _spaced_words([part for part in flag.evidence.split("…") if tokens(part)])
    return any(part in q for part in parts for q in quoted)


def _in_the_paste(text: str, flags: tuple[Flag, ...]) -> tuple[Flag, ...]:
    """The signs shown from a message that quotes what was sent: those in the quote or its
    link. "Anak saya sudah kirim nama lengkap dan alamat" is the parent's story of what the
    child did, not the scam's request: quoted back as a red flag, it reads as a template.
    Who the sender claims to be and where its link leads are the message's, however told."""
    quotes = _quotes(text)
    if not _a_message_among(quotes):
        return flags  # a story quoting a few words ("đừng kể với bố"): its signs are its own
    quoted = _spaced_words(quotes)
    inside = tuple(flag for flag in flags
                   if flag.id in _SAID_OF_THE_SENDER or _shown_in(flag, quoted))
    return inside or flags


def _quotes(text: str) -> list[str]:
    """Each quote or link in the message, as written."""
    return [q.group(0) for q in _QUOTED_ANY.finditer(text[:MAX_PASTE_SCAN])]


def _a_message_among(quotes: list[str]) -> bool:
    return any(map(_a_message, quotes))


def _a_message(quote: str) -> bool:
    """A quote long enough to be the message itself, pasted inside the writer's own words."""
    return len(quote) >= MIN_QUOTED_MESSAGE and not _LINK.fullmatch(quote)


def _own_words(text: str) -> str:
    """The writer's words around a message they pasted inside quotes; a few words quoted
    ("để 'mở khoá đơn'") stay, they are the writer's story."""
    return _QUOTED_ANY.sub(lambda q: " " if _a_message(q.group(0)) else q.group(0),
                           text[:MAX_PASTE_SCAN])


def _quoted(text: str) -> bool:
    """A quote in any quotes, single ones too, or a link."""
    return _QUOTED_ANY.search(text[:MAX_PASTE_SCAN]) is not None


def _scam_topic(snapshot: Snapshot, match: Match, scan: Reading) -> str | None:
    """The topic a pasted message is about: the sure match (one outside scams and abuse only
    while the flags point nowhere hard), else the close topic about scams or abuse that the
    flags point to most (`leads_to` in intents/_scam_signs.yaml), the ranking breaking ties."""
    topics = snapshot.content.topics
    votes = _flag_votes(snapshot, scan)
    wanted = {t for t, item in topics.items() if item.category in SCAM_CATEGORIES}
    if match.topic in wanted:
        return _named_by_signal(match, votes) or match.topic
    # A notice that ends "Thank you!" is not about thanking the bot.
    if match.topic is not None and topics[match.topic].category != SMALL_TALK \
            and max((v for t, v in votes.items() if t in wanted), default=0.0) < OUTVOTES_SURE:
        return match.topic  # "nạp kim cương" is a child's own spending too, unless flagged hard
    ranked = [(t, s) for t, s in match.ranked if t in wanted]
    if not ranked and not votes:
        return None
    top = ranked[0][1] if ranked else 1.0
    scores = {t: s / max(top, 1e-9) for t, s in ranked}
    # A topic the ranking cut off scored at most its last; 0 would let a weak ranking of
    # look-alike wording outvote every flag.
    floor = min(scores.values(), default=0.0) if top < WEAK_RANKING else 0.0
    for topic, vote in votes.items():
        if topic in wanted:
            scores[topic] = scores.get(topic, floor) + FLAG_VOTE * vote
    for topic in match.signalled:
        if topic in votes and topic in wanted:
            scores[topic] += FLAG_VOTE  # named by a signal, not only pointed to
    return max(scores, key=scores.__getitem__)


def _named_by_signal(match: Match, votes: dict[str, float]) -> str | None:
    """The flags point two ways (a code asked for: phishing, or a friend's hijacked account)
    and only the other one's signal is in the message ("the code I sent to your number by
    mistake"): the signal names it. So does a signal the flags point to when they do not
    point to the ranking's topic at all (a stranger's gift of diamonds for photos is
    grooming, not the child's own spending)."""
    named = [t for t in match.signalled if t in votes and t != match.topic]
    unsupported = match.topic not in votes or match.topic not in match.signalled
    return named[0] if unsupported and len(named) == 1 else None


def _outvoted(snapshot: Snapshot, match: Match, votes: dict[str, float]) -> str | None:
    """The flags point hard to a scam topic the ranking has all but level with its own, which
    they do not point to at all ("admin Garena… gửi anh mật khẩu để anh nạp vào acc" reads
    like a child's own top-up, but the flags say game-item scam)."""
    if match.topic in votes or not votes:
        return None
    flagged = max(votes, key=votes.__getitem__)
    score = dict(match.ranked).get(flagged, 0.0)
    return flagged if votes[flagged] >= OUTVOTES_SURE and flagged in snapshot.content.topics \
        and score >= CLOSE_TO_FLAGGED * match.score else None


def banner(snapshot: Snapshot, lang: str, also_call: tuple[str, ...],
           audience: str | None = None) -> str:
    """The opening line of every urgent reply: 111 first, then the numbers for danger now."""
    ui = snapshot.content.ui
    lines = [ui.text("urgent_banner", lang, audience)]
    for number in also_call:
        label = ui.numbers.get(number, {}).get(lang, number)
        lines.append(ui.text("also_call", lang, number=label))
    return "\n".join(lines)


def topic_reply(snapshot: Snapshot, topic: str, lang: str, audience: str | None) -> Reply:
    """A topic chosen from a button or menu: its answer, no matching involved."""
    item = snapshot.content.topics[topic]
    return Reply(item.text_for(lang, audience), _buttons(snapshot, lang, topic, None, audience),
                 item.urgent, topic, 1.0, (), lang, "answer")
