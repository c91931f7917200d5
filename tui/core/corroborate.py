"""The same quote (or figure) as reported by several sources, side by side.

Outlets change a quote's wording: curly or straight quotation marks, a dropped
word, a truncated or extended quote, a trailing full stop. `group_quotes` puts
such variants in one group; `group_facts` puts figures about the same thing
side by side so that differing values stand out.

Scaling: quotes are never compared all against all. Identical normalised texts
are joined directly; the remaining candidates are *blocked* by rare words (an
inverted index of word -> texts, keeping only words that few texts use): a text
is compared with rapidfuzz only with the texts sharing two of its four rarest
words (or, for a text with a single rare word, sharing that word, if few do).
Joins go through a union-find that refuses to put two different named speakers
in one group; the same words said by many people cost linear time, not quadratic.

Pure: no Textual, no file I/O.
"""

from __future__ import annotations

import gc
import hashlib
import re
import unicodedata
from collections import Counter
from contextlib import contextmanager
from functools import lru_cache
from itertools import combinations

from rapidfuzz import fuzz

from tui.core.models import UNATTRIBUTED

__all__ = [
    "fold_word", "words", "word_spans", "fold_text", "fold_phrase", "speaker_key",
    "same_speaker", "quotes_similar", "group_quotes", "group_facts",
]

# ---------------------------------------------------------------- text folding

_WORD = re.compile(r"[\w\u0300-\u036f]+")
_CHAR_MAP = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
})


@lru_cache(maxsize=262_144)
def fold_word(word: str) -> str:
    """A word as compared: accents removed, NFKC, case-folded ("Élysée" -> "elysee")."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", bare).casefold()


def words(text: str) -> list[str]:
    """The folded words of `text`, in order (punctuation and quotation marks dropped)."""
    if text.isascii():
        return _WORD.findall(text.lower())
    return [fold_word(w) for w in _WORD.findall(text)]


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """(folded word, start, end) for each word of `text`; offsets into `text` itself."""
    if text.isascii():
        return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text.lower())]
    return [(fold_word(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


_ODD_SPACE = re.compile(r"\s\s|[^\S ]")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    ch = ch.translate(_CHAR_MAP)
    if ch.isascii():
        return ch.lower()
    decomposed = unicodedata.normalize("NFKD", ch)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFKC", bare).casefold().translate(_CHAR_MAP)


def fold_text(text: str) -> tuple[str, list[int]]:
    """`text` folded for phrase search, with a map from each folded index to an index of `text`.

    Folding: straight quotation marks and hyphens, no accents, case-folded, runs of
    white space as one space. `offsets[i]` is the index in `text` of the character
    that produced folded character `i`; `offsets[len(folded)]` is `len(text)`.
    """
    if text.isascii() and not _ODD_SPACE.search(text) and not text[:1].isspace():
        return text.lower().replace("`", "'"), list(range(len(text) + 1))  # one char for one
    out: list[str] = []
    offsets: list[int] = []
    last_space = True  # also strips leading space
    for i, ch in enumerate(text):
        if ch.isspace():
            if not last_space:
                out.append(" ")
                offsets.append(i)
                last_space = True
            continue
        folded = _fold_char(ch)
        for f in folded:
            out.append(f)
            offsets.append(i)
        if folded:
            last_space = False
    offsets.append(len(text))
    return "".join(out), offsets


def fold_phrase(text: str) -> str:
    """A phrase folded like `fold_text`, trimmed of surrounding space and punctuation."""
    folded, _ = fold_text(text)
    return folded.strip(" .,;:!?\"'-()[]")


def speaker_key(name: str | None) -> str:
    """A speaker's name as compared; "" for an unattributed quote."""
    if not name or name == UNATTRIBUTED:
        return ""
    return " ".join(words(name))


def same_speaker(a: str, b: str) -> bool:
    """Whether two speaker keys (see `speaker_key`) may be the same person.

    Unknown ("") matches anyone. Otherwise the surnames must be close (transliteration:
    Kovalenkyy / Kovalenky / Kovalenkiy) and, if both give a first name, so must those.
    """
    if not a or not b or a == b:
        return True
    ta, tb = a.split(), b.split()
    if fuzz.ratio(ta[-1], tb[-1]) < 80:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    return fuzz.ratio(ta[0], tb[0]) >= 70


# ------------------------------------------------------------------ similarity

