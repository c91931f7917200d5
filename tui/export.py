"""Store -> JSON, CSV, Markdown or schema.org ClaimReview.

`export(corpus, marks, fmt)` returns the document as a string; writing it is the
caller's business (`tui.store.write_export`). Marks are re-attached to the
current facts first (`tui.core.anchoring.reattach`), so every exported mark
names a current fact id; marks whose fact has vanished are exported with
"orphaned": true and their original id, never dropped.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from typing import Any

from tui.core.anchoring import reattach
from tui.core.display import one_line, visible

FORMATS = ("json", "csv", "md", "claimreview")

_KINDS = (("quote", "quotes"), ("pledge", "pledges"), ("stance", "stances"),
          ("figure", "figures"), ("term", "terms"))

REQUIRED = {
    "sources": ("id", "path", "title", "outlet", "date", "chars"),
    "quotes": ("id", "source", "text", "speaker", "start", "end"),
    "pledges": ("id", "source", "actor", "kinds", "condition", "evidence", "start", "end"),
    "stances": ("id", "country", "country_name", "source", "stance", "evidence"),
    "figures": ("id", "source", "value", "what", "evidence"),
    "conflicts": ("country", "stances"),
    "marks": ("fact", "status", "note", "at"),
}
"""The fields DESIGN.md's JSON contract requires of each list."""

_DEFAULTS: dict[str, Any] = {"text": "", "speaker": "", "actor": "", "kinds": [], "condition": "",
                             "evidence": "", "country": "", "country_name": "", "stance": "",
                             "value": None, "what": "", "start": None, "end": None, "title": "",
                             "outlet": "", "date": "", "path": "", "chars": 0, "note": "", "at": ""}


