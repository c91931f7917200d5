"""Quote search: an inverted index over every quote, and a small query language.

Query syntax (parts combine with AND):

- free words: typo-tolerant and prefix-friendly, so results update as you type
  ("secur" finds "security", "secruity" finds it too);
- ``speaker:zelensky`` or ``speaker:"volodymyr zelensky"``: fuzzy on the
  speaker's name (transliterations: Kovalenkyy / Kovalenky / Kovalenkiy);
- ``source:xyz``: a source id prefix, or words of the source's title or outlet;
- ``"exact phrase"``: must appear in the quote, after normalisation (curly or
  straight quotation marks, case, accents, white space). An unbalanced ``"``
  makes the rest of the query the phrase (as you type it).

Scoring (0-100): each query word scores against the best word of a quote:
exact 100, prefix 70-90 (the more of the word typed, the higher), typo (fuzzy
match of the query word against the index *vocabulary*, rapidfuzz) 55-65. A
quote's score is the mean over the query words; quotes matching every word come
first, and only if none does are quotes matching some of the words shown. Ties
go by source order. The same quote carried by several sources (a corroboration
group) gives one hit listing all its sources.

Speed: candidates come from postings (word -> sorted quote numbers) and a sorted
vocabulary (prefixes by bisection); scores are per-word levels, so hits are
collected best level first, stopping as soon as `limit` groups are found.

Memory: postings are `array('I')` (4 bytes a posting); the caches that make
typing fast (score-level sets, filters, folded texts, word spans) are bounded,
so a long search session does not grow the app by 100 MB or more.

Pure: no Textual, no file I/O.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from itertools import product

from rapidfuzz import fuzz, process

from tui.core.corroborate import (
    _WORD, fold_phrase, fold_text, group_quotes, speaker_key, word_spans, words,
)
from tui.core.display import one_line
from tui.core.models import UNATTRIBUTED

__all__ = ["ParsedQuery", "Hit", "QuoteIndex", "parse_query", "format_hit", "hit_to_json"]

EXACT = 100
FUZZY_CUTOFF = 80  # rapidfuzz ratio of a query word against a vocabulary word
FUZZY_MIN_LEN = 4  # shorter query words are not typo-corrected
FUZZY_LIMIT = 24  # vocabulary words kept per typo
MAX_COMBOS = 512  # score-level combinations explored per query
MAX_WORDS = 8  # query words beyond these are ignored
FUZZY_UNLESS = 50  # no typo search for a word with this many exact or prefix matches
WORD_CACHE = 128  # query words whose vocabulary matches are kept
LEVEL_SET_BUDGET = 200_000  # quote numbers kept in the level sets of cached words (besides the query's)
FILTER_CACHE = 16  # speaker:/source: results kept
FOLDED_CACHE = 20_000  # folded quote texts kept (phrase search)
SPANS_CACHE = 4_096  # quotes' word spans kept (highlighting the hits shown)


# ---------------------------------------------------------------------- query

@dataclass(slots=True)
class ParsedQuery:
    """A query split into its parts; words and phrases folded (see corroborate.fold_text)."""

    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    speaker: str | None = None
    source: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.speaker or self.source)


_QUERY_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})
_PART = re.compile(r'(?P<key>[A-Za-z]+):(?:"(?P<qval>[^"]*)"?|(?P<val>\S*))|"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+)')
_FILTERS = {"speaker": "speaker", "by": "speaker", "source": "source", "src": "source", "from": "source"}


def parse_query(query: str) -> ParsedQuery:
    """Split a query into words, phrases and filters. Never raises.

    Filter keys: ``speaker:`` (alias ``by:``) and ``source:`` (``src:``, ``from:``);
    a later filter of the same kind replaces an earlier one; an unknown ``key:value``
    counts as words. An empty filter value (still being typed) is ignored.
    """
    parsed = ParsedQuery()
    text = (query or "").translate(_QUERY_QUOTES)
    for m in _PART.finditer(text):
        if m.group("key") is not None:
            kind = _FILTERS.get(m.group("key").lower())
            value = m.group("qval") if m.group("qval") is not None else m.group("val")
            if kind is None:
                parsed.words.extend(words(m.group(0)))
                continue
            value = " ".join(words(value or ""))
            if value:
                setattr(parsed, kind, value)
        elif m.group("phrase") is not None:
            phrase = fold_phrase(m.group("phrase"))
            if words(phrase):
                parsed.phrases.append(phrase)
        else:
            parsed.words.extend(words(m.group("word")))
    return parsed


# ------------------------------------------------------------------------ hit

@dataclass(slots=True)
class Hit:
    """One search result: a quote (one per corroboration group) and where the query matched."""

    quote: dict  # the group's representative quote, or the member that matched better
    score: int  # 0-100
    sources: list[str]  # every source carrying this quote (the corroboration group)
    members: list[str]  # quote ids of the group
    matches: list[tuple[int, int]]  # (start, end) offsets into quote["text"] of matched words
    group: str = ""  # the group id
    speaker: str = UNATTRIBUTED  # the quote's speaker (the group's when the quote has none)

    @property
    def text(self) -> str:
        return self.quote.get("text") or ""


def _source_title(sid: str, sources: dict | None) -> str:
    meta = (sources or {}).get(sid) or {}
    return str(meta.get("title") or meta.get("outlet") or sid)


def format_hit(hit: Hit, sources: dict | None = None) -> str:
    """One line for the command line: “text” — speaker (source title; +N other sources)."""
    sid = str(hit.quote.get("source") or (hit.sources[0] if hit.sources else ""))
    where = one_line(_source_title(sid, sources))
    others = len([s for s in hit.sources if s != sid])
    if others:
        where += f"; +{others} other source{'s' if others > 1 else ''}"
    return f"\u201c{one_line(hit.text)}\u201d \u2014 {one_line(hit.speaker)} ({where})"


def hit_to_json(hit: Hit, sources: dict | None = None) -> dict:
    """A hit as plain JSON data for scripts."""
    sid = str(hit.quote.get("source") or "")
    return {
        "id": hit.quote.get("id"),
        "group": hit.group,
        "text": hit.text,
        "speaker": hit.speaker,
        "source": sid,
        "source_title": _source_title(sid, sources) if sid else "",
        "sources": list(hit.sources),
        "members": list(hit.members),
        "score": hit.score,
        "matches": [[s, e] for s, e in hit.matches],
        "start": hit.quote.get("start"),
        "end": hit.quote.get("end"),
    }


# ---------------------------------------------------------------------- index

class _Word:
    """How one query word matches the vocabulary: vocabulary word -> score, and score levels.

    A level's quote set (the union of its words' postings) is built only when a search
    needs it, and kept while the word is cached.
    """

    __slots__ = ("scores", "levels", "weights", "_sets")

    def __init__(self, scores: dict[str, int], postings: dict[str, array]):
        self.scores = scores
        by_level: dict[int, list[str]] = {}
        for tok, score in scores.items():
            by_level.setdefault(score, []).append(tok)
        self.levels: list[tuple[int, list[str]]] = sorted(by_level.items(), reverse=True)
        self.weights = [sum(len(postings[t]) for t in toks) for _, toks in self.levels]
        self._sets: list[set[int] | None] = [None] * len(self.levels)

    def level_set(self, i: int, postings: dict[str, array]) -> set[int]:
        got = self._sets[i]
        if got is None:
            toks = self.levels[i][1]
            got = set(postings[toks[0]]) if len(toks) == 1 else set().union(*(postings[t] for t in toks))
            self._sets[i] = got
        return got

    def held(self) -> int:
        """How many quote numbers the built level sets hold."""
        return sum(len(s) for s in self._sets if s is not None)

    def drop_sets(self) -> None:
        """Forget the built level sets (they are rebuilt when needed)."""
        self._sets = [None] * len(self.levels)


def _prefix_score(typed: int, full: int) -> int:
    """70 (a letter of a long word) .. 90 (most of it), in steps of 5."""
    return int((70 + 25 * typed / full) // 5 * 5)


def _fuzzy_score(ratio: float) -> int:
    """55 .. 65 for rapidfuzz ratios 80 .. 99, in steps of 5."""
    return int((0.7 * ratio) // 5 * 5)


class QuoteIndex:
    """Every quote, indexed for as-you-type search; one hit per corroboration group.

    `quotes`: dicts with "id", "source", "text", "speaker" (and "start"/"end").
    `sources`: source id -> meta ("title", "outlet", ...), for `source:` filters and
    for the ranking order (the dict's order; quotes of unknown sources come after).
    `groups`: from `corroborate.group_quotes`; computed when not given.
    """

    def __init__(self, quotes: list[dict], sources: dict[str, dict] | None = None,
                 groups: list[dict] | None = None):
        self.sources: dict[str, dict] = dict(sources or {})
        rank = {sid: i for i, sid in enumerate(self.sources)}
        far = len(rank)
        keys = [rank.get(q.get("source"), far) for q in quotes]
        order = sorted(range(len(quotes)), key=keys.__getitem__)  # stable: input order within a source
        self._quotes: list[dict] = [quotes[i] for i in order]
        if groups is None:
            groups = group_quotes(self._quotes)
        self._build_groups(groups)
        self._build_postings()
        self._build_filters()
        self._word_cache: OrderedDict[str, _Word] = OrderedDict()
        self._filter_cache: OrderedDict[tuple[str, str], set[int]] = OrderedDict()
        self._folded: dict[int, tuple[str, array | None]] = {}
        self._spans_cache: dict[int, tuple[tuple[str, int, int], ...]] = {}

    # -- construction

    def _build_groups(self, groups: list[dict]) -> None:
        quotes = self._quotes
        number = {quotes[n].get("id"): n for n in range(len(quotes) - 1, -1, -1)}  # first one wins
        group_of = [-1] * len(self._quotes)
        self._groups: list[dict] = []
        self._rep: list[int] = []
        for g in groups:
            members = [number[m] for m in g.get("members", ()) if m in number]
            members = [m for m in members if group_of[m] < 0]
            if not members:
                continue
            gi = len(self._groups)
            for m in members:
                group_of[m] = gi
            text = g.get("text")
            rep = next((m for m in members if self._quotes[m].get("text") == text), min(members))
            self._groups.append(g)
            self._rep.append(rep)
        for n, q in enumerate(self._quotes):  # quotes no group mentions stand alone
            if group_of[n] < 0:
                group_of[n] = len(self._groups)
                self._groups.append({
                    "id": "quote:" + str(q.get("id")), "text": q.get("text") or "",
                    "speaker": q.get("speaker") or UNATTRIBUTED, "members": [q.get("id")],
                    "sources": [str(q.get("source"))] if q.get("source") is not None else [],
                })
                self._rep.append(n)
        self._group_of = group_of
        self._number = number

    def _build_postings(self) -> None:
        """Word -> the numbers of the quotes containing it, ascending, as array('I')."""
        postings: dict = {}
        findall = _WORD.findall
        for n, q in enumerate(self._quotes):
            text = q.get("text") or ""
            for tok in set(findall(text.lower()) if text.isascii() else words(text)):
                try:
                    postings[tok].append(n)
                except KeyError:
                    postings[tok] = [n]
        for tok, numbers in postings.items():  # a list costs 8 bytes a posting, an array 4
            postings[tok] = array("I", numbers)
        self._postings: dict[str, array] = postings
        self._vocab: list[str] = sorted(self._postings)

    def _build_filters(self) -> None:
        by_speaker: dict[str, list[int]] = {}
        by_source: dict[str, list[int]] = {}
        groups, group_of = self._groups, self._group_of
        for n, q in enumerate(self._quotes):
            spk = q.get("speaker") or UNATTRIBUTED
            if spk == UNATTRIBUTED:
                spk = groups[group_of[n]].get("speaker") or UNATTRIBUTED
            lst = by_speaker.get(spk)
            if lst is None:
                by_speaker[spk] = [n]
            else:
                lst.append(n)
            sid = q.get("source")
            lst = by_source.get(sid)
            if lst is None:
                by_source[sid] = [n]
            else:
                lst.append(n)
        self._by_speaker: dict[str, array] = {spk: array("I", ns) for spk, ns in by_speaker.items()}
        self._speaker_keys = {s: speaker_key(s) or UNATTRIBUTED for s in by_speaker}
        self._by_source: dict[str, array] = {sid: array("I", ns) for sid, ns in by_source.items()}
        # source words (title, outlet) -> source ids; compact ids sorted for prefix lookups
        source_words: defaultdict[str, list] = defaultdict(list)
        for sid in by_source:
            meta = self.sources.get(str(sid)) or {}
            for tok in set(words(f"{meta.get('title') or ''} {meta.get('outlet') or ''}")):
                source_words[tok].append(sid)
        self._source_words = dict(source_words)
        self._source_vocab = sorted(self._source_words)
        self._source_ids = sorted(("".join(words(str(sid))), i) for i, sid in enumerate(by_source))
        self._source_keys = list(by_source)

    # -- public helpers

    def __len__(self) -> int:
        return len(self._quotes)

    @property
    def groups(self) -> list[dict]:
        return list(self._groups)

    def group_of(self, quote_id: str) -> dict | None:
        """The corroboration group of a quote (other outlets reporting the same words)."""
        n = self._number.get(quote_id)
        return None if n is None else self._groups[self._group_of[n]]

    # -- filters

    def _cached_filter(self, kind: str, value: str) -> set[int]:
        key = (kind, value)
        hit = self._filter_cache.get(key)
        if hit is not None:
            self._filter_cache.move_to_end(key)
            return hit
        result = self._speaker_set(value) if kind == "speaker" else self._source_set(value)
        self._filter_cache[key] = result
        if len(self._filter_cache) > FILTER_CACHE:
            self._filter_cache.popitem(last=False)
        return result

    def _speaker_set(self, value: str) -> set[int]:
        wanted = value.split()
        out: set[int] = set()
        for spk, key in self._speaker_keys.items():
            if key == UNATTRIBUTED:
                ok = value == UNATTRIBUTED
            elif key.startswith(value) or f" {value}" in key:
                ok = True
            else:
                names = key.split()
                ok = all(any(n.startswith(w) or (len(w) >= FUZZY_MIN_LEN and fuzz.ratio(w, n) >= FUZZY_CUTOFF)
                             for n in names) for w in wanted)
            if ok:
                out.update(self._by_speaker[spk])
        return out

    def _source_set(self, value: str) -> set[int]:
        """Quotes of sources whose id starts with `value`, or whose title or outlet has
        words starting with each word of `value`."""
        matched: set | None = None
        for w in value.split():
            sids: set = set()
            lo = bisect_left(self._source_vocab, w)
            hi = bisect_left(self._source_vocab, w + "\U0010ffff", lo)
            for tok in self._source_vocab[lo:hi]:
                sids.update(self._source_words[tok])
            matched = sids if matched is None else matched & sids
        matched = matched or set()
        compact = value.replace(" ", "")
        ids = self._source_ids
        at = bisect_left(ids, (compact, -1))
        while at < len(ids) and ids[at][0].startswith(compact):
            matched.add(self._source_keys[ids[at][1]])
            at += 1
        by_source = self._by_source
        return set().union(*(by_source[sid] for sid in matched))

    # -- words

    def _word(self, w: str) -> _Word:
        cached = self._word_cache.get(w)
        if cached is not None:
            self._word_cache.move_to_end(w)
            return cached
        scores: dict[str, int] = {}
        if w in self._postings:
            scores[w] = EXACT
        vocab = self._vocab
        lo = bisect_left(vocab, w)
        hi = bisect_left(vocab, w + "\U0010ffff", lo)
        n = len(w)
        for tok in vocab[lo:hi]:
            if tok != w:
                scores[tok] = _prefix_score(n, len(tok))
        # typos: the query word against the vocabulary (not against the quotes)
        # (words with the same first letter; the whole vocabulary only if nothing else matched)
        if n >= FUZZY_MIN_LEN and len(scores) < FUZZY_UNLESS:
            lo = bisect_left(vocab, w[0])
            hi = bisect_left(vocab, w[0] + "\U0010ffff", lo)
            found = process.extract(w, vocab[lo:hi], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                    limit=FUZZY_LIMIT)
            if not found and not scores:
                found = process.extract(w, vocab, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                        limit=FUZZY_LIMIT)
            for tok, ratio, _ in found:
                if tok not in scores:
                    scores[tok] = _fuzzy_score(ratio)
        result = _Word(scores, self._postings)
        self._word_cache[w] = result
        if len(self._word_cache) > WORD_CACHE:
            self._word_cache.popitem(last=False)
        return result

    def _trim_level_sets(self, keep: list[_Word]) -> None:
        """Drop the level sets of the least recently used words beyond LEVEL_SET_BUDGET
        (a set costs some 90 bytes a quote); the words of `keep` (the query's) stay whole."""
        held = 0
        for info in reversed(self._word_cache.values()):
            if any(info is k for k in keep):
                continue
            size = info.held()
            if size and held + size > LEVEL_SET_BUDGET:
                info.drop_sets()
            else:
                held += size

    # -- phrases

    def _folded_text(self, n: int) -> tuple[str, array | None]:
        """Quote `n` folded (see corroborate.fold_text) and its offsets into the text;
        None for offsets that are one for one (most texts), which need no storing."""
        got = self._folded.get(n)
        if got is None:
            folded, offsets = fold_text(self._quotes[n].get("text") or "")
            identity = offsets[-1] == len(offsets) - 1 and offsets == list(range(len(offsets)))
            got = (folded, None if identity else array("I", offsets))
            if len(self._folded) > FOLDED_CACHE:
                self._folded.clear()
            self._folded[n] = got
        return got

    def _phrase_spans(self, n: int, phrases: list[str]) -> list[tuple[int, int]] | None:
        """Spans of every phrase in quote `n` (each starting at a word boundary), or None."""
        folded, offsets = self._folded_text(n)
        spans: list[tuple[int, int]] = []
        for phrase in phrases:
            found = False
            at = folded.find(phrase)
            while at >= 0:
                if at == 0 or not folded[at - 1].isalnum():
                    end = at + len(phrase)
                    spans.append((at, end) if offsets is None else (offsets[at], offsets[end - 1] + 1))
                    found = True
                at = folded.find(phrase, at + 1)
            if not found:
                return None
        return spans

    def _phrase_candidates(self, phrase: str) -> set[int]:
        toks = words(phrase)
        sets: list = []
        for i, tok in enumerate(toks):
            if i == len(toks) - 1 and not phrase[-1:].isspace():
                sets.append(self._prefix_union(tok))  # the last word may still be being typed
            else:
                sets.append(self._postings.get(tok, ()))
        sets.sort(key=len)
        out = set(sets[0])
        for s in sets[1:]:
            out.intersection_update(s)
        return out

    def _prefix_union(self, tok: str) -> set[int]:
        vocab = self._vocab
        lo = bisect_left(vocab, tok)
        hi = bisect_left(vocab, tok + "\U0010ffff", lo)
        return set().union(*(self._postings[t] for t in vocab[lo:hi]))

    # -- search

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """The best hits for `query`, at most `limit`, one per corroboration group."""
        if limit <= 0:
            return []
        pq = parse_query(query)
        allowed: set[int] | None = None
        for kind in ("speaker", "source"):
            value = getattr(pq, kind)
            if value:
                s = self._cached_filter(kind, value)
                allowed = set(s) if allowed is None else allowed & s
        for phrase in pq.phrases:
            cands = self._phrase_candidates(phrase)
            allowed = cands if allowed is None else allowed & cands
        phrases = pq.phrases
        word_infos = [self._word(w) for w in dict.fromkeys(pq.words[:MAX_WORDS])]

        found: dict[int, tuple[int, int]] = {}  # group -> (score, quote number)
        if not word_infos:
            pool = range(len(self._quotes)) if allowed is None else sorted(allowed)
            self._walk(pool, 100, found, limit, phrases)
        else:
            self._rank(word_infos, allowed, found, limit, phrases)

        hits = self._hits(found, limit, word_infos, phrases, allowed)
        self._trim_level_sets(word_infos)
        return hits

    def _walk(self, numbers, score: int, found: dict, limit: int, phrases: list[str]) -> bool:
        """Add quotes in order to `found` (one per group); True once `limit` groups are found."""
        group_of = self._group_of
        for n in numbers:
            g = group_of[n]
            if g in found:
                continue
            if phrases and self._phrase_spans(n, phrases) is None:
                continue
            found[g] = (score, n)
            if len(found) >= limit:
                return True
        return False

    def _rank(self, infos: list[_Word], allowed: set[int] | None, found: dict, limit: int,
              phrases: list[str]) -> None:
        if allowed is not None and not allowed:
            return
        self._rank_levels(infos, allowed, found, limit, phrases, partial=False)
        if not found and len(infos) > 1:  # nothing has every word: show what has some
            self._rank_levels(infos, allowed, found, limit, phrases, partial=True)

    def _rank_levels(self, infos: list[_Word], allowed: set[int] | None, found: dict, limit: int,
                     phrases: list[str], partial: bool) -> None:
        """Collect hits level combination by level combination, best combined score first.

        A combination takes one score level per word (in `partial` mode possibly "absent",
        scoring 0); its quotes are the intersection of the levels' sets. Groups are taken
        the first time they are met, so each gets its best combination's score.
        """
        k = len(infos)
        # per word: [(score, weight, word index, level index)]; level index -1: absent
        per_word: list[list[tuple[int, int, int, int]]] = []
        for wi, info in enumerate(infos):
            levels = [(score, info.weights[li], wi, li) for li, (score, _) in enumerate(info.levels)]
            if partial:
                levels.append((0, 0, wi, -1))
            per_word.append(levels)
        merged: dict[tuple[int, int], set[int]] = {}
        while _product(len(lv) for lv in per_word) > MAX_COMBOS:  # merge the lowest levels of the widest word
            real = [len([x for x in lv if x[3] != -1]) for lv in per_word]
            widest = max(range(k), key=lambda i: real[i])
            if real[widest] < 2:
                break
            lv = per_word[widest]
            cut = real[widest] - 2
            a, b = lv[cut], lv[cut + 1]
            key = (widest, -2 - len(merged))
            merged[key] = self._level(infos, a, merged) | self._level(infos, b, merged)
            lv[cut:cut + 2] = [(b[0], a[1] + b[1], widest, key[1])]
        combos: dict[int, list[tuple]] = {}
        for combo in product(*per_word):
            present = [c for c in combo if c[3] != -1]
            if not present:
                continue
            score = round(sum(c[0] for c in combo) / k)
            combos.setdefault(score, []).append(present)
        for score in sorted(combos, reverse=True):
            numbers: set[int] = set()
            for present in combos[score]:
                present = sorted(present, key=lambda c: c[1])  # smallest estimated set first
                inter: set[int] | None = None
                if allowed is not None:
                    inter = allowed
                for c in present:
                    level = self._level(infos, c, merged)
                    inter = level if inter is None else inter & level
                    if not inter:
                        break
                if inter:
                    numbers |= inter
            if numbers and self._walk(sorted(numbers), score, found, limit, phrases):
                return

    def _level(self, infos: list[_Word], c: tuple[int, int, int, int], merged: dict) -> set[int]:
        _, _, wi, li = c
        if li >= 0:
            return infos[wi].level_set(li, self._postings)
        return merged[(wi, li)]

    def _spans(self, n: int) -> tuple[tuple[str, int, int], ...]:
        """(folded word, start, end) of quote `n`, cached (the same hits come back as you type)."""
        got = self._spans_cache.get(n)
        if got is None:
            if len(self._spans_cache) > SPANS_CACHE:
                self._spans_cache.clear()
            # tuples of str and int only: the garbage collector stops tracking them
            got = self._spans_cache[n] = tuple(word_spans(self._quotes[n].get("text") or ""))
        return got

    def _quote_score(self, n: int, infos: list[_Word]) -> int:
        if not infos:
            return 100
        toks = {tok for tok, _, _ in self._spans(n)}
        total = 0
        for info in infos:
            scores = info.scores
            total += max((scores.get(t, 0) for t in toks), default=0)
        return round(total / len(infos))

    def _hits(self, found: dict[int, tuple[int, int]], limit: int, infos: list[_Word], phrases: list[str],
              allowed: set[int] | None) -> list[Hit]:
        ranked = sorted(found.items(), key=lambda item: (-item[1][0], item[1][1]))[:limit]
        matched: set[str] = set()
        for info in infos:
            matched.update(info.scores)
        quotes = self._quotes
        out: list[Hit] = []
        for g, (score, n) in ranked:
            rep = self._rep[g]
            if rep != n and (allowed is None or rep in allowed):
                same = quotes[rep].get("text") == quotes[n].get("text")
                if same or self._quote_score(rep, infos) >= score:
                    if same or not phrases or self._phrase_spans(rep, phrases) is not None:
                        n = rep
            quote = quotes[n]
            spans = [(start, end) for tok, start, end in self._spans(n) if tok in matched] if matched else []
            if phrases:
                spans.extend(self._phrase_spans(n, phrases) or ())
                spans = _merge(spans)
            group = self._groups[g]
            speaker = quote.get("speaker") or UNATTRIBUTED
            if speaker == UNATTRIBUTED:
                speaker = group.get("speaker") or UNATTRIBUTED
            members = group.get("members") or [quote.get("id")]
            sources = group.get("sources") or self._group_sources(g)
            out.append(Hit(quote=quote, score=max(0, min(100, int(score))), sources=list(sources),
                           members=list(members), matches=spans, group=str(group.get("id") or ""),
                           speaker=speaker))
        return out

    def _group_sources(self, g: int) -> list[str]:
        return sorted({str(q.get("source")) for n, q in enumerate(self._quotes) if self._group_of[n] == g})


def _product(sizes) -> int:
    out = 1
    for s in sizes:
        out *= max(s, 1)
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out

