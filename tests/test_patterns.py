"""The first-character lookaheads (`sentences.starting_with`, and the same trick written
by hand) must not change what a pattern matches: the class is kept in sync by hand, so
this checks it against the pattern without the lookahead, on every article we have."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tui.core.countries
import tui.core.pledges
import tui.core.stances

ROOT = Path(__file__).resolve().parent.parent
_LOOKAHEAD = re.compile(r"\(\?=(\[[^\]]*\]|\(\?i:\[[^\]]*\]\)(?:\|\[[^\]]*\])?)\)\(\?:")


def _wrapped() -> list[tuple[str, re.Pattern, re.Pattern]]:
    found = []
    for module in (tui.core.pledges, tui.core.stances, tui.core.countries):
        for name, rx in vars(module).items():
            if isinstance(rx, re.Pattern) and (m := _LOOKAHEAD.match(rx.pattern)) and rx.pattern.endswith(")"):
                found.append((f"{module.__name__}.{name}", rx, re.compile(rx.pattern[m.end():-1], rx.flags)))
    return found


WRAPPED = _wrapped()
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt"))
         + sorted(ROOT.glob("tests/articles/*.txt"))]


def test_the_lookahead_patterns_are_found() -> None:
    names = {name.rsplit(".", 1)[1] for name, _, _ in WRAPPED}
    assert {"_COMMIT", "_REFUSED", "_CONDITION", "_CONTEXT", "_LOCATIVE"} <= names


@pytest.mark.parametrize(("name", "fast", "plain"), WRAPPED, ids=[w[0] for w in WRAPPED])
def test_a_lookahead_never_changes_the_matches(name: str, fast: re.Pattern, plain: re.Pattern) -> None:
    for text in TEXTS:
        for variant in (text, text.lower()):
            assert [m.span() for m in fast.finditer(variant)] == [m.span() for m in plain.finditer(variant)], name


def test_a_class_out_of_sync_would_be_caught() -> None:
    plain = re.compile(r"\b(?:pledged|vowed)\b")
    fast = re.compile(r"(?=[p])(?:" + plain.pattern + ")")  # 'v' forgotten
    text = TEXTS[0].lower() + " vowed"
    assert [m.span() for m in fast.finditer(text)] != [m.span() for m in plain.finditer(text)]


def _anchored_from_a_position() -> list[str]:
    """Module-level patterns that open with '^' (not MULTILINE) and are called with a start position
    (`rx.match(text, pos)`): '^' anchors at the string's start, never at `pos`, so such a call fails
    silently wherever pos > 0 (as _TITLE_ACT and figures' _VERB_AFTER once did)."""
    import ast
    import importlib
    found = []
    for path in sorted((ROOT / "tui" / "core").glob("*.py")):
        module = importlib.import_module(f"tui.core.{path.stem}")
        anchored = {name for name, rx in vars(module).items()
                    if isinstance(rx, re.Pattern) and rx.pattern.startswith("^") and not rx.flags & re.MULTILINE}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("match", "search", "fullmatch") and isinstance(node.func.value, ast.Name)
                    and node.func.value.id in anchored and len(node.args) >= 2):
                found.append(f"{path.name}:{node.lineno} {node.func.value.id}.{node.func.attr}")
    return found


def test_no_pattern_anchored_with_caret_is_matched_from_a_position():
    assert _anchored_from_a_position() == []
