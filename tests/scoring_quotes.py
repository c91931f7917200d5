"""Scorer for quote, speaker and term extraction against hand annotations.

Annotations: `tests/annotations/quotes/<stem>.json` =
    {"quotes": [{"text", "speaker", "kind"}...], "terms": [text...]}
for every article `seeds/<stem>.txt` or `tests/articles/<stem>.txt` that has one.

Matching: a predicted quote matches a gold one if their normalised texts are equal
(ends trimmed of punctuation) or their spans overlap by at least 80% of the longer
span; each gold and each prediction matches at most once. Speakers of matched quotes
are compared after `canonical_speakers` over both sides' names (so "Macron" equals
"Emmanuel Macron", "Zelensky" equals "Zelenskyy"). Terms are compared as multisets of
normalised texts.

    python -m tests.scoring_quotes          # per article and overall
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tui.core.models import UNATTRIBUTED, normalise
from tui.core.quotes import extract_quotes
from tui.core.speakers import canonical_speakers

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "tests" / "annotations" / "quotes"
ARTICLE_DIRS = (ROOT / "seeds", ROOT / "tests" / "articles")

_ENDS = re.compile(r"^[\W_]+|[\W_]+$")


def norm_text(text: str) -> str:
    """Normalised quote text: `models.normalise`, ends trimmed of punctuation."""
    return _ENDS.sub("", normalise(text))


def norm_speaker(name: str) -> str:
    n = normalise(name or UNATTRIBUTED)
    return n[4:] if n.startswith("the ") else n


_SPELT_OUT = re.compile(r"((?:[\w'’-]+[ \t]+){1,8})\(([A-Z]{2,6})\)")
_SMALL_WORDS = frozenset("of for on and the".split())


def _initials(words: list[str], parts: bool) -> str:
    """First letters of `words`; with `parts`, of each part of a hyphenated word ('Sub-Regional' -> 'SR')."""
    return "".join(p[0] for w in words for p in (w.split("-") if parts else [w]) if p).upper()


def spelt_out(text: str) -> dict[str, str]:
    """Initials the article spells out ('World Food Programme (WFP)', 'the Sub-Regional Fisheries Commission
    (SRFC)', "India's Ministry of External Affairs (MEA)", "the European Union's election observation mission
    (EOM)") -> the full name, with its state's possessive: a body is one speaker under either (the annotators
    name it as the attribution does and accept the other)."""
    out: dict[str, str] = {}
    for m in _SPELT_OUT.finditer(text):
        every = m.group(1).split()
        # (in any order: the initials of the name in its own language, 'National Elections Commission (CNE)';
        # with or without its small words: 'Economic Community of West African States (ECOWAS)')
        for words in ([w for w in every if w.lower() not in _SMALL_WORDS], every):
            k = next((k for k in range(len(words)) for parts in (False, True)
                      if words[k].lower() not in _SMALL_WORDS and (words[k][:1].isupper() or words[-1].islower())
                      and sorted(_initials(words[k:], parts)) == sorted(m.group(2))), None)
            if k is not None:
                start = every.index(words[k])
                while start > 0 and every[start - 1][:1].isupper() and (
                        every[start - 1].endswith(("'s", "’s")) or every[start].endswith(("'s", "’s"))):
                    start -= 1  # "India's Ministry ...", "the European Union's election ...": the owner too
                out[m.group(2)] = " ".join(every[start:])
                break
    return out


_CAPS_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|for|on|and|the)[ \t]+)*[A-Z][\w'’-]*){1,7}")


def written_out(text: str, names: set[str]) -> dict[str, str]:
    """Initials a speaker goes by ('WHO') -> the name the article also writes in full without brackets ('The World
    Health Organization has backed the cordon ... the WHO said'): one body, as with `spelt_out`."""
    out: dict[str, str] = {}
    wanted = {n for n in names if 2 <= len(n) <= 6 and n.isupper() and n.isalpha()}
    if not wanted:
        return out
    for m in _CAPS_RUN.finditer(text):
        words = m.group().split()
        for k in range(len(words) - 1):
            tail = words[k:]
            initials = "".join(w[0] for w in tail if w.lower() not in _SMALL_WORDS)
            if initials in wanted and tail[0].lower() not in _SMALL_WORDS:
                out.setdefault(initials, " ".join(tail))
    return out


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    kind_ok: int = 0
    term_tp: int = 0
    term_fp: int = 0
    term_fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for f in ("tp", "fp", "fn", "speaker_ok", "kind_ok", "term_tp", "term_fp", "term_fn"):
            setattr(self, f, getattr(self, f) + getattr(other, f))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.tp if self.tp else 1.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_ok / self.tp if self.tp else 1.0

    @property
    def term_precision(self) -> float:
        d = self.term_tp + self.term_fp
        return self.term_tp / d if d else 1.0

    @property
    def term_recall(self) -> float:
        d = self.term_tp + self.term_fn
        return self.term_tp / d if d else 1.0


def gold_spans(text: str, gold: list[dict]) -> list[tuple[int, int]]:
    """Where each gold quote stands in `text` (in order; (-1, -1) if not found)."""
    spans = []
    pos = 0
    for g in gold:
        i = text.find(g["text"], pos)
        if i < 0:
            i = text.find(g["text"])
        spans.append((i, i + len(g["text"])) if i >= 0 else (-1, -1))
        if i >= 0:
            pos = i + 1
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    if a[0] < 0 or b[0] < 0:
        return 0.0
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longer = max(a[1] - a[0], b[1] - b[0])
    return inter / longer if inter > 0 and longer > 0 else 0.0


def match_quotes(text: str, predicted: list, gold: list[dict]) -> list[tuple[int, int]]:
    """Pairs (predicted index, gold index): same normalised text, or span overlap >= 80%."""
    gspans = gold_spans(text, gold)
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        gt = norm_text(g["text"])
        best = None
        for pi, q in enumerate(predicted):
            if pi in used:
                continue
            ov = _overlap((q.start, q.end), gspans[gi])
            if ov >= 0.8:
                best = pi
                break
            if best is None and norm_text(q.text) == gt:
                best = pi
        if best is not None:
            used.add(best)
            pairs.append((best, gi))
    return pairs


def score_article(text: str, gold: dict, extract=extract_quotes) -> Score:
    """Score one article's extraction against its annotation."""
    quotes, terms = extract(text)
    gq = gold.get("quotes", [])
    pairs = match_quotes(text, quotes, gq)
    sc = Score(tp=len(pairs), fp=len(quotes) - len(pairs), fn=len(gq) - len(pairs))
    names = {q.speaker for q in quotes} | {g["speaker"] for g in gq}
    spelled = spelt_out(text) | written_out(text, names)
    canon = canonical_speakers(sorted(names | set(spelled.values())))  # (the full name joins its variants too)
    for initials, full in spelled.items():
        if initials in names:
            canon[initials] = canon[full]
    matched_p = {p for p, _ in pairs}
    matched_g = {g for _, g in pairs}
    for pi, gi in pairs:
        ps, gs = quotes[pi].speaker, gq[gi]["speaker"]
        if norm_speaker(canon.get(ps, ps)) == norm_speaker(canon.get(gs, gs)):
            sc.speaker_ok += 1
        else:
            sc.errors.append(f"speaker {ps!r} != {gs!r} for {gq[gi]['text'][:50]!r}")
        if quotes[pi].kind == gq[gi].get("kind", "direct"):
            sc.kind_ok += 1
        else:
            sc.errors.append(f"kind {quotes[pi].kind!r} != {gq[gi].get('kind')!r} for {gq[gi]['text'][:50]!r}")
    for pi, q in enumerate(quotes):
        if pi not in matched_p:
            sc.errors.append(f"extra quote {q.text[:60]!r} ({q.speaker})")
    for gi, g in enumerate(gq):
        if gi not in matched_g:
            sc.errors.append(f"missed quote {g['text'][:60]!r} ({g['speaker']})")
    pt = Counter(norm_text(t.text) for t in terms)
    gt = Counter(norm_text(t) for t in gold.get("terms", []))
    sc.term_tp = sum((pt & gt).values())
    sc.term_fp = sum((pt - gt).values())
    sc.term_fn = sum((gt - pt).values())
    for t in (pt - gt):
        sc.errors.append(f"extra term {t!r}")
    for t in (gt - pt):
        sc.errors.append(f"missed term {t!r}")
    return sc


def annotated_articles(group: str | None = None) -> list[tuple[str, Path, Path]]:
    """(stem, article path, annotation path) for every annotated article.

    `group`: "seeds" for the bundled seeds, "own" for tests/articles but the untuned
    round, "untuned" for that round (`scoring_stances.UNTUNED`), None for all of them."""
    from tests.scoring_stances import UNTUNED

    out = []
    dirs = {"seeds": ARTICLE_DIRS[:1], "own": ARTICLE_DIRS[1:], "untuned": ARTICLE_DIRS[1:]}.get(group, ARTICLE_DIRS)
    for d in dirs:
        for path in sorted(d.glob("*.txt")):
            ann = ANNOTATIONS / f"{path.stem}.json"
            untuned = path.stem.startswith(UNTUNED)
            if ann.exists() and (group is None or (group == "untuned") == untuned):
                out.append((path.stem, path, ann))
    return out


def score_corpus(group: str | None = None, extract=extract_quotes) -> tuple[dict[str, Score], Score]:
    """Per-article scores and their micro-averaged total."""
    per: dict[str, Score] = {}
    total = Score()
    for stem, path, ann in annotated_articles(group):
        text = path.read_text(encoding="utf-8")
        gold = json.loads(ann.read_text(encoding="utf-8"))
        sc = score_article(text, gold, extract)
        per[stem] = sc
        total.add(sc)
    return per, total


def _row(name: str, s: Score) -> str:
    return (f"{name:34} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
            f"spk {s.speaker_accuracy:.3f} ({s.speaker_ok}/{s.tp})  kind {s.kind_accuracy:.3f}  "
            f"terms P {s.term_precision:.3f} R {s.term_recall:.3f}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    verbose = "-v" in argv
    for group in ("seeds", "own", "untuned"):
        per, total = score_corpus(group)
        print(f"== {group}")
        for stem, s in per.items():
            print(_row(stem, s))
            if verbose:
                for e in s.errors:
                    print("    ", e)
        print(_row(f"OVERALL {group}", total))
    _, total = score_corpus(None)
    print(_row("OVERALL all", total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