def export(corpus, marks, fmt: str) -> str:
    """The corpus and its marks as `fmt`: json, csv, md or claimreview."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    view = _View(corpus, marks)
    return {"json": _json, "csv": _csv, "md": _md_report, "claimreview": _claimreview}[fmt](view)


class _View:
    """Everything an exporter needs, read once."""

    def __init__(self, corpus, marks) -> None:
        self.corpus = corpus
        self.sources = list(corpus.sources())
        self.source_by_id = {s["id"]: s for s in self.sources}
        self.facts: dict[str, list[dict]] = {plural: list(corpus.all(plural)) for _k, plural in _KINDS}
        everything = [f for rows in self.facts.values() for f in rows]
        paths = {s["id"]: s.get("path", "") for s in self.sources}
        self.marks, self.orphans = reattach(marks.all(), everything, corpus.text, paths=paths)
        self.user = getattr(marks, "user", "unknown")
        self._conflicts: list[dict] | None = None

    def status(self, fact_id: str) -> str:
        mark = self.marks.get(fact_id)
        return mark.get("status", "unverified") if mark else "unverified"

    def conflicts(self) -> list[dict]:
        if self._conflicts is None:
            from tui.core.conflicts import find_conflicts

            self._conflicts = list(find_conflicts(self.facts["stances"]))
        return self._conflicts

    def title(self, source_id: str) -> str:
        return str((self.source_by_id.get(source_id) or {}).get("title", ""))


def _row(item: dict, required: tuple[str, ...]) -> dict:
    out = dict(item)
    for key in required:
        if key not in out:
            default = _DEFAULTS.get(key)
            out[key] = list(default) if isinstance(default, list) else default
    return out


# --------------------------------------------------------------------------- json


def _json(view: _View) -> str:
    doc: dict[str, Any] = {"sources": []}
    counts = _source_counts(view)
    for src in view.sources:
        row = _row(src, REQUIRED["sources"])
        row.update(counts.get(src["id"], {"facts": 0, "verified": 0, "disputed": 0}))
        doc["sources"].append(row)
    for kind, plural in _KINDS:
        required = REQUIRED.get(plural, ("id", "source", "text", "start", "end"))
        doc[plural] = [{**_row(f, required), "status": view.status(f["id"])}
                       for f in view.facts[plural] if f.get("id")]
    doc["conflicts"] = [_row(c, REQUIRED["conflicts"]) for c in view.conflicts()]
    doc["marks"] = [_mark_row(m) for _fid, m in sorted(view.marks.items())]
    doc["marks"] += [_mark_row(m) for m in view.orphans]
    return json.dumps(doc, ensure_ascii=False, indent=1)


def _mark_row(mark: dict) -> dict:
    row = {"fact": mark.get("fact"), "status": mark.get("status", "unverified"),
           "note": mark.get("note") or "", "at": mark.get("at", ""),
           "link": mark.get("link"), "user": mark.get("user")}
    if mark.get("reattached_from"):
        row["reattached_from"] = mark["reattached_from"]
    if mark.get("orphaned"):
        row["orphaned"] = True
        row["anchor"] = mark.get("anchor")
    return row


def _source_counts(view: _View) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"facts": 0, "verified": 0, "disputed": 0})
    for plural in ("quotes", "pledges", "stances", "figures"):
        for fact in view.facts[plural]:
            entry = counts[fact.get("source", "")]
            entry["facts"] += 1
            status = view.status(fact.get("id", ""))
            if status in ("verified", "disputed"):
                entry[status] += 1
    return counts


# --------------------------------------------------------------------------- csv

CSV_HEADER = ["kind", "id", "source", "source_title", "text", "who", "category",
              "status", "note", "at", "link"]


def _text_of(kind: str, fact: dict) -> str:
    if kind in ("quote", "term"):
        return str(fact.get("text", ""))
    return str(fact.get("evidence", ""))


def _who(kind: str, fact: dict) -> str:
    if kind == "quote":
        return str(fact.get("speaker", ""))
    if kind == "pledge":
        return str(fact.get("actor", ""))
    if kind == "stance":
        return str(fact.get("country_name") or fact.get("country", ""))
    return ""


def _category(kind: str, fact: dict) -> str:
    if kind == "pledge":
        return "; ".join(fact.get("kinds") or [])
    if kind == "stance":
        return str(fact.get("stance", ""))
    if kind == "figure":
        return f"{_number(fact.get('value'))} {fact.get('what', '')}".strip()
    return ""


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, (int, float)):
        return f"{value:,}"
    return str(value if value is not None else "")


def _cell(text: str) -> str:
    """A free-text cell that a spreadsheet will not run as a formula."""
    text = visible(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv(view: _View) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for kind, plural in _KINDS:
        for fact in view.facts[plural]:
            if not fact.get("id"):
                continue
            mark = view.marks.get(fact["id"]) or {}
            writer.writerow([kind, fact["id"], fact.get("source", ""), _cell(view.title(fact.get("source", ""))),
                             _cell(_text_of(kind, fact)), _cell(_who(kind, fact)),
                             _cell(_category(kind, fact)), mark.get("status", "unverified"),
                             _cell(mark.get("note") or ""), mark.get("at", ""),
                             _cell(mark.get("link") or "")])
    for mark in view.orphans:
        anchor = mark.get("anchor") or {}
        writer.writerow([anchor.get("kind", "orphaned"), mark.get("fact", ""), anchor.get("source", ""),
                         _cell(str(anchor.get("path", ""))), _cell(str(anchor.get("text", ""))),
                         "", "orphaned", mark.get("status", ""), _cell(mark.get("note") or ""),
                         mark.get("at", ""), _cell(mark.get("link") or "")])
    return out.getvalue()


# --------------------------------------------------------------------------- markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md(text: Any, limit: int = 0) -> str:
    """Untrusted text as inline Markdown: one line, control characters visible, no markup."""
    return _MD_SPECIAL.sub(r"\\\1", one_line(str(text if text is not None else ""), limit))


def _mark_label(view: _View, fact_id: str) -> str:
    mark = view.marks.get(fact_id)
    if not mark or mark.get("status") not in ("verified", "disputed"):
        return ""
    label = " **[verified]**" if mark["status"] == "verified" else " **[disputed]**"
    if mark.get("note"):
        label += f" {_md(mark['note'])}"
    if mark.get("link"):
        label += f" ({_md(mark['link'])})"
    return label


def _md_report(view: _View) -> str:
    lines: list[str] = ["# PledgeScope report", ""]
    counts = _source_counts(view)
    total = sum(c["facts"] for c in counts.values())
    verified = sum(c["verified"] for c in counts.values())
    disputed = sum(c["disputed"] for c in counts.values())
    lines += [f"{len(view.sources)} sources, {total} facts: {verified} verified, {disputed} disputed.", ""]
    by_source: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for _kind, plural in _KINDS:
        for fact in view.facts[plural]:
            by_source[fact.get("source", "")][plural].append(fact)

    lines += ["## Sources", ""]
    for n, src in enumerate(view.sources, 1):
        c = counts.get(src["id"], {"facts": 0, "verified": 0, "disputed": 0})
        lines.append(f"### {n}. {_md(src.get('title') or src.get('path') or src['id'])}")
        lines.append("")
        about = [x for x in (_md(src.get("outlet", "")), _md(src.get("date", ""))) if x]
        about.append(f"`{visible(str(src.get('path', ''))).replace('`', '')}`")
        lines.append(" · ".join(about))
        lines.append("")
        lines.append(f"{c['verified']}/{c['facts']} verified, {c['disputed']} disputed.")
        lines.append("")
        facts = by_source.get(src["id"], {})
        if facts.get("quotes"):
            lines += ["#### Quotes", ""]
            for q in facts["quotes"]:
                lines.append(f"- \u201c{_md(q.get('text', ''))}\u201d \u2014 {_md(q.get('speaker', ''))}"
                             f"{_mark_label(view, q['id'])}")
            lines.append("")
        if facts.get("pledges"):
            lines += ["#### Pledges", ""]
            for p in facts["pledges"]:
                kinds = ", ".join(p.get("kinds") or [])
                condition = f" (condition: {_md(p['condition'])})" if p.get("condition") else ""
                lines.append(f"- **{_md(p.get('actor', ''))}**: {_md(kinds)}{condition}"
                             f"{_mark_label(view, p['id'])}")
                lines.append(f"  > {_md(p.get('evidence', ''))}")
            lines.append("")
        if facts.get("figures"):
            lines += ["#### Figures", ""]
            for f in facts["figures"]:
                lines.append(f"- {_md(_number(f.get('value')))} {_md(f.get('what', ''))}"
                             f"{_mark_label(view, f['id'])}")
                lines.append(f"  > {_md(f.get('evidence', ''))}")
            lines.append("")

    lines += ["## Countries", ""]
    conflicts = {c.get("country"): c for c in view.conflicts()}
    by_country: dict[str, list[dict]] = defaultdict(list)
    for s in view.facts["stances"]:
        by_country[s.get("country", "")].append(s)
    order = {src["id"]: i for i, src in enumerate(view.sources)}
    for code in sorted(by_country, key=lambda c: (str(by_country[c][0].get("country_name") or c), c)):
        rows = sorted(by_country[code], key=lambda s: order.get(s.get("source", ""), 0))
        name = rows[0].get("country_name") or code
        flag = " \u2014 **sources disagree**" if code in conflicts else ""
        lines.append(f"### {_md(name)} ({_md(code)}){flag}")
        lines.append("")
        for s in rows:
            lines.append(f"- {_md(view.title(s.get('source', '')) or s.get('source', ''), 80)}: "
                         f"**{_md(s.get('stance', ''))}**{_mark_label(view, s['id'])}")
            lines.append(f"  > {_md(s.get('evidence', ''))}")
        lines.append("")

    if view.orphans:
        lines += ["## Orphaned marks", "",
                  "These marks' facts are no longer in the corpus; they are kept.", ""]
        for m in view.orphans:
            anchor = m.get("anchor") or {}
            lines.append(f"- {_md(m.get('status', ''))}: \u201c{_md(anchor.get('text', ''), 200)}\u201d "
                         f"({_md(anchor.get('path', ''))}) {_md(m.get('note') or '')}".rstrip())
        lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------- claimreview

RATINGS = {"verified": ("Verified", 5), "disputed": ("Disputed", 1)}
"""Status -> (alternateName, ratingValue) on a 1 (worst) .. 5 (best) scale."""


def _claim_text(kind: str, fact: dict) -> str:
    if kind == "stance":
        return str(fact.get("evidence") or f"{fact.get('country_name', '')}: {fact.get('stance', '')}")
    return _text_of(kind, fact)


def _claimreview(view: _View) -> str:
    reviews: list[dict] = []
    for kind, plural in _KINDS:
        for fact in view.facts[plural]:
            mark = view.marks.get(fact.get("id", ""))
            if not mark or mark.get("status") not in RATINGS:
                continue
            name, value = RATINGS[mark["status"]]
            src = view.source_by_id.get(fact.get("source", "")) or {}
            appearance: dict[str, Any] = {"@type": "NewsArticle" if src.get("outlet") else "CreativeWork",
                                          "headline": src.get("title", "")}
            if src.get("url"):
                appearance["url"] = src["url"]
            appearance["identifier"] = src.get("path", "")
            if src.get("date"):
                appearance["datePublished"] = src["date"]
            if src.get("outlet"):
                appearance["publisher"] = {"@type": "Organization", "name": src["outlet"]}
            claim: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
            author = _claim_author(kind, fact)
            if author:
                claim["author"] = author
            review: dict[str, Any] = {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "datePublished": mark.get("at", ""),
                "claimReviewed": _claim_text(kind, fact),
                "itemReviewed": claim,
                "reviewRating": {"@type": "Rating", "alternateName": name, "ratingValue": value,
                                 "bestRating": 5, "worstRating": 1,
                                 "ratingExplanation": mark.get("note") or ""},
                "author": {"@type": "Person", "name": mark.get("user") or view.user},
                "identifier": fact["id"],
            }
            if mark.get("link"):
                review["url"] = mark["link"]
            reviews.append(review)
    return json.dumps(reviews, ensure_ascii=False, indent=1)


def _claim_author(kind: str, fact: dict) -> dict | None:
    if kind == "quote":
        speaker = fact.get("speaker")
        if speaker and speaker != "unattributed":
            return {"@type": "Person", "name": speaker}
    elif kind == "pledge" and fact.get("actor"):
        return {"@type": "Organization", "name": fact["actor"]}
    elif kind == "stance" and (fact.get("country_name") or fact.get("country")):
        return {"@type": "Organization", "name": fact.get("country_name") or fact.get("country")}
    return None
