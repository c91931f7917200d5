"""Cross-source stance comparison: which countries the sources disagree about.

Kept apart from the extraction rules so the app's first screen can compare
stances without compiling every extraction pattern.
"""

from __future__ import annotations

from tui.core.keys import STANCES

_RANK = {s: i for i, s in enumerate(STANCES)}  # lower = more specific


def _one_per_source(stances: list[dict]) -> dict[str, dict[str, dict]]:
    """country -> source -> the most specific stance record of that source."""
    by: dict[str, dict[str, dict]] = {}
    for row in stances or []:
        try:
            code, src, st = row["country"], row["source"], row["stance"]
        except (KeyError, TypeError):
            continue
        if st not in _RANK:
            continue
        cur = by.setdefault(code, {}).get(src)
        if cur is None or _RANK[st] < _RANK[cur["stance"]]:
            by[code][src] = row
    return by


def _disagree(values: list[str]) -> bool:
    specific = {v for v in values if v != "listed"}
    return len(specific) > 1


def find_conflicts(stances: list[dict]) -> list[dict]:
    """Countries whose sources give incompatible stances ("listed" fits anything)."""
    out = []
    for code, per_src in sorted(_one_per_source(stances).items()):
        if not _disagree([r["stance"] for r in per_src.values()]):
            continue
        name = next((r.get("country_name") for r in per_src.values() if r.get("country_name")), code)
        out.append({
            "country": code,
            "country_name": name,
            "stances": {src: r["stance"] for src, r in sorted(per_src.items())},
            "evidence": {src: r.get("evidence", "") for src, r in sorted(per_src.items())},
        })
    return out


def summarise(stances: list[dict]) -> dict[str, dict]:
    """Per country: counts per stance, number of sources and a summary label.

    The label is "conflict" when sources disagree, else the most specific stance
    any source gives (all others being "listed" or the same).
    """
    out: dict[str, dict] = {}
    for code, per_src in sorted(_one_per_source(stances).items()):
        values = [r["stance"] for r in per_src.values()]
        counts = {s: values.count(s) for s in STANCES if s in values}
        label = "conflict" if _disagree(values) else min(values, key=_RANK.__getitem__)
        name = next((r.get("country_name") for r in per_src.values() if r.get("country_name")), code)
        out[code] = {"country_name": name, "counts": counts, "sources": len(per_src),
                     "label": label}
    return out


def corpus_fingerprint(source_ids) -> str:
    """A short digest of which sources a derived summary was computed from."""
    import hashlib

    return hashlib.sha1("\n".join(sorted(source_ids)).encode()).hexdigest()[:16]


SUMMARY_META = "stance_summary"
"""Corpus meta key under which ingest keeps `stored_summary(...)`."""


def stored_summary(stances: list[dict], source_ids) -> dict:
    """The per-country summary with the fingerprint of the sources it was computed from."""
    return {"sources": corpus_fingerprint(source_ids), "countries": summarise(stances)}
