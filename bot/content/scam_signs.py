"""The red-flag reader's content: signs and their cues (intents/_scam_signs.yaml), brands and
their official domains (intents/_brands.yaml), and what is said about each sign
(answers/_scam_signs.yaml). New scam wording appears every month: moderators add it here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from bot import LANGUAGES
from bot.content.cues import cue_list, cues_by_language
from bot.content.model import EMPTY, Brand, Cue, ScamSigns, Sign
from bot.content.yamlfile import YamlFile

if TYPE_CHECKING:
    from bot.content.loader import _Collector

SIGNS_FILE = "intents/_scam_signs.yaml"
BRANDS_FILE = "intents/_brands.yaml"
TEXTS_FILE = "answers/_scam_signs.yaml"
FLAGS = ("otp_request", "password_request", "money_transfer", "upfront_fee", "prize",
         "free_game_items", "easy_money", "urgency", "link", "lookalike_domain", "short_link",
         "app_install", "impersonation", "job_offer", "abroad", "secrecy", "threat",
         "personal_data_request", "moves_off_platform")
FOUND_BY_CODE = ("link", "lookalike_domain", "short_link")
SIGN_KEYS = ("weight", "report", "leads_to", "vote", "cues", "strong", "from_crisis",
             "implies")
STRONG_KEYS = ("weight", "cues")
REPORT_VALUES = ("always", "with_warning")
SIGNS_KEYS = ("warn_at", "sure_at", "warns_of_scams", "risky_link_weight",
              "disguised_link_weight", "alarm_link", "mistaken_payment", "solicitation",
              "staff_line", "asking", "own_story", "pay_me", "told_threat", "arrived_by",
              "everyday", "protective", "no_fee", "own_site_softens", "in_app", "in_app_softens",
              "signs")
ALARM_KEYS = ("weight", "phrases")
PROTECTIVE_KEYS = ("cancels", "phrases")
BRAND_KEYS = ("names", "domains")
TEXT_KEYS = ("flags", "flags_abuse", "texts", "steps_for", "kinds")
TEXTS = ("warning", "some_signs", "no_signs", "what_to_do", "what_to_do_teen", "ask_for_message",
         "flag_line")
OPTIONAL_TEXTS = ("what_to_do_link", "warning_abuse", "warning_kind", "warning_sure",
                  "warning_kind_sure", "calm_first")


def _strong(signs_file: YamlFile, body: Mapping[str, Any], flag: str, weight: float,
            found: _Collector) -> tuple[tuple[Cue, ...], float | None]:
    """A sign's `strong:` block: cues that weigh more than the sign's own ones."""
    if "strong" not in body:
        return (), None
    where = ("signs", flag, "strong")
    block = found.mapping(signs_file, body.get("strong") or {}, "strong", *where)
    found.unknown_keys(signs_file, block, STRONG_KEYS, *where)
    strong_weight = _number(signs_file, block.get("weight"), found, *where, "weight")
    if 0 < strong_weight <= weight:
        found.error(signs_file, signs_file.line(*where, "weight"),
                    f"the strong cues of '{flag}' weigh {strong_weight}, no more than its "
                    f"own weight {weight}",
                    "give 'strong: weight:' more than the sign's weight, or move the cues up")
    per_lang = found.mapping(signs_file, block.get("cues") or {}, "cues", *where, "cues")
    found.unknown_keys(signs_file, per_lang, LANGUAGES, *where, "cues")
    cues = [cue for lang in LANGUAGES
            for cue in cue_list(signs_file, per_lang.get(lang) or [], lang, found, *where,
                                "cues", wildcards=True) or []]
    return tuple(cues), strong_weight


def load_scam_signs(files: Mapping[str, YamlFile], found: _Collector) -> ScamSigns:
    signs_file, brands_file, texts_file = (files.get(SIGNS_FILE), files.get(BRANDS_FILE),
                                           files.get(TEXTS_FILE))
    if signs_file is None or texts_file is None:
        missing = SIGNS_FILE if signs_file is None else TEXTS_FILE
        found.error(missing, 0, "scam signs missing: pasted scams would not be explained",
                    f"restore {missing} from git")
        return ScamSigns()
    data = found.mapping(signs_file, signs_file.data, "scam signs")
    found.unknown_keys(signs_file, data, SIGNS_KEYS)
    texts = _texts(texts_file, found)
    explain = texts.pop("flags", {})
    explain_abuse = texts.pop("flags_abuse", {})
    steps_for = texts.pop("steps_for", {})
    kinds = texts.pop("kinds", {})
    signs: dict[str, Sign] = {}
    block = found.mapping(signs_file, data.get("signs"), "signs", "signs")
    found.unknown_keys(signs_file, block, FLAGS, "signs")
    for flag in FLAGS:
        body = found.mapping(signs_file, block.get(flag, {}), flag, "signs", flag)
        if flag not in block:
            found.error(signs_file, signs_file.line("signs"), f"sign '{flag}' missing",
                        f"add '{flag}:' under 'signs:' with its weight"
                        + ("" if flag in FOUND_BY_CODE else " and cues"))
            continue
        found.unknown_keys(signs_file, body, SIGN_KEYS, "signs", flag)
        weight = _number(signs_file, body.get("weight"), found, "signs", flag, "weight")
        report = str(body.get("report", "always"))
        if report not in REPORT_VALUES:
            found.error(signs_file, signs_file.line("signs", flag, "report"),
                        f"'report: {report}' is not known", "write 'always' or 'with_warning'")
            report = "always"
        cues: list[Cue] = []
        per_lang = found.mapping(signs_file, body.get("cues") or {}, "cues", "signs", flag, "cues")
        found.unknown_keys(signs_file, per_lang, LANGUAGES, "signs", flag, "cues")
        if flag not in FOUND_BY_CODE:
            for lang in LANGUAGES:
                cues += cue_list(signs_file, per_lang.get(lang) or [], lang, found, "signs", flag,
                                 "cues", wildcards=True) or []
                if not per_lang.get(lang):
                    found.warn(signs_file, signs_file.line("signs", flag, "cues"),
                               f"sign '{flag}' has no '{lang}' cues",
                               f"add '{lang}:' cues, or this sign is never found in '{lang}'")
        elif per_lang:
            found.error(signs_file, signs_file.line("signs", flag, "cues"),
                        f"'{flag}' is found by reading the links themselves",
                        "remove its cues; edit intents/_brands.yaml instead")
        leads = body.get("leads_to") or []
        if not isinstance(leads, list):
            found.error(signs_file, signs_file.line("signs", flag, "leads_to"),
                        "'leads_to' should be a list of topic ids", "write it as [scam_phishing]")
            leads = []
        from_crisis = body.get("from_crisis") or []
        if not isinstance(from_crisis, list):
            found.error(signs_file, signs_file.line("signs", flag, "from_crisis"),
                        "'from_crisis' should be a list of crisis topic ids",
                        "write it as [sextortion]")
            from_crisis = []
        implies = _sign_ids(signs_file, body.get("implies"), found, "signs", flag, "implies")
        words = explain.get(flag)
        if not words:
            found.error(texts_file, texts_file.line("flags"), f"no explanation for '{flag}'",
                        f"add '{flag}:' under 'flags:' with vi, en and id lines")
        vote = (_number(signs_file, body["vote"], found, "signs", flag, "vote")
                if "vote" in body else None)
        strong_cues, strong_weight = _strong(signs_file, body, flag, weight, found)
        signs[flag] = Sign(flag, weight, report, tuple(cues), words or EMPTY,
                           tuple(str(t) for t in leads), vote, strong_cues, strong_weight,
                           tuple(str(t) for t in from_crisis), implies,
                           explain_abuse.get(flag) or EMPTY)
    warn_at = _number(signs_file, data.get("warn_at"), found, "warn_at")
    softens = _sign_ids(signs_file, data.get("own_site_softens"), found, "own_site_softens")
    in_app_softens = _sign_ids(signs_file, data.get("in_app_softens"), found, "in_app_softens")
    listed = _brands(brands_file, found)

    def phrases(value: Any, *where: str) -> tuple[Cue, ...]:
        return tuple(cues_by_language(signs_file, value, found, *where, wildcards=True))

    def guarding(key: str) -> tuple[tuple[Cue, ...], frozenset[str]]:
        """A section of phrases that set signs aside in their sentence (protective, no_fee):
        `phrases` and the signs it `cancels`."""
        section = found.mapping(signs_file, data.get(key) or {}, key, key)
        found.unknown_keys(signs_file, section, PROTECTIVE_KEYS, key)
        return (phrases(section.get("phrases"), key, "phrases"),
                _sign_ids(signs_file, section.get("cancels"), found, key, "cancels"))

    protective, cancels = guarding("protective")
    no_fee, no_fee_cancels = guarding("no_fee")

    def weighted(key: str) -> tuple[tuple[Cue, ...], float]:
        """A section of phrases that lift a sign to its own weight (alarm_link,
        mistaken_payment, solicitation): `weight` and `phrases`."""
        section = found.mapping(signs_file, data.get(key) or {}, key, key)
        found.unknown_keys(signs_file, section, ALARM_KEYS, key)
        return (phrases(section.get("phrases"), key, "phrases"),
                _number(signs_file, section.get("weight", 0.1), found, key, "weight"))

    alarm, alarm_weight = weighted("alarm_link")
    mistaken, mistaken_weight = weighted("mistaken_payment")
    solicitation, solicitation_weight = weighted("solicitation")
    staff_line, staff_line_weight = weighted("staff_line")
    return ScamSigns(
        signs=MappingProxyType(signs), warn_at=warn_at or 1.0,
        sure_at=(_number(signs_file, data["sure_at"], found, "sure_at") or None)
        if "sure_at" in data else None,  # absent (or 0): never "almost certainly"
        asking=phrases(data.get("asking"), "asking"),
        warns_of_scams=phrases(data.get("warns_of_scams"), "warns_of_scams"),
        own_story=phrases(data.get("own_story"), "own_story"),
        pay_me=phrases(data.get("pay_me"), "pay_me"),
        told_threat=phrases(data.get("told_threat"), "told_threat"),
        arrived_by=phrases(data.get("arrived_by"), "arrived_by"),
        everyday=phrases(data.get("everyday"), "everyday"),
        protective=protective, cancels=cancels, no_fee=no_fee, no_fee_cancels=no_fee_cancels,
        brands=listed.brands, shorteners=listed.shorteners, bait_words=listed.bait_words,
        trusted_suffixes=listed.trusted_suffixes, app_links=listed.app_links,
        risky_suffixes=listed.risky_suffixes, sender_words=listed.sender_words,
        state_offices=listed.state_offices, shortener_words=listed.shortener_words,
        free_hosts=listed.free_hosts,
        group_links=listed.group_links,
        risky_link_weight=_number(signs_file, data.get("risky_link_weight", 0.1),
                                  found, "risky_link_weight"),
        disguised_link_weight=_number(signs_file, data.get("disguised_link_weight", 0.1),
                                      found, "disguised_link_weight"),
        own_site_softens=softens,
        in_app=phrases(data.get("in_app"), "in_app"),
        in_app_softens=in_app_softens,
        alarm=alarm, alarm_link_weight=alarm_weight,
        mistaken=mistaken, mistaken_weight=mistaken_weight,
        solicitation=solicitation, solicitation_weight=solicitation_weight,
        staff_line=staff_line, staff_line_weight=staff_line_weight,
        texts=MappingProxyType(texts), steps_for=MappingProxyType(steps_for),
        kinds=MappingProxyType(kinds))


def _sign_ids(file: YamlFile, value: Any, found: _Collector, *where: str) -> frozenset[str]:
    """A list of sign ids ("[prize, urgency]"); anything else is named in one line."""
    if value is None:
        return frozenset()
    if not isinstance(value, list):
        found.error(file, file.line(*where), f"'{where[-1]}' should be a list of sign ids",
                    "write it as [prize, urgency]")
        return frozenset()
    for flag in value:
        if flag not in FLAGS:
            found.error(file, file.line(*where), f"'{flag}' is not a sign",
                        f"use ids from: {', '.join(FLAGS)}")
    return frozenset(str(f) for f in value if f in FLAGS)


def _number(file: YamlFile, value: Any, found: _Collector, *where: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 10:
        return float(value)
    found.error(file, file.line(*where), f"'{where[-1]}: {value}' is not a number from 0 to 10",
                f"write a number, e.g. '{where[-1]}: 0.5'")
    return 0.0


def _texts(file: YamlFile, found: _Collector) -> dict[str, Any]:
    data = found.mapping(file, file.data, "scam sign texts")
    found.unknown_keys(file, data, TEXT_KEYS)
    flags_block = found.mapping(file, data.get("flags") or {}, "flags", "flags")
    found.unknown_keys(file, flags_block, FLAGS, "flags")
    out: dict[str, Any] = {"flags": {flag: found.per_language(file, body, flag, "flags", flag)
                                     for flag, body in flags_block.items()}}
    abuse_block = found.mapping(file, data.get("flags_abuse") or {}, "flags_abuse", "flags_abuse")
    found.unknown_keys(file, abuse_block, FLAGS, "flags_abuse")
    out["flags_abuse"] = {flag: found.per_language(file, body, flag, "flags_abuse", flag)
                          for flag, body in abuse_block.items()}
    for key in ("steps_for", "kinds"):  # a text per kind of scam, by its topic id
        block = found.mapping(file, data.get(key) or {}, key, key)
        out[key] = {str(topic): found.per_language(file, body, topic, key, topic)
                    for topic, body in block.items()}
    texts_block = found.mapping(file, data.get("texts") or {}, "texts", "texts")
    found.unknown_keys(file, texts_block, (*TEXTS, *OPTIONAL_TEXTS), "texts")
    for key in TEXTS:
        out[key] = found.per_language(file, texts_block.get(key), key, "texts", key)
    for key in OPTIONAL_TEXTS:
        if key in texts_block:
            out[key] = found.per_language(file, texts_block.get(key), key, "texts", key)
    return out


def _word_list(file: YamlFile, data: dict[str, Any], key: str, found: _Collector,
               what: str) -> frozenset[str]:
    items = data.get(key) or []
    if not isinstance(items, list):
        found.error(file, file.line(key), f"'{key}' is not a list", f"write one {what} per line "
                    "after '- '")
        return frozenset()
    return frozenset(str(s).lower().strip() for s in items)


@dataclass(frozen=True)
class _BrandList:
    brands: tuple[Brand, ...] = ()
    shorteners: frozenset[str] = frozenset()
    bait_words: frozenset[str] = frozenset()
    trusted_suffixes: frozenset[str] = frozenset()
    app_links: frozenset[str] = frozenset()
    risky_suffixes: frozenset[str] = frozenset()
    sender_words: frozenset[str] = frozenset()
    state_offices: frozenset[str] = frozenset()
    shortener_words: frozenset[str] = frozenset()
    free_hosts: frozenset[str] = frozenset()
    group_links: frozenset[str] = frozenset()


def _unfit_labels(file: YamlFile, key: str, words: frozenset[str],
                  found: _Collector) -> set[str]:
    """Label words are compared with the folded head of a message: plain ASCII words only."""
    unfit = {w for w in words if len(w) < 3 or not w.isascii() or not w.replace(" ", "").isalnum()}
    for word in sorted(unfit):
        found.error(file, file.line(key), f"{key.replace('_', ' ').removesuffix('s')} '{word}' "
                    "is too short or not plain words", "use words of 3 letters or more, "
                    "without diacritics, dots or hyphens ('ngan hang', 'alert')")
    return unfit


def _brands(file: YamlFile | None, found: _Collector) -> _BrandList:
    if file is None:
        found.error(BRANDS_FILE, 0, "brand list missing: look-alike domains would not be found",
                    f"restore {BRANDS_FILE} from git")
        return _BrandList()
    data = found.mapping(file, file.data, "brands")
    found.unknown_keys(file, data, ("shorteners", "bait_words", "trusted_suffixes", "app_links",
                                    "risky_suffixes", "sender_words", "state_offices",
                                    "shortener_words", "free_hosts", "group_links", "brands"))
    shorteners = _word_list(file, data, "shorteners", found, "domain")
    bait = _word_list(file, data, "bait_words", found, "word")
    trusted = _word_list(file, data, "trusted_suffixes", found, "suffix")
    app_links = _word_list(file, data, "app_links", found, "domain")
    risky = _word_list(file, data, "risky_suffixes", found, "suffix")
    sender_words = _word_list(file, data, "sender_words", found, "word")
    state_offices = _word_list(file, data, "state_offices", found, "word")
    shortener_words = _word_list(file, data, "shortener_words", found, "word")
    free_hosts = _word_list(file, data, "free_hosts", found, "domain")
    unfit_hosts = {h for h in free_hosts if "." not in h or "/" in h or " " in h}
    for host in sorted(unfit_hosts):
        found.error(file, file.line("free_hosts"), f"'{host}' is not a host name",
                    "write it like 'sites.google.com' or 'web.app'")
    group_links = _word_list(file, data, "group_links", found, "address")
    unfit_groups = {g for g in group_links if "." not in g.split("/", 1)[0] or " " in g
                    or g.startswith(("http", "www."))}
    for address in sorted(unfit_groups):
        found.error(file, file.line("group_links"), f"'{address}' is not an address start",
                    "write it like 't.me' or 'zalo.me/g', without http:// or www.")
    unfit_shorteners = {w for w in shortener_words if len(w) < 4 or not w.isalpha()}
    for word in sorted(unfit_shorteners):
        found.error(file, file.line("shortener_words"), f"shortener word '{word}' is too short "
                    "or not one word: it would be found inside many real domains",
                    "use a word of 4 letters or more, without dots or hyphens")
    unfit_senders = _unfit_labels(file, "sender_words", sender_words, found)
    unfit_offices = _unfit_labels(file, "state_offices", state_offices, found)
    unfit = {w for w in bait if len(w) < 5 or not w.isalpha()}
    for word in sorted(unfit):
        found.error(file, file.line("bait_words"), f"bait word '{word}' is too short or not one "
                    "word: it would be found inside many real domains",
                    "use a word of 5 letters or more, without dots or hyphens")
    brands: list[Brand] = []
    owners: dict[str, str] = {}
    for name, body in found.mapping(file, data.get("brands") or {}, "brands", "brands").items():
        block = found.mapping(file, body, str(name), "brands", str(name))
        found.unknown_keys(file, block, BRAND_KEYS, "brands", str(name))
        names = tuple(str(n).lower().strip() for n in block.get("names") or [])
        domains = tuple(str(d).lower().strip() for d in block.get("domains") or [])
        for short in (n for n in names if len(n) < 3):
            found.error(file, file.line("brands", str(name), "names"),
                        f"name '{short}' is too short: it would be found inside many domains",
                        "use a name of 3 letters or more")
        for domain in domains:
            if "." not in domain or "/" in domain or " " in domain:
                found.error(file, file.line("brands", str(name), "domains"),
                            f"'{domain}' is not a domain", "write it like 'vietcombank.com.vn'")
            elif domain in owners and owners[domain] != name:
                found.warn(file, file.line("brands", str(name), "domains"),
                           f"'{domain}' is listed under '{owners[domain]}' too",
                           "keep each domain under the brand that owns it")
            owners[domain] = str(name)
        if not names:
            found.error(file, file.line("brands", str(name)), f"brand '{name}' has no names",
                        "add 'names: [...]' with the words a fake domain would use")
            continue
        brands.append(Brand(str(name), tuple(n for n in names if len(n) >= 3), domains))
    return _BrandList(tuple(brands), shorteners, bait - unfit, trusted, app_links, risky,
                      sender_words - unfit_senders, state_offices - unfit_offices,
                      shortener_words - unfit_shorteners,
                      free_hosts - unfit_hosts, group_links - unfit_groups)
