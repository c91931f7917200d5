"""One extraction report against the hand annotations: `python -m tests.score`.

Per article and overall: quote-span precision, recall and F1, speaker accuracy,
stance accuracy and pledge recall. Articles are the seeds and our own articles in
tests/articles; each is scored on what it is annotated for (quotes, stances or both).
"""

from __future__ import annotations

from tests import scoring_quotes, scoring_stances


def _pct(n: int, d: int) -> str:
    return f"{n / d:5.2f} ({n}/{d})" if d else "    -"


def _row(name: str, q, s) -> str:
    """One article's line: quote span scores and speakers, stances and pledges ('-' if not annotated)."""
    qcols = (f"{q.precision:8.2f} {q.recall:8.2f} {q.f1:6.2f}  {_pct(q.speaker_ok, q.tp):>14}"
             if q else f"{'-':>8} {'-':>8} {'-':>6}  {'-':>14}")
    scols = (f"{_pct(s['stance_correct'], s['stance_total']):>14}  {_pct(s['pledge_found'], s['pledge_total']):>14}"
             if s else f"{'-':>14}  {'-':>14}")
    return f"{name:30} {qcols}  {scols}"


def _quote_scores(groups: tuple[str, ...]):
    per, total = {}, scoring_quotes.Score()
    for group in groups:
        scores, sub = scoring_quotes.score_corpus(group)
        per.update(scores)
        total.add(sub)
    return per, total


def report() -> tuple[list[str], dict]:
    """The development set: the seeds and our articles, but not the untuned round."""
    quote_scores, quote_total = _quote_scores(("seeds", "own"))
    stance_scores, stance_total = scoring_stances.score_all()
    lines = [f"{'article':30} {'quote P':>8} {'quote R':>8} {'F1':>6}  {'speakers':>14}  {'stances':>14}  {'pledges':>14}"]
    for name in sorted(set(quote_scores) | set(stance_scores)):
        q, s = quote_scores.get(name), stance_scores.get(name)
        lines.append(_row(name, q, s))
    overall = {
        "quote_precision": quote_total.precision, "quote_recall": quote_total.recall,
        "quote_f1": quote_total.f1, "speaker_accuracy": quote_total.speaker_accuracy,
        "stance_accuracy": stance_total["stance_accuracy"], "pledge_recall": stance_total["pledge_recall"],
    }
    lines.append("OVERALL  " + "  ".join(f"{k} {v:.3f}" for k, v in overall.items()))
    return lines, overall


def holdout_report() -> tuple[list[str], dict]:
    """Scores on the newest blind round (`scoring_stances.UNTUNED`): annotated before the
    extractor ran on it and never tuned on, so the closest thing here to the score on
    unseen articles."""
    quote_scores, qt = _quote_scores(("untuned",))
    paths = scoring_stances.untuned_paths()
    per, st = scoring_stances.score_all(paths) if paths else ({}, {})
    lines = [f"{'holdout (untuned)':30} {'quote P':>8} {'quote R':>8} {'F1':>6}  {'speakers':>14}  "
             f"{'stances':>14}  {'pledges':>14}"]
    for name in sorted(set(quote_scores) | set(per)):
        q, s = quote_scores.get(name), per.get(name)
        lines.append(_row(name, q, s))
    overall = dict(st)
    if quote_scores:
        overall.update(quote_precision=qt.precision, quote_recall=qt.recall, quote_f1=qt.f1,
                       speaker_accuracy=qt.speaker_accuracy)
    if overall:
        lines.append("HOLDOUT  " + "  ".join(f"{k} {overall[k]:.3f}" for k in (
            "quote_precision", "quote_recall", "quote_f1", "speaker_accuracy", "stance_accuracy",
            "pledge_recall") if k in overall))
    return lines, overall


def main() -> int:
    lines, _ = report()
    print("\n".join(lines))
    print()
    print("\n".join(holdout_report()[0]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