def quotes_similar(a: str, b: str, na: int | None = None, nb: int | None = None) -> bool:
    """Whether two normalised quote texts (words joined by spaces) are the same quote.

    `na`, `nb`: their word counts (computed when not given). A one- or two-word quote
    only joins a near-identical one; a longer one may also be a truncation or an
    extension of the other (partial match), if not much shorter than it.
    """
    if a == b:
        return True
    if na is None:
        na = a.count(" ") + 1 if a else 0
    if nb is None:
        nb = b.count(" ") + 1 if b else 0
    if len(a) > len(b):
        a, b, na, nb = b, a, nb, na
    if na <= 1 or not a:
        return False
    if na <= 2:
        return nb <= 3 and fuzz.ratio(a, b, score_cutoff=90) > 0
    if fuzz.ratio(a, b, score_cutoff=85):
        return True
    if na >= 4 and len(a) >= 0.25 * len(b):
        if f" {a} " in f" {b} ":  # a truncation: the shorter one within the longer one
            return True
        wa, wb = a.split(), b.split()
        if na >= 0.6 * nb and _subsequence(wa, wb):  # words dropped here and there, order kept
            return True
        # a truncation with changed words: partial alignment (costly), only when most words are shared
        shared = set(wa) & set(wb)
        if len(shared) >= 0.8 * len(set(wa)):
            return fuzz.partial_ratio(a, b, score_cutoff=90) > 0
    return False


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


# ----------------------------------------------------------------- union-find

class _Groups:
    """Union-find over units, refusing to join two different named speakers."""

    __slots__ = ("parent", "speakers", "checks")

    def __init__(self, speakers: list[str]):
        self.checks = 0  # speaker comparisons made
        self.parent = list(range(len(speakers)))
        self.speakers: list[list[str]] = [[s] if s else [] for s in speakers]

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        sa, sb = self.speakers[ra], self.speakers[rb]
        for x in sa:
            for y in sb:
                self.checks += 1
                if not same_speaker(x, y):
                    return False
        if len(sa) < len(sb):
            ra, rb, sa, sb = rb, ra, sb, sa
        self.parent[rb] = ra
        for y in sb:
            if y not in sa:
                sa.append(y)
        self.speakers[rb] = []
        return True


# ---------------------------------------------------------------- group quotes

_FUZZY_SURNAMES = 200
"""Up to this many distinct surnames behind one text are also matched fuzzily (transliterations)."""


def _join_speakers(uf: _Groups, units: list[int], unit_speaker: list[str]) -> None:
    """Join the units of one text (one per speaker) whose speakers may be the same person.

    Linear in the number of speakers for exact surnames; distinct surnames are compared
    pairwise only when few (a text said by a thousand different people stays cheap).
    """
    named = sorted((u for u in units if unit_speaker[u]), key=lambda u: u)
    anonymous = [u for u in units if not unit_speaker[u]]
    by_surname: dict[str, list[int]] = {}
    for u in named:
        by_surname.setdefault(unit_speaker[u].rsplit(" ", 1)[-1], []).append(u)
    for same in by_surname.values():  # same surname: join where first names agree too
        for i, u in enumerate(same[1:], 1):
            for v in same[:i]:
                if uf.union(v, u):
                    break
    surnames = list(by_surname)
    if 1 < len(surnames) <= _FUZZY_SURNAMES:
        for i, a in enumerate(surnames):
            for b in surnames[i + 1:]:
                if abs(len(a) - len(b)) <= 3 and fuzz.ratio(a, b, score_cutoff=80):
                    uf.union(by_surname[a][0], by_surname[b][0])
    first = named[0] if named else (anonymous[0] if anonymous else None)
    for u in anonymous:  # an unattributed report joins the first speaker who said these words
        if u != first:
            uf.union(first, u)


def _join_texts(uf: _Groups, units_a: list[int], units_b: list[int], unit_speaker: list[str]) -> None:
    """Join the units of two similar texts: same speaker to same speaker, unattributed to anyone."""
    by_key = {unit_speaker[v]: v for v in units_b}
    by_surname: dict[str, int] = {}
    for v in units_b:
        if unit_speaker[v]:
            by_surname.setdefault(unit_speaker[v].rsplit(" ", 1)[-1], v)
    anon_b = by_key.get("")
    for u in units_a:
        key = unit_speaker[u]
        v = by_key.get(key)
        if v is None and key:
            v = by_surname.get(key.rsplit(" ", 1)[-1])
        if v is None:
            v = anon_b if anon_b is not None else (units_b[0] if not key else None)
        if v is not None:
            uf.union(u, v)
    if anon_b is not None:
        uf.union(units_a[0], anon_b)

