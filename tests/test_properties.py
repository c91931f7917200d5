"""Property tests: every extractor survives arbitrary text and keeps its spans inside it.

Two kinds of input: any Unicode text (`st.text()`), and text put together from
news-like fragments (quotes of every kind, balanced or not, country names,
demonyms, numbers, bylines, dates, markup, control characters) so the
extractors' interesting paths are reached, not just their early exits.
"""

from __future__ import annotations

import importlib
import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

# The suite runs a fixed set of 200 examples per property, the same on every machine, so a
# pass or a failure can be reproduced and a release is never blocked by a lucky draw.
# `make fuzz` (PLEDGESCOPE_FUZZ=N) draws N fresh random examples per property to find new
# failures; pin each one found as an @example.
FUZZ = int(os.environ.get("PLEDGESCOPE_FUZZ") or 0)
SETTINGS = settings(max_examples=FUZZ or 200, derandomize=not FUZZ, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def need(module: str):
    """The module, or a skip while it is still being written."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        pytest.skip(f"{module} not available yet: {exc}")


FRAGMENTS = [
    "French President Emmanuel Macron said", "Ukraine", "Ukrainian", "the United Kingdom", "Britain",
    "U.S.", "the US", "Germany", "German", "Italy", "Poland", "Kyiv", "Moscow", "Russia", "Kremlin",
    "Canada, Japan, and New Zealand", "the Baltic states", "the Nordic countries", "NATO", "EU",
    "26 countries", "35 nations", "twenty-six", "€5 billion", "$1.2bn", "10,000 troops", "112 drones",
    "84 were intercepted", "2.5%", "1,000", "3.14", "-7", "0", "will send troops", "will provide training",
    "is open to sending", "refused to take part", "once a ceasefire is reached", "if the US backs it",
    "pledged air policing", "naval patrols", "will fund", "sanctions", "monitoring mission",
    "\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "\u00ab", "\u00bb", "\u201e", "\u201a",
    "\u201cWe will help,\u201d he said.", '"The day the conflict stops," Macron said.',
    "\u201cunclosed quote and more", "said Zelenskyy.", "according to officials", "Peskov dismissed",
    "By Jane Doe | Sep 05, 2025", "On Sept. 4, 2025", "2025-09-04", "4 September 2025", "Reuters",
    "(AP) \u2014", "Source: Wire", "Key Takeaways", "Meta Description:", "\u2022", "-", "\u2014",
    "[bold]x[/]", "[@click=app.quit]", "\x1b[31m", "\x07", "\x00", "\u202e", "\u200b", "\ufeff",
    "\U0001f1fa\U0001f1e6", "\U0001f44d", "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd",
    "Mr.", "Dr.", "U.K.", "e.g.", "...", "\u2026", "?", "!", ".", ",", ";", ":", "(", ")", " ", " ",
    "\n", "\n\n", "\t", "\r\n",
]

news_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60,
).map(lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts))
any_text = st.one_of(st.text(max_size=400), news_text)


def in_text(text: str, start, end) -> None:
    assert isinstance(start, int) and isinstance(end, int), (start, end)
    assert 0 <= start <= end <= len(text), (start, end, len(text))


# --------------------------------------------------------------------------- per extractor

@SETTINGS
@given(any_text)
def test_split_sentences(text):
    mod = need("tui.core.sentences")
    spans = mod.split_sentences(text)
    last = 0
    for s, e in spans:
        in_text(text, s, e)
        assert s < e and s >= last  # non-empty, in order, not overlapping
        last = e
    for s, e in mod.split_paragraphs(text):
        in_text(text, s, e)


@SETTINGS
@given(any_text)
def test_extract_quotes(text):
    mod = need("tui.core.quotes")
    quotes, terms = mod.extract_quotes(text)
    for q in quotes:
        in_text(text, q.start, q.end)
        assert text[q.start:q.end] == q.text
        assert isinstance(q.speaker, str) and q.speaker
        if q.speaker_start is not None:
            in_text(text, q.speaker_start, q.speaker_end)
    for t in terms:
        in_text(text, t.start, t.end)
        assert text[t.start:t.end] == t.text


@SETTINGS
@given(any_text)
def test_find_countries(text):
    mod = need("tui.core.countries")
    mentions, flagged = mod.find_countries(text)
    for m in mentions:
        in_text(text, m.start, m.end)
        assert text[m.start:m.end] == m.surface
        assert len(m.code) == 2 and m.code.isupper()
    assert all(isinstance(f, str) for f in flagged)


@SETTINGS
@given(any_text)
def test_extract_pledges(text):
    countries = need("tui.core.countries")
    mod = need("tui.core.pledges")
    from tui.core.models import KINDS, MODALITIES

    mentions, _ = countries.find_countries(text)
    for p in mod.extract_pledges(text, mentions):
        in_text(text, p.start, p.end)
        assert set(p.kinds) <= set(KINDS)
        assert p.modality in MODALITIES


@SETTINGS
@given(any_text)
def test_extract_stances(text):
    countries = need("tui.core.countries")
    pledges = need("tui.core.pledges")
    mod = need("tui.core.stances")
    from tui.core.models import STANCES

    mentions, _ = countries.find_countries(text)
    for s in mod.extract_stances(text, mentions, pledges.extract_pledges(text, mentions)):
        in_text(text, s.start, s.end)
        assert s.stance in STANCES


@SETTINGS
@given(any_text)
def test_extract_figures(text):
    mod = need("tui.core.figures")
    for f in mod.extract_figures(text):
        in_text(text, f.start, f.end)
        assert isinstance(f.value, (int, float))
        if f.evidence_end:
            in_text(text, f.evidence_start, f.evidence_end)


@SETTINGS
@given(any_text)
def test_parse_text_article(text):
    from tui.core.article import ArticleError, parse_text_article
    from tui.core.models import content_hash

    try:
        a = parse_text_article(text, "x.txt")
    except ArticleError as exc:
        assert str(exc)  # a reason, never an empty message
        return
    assert a.text == text.replace("\r\n", "\n").replace("\r", "\n")
    assert a.source_id == content_hash(a.text)
    assert "\n" not in a.title
    assert a.date == "" or len(a.date) == 10


@SETTINGS
@given(st.binary(max_size=300))
def test_decode_bytes(data):
    from tui.core.article import ArticleError, decode_bytes

    try:
        text = decode_bytes(data)
    except ArticleError as exc:
        assert str(exc)
        return
    assert "\r" not in text and "\x00" not in text


@SETTINGS
@given(any_text)
@example('"A')  # an unclosed quote in capitals that fills its paragraph: once read as a heading, and crashed
@example('\u201cTHE SECOND 98')
def test_extract_facts(text):
    mod = need("tui.core.extract")
    facts = mod.extract_facts(text)
    for q in facts.quotes:
        in_text(text, q.start, q.end)
        assert text[q.start:q.end] == q.text
    for group in (facts.terms, facts.countries, facts.pledges, facts.stances, facts.figures):
        for record in group:
            in_text(text, record.start, record.end)


def test_all_extractors_present():
    """Fails (not skips) once the suite is meant to be complete: lists what is missing."""
    missing = []
    for module in ("tui.core.sentences", "tui.core.quotes", "tui.core.countries", "tui.core.pledges",
                   "tui.core.stances", "tui.core.figures", "tui.core.article", "tui.core.extract"):
        try:
            importlib.import_module(module)
        except ImportError as exc:
            missing.append(f"{module} ({exc})")
    assert not missing, "missing: " + "; ".join(missing)
