"""Records that the core extracts from an article, and the stable keys of facts.

Everything here is plain data: no Textual, no file I/O. Offsets (`start`, `end`)
are character offsets into `Article.text`, end exclusive.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, fields
from functools import lru_cache
from operator import attrgetter
from typing import Callable

from tui.core.keys import STANCES, parse_fact_key  # noqa: F401  (the vocabulary and key parser, re-exported)

KINDS = (
    "ground troops", "air", "sea", "training", "intelligence",
    "equipment", "funding", "monitoring", "sanctions", "other",
)
"""Pledge kinds vocabulary (DESIGN.md)."""

MODALITIES = ("firm", "conditional", "considering", "refused")
"""How firmly a pledge is made."""

UNATTRIBUTED = "unattributed"
"""Speaker of a quote that the article does not attribute."""


def content_hash(text: str) -> str:
    """Stable id of a source: the first 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


_SPACE = re.compile(r"\s+")
_QUOTE_CHARS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                              "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-"})


_QUOTE_PAIRS = tuple((chr(k), v) for k, v in _QUOTE_CHARS.items())


def normalise(text: str) -> str:
    """Text as compared for identity: NFKC, straight quotes, case-folded, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():  # = .translate(_QUOTE_CHARS), faster: a few `in` checks and replaces
        for char, straight in _QUOTE_PAIRS:
            if char in text:
                text = text.replace(char, straight)
    return _SPACE.sub(" ", text).strip().casefold()


def fact_key(kind: str, source_id: str, text: str) -> str:
    """Stable id of a fact: its kind, its source's content hash and its normalised text.

    The same fact gets the same key after a re-ingest or a rebuild, whatever the
    database's document ids are.
    """
    digest = hashlib.sha1(f"{kind}\x1f{source_id}\x1f{normalise(text)}".encode("utf-8", "surrogatepass"))
    return f"{kind}:{source_id}:{digest.hexdigest()[:12]}"


@dataclass(slots=True)
class Article:
    """One source: a news article as parsed from a file."""

    source_id: str
    path: str
    title: str
    outlet: str
    date: str  # ISO 8601 date (YYYY-MM-DD) when the article gives one, else ""
    text: str
    byline: str = ""

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(slots=True)
class Quote:
    """A quotation: `start`/`end` span the quoted words (without the quotation marks)."""

    text: str
    start: int
    end: int
    speaker: str = UNATTRIBUTED  # canonical within the article; UNATTRIBUTED if not said
    speaker_start: int | None = None  # span of the speaker's name in the text, if named there
    speaker_end: int | None = None
    kind: str = "direct"  # "direct" or "paraphrase"


@dataclass(slots=True)
class Term:
    """A scare-quoted term: a quoted name for a thing, said by nobody in particular."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class CountryMention:
    """A country named in the text, normalised to ISO 3166-1 alpha-2."""

    code: str
    name: str  # common English name of the country
    surface: str  # the words as they stand in the text
    start: int
    end: int
    how: str = "name"  # name, demonym, capital, group


@dataclass(slots=True)
class Pledge:
    """Who commits what, under what condition; `start`/`end` span the evidence sentence."""

    actor: str
    kinds: list[str]
    condition: str
    modality: str
    evidence: str
    start: int
    end: int
    actor_codes: list[str] = field(default_factory=list)  # ISO codes of the actor, if countries


@dataclass(slots=True)
class Stance:
    """One country's stance in one source; `start`/`end` span the evidence sentence."""

    country: str
    country_name: str
    stance: str
    evidence: str
    start: int
    end: int


@dataclass(slots=True)
class Figure:
    """A number with what it counts; `start`/`end` span the number as written."""

    value: float
    what: str
    evidence: str
    start: int
    end: int
    evidence_start: int = 0
    evidence_end: int = 0


@dataclass(slots=True)
class Facts:
    """Everything extracted from one article."""

    quotes: list[Quote] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    countries: list[CountryMention] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)  # names in country lists that are not countries


def _key_text(kind: str, record) -> str:
    """The text a fact of this kind is identified by."""
    if kind == "quote":
        return record.text
    if kind == "pledge":
        return f"{record.actor}|{record.evidence}"
    if kind == "stance":
        return record.country
    if kind == "figure":
        return f"{record.value}|{record.what}|{record.evidence}"
    if kind == "term":
        return record.text
    raise ValueError(f"unknown fact kind {kind!r}")


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@lru_cache(maxsize=None)
def field_values(cls: type) -> Callable[[object], tuple]:
    """A function giving a record's field values, in field order, as a tuple (in C)."""
    names = _field_names(cls)
    getter = attrgetter(*names)
    return getter if len(names) > 1 else (lambda record: (getter(record),))


def fact_records(kind: str, source_id: str, records) -> list[dict]:
    """Records as dicts with a stable `id` and their `source`; repeats get `#2`, `#3` ..."""
    out: list[dict] = []
    seen: dict[str, int] = {}
    prefix = f"{kind}\x1f{source_id}\x1f"  # what fact_key hashes before the text
    head = f"{kind}:{source_id}:"
    sha1 = hashlib.sha1
    for record in records:
        text = _key_text(kind, record)
        # Same key as fact_key(kind, source_id, text). For ASCII text, NFKC and the
        # quote table are no-ops and casefold() is lower(), so normalise() reduces to
        # squeezing white space (str.split uses the same white space as regex \s).
        norm = " ".join(text.split()).lower() if text.isascii() else normalise(text)
        key = head + sha1((prefix + norm).encode("utf-8", "surrogatepass")).hexdigest()[:12]
        n = seen[key] = seen.get(key, 0) + 1
        if n > 1:
            key = f"{key}#{n}"
        cls = type(record)
        row = dict(zip(_field_names(cls), field_values(cls)(record)))
        if "kind" in row:  # a quote's own kind (direct / paraphrase)
            row[f"{kind}_kind"] = row.pop("kind")
        row["id"] = key
        row["source"] = source_id
        row["kind"] = kind
        out.append(row)
    return out