RARE_WORDS = 4
"""How many of a text's rarest words are used to find its candidates."""

SINGLE_WORD_BLOCK = 100
"""A text with only one rare word is compared with the texts sharing it, if at most this many."""


@contextmanager
def _gc_paused():
    """No cyclic garbage collection while building many small containers (a third faster)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def group_quotes(quotes: list[dict], *, stats: dict | None = None) -> list[dict]:
    """Group the same quote as reported by several sources.

    `quotes`: dicts with "id", "source", "text" and "speaker". Returns one dict per
    group, in the order of each group's first quote: {"id": "group:<hash>", "text":
    representative text (the most common wording, then the longest), "speaker": the
    most common named speaker (or "unattributed"), "speakers": every named speaker,
    "members": quote ids in input order, "sources": sorted unique source ids}.

    `stats`, if given, is filled with counters: "comparisons" (text pairs compared
    with rapidfuzz), "speaker_checks" (speaker pairs compared), "units", "texts".
    """
    with _gc_paused():
        return _group_quotes(quotes, stats)


def _group_quotes(quotes: list[dict], stats: dict | None) -> list[dict]:
    """The work of `group_quotes`."""
    # 1. Units: one per (normalised text, speaker). Identical texts with compatible
    #    speakers join without any fuzzy comparison.
    unit_of: dict[tuple[str, str], int] = {}
    unit_text: list[str] = []
    unit_speaker: list[str] = []
    quote_unit: list[int] = []
    speaker_keys: dict = {}
    norms: dict[str, str] = {}
    for i, q in enumerate(quotes):
        raw = q.get("text") or ""
        norm = norms.get(raw)
        if norm is None:
            norm = norms[raw] = " ".join(words(raw))
        raw_speaker = q.get("speaker")
        spk = speaker_keys.get(raw_speaker)
        if spk is None:
            spk = speaker_keys[raw_speaker] = speaker_key(raw_speaker)
        key = (norm, spk) if norm else (f"\x00{i}", spk)  # empty texts stay apart
        u = unit_of.get(key)
        if u is None:
            u = unit_of[key] = len(unit_text)
            unit_text.append(norm)
            unit_speaker.append(spk)
        quote_unit.append(u)
    del norms

    uf = _Groups(unit_speaker)
    # distinct texts, each with its units (several speakers may say the same words)
    text_units: dict[str, list[int]] = {}
    for u, norm in enumerate(unit_text):
        if norm:
            units = text_units.get(norm)
            if units is None:
                text_units[norm] = [u]
            else:
                units.append(u)
    for units in text_units.values():
        if len(units) > 1:
            _join_speakers(uf, units, unit_speaker)

    # 2. Blocking by rare words over the distinct texts: word -> texts, for the words
    #    used by at least 2 and at most `cap` texts.
    texts = list(text_units)
    tokens = [t.split() for t in texts]
    every: dict[str, list[int]] = {}
    for t_id, toks in enumerate(tokens):
        for tok in set(toks):
            try:
                every[tok].append(t_id)
            except KeyError:
                every[tok] = [t_id]
    cap = max(64, len(texts) // 100)
    postings: dict[str, set[int]] = {tok: set(ids) for tok, ids in every.items() if 2 <= len(ids) <= cap}
    rank = {tok: (len(ids), tok) for tok, ids in postings.items()}  # rarest first; ties by the word
    del every

    comparisons = 0
    compared: set[tuple[int, int]] = set()
    unit0 = [text_units[t][0] for t in texts]
    single = [len(text_units[t]) == 1 for t in texts]
    find = uf.find
    indexed = postings.keys()
    for t_id, toks in enumerate(tokens):
        rare = sorted(indexed & set(toks), key=rank.__getitem__)[:RARE_WORDS]
        if len(rare) >= 2:
            cands: set[int] = set()
            for x, y in combinations(rare, 2):
                cands |= postings[x] & postings[y]
        elif len(rare) == 1 and len(postings[rare[0]]) <= SINGLE_WORD_BLOCK:
            cands = postings[rare[0]]  # a single rare word (short quote, or common words)
        else:
            continue
        n_a = len(toks)
        text_a = texts[t_id]
        root_a = find(unit0[t_id])
        for other in cands:
            if other == t_id or find(unit0[other]) == root_a:
                continue
            pair = (t_id, other) if t_id < other else (other, t_id)
            if pair in compared:
                continue
            compared.add(pair)
            comparisons += 1
            if quotes_similar(text_a, texts[other], n_a, len(tokens[other])):
                if single[t_id] and single[other]:
                    uf.union(unit0[t_id], unit0[other])
                else:
                    _join_texts(uf, text_units[text_a], text_units[texts[other]], unit_speaker)
                root_a = find(unit0[t_id])

    # 3. Collect the groups.
    by_root: dict[int, list[int]] = {}
    for i, u in enumerate(quote_unit):
        r = find(u)
        members = by_root.get(r)
        if members is None:
            by_root[r] = [i]
        else:
            members.append(i)

    groups: list[dict] = []
    used_ids: set[str] = set()
    for members in by_root.values():  # dict order: order of each group's first quote
        if len(members) == 1:
            rep = members[0]
            rep_norm = unit_text[quote_unit[rep]]
            spk = quotes[rep].get("speaker")
            named = [spk] if spk and spk != UNATTRIBUTED else []
            speaker = named[0] if named else UNATTRIBUTED
        else:
            counts = Counter(unit_text[quote_unit[i]] for i in members)
            rep_norm = max(counts, key=lambda t: (counts[t], len(t)))
            rep = next(i for i in members if unit_text[quote_unit[i]] == rep_norm)
            said = Counter(quotes[i].get("speaker") for i in members
                           if quotes[i].get("speaker") and quotes[i].get("speaker") != UNATTRIBUTED)
            named = list(said)
            speaker = max(said, key=lambda s: said[s]) if said else UNATTRIBUTED  # ties: first seen
        digest = hashlib.sha1(f"{rep_norm}\x1f{speaker_keys.get(speaker) if speaker in speaker_keys else speaker_key(speaker)}"
                              .encode("utf-8", "surrogatepass"))
        gid = base = "group:" + digest.hexdigest()[:12]
        k = 1
        while gid in used_ids:
            k += 1
            gid = f"{base}#{k}"
        used_ids.add(gid)
        groups.append({
            "id": gid,
            "text": quotes[rep].get("text") or "",
            "speaker": speaker,
            "speakers": named,
            "members": [quotes[i].get("id") for i in members],
            "sources": sorted({str(src) for i in members if (src := quotes[i].get("source")) is not None}),
        })

    if stats is not None:
        stats["comparisons"] = comparisons
        stats["speaker_checks"] = uf.checks
        stats["units"] = len(unit_text)
        stats["texts"] = len(texts)
    return groups


# ---------------------------------------------------------------- group facts

_WHAT_SKIP = frozenset({"a", "an", "the", "of"})


def _what_key(what: str) -> str:
    return " ".join(w for w in words(what) if w not in _WHAT_SKIP)


def group_facts(figures: list[dict]) -> list[dict]:
    """Figures about the same thing (normalised `what`), side by side across sources.

    Returns one dict per `what`, in order of first appearance: {"id", "what" (the
    first wording), "key" (normalised), "values": {source: [value, ...]} (sources
    sorted, values unique in order of appearance), "sources_per_value": {value: how
    many sources give it}, "figures": figure ids, "differs": whether two sources
    report different sets of values}.
    """
    out: dict[str, dict] = {}
    for fig in figures:
        what = str(fig.get("what") or "")
        key = _what_key(what)
        entry = out.get(key)
        if entry is None:
            entry = out[key] = {
                "id": "figures:" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:12],
                "what": what, "key": key, "values": {}, "figures": [],
            }
        values = entry["values"].setdefault(str(fig.get("source")), [])
        value = fig.get("value")
        if value not in values:
            values.append(value)
        entry["figures"].append(fig.get("id"))
    result = []
    for entry in out.values():
        entry["values"] = {s: entry["values"][s] for s in sorted(entry["values"])}
        value_sets = {frozenset(v) for v in entry["values"].values()}
        entry["differs"] = len(value_sets) > 1
        per_value: dict = {}
        for values in entry["values"].values():
            for value in values:
                per_value[value] = per_value.get(value, 0) + 1
        entry["sources_per_value"] = per_value
        result.append(entry)
    return result


def values_elsewhere(group: dict, source_id: str) -> dict:
    """Value -> number of OTHER sources giving it, for a group from `group_facts`.

    Costs the number of distinct values, not of sources, so it can run on every move.
    """
    counts = dict(group["sources_per_value"])
    for value in group["values"].get(source_id, []):
        counts[value] -= 1
    return {value: n for value, n in counts.items() if n > 0}
