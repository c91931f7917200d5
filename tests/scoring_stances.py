"""Score countries / pledges / stances / figures against hand annotations.

    python -m tests.scoring_stances

Gold files: tests/annotations/stances/<article stem>.json with
{"stances": {ISO2: stance}, "pledges": [{"actor", "kinds", "modality", "condition"}],
 "figures": [{"value", "what"}], "flagged": [...] (optional)}.

Metrics
- stance accuracy: over gold countries, predicted stance == gold (missing = wrong);
  stance precision: predicted countries that are gold countries / predicted countries
  (a predicted stance for a country the annotator left out counts against it).
- pledge recall: a gold pledge is found when a predicted pledge has the same actor
  (the same set of ISO codes when the gold actor is codes, else the same normalised
  actor phrase) and at least one kind in common. Modality agreement is reported over
  the found ones.
- figure recall: a gold figure is found when a predicted figure has the same value and
  (gold `what` empty, or a word in common after normalising plurals and nations).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from tests.scoring_quotes import spelt_out

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "annotations" / "stances"


# The newest blind round: annotated before the extractor ran on it and not tuned on.
# When a round has been measured and its errors fixed, it joins the development set
# and the next blind round takes its place here.
UNTUNED = ("holdout90_", "holdout92_", "holdout97_", "holdout99_", "holdout100_")


def article_paths() -> list[Path]:
    """The development set: seeds and our own stance articles (earlier blind rounds
    included) that have a gold file; the untuned round is left out."""
    holdouts = _annotated((ROOT / "tests" / "articles").glob("holdout*.txt"))
    return (_annotated((ROOT / "seeds").glob("*.txt")) + _annotated((ROOT / "tests" / "articles").glob("stances_*.txt"))
            + [p for p in holdouts if not p.stem.startswith(UNTUNED)])


def untuned_paths() -> list[Path]:
    """The untuned blind round's articles that have a gold file."""
    return [p for p in _annotated((ROOT / "tests" / "articles").glob("holdout*.txt")) if p.stem.startswith(UNTUNED)]


def _annotated(paths) -> list[Path]:
    """`paths`, sorted, that have a gold file."""
    return sorted(p for p in paths if (GOLD_DIR / f"{p.stem}.json").exists())


def load_gold(path: Path) -> dict:
    return json.loads((GOLD_DIR / f"{path.stem}.json").read_text(encoding="utf-8"))


def predict(text: str) -> dict:
    from tui.core.countries import find_countries
    from tui.core.figures import extract_figures
    from tui.core.pledges import extract_pledges
    from tui.core.stances import extract_stances

    mentions, flagged = find_countries(text)
    pledges = extract_pledges(text, mentions)
    stances = extract_stances(text, mentions, pledges)
    figures = extract_figures(text)
    return {"mentions": mentions, "flagged": flagged, "pledges": pledges,
            "stances": stances, "figures": figures}


_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}


def _norm_actor(a: str) -> str:
    a = " ".join(_NUMBER_WORDS.get(w, w) for w in a.lower().split())  # 'eleven countries' = '11 countries'
    a = re.sub(r"^the\s+", "", a)
    return a.replace("nations", "countries")


def _is_codes(actor: str) -> bool:
    parts = [p.strip() for p in actor.split(",")]
    return all(re.fullmatch(r"[A-Z]{2}", p) for p in parts)


def pledge_found(gold: dict, predicted, initials: dict[str, str] | None = None) -> tuple[bool, bool]:
    """(found, modality agrees) for one gold pledge; `initials` are those the article spells out
    ('ECOWAS' -> 'Economic Community of West African States'): a body pledges under either name."""
    gk = set(gold.get("kinds") or [])
    best_mod = False
    found = False
    full = {k.lower(): _norm_actor(v) for k, v in (initials or {}).items()}
    for p in predicted:
        if _is_codes(gold["actor"]):
            same = set(p.actor_codes) == {c.strip() for c in gold["actor"].split(",")}
        else:
            ga, pa = _norm_actor(gold["actor"]), _norm_actor(p.actor)
            ga, pa = full.get(ga, ga), full.get(pa, pa)
            # a group by its name: the extractor may also give its members ("the Nordic countries" -> DK, FI,
            # IS, NO, SE); annotators who do not name the members enter the phrase alone
            same = len(p.actor_codes) != 1 and (
                ga == pa or ga in pa or pa in ga)
        if same and gk & set(p.kinds):
            found = True
            best_mod = best_mod or p.modality == gold.get("modality")
    if not found and _is_codes(gold["actor"]) and "," in gold["actor"]:
        return _split_found(gold, gk, predicted)
    return found, best_mod


