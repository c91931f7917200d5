"""Text anchors for marks, and re-attaching marks to the current facts after a re-ingest.

A mark is keyed by a fact id (kind, source content hash, normalised text). When a
source's file changes, its content hash and so every fact id in it changes; the
anchor stored with the mark (Hypothesis-style: the exact text plus a little context
on either side, and the source's path) lets the mark find its fact again:

1. the mark's fact id is still there: it stays;
2. a fact of the same kind whose match text (normalised quote text, pledge evidence,
   stance country, figure evidence) equals the anchor's, in the same source path;
3. a fact of the same kind whose match text is within a small edit of the anchor's
   (rapidfuzz ratio >= 90), in the same source path;
4. otherwise the mark is orphaned: returned separately, never dropped.

Where the anchor's path is no longer in the corpus (the file was renamed or moved),
steps 2 and 3 look in every source, preferring the same source id. Where the path
is still there, a fact that left that source is not chased into another outlet's
copy of it: that would be a different claim. A stance is only ever matched in its
own source (its match text is just the country code).

Pure: no I/O, no Textual.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import SimpleNamespace
from typing import Any

from rapidfuzz import fuzz, process

from tui.core.models import _key_text, fact_key, normalise, parse_fact_key

FUZZY_CUTOFF = 90.0

_KIND = {"quotes": "quote", "terms": "term", "pledges": "pledge", "stances": "stance",
         "figures": "figure", "countries": "country"}


def _kind(kind: str | None) -> str:
    kind = kind or ""
    return _KIND.get(kind, kind)


def fact_kind(fact: Mapping[str, Any]) -> str:
    """The singular kind of a fact dict (from its "kind", else from its id's prefix)."""
    kind = fact.get("kind")
    if kind in ("direct", "paraphrase", None, ""):  # a Quote's own kind, not the fact kind
        kind = (parse_fact_key(fact.get("id")) or ("", ""))[0]
    return _kind(str(kind))


def match_text(fact: Mapping[str, Any]) -> str:
    """The normalised text a fact is re-attached by."""
    kind = fact_kind(fact)
    if kind in ("quote", "term"):
        return normalise(str(fact.get("text", "")))
    if kind == "stance":
        return normalise(str(fact.get("country", "")))
    return normalise(str(fact.get("evidence") or fact.get("text") or ""))


def make_anchor(kind: str, source_id: str, path: str, text: str, start: int, end: int,
                context: int = 32, *, key: str | None = None) -> dict:
    """An anchor for the span `text[start:end]` of a source: exact text, prefix, suffix.

    `key` is the match text to re-attach by (see `match_text`); by default the
    normalised span.
    """
    start = max(0, min(int(start), len(text)))
    end = max(start, min(int(end), len(text)))
    exact = text[start:end]
    return {
        "kind": _kind(kind),
        "source": source_id,
        "path": path,
        "text": exact,
        "prefix": text[max(0, start - context):start],
        "suffix": text[end:end + context],
        "start": start,
        "end": end,
        "key": normalise(exact) if key is None else key,
    }


def anchor_for_fact(fact: Mapping[str, Any], path: str, text: str, context: int = 32) -> dict:
    """The anchor of a fact dict (as from `models.fact_records`) in its source's text."""
    return make_anchor(fact_kind(fact), str(fact.get("source", "")), path, text,
                       int(fact.get("start") or 0), int(fact.get("end") or 0), context,
                       key=match_text(fact))


def _anchor_keys(anchor: Mapping[str, Any]) -> list[str]:
    keys = []
    key = anchor.get("key")
    if isinstance(key, str) and key:
        keys.append(key)
    span = normalise(str(anchor.get("text", "")))
    if span and span not in keys:
        keys.append(span)
    return keys


def _fact_keys(fact: Mapping[str, Any]) -> set[str]:
    keys = {match_text(fact)}
    for field in ("evidence", "text"):
        value = fact.get(field)
        if isinstance(value, str) and value:
            keys.add(normalise(value))
    keys.discard("")
    return keys


def _same_fact_under(fact: Mapping[str, Any], kind: str, source_id: str) -> str | None:
    """The id this fact would have had in source `source_id` (None if it cannot be told)."""
    try:
        return fact_key(kind, source_id, _key_text(kind, SimpleNamespace(**fact)))
    except Exception:
        return None


def reattach(marks: Mapping[str, dict], facts: list[dict],
             texts: Callable[[str], str] | None = None, *,
             paths: Mapping[str, str] | None = None) -> tuple[dict[str, dict], list[dict]]:
    """Map each mark onto a current fact id.

    `marks` is fact id -> mark (as `MarksStore.all()`); `facts` are the current fact
    dicts; `texts(source_id)` gives a source's text (to compare anchor contexts);
    `paths` maps source id -> path (else a fact's own "path" is used). Pass `paths`:
    without it a mark cannot tell a re-ingested source from another outlet.
    Returns (current fact id -> mark, orphaned marks). A re-attached mark is a copy
    with "fact" set to the current id and "reattached_from"/"reattached_by" added;
    an orphaned mark is a copy with "orphaned": True.

    Cost: one pass over the fact ids when every mark's fact is still there; the
    text indexes are built only for what the missing marks need.
    """
    paths = paths or {}
    by_id: dict[str, dict] = {}
    for fact in facts:
        fid = fact.get("id")
        if fid:
            by_id[fid] = fact
    attached: dict[str, dict] = {}
    pending: list[tuple[str, dict]] = []
    for fid, mark in marks.items():
        if fid in by_id:
            attached[fid] = dict(mark)
        else:
            pending.append((fid, mark))
    if not pending:
        return attached, []
    # The most recent mark wins when two old marks land on the same current fact.
    pending.sort(key=lambda item: str(item[1].get("at", "")), reverse=True)

    by_kind_path: dict[tuple[str, str], list[dict]] = {}
    by_kind: dict[str, list[dict]] = {}
    fact_path: dict[int, str] = {}
    for fact in by_id.values():
        kind = fact_kind(fact)
        path = str(fact.get("path") or paths.get(fact.get("source", ""), ""))
        fact_path[id(fact)] = path
        by_kind_path.setdefault((kind, path), []).append(fact)
        by_kind.setdefault(kind, []).append(fact)
    current_paths = {p for p in fact_path.values() if p}

    key_cache: dict[int, set[str]] = {}

    def keys_of(fact: dict) -> set[str]:
        got = key_cache.get(id(fact))
        if got is None:
            got = key_cache[id(fact)] = _fact_keys(fact)
        return got

    kind_index: dict[str, dict[str, list[dict]]] = {}
    kind_choices: dict[str, tuple[list[str], list[dict]]] = {}

    def index_of(kind: str) -> dict[str, list[dict]]:
        """Every fact of `kind` by each of its match keys (built once, when first needed)."""
        if kind not in kind_index:
            index: dict[str, list[dict]] = {}
            for fact in by_kind.get(kind, ()):
                for key in keys_of(fact):
                    index.setdefault(key, []).append(fact)
            kind_index[kind] = index
        return kind_index[kind]

    def choices_of(kind: str) -> tuple[list[str], list[dict]]:
        if kind not in kind_choices:
            strings: list[str] = []
            owners: list[dict] = []
            for fact in by_kind.get(kind, ()):
                for key in keys_of(fact):
                    strings.append(key)
                    owners.append(fact)
            kind_choices[kind] = (strings, owners)
        return kind_choices[kind]

    text_cache: dict[str, str] = {}

    def source_text(source_id: str) -> str:
        if texts is None:
            return ""
        if source_id not in text_cache:
            try:
                text_cache[source_id] = texts(source_id) or ""
            except Exception:  # a text that cannot be had only weakens the tie-break
                text_cache[source_id] = ""
        return text_cache[source_id]

    class Want:
        """What one orphan-to-be is looking for."""

        def __init__(self, fid: str, mark: dict) -> None:
            self.fid, self.mark = fid, mark
            self.anchor = anchor = mark.get("anchor") or {}
            named = parse_fact_key(fid)
            self.base = fid.split("#", 1)[0]
            self.kind = _kind(anchor.get("kind")) or (named[0] if named else fid.split(":", 1)[0])
            self.old_source = named[1] if named else str(anchor.get("source", ""))
            self.keys = _anchor_keys(anchor)
            self.span = normalise(str(anchor.get("text", "")))
            self.path = str(anchor.get("path") or "")
            self.path_known = bool(self.path) and self.path in current_paths
            self._id_match: dict[int, bool] = {}

        def id_match(self, fact: dict) -> bool:
            got = self._id_match.get(id(fact))
            if got is None:
                got = self._id_match[id(fact)] = (
                    _same_fact_under(fact, self.kind, self.old_source) == self.base)
            return got

        def where(self, fact: dict) -> tuple[bool, bool]:
            same_source = fact.get("source") == self.anchor.get("source")
            same_path = bool(self.path) and fact_path[id(fact)] == self.path
            return same_source, same_path

        def allowed(self, fact: dict) -> bool:
            if fact["id"] in attached:
                return False
            same_source, same_path = self.where(fact)
            here = same_source or same_path
            if self.kind == "stance":
                # One stance per country per source: the country must agree, and in
                # another source (path unknown) so must the evidence, nearly.
                if not self.id_match(fact):
                    return False
                if here:
                    return True
                evidence = normalise(str(fact.get("evidence", "")))
                return not self.path_known and fuzz.ratio(self.span, evidence) >= FUZZY_CUTOFF
            return here or not self.path_known

        def rank(self, fact: dict, score: float) -> tuple:
            same_source, same_path = self.where(fact)
            context, exact_span = 0.0, False
            text = source_text(str(fact.get("source", "")))
            start, end = int(fact.get("start") or 0), int(fact.get("end") or 0)
            if text:
                prefix = str(self.anchor.get("prefix", ""))
                suffix = str(self.anchor.get("suffix", ""))
                context = (fuzz.ratio(prefix, text[max(0, start - len(prefix)):start])
                           + fuzz.ratio(suffix, text[end:end + len(suffix)]))
                exact_span = normalise(text[start:end]) == self.span
            distance = abs(start - int(self.anchor.get("start") or 0))
            return (self.id_match(fact), same_path, score, same_source, exact_span, context, -distance)

    def take(want: Want, fact: dict, how: str) -> None:
        new = dict(want.mark)
        new["fact"] = fact["id"]
        new["reattached_from"] = want.fid
        new["reattached_by"] = how
        attached[fact["id"]] = new

    orphaned: list[dict] = []

    def orphan(want: Want) -> None:
        orphaned.append({**want.mark, "fact": want.fid, "orphaned": True})

    # Same text (or the same key under the old source hash).
    leftovers: list[Want] = []
    for fid, mark in pending:
        want = Want(fid, mark)
        if not want.anchor and parse_fact_key(fid) is None:
            orphan(want)
            continue
        seen: dict[str, dict] = {}
        if want.path_known:  # a small pool: the facts of this kind in the anchor's source
            wanted = set(want.keys)
            for fact in by_kind_path.get((want.kind, want.path), ()):
                if keys_of(fact) & wanted or want.id_match(fact):
                    seen[fact["id"]] = fact
        else:
            index = index_of(want.kind)
            for key in want.keys:
                for fact in index.get(key, ()):
                    seen[fact["id"]] = fact
        candidates = [f for f in seen.values() if want.allowed(f)]
        if candidates:
            take(want, max(candidates, key=lambda f: want.rank(f, 100.0)), "text")
        else:
            leftovers.append(want)

    # Small edits: fuzzy on what is left, within the same kind (and path where it still exists).
    for want in leftovers:
        best = None
        if want.keys:
            if want.path_known:
                strings, owners = [], []
                for fact in by_kind_path.get((want.kind, want.path), ()):
                    for key in keys_of(fact):
                        strings.append(key)
                        owners.append(fact)
            else:
                strings, owners = choices_of(want.kind)
            scored: dict[str, tuple[float, dict]] = {}
            for key in want.keys:
                hits = process.extract(key, strings, scorer=fuzz.ratio,
                                       score_cutoff=FUZZY_CUTOFF, limit=32)
                for _choice, score, i in hits:
                    fact = owners[i]
                    if score > scored.get(fact["id"], (0.0, fact))[0]:
                        scored[fact["id"]] = (score, fact)
            ranked = [(want.rank(f, round(score, 1)), f) for score, f in scored.values()
                      if want.allowed(f)]
            if ranked:
                best = max(ranked, key=lambda pair: pair[0])[1]
        if best is not None:
            take(want, best, "fuzzy")
        else:
            orphan(want)
    return attached, orphaned
