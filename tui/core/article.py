"""Raw file contents -> `Article`: decoding, title, byline, outlet and date.

Pure: bytes or text in, an `Article` out; no file I/O and no Textual.
`Article.text` is the text exactly as given (after decoding and newline
normalisation), so every span the extractors produce indexes it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from datetime import date as _date

from tui.core.models import Article, content_hash

__all__ = [
    "ArticleError", "decode_bytes", "find_date", "parse_article",
    "parse_html_article", "parse_text_article",
]


class ArticleError(Exception):
    """A file that is not a usable article; `str(error)` is a short reason."""


# --------------------------------------------------------------------------- decoding

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MULTIBYTE = ("big5", "gb", "hz", "shift_jis", "cp932", "euc", "cp949", "johab", "iso2022",
              "utf_16", "utf_32", "utf_7", "cp950", "cp936")
_TEXT_PUNCT = set("\u00a0\u201c\u201d\u2018\u2019\u201e\u201a\u2013\u2014\u2026\u20ac\u00ab\u00bb"
                  "\u2022\u00b7\u00b0\u00a3\u00a7\u00a9\u00ae\u2122\u00bf\u00a1\u00b4\u2039\u203a")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?")


def _newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def _score(text: str) -> int:
    """How text-like the non-ASCII characters of a decoding are (letters, typographic marks)."""
    score = 0
    for ch in text:
        if ch < "\x80":
            continue
        score += 1 if (ch.isalpha() or ch in _TEXT_PUNCT) else -1
    return score


def _latin_share(text: str) -> float:
    letters = [ch for ch in text if ch >= "\x80" and ch.isalpha()]
    if not letters:
        return 1.0
    latin = sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))
    return latin / len(letters)


def _legacy(data: bytes) -> str:
    """Decode bytes that are not UTF-8: charset-normalizer, preferring cp1252 for Latin text.

    charset-normalizer alone often calls a short Western text cp1250 or mac_latin2;
    when its best guess is a Latin script, cp1252 wins unless it reads worse.
    """
    from charset_normalizer import from_bytes  # light, but only needed for legacy files

    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = data.decode("latin-1")  # never fails; C1 controls score it down
    best = from_bytes(data).best()
    if best is None:
        return western
    guess = str(best)
    encoding = (best.encoding or "").lower()
    if encoding.startswith(_MULTIBYTE) or _latin_share(guess) < 0.5:
        return guess
    return western if _score(western) >= _score(guess) else guess


def decode_bytes(data: bytes) -> str:
    """The text of a file's bytes: UTF-8 (with or without BOM), UTF-16/32 with BOM,
    or a legacy single-byte encoding; CRLF and CR become LF.

    Raises `ArticleError("binary file")` for data that is not text.
    """
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise ArticleError(f"not valid {encoding.upper()} text") from None
            break
    if text is None:
        if b"\x00" in data:
            raise ArticleError("binary file")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _legacy(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise ArticleError("binary file")
    if text:
        controls = len(_CONTROLS.findall(text[:20000]))
        if controls > max(8, len(text[:20000]) // 10) or text.count("\ufffd") > len(text) // 4:
            raise ArticleError("binary file")
    return _newlines(text)


# --------------------------------------------------------------------------- dates

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<{}>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
# Each pattern opens with a lookahead for the characters its matches can start with
# (a year's 1 or 2, a month's first letter, a digit): the engine then skips to the next
# candidate in C instead of trying the alternation everywhere (same matches, 2x faster).
_DATE_PATTERNS = (
    re.compile(r"(?=[12])(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"(?=[adfjmnos])\b" + _MONTH.format("mon") + r"\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
               r"(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE),
    re.compile(r"(?=\d)(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.format("mon")
               + r"\.?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE),
)


def find_date(text: str) -> tuple[str, int] | None:
    """The first full date in `text` as (ISO YYYY-MM-DD, offset), or None."""
    found: tuple[str, int] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if found is not None and m.start() >= found[1]:
                break
            groups = m.groupdict()
            month = int(groups["m"]) if groups.get("m") else _MONTHS[groups["mon"].lower()]
            try:
                iso = _date(int(groups["y"]), month, int(groups["d"])).isoformat()
            except ValueError:
                continue
            found = (iso, m.start())
            break
    return found


# --------------------------------------------------------------------------- bylines

_NAME_WORD = r"[A-Z\u00c0-\u00de][\w.'\u2019-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:and|de|van|von|der|da|del|la|le|bin|al)\s+)?{_NAME_WORD}){{0,6}}"
_SEP = r"\s*(?:\||\u2022|\u00b7|\u2013|\u2014|-|,)\s*"
_BY = re.compile(rf"^By:?\s+(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}}?)"
                 rf"(?:{_SEP}(?P<rest>.*))?$")
_NAME_COMMA_OUTLET = re.compile(rf"^(?P<name>{_NAME}(?:\s*(?:and|&)\s*{_NAME})?)\s*[,|]\s*(?P<outlet>.+)$")
_OUTLET_WORDS = re.compile(
    r"\b(?:Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|BBC|CNN|NPR|dpa|DPA|"
    r"ANSA|EFE|Al Jazeera|Xinhua|Kyodo|Interfax|TASS|Ukrinform|"
    r"News|Times|Post|Press|Journal|Herald|Agency|Tribune|Telegraph|Guardian|Insider|Insights|"
    r"Media|Wire|Review|Gazette|Daily|Network|Observer|Independent|Monitor|Chronicle|Radio|TV|"
    r"Television|Broadcasting|Magazine|Online|Report|Dispatch)\b")
_STAFF = re.compile(r"\s+(?:Team|Staff|Desk|Newsroom|Editors|Editorial(?: Board| Team)?|Staff Writers?|"
                    r"Reporters|Correspondents?)$", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^Source\s*:\s*(?P<outlet>[^\n]{2,80}?)\s*\.?$", re.IGNORECASE)
_DATELINE = re.compile(
    r"^[A-Z\u00c0-\u00de][\w .,'\u2019/-]{0,60}?\((?P<outlet>Reuters|AP|AFP|Bloomberg|dpa|DPA|"
    r"Associated Press|CNN|BBC|UPI|ANSA|EFE|Xinhua|Kyodo|Interfax|Ukrinform)\)\s*[-\u2013\u2014:]")
_LEAD_DATELINE = re.compile(
    r"^\((?P<outlet>Reuters|AP|AFP|Bloomberg|dpa|DPA|Associated Press|CNN|BBC|UPI)\)\s*[-\u2013\u2014:]")
_HEADING = re.compile(r"^(?:#{1,6}\s+|Title\s*:\s*)", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")

_TITLE_LIMIT = 300
_LEAD_LINES = 6
_BYLINE_MAX = 160


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(" ,;:-") + "\u2026"


def _looks_outlet(text: str) -> bool:
    return bool(_OUTLET_WORDS.search(text)) and len(text) <= 60 and not re.search(r"[.!?]\s", text)


def _parse_byline(line: str) -> tuple[str, str, str] | None:
    """(byline, outlet, rest) of a byline line, or None if it is not one."""
    if len(line) > _BYLINE_MAX:
        return None
    m = _BY.match(line)
    if m:
        name = m.group("name").strip(" ,")
        rest = (m.group("rest") or "").strip()
        outlet = ""
        if rest and not find_date(rest) and _looks_outlet(rest):
            outlet, rest = rest.split("|")[0].strip(), ""
        elif rest and find_date(rest):
            head = re.split(r"\s*[|\u2022\u00b7]\s*", rest)
            for part in head:
                if not find_date(part) and _looks_outlet(part):
                    outlet = part.strip()
        if not outlet:
            staff = _STAFF.search(name)
            if staff and staff.start() > 0:
                outlet = name[: staff.start()].strip()
        return name, outlet, rest
    m = _NAME_COMMA_OUTLET.match(line)
    if m and _looks_outlet(m.group("outlet").split("|")[0]) and not find_date(m.group("name")):
        outlet = re.split(r"\s*[|\u2022\u00b7]\s*", m.group("outlet"))[0].strip()
        return m.group("name").strip(), outlet, m.group("outlet")
    return None


# --------------------------------------------------------------------------- text articles

def _check_sentences(text: str) -> None:
    letters = 0
    for _ in _LETTER.finditer(text):
        letters += 1
        if letters >= 20:
            return
    raise ArticleError("no sentences")


def parse_text_article(text: str, path: str) -> Article:
    """A plain-text (or Markdown) article: first non-empty line is the title.

    Finds a byline ("By NAME | DATE", "By NAME", "NAME, Reuters"), the outlet (from
    the byline, a "Source:" line or a "(Reuters) -" dateline; "" when the article
    does not say) and the date (the first one in the lead lines, else the first full
    date in the text). Raises `ArticleError("no sentences")` for text without prose.
    """
    text = _newlines(text)
    _check_sentences(text)
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", text)]
    lines = [(pos, line) for pos, line in lines if line]
    title = _clip(_HEADING.sub("", lines[0][1]), _TITLE_LIMIT) if lines else ""
    lead = [line for _, line in lines[1:_LEAD_LINES + 1]]

    byline = outlet = ""
    for line in lead[:3]:
        parsed = _parse_byline(line.strip("*_ "))
        if parsed:
            byline, outlet, _ = parsed
            break
    if not outlet:
        for _, line in lines:
            m = _SOURCE_LINE.match(line)
            if m:
                outlet = m.group("outlet").strip()
                break
    if not outlet:
        for _, line in lines[:_LEAD_LINES * 4]:
            m = _DATELINE.match(line[:120]) or _LEAD_DATELINE.match(line[:120])
            if m:
                outlet = {"Associated Press": "AP"}.get(m.group("outlet"), m.group("outlet"))
                break

    found = None
    for line in [lines[0][1][:2000]] + [line[:2000] for line in lead] if lines else []:
        found = find_date(line)
        if found:
            break
    if not found:
        found = find_date(text)
    return Article(source_id=content_hash(text), path=path, title=title, outlet=outlet,
                   date=found[0] if found else "", text=text, byline=byline)


# --------------------------------------------------------------------------- HTML articles

def _quiet_trafilatura() -> None:
    import logging

    for name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def parse_html_article(html: str, path: str) -> Article:
    """An HTML page: the main article text (boilerplate removed) with its metadata.

    Uses trafilatura (imported here: it is slow to import). `text` is the extracted
    main text, one paragraph a line. Raises `ArticleError` if no article is found.
    """
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a declared dependency
        raise ArticleError("HTML support needs trafilatura") from None
    _quiet_trafilatura()
    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False, favor_precision=True,
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on odd input
        raise ArticleError(f"HTML could not be parsed ({type(exc).__name__})") from None
    get = (doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))) if doc else None
    raw = (get("text") or "") if get else ""
    if not raw.strip():
        raise ArticleError("no article text found in the HTML")
    text = "\n".join(line.strip() for line in _newlines(raw).split("\n") if line.strip())
    _check_sentences(text)

    title = _clip(get("title") or "", _TITLE_LIMIT) or _clip(text.split("\n", 1)[0], _TITLE_LIMIT)
    byline = _clip(get("author") or "", 120)
    outlet = _clip(get("sitename") or "", 80)
    if byline and not outlet:
        parsed = _parse_byline(byline) or _parse_byline("By " + byline)
        if parsed and parsed[1]:
            byline, outlet = parsed[0], parsed[1]
    iso = ""
    meta_date = get("date") or ""
    m = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", str(meta_date))
    if m:
        try:
            iso = _date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            iso = ""
    if not iso:
        found = find_date(title) or find_date(text)
        iso = found[0] if found else ""
    return Article(source_id=content_hash(text), path=path, title=title, outlet=outlet,
                   date=iso, text=text, byline=byline)


HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt", ".md")


def parse_article(data: bytes, path: str) -> Article:
    """Decode a file's bytes and parse them by the file name's suffix (HTML or text)."""
    text = decode_bytes(data)
    if path.lower().endswith(HTML_SUFFIXES):
        return parse_html_article(text, path)
    return parse_text_article(text, path)
