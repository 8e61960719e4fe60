"""Strip what identifies a person from a message before it may be kept.

Used only for unanswered questions, and only when a moderator turned that log on. Err on the
side of removing too much: a question stays useful without its numbers, addresses and names.
"""

from __future__ import annotations

import re
import unicodedata

# Every run below has an upper bound, so no start position can scan the rest of the text: the
# whole redaction stays linear in the length of the message (4,096 characters at most).
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}", re.UNICODE)
# Any address, whatever its domain: the moderators' view must never carry a link to follow.
_LINK = re.compile(
    r"(?:https?://|www\.)\S{1,300}"
    r"|\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[a-z]{2,24}\b(?:/\S{0,300})?",
    re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@])@\w{2,32}")
_STREET = ("đường|phố|ngõ|ngách|hẻm|kiệt|street|st|road|rd|avenue|ave|lane|jalan|jl|gang|gg")
# "số 12 đường Lê Lợi", "45/3 hẻm Bà Chiểu", "12 Nguyen Trai street" is caught by its number:
# the number and up to four words after a street word; "ngõ 5", "gang 3" alone too.
_ADDRESS = re.compile(
    rf"\b\d{{1,5}}[a-z]?(?:/\d{{1,5}}){{0,3}}\s{{1,3}}(?:{_STREET})\b\.?"
    rf"(?:\s{{1,3}}[^\s,.;!?]{{1,40}}){{0,4}}"
    rf"|\b(?:ngõ|ngách|hẻm|kiệt|gang|gg)\s+\d{{1,5}}(?:/\d{{1,5}}){{0,3}}"
    r"|\b\d{1,5}[a-z]?(?:\s{1,3}[^\s,.;!?\d]{1,40}){1,4}\s{1,3}"
    r"(?:street|st|road|rd|avenue|ave|lane)\b",
    re.IGNORECASE)
_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# A name: capitalised words after "tên (là)", "named", "nama(nya)", or after a child or
# relative ("my daughter Linh", "con gái tôi Mai", "anak saya Budi").
# A street named after a person or place: "đường Lê Lợi", "jl. Melati 5" (capitalised).
_NAMED_STREET = re.compile(
    r"\b(?i:đường|phố|jalan|jl|gang|gg)\.? "
    rf"[{_UPPER}]\w{{0,30}}(?: [{_UPPER}]\w{{0,30}}){{0,3}}(?: \d{{1,5}})?")
_NAME = re.compile(
    r"(?P<lead>\b(?i:tên (?:bé |con |cháu |nó |em |mình |tôi |bạn ấy )?là|tên|named|called|"
    r"nama|namanya|bernama|daughter|son|sister|brother|niece|nephew|friend|"
    r"con gái tôi|con trai tôi|con tôi|bé nhà tôi|anak saya|"
    r"adik saya|anakku) )"
    rf"(?P<name>[{_UPPER}]\w{{0,30}}(?: [{_UPPER}]\w{{0,30}}){{0,3}})")
# Schools and classes say where a child can be found: "trường Nguyễn Du", "SMP 3 Bandung",
# "lớp 7A2".
_SCHOOL = re.compile(
    r"\b(?i:trường|school|sekolah|smp|sma|smk|sd|thcs|thpt|tiểu học|academy|college) "
    rf"(?:[{_UPPER}\d]\w{{0,30}})(?: [{_UPPER}\d]\w{{0,30}}){{0,4}}")
_CLASS = re.compile(r"\b(?i:lớp|class|kelas) \d{1,2}[a-zA-Z]\d{0,2}\b")  # "lớp 8" alone stays


# A separator run is at most three characters, so a long run of spaces cannot make the scan
# go back and forth (the pattern stays linear in the length of the text).
_DIGITS_WITH_SEPARATORS = re.compile(r"\+?\d(?:[\s.\-()]{0,3}\d){4,}")

REPLACEMENTS = {"email": "[email]", "link": "[link]", "handle": "[handle]", "phone": "[phone]",
                "card": "[card or account number]", "number": "[number]",
                "address": "[address]", "name": "[name]", "school": "[school]",
                "class": "[class]"}


def _digits(match: re.Match[str]) -> str:
    raw = match.group(0)
    count = sum(ch.isdigit() for ch in raw)
    phone = raw.startswith("+") or (raw.startswith("0") and 9 <= count <= 13) or (
        raw.startswith(("84", "62")) and 10 <= count <= 13)
    if phone:
        return REPLACEMENTS["phone"]
    if count >= 12:
        return REPLACEMENTS["card"]
    return REPLACEMENTS["number"] if count >= 5 else raw


def redact(text: str) -> str:
    """'gọi 0912 345 678 hoặc mail a@b.vn' → 'gọi [phone] hoặc mail [email]'. Control and
    bidi characters go first: a right-to-left override could make a kept text read as
    something else in the moderators' view."""
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = _EMAIL.sub(REPLACEMENTS["email"], text)
    text = _LINK.sub(REPLACEMENTS["link"], text)
    text = _HANDLE.sub(REPLACEMENTS["handle"], text)
    text = _ADDRESS.sub(REPLACEMENTS["address"], text)
    text = _NAMED_STREET.sub(REPLACEMENTS["address"], text)
    text = _NAME.sub(lambda m: f"{m.group('lead')}{REPLACEMENTS['name']}", text)
    text = _SCHOOL.sub(REPLACEMENTS["school"], text)
    text = _CLASS.sub(REPLACEMENTS["class"], text)
    return _DIGITS_WITH_SEPARATORS.sub(_digits, text)