def _split_found(gold: dict, gk: set[str], predicted) -> tuple[bool, bool]:
    """A joint gold actor ("ES,PT,HR": "have each sent a surveillance aircraft") entered as one record per
    member: found when one sentence gives every member a record of the kind (annotators split "each"
    both ways; a member missing, or records from different sentences, are not the joint pledge)."""
    codes = {c.strip() for c in gold["actor"].split(",")}
    by_sentence: dict[int, dict[str, str]] = {}
    for p in predicted:
        if len(p.actor_codes) == 1 and p.actor_codes[0] in codes and gk & set(p.kinds):
            by_sentence.setdefault(p.start, {})[p.actor_codes[0]] = p.modality
    for members in by_sentence.values():
        if set(members) == codes:
            return True, all(m == gold.get("modality") for m in members.values())
    return False, False


def _words(what: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z]+", what.lower().replace("per cent", "percent")):  # (one unit, two spellings)
        if w in ("nations", "nation", "country"):
            w = "countries"
        if w.endswith("s") and len(w) > 3 and w != "countries":
            w = w[:-1]
        out.add(w)
    return out


def figure_found(gold: dict, predicted) -> bool:
    for f in predicted:
        if abs(f.value - float(gold["value"])) > 1e-6 * max(1.0, abs(float(gold["value"]))):
            continue
        if not gold.get("what") or _words(gold["what"]) & _words(f.what):
            return True
    return False


def _flag_key(name: str) -> str:
    """A flagged body's name, compared without its initials or case: annotators differ on whether they
    keep "(EAC)" in "the East African Community (EAC) secretariat"."""
    return " ".join(re.sub(r"\([^()]*\)", " ", name).casefold().split())


def score_article(text: str, gold: dict) -> dict:
    pred = predict(text)
    gs = gold.get("stances", {})
    ps = {s.country: s.stance for s in pred["stances"]}
    correct = sum(1 for c, st in gs.items() if ps.get(c) == st)
    wrong = {c: (st, ps.get(c)) for c, st in gs.items() if ps.get(c) != st}
    extra = sorted(set(ps) - set(gs))
    initials = spelt_out(text)
    pl = [pledge_found(g, pred["pledges"], initials) for g in gold.get("pledges", [])]
    fig = [figure_found(g, pred["figures"]) for g in gold.get("figures", [])]
    gflag = gold.get("flagged", [])
    return {
        "stance_correct": correct, "stance_total": len(gs),
        "stance_predicted": len(ps), "stance_in_gold": sum(1 for c in ps if c in gs),
        "pledge_found": sum(f for f, _ in pl), "pledge_total": len(pl),
        "pledge_modality": sum(m for f, m in pl if f),
        "figure_found": sum(fig), "figure_total": len(fig),
        "flag_found": sum(1 for f in gflag if _flag_key(f) in {_flag_key(p) for p in pred["flagged"]}),
        "flag_total": len(gflag),
        "wrong": wrong, "extra": extra,
    }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def score_all(paths: list[Path] | None = None) -> tuple[dict[str, dict], dict]:
    per: dict[str, dict] = {}
    for p in paths or article_paths():
        per[p.stem] = score_article(p.read_text(encoding="utf-8"), load_gold(p))
    keys = ("stance_correct", "stance_total", "stance_predicted", "stance_in_gold", "pledge_found",
            "pledge_total", "pledge_modality", "figure_found", "figure_total", "flag_found", "flag_total")
    tot = {k: sum(r[k] for r in per.values()) for k in keys}
    overall = {
        "stance_accuracy": _ratio(tot["stance_correct"], tot["stance_total"]),
        "stance_precision": _ratio(tot["stance_in_gold"], tot["stance_predicted"]),
        "pledge_recall": _ratio(tot["pledge_found"], tot["pledge_total"]),
        "pledge_modality_agreement": _ratio(tot["pledge_modality"], tot["pledge_found"]),
        "figure_recall": _ratio(tot["figure_found"], tot["figure_total"]),
        "flag_recall": _ratio(tot["flag_found"], tot["flag_total"]),
        **tot,
    }
    return per, overall


def main() -> int:
    per, overall = score_all()
    print(f"{'article':28} {'stance acc':>11} {'prec':>6} {'pledge rec':>11} {'figure rec':>11}")
    for name, r in per.items():
        print(f"{name:28} {r['stance_correct']:>4}/{r['stance_total']:<3} {_ratio(r['stance_correct'], r['stance_total']):.2f}"
              f" {_ratio(r['stance_in_gold'], r['stance_predicted']):6.2f}"
              f" {r['pledge_found']:>4}/{r['pledge_total']:<3} {_ratio(r['pledge_found'], r['pledge_total']):.2f}"
              f" {r['figure_found']:>4}/{r['figure_total']:<3} {_ratio(r['figure_found'], r['figure_total']):.2f}")
        if r["wrong"] or r["extra"]:
            print(f"{'':28} wrong (gold, predicted): {r['wrong']}  extra: {r['extra']}")
    print(f"{'OVERALL':28} stance accuracy {overall['stance_accuracy']:.3f}  precision {overall['stance_precision']:.3f}"
          f"  pledge recall {overall['pledge_recall']:.3f} (modality agrees {overall['pledge_modality_agreement']:.3f})"
          f"  figure recall {overall['figure_recall']:.3f}  flagged {overall['flag_found']}/{overall['flag_total']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
