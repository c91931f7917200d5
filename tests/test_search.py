"""Quote search: words, prefixes as you type, typos, filters, phrases, groups, offsets, ranking."""

from __future__ import annotations

import random
import string

import pytest

from tui.core.corroborate import fold_phrase, group_quotes
from tui.core.models import UNATTRIBUTED
from tui.core.search import Hit, ParsedQuery, QuoteIndex, format_hit, hit_to_json, parse_query

SOURCES = {
    "s1aa": {"title": "Leaders meet in the capital", "outlet": "Daily Courier"},
    "s2bb": {"title": "Summit ends with a plan", "outlet": "Global Wire"},
    "s3cc": {"title": "What the plan means", "outlet": "Evening Post"},
}


def q(qid, source, text, speaker=UNATTRIBUTED):
    return {"id": qid, "source": source, "text": text, "speaker": speaker, "start": 0, "end": len(text)}


QUOTES = [
    q("q1", "s1aa", "The day the fighting stops, the guarantees will be deployed,", "Anna Berg"),
    q("q4", "s1aa", "We need security that lasts for decades", "Volodymyr Zelenskyy"),
    q("q9", "s1aa", "The securities market stayed calm", "Lars Holm"),
    q("q2", "s2bb", "\u201cThe day the fighting stops, the guarantees will be deployed.\u201d", "Berg"),
    q("q5", "s2bb", "This is a serious concrete step", "Volodymyr Zelensky"),
    q("q8", "s2bb", "Troops will patrol the border", "Keir Holt"),
    q("q3", "s3cc", "the day the fighting stops", UNATTRIBUTED),
    q("q6", "s3cc", "Western promises cannot provide security", "Ivan Petrov"),
    q("q7", "s3cc", "cannot", "Ivan Petrov"),
    q("q10", "s3cc", "Our guarantes are firm and final", "Mira Sand"),
    q("q11", "s3cc", "It is a \u2018reassurance\u2019 force, \u00c9lys\u00e9e officials say", "Mira Sand"),
    q("q12", "s3cc", "Not one troop stays behind", "Keir Holt"),
]


@pytest.fixture(scope="module")
def index() -> QuoteIndex:
    return QuoteIndex(QUOTES, SOURCES, group_quotes(QUOTES))


def ids(hits: list[Hit]) -> list[str]:
    return [h.quote["id"] for h in hits]


def all_members(hits: list[Hit]) -> set[str]:
    return {m for h in hits for m in h.members}


# -------------------------------------------------------------------- parsing

def test_parse_query_parts():
    p = parse_query('speaker:"Emmanuel Macron" source:wire secur \u201cWill Be\u201d troops')
    assert p == ParsedQuery(words=["secur", "troops"], phrases=["will be"], speaker="emmanuel macron",
                            source="wire")
    assert parse_query("").empty
    assert parse_query("foo:bar").words == ["foo", "bar"]  # unknown keys are words


@pytest.mark.parametrize("query", ['"', '"will be', 'speaker:"zel', "source:", 'speaker:', '""', '"""',
                                   "\u201c", ":", "speaker:\"\"", "\x1b[31m", "((("])
def test_unbalanced_or_odd_queries_never_raise(index, query):
    parse_query(query)
    assert isinstance(index.search(query), list)


def test_unbalanced_quote_is_a_phrase_being_typed(index):
    hits = index.search('"will be depl')
    assert all_members(hits) == {"q1", "q2", "q3"}


# -------------------------------------------------------------------- words

def test_words_find_the_quote(index):
    hits = index.search("patrol border")
    assert ids(hits) == ["q8"]
    assert hits[0].score == 100


def test_all_words_beat_some_words_and_some_words_show_when_none_has_all(index):
    assert ids(index.search("troops patrol")) == ["q8"]
    partial = index.search("troops zzzzqqq")
    assert ids(partial)[0] == "q8" and partial[0].score < 100


@pytest.mark.parametrize("typed", ["sec", "secu", "secur", "securi", "security"])
def test_prefix_as_you_type(index, typed):
    found = ids(index.search(typed))
    assert "q4" in found and "q6" in found


def test_prefix_finds_longer_words(index):
    assert set(ids(index.search("secur"))) == {"q4", "q6", "q9"}


def test_typo_is_tolerated(index):
    found = ids(index.search("secruity"))
    assert {"q4", "q6"} <= set(found)
    assert ids(index.search("patorl")) == ["q8"]


def test_accents_and_case_are_folded(index):
    assert ids(index.search("ELYSEE")) == ["q11"]
    assert ids(index.search("\u00e9lys\u00e9e")) == ["q11"]


# -------------------------------------------------------------------- filters

def test_speaker_filter_matches_transliterations(index):
    for name in ("zelensky", "Zelenskyy", "zelenskiy", "volodymyr", 'speaker:"volodymyr zelensky"'):
        query = name if name.startswith("speaker:") else f"speaker:{name}"
        assert set(ids(index.search(query))) == {"q4", "q5"}, query


def test_speaker_filter_uses_the_group_speaker_for_unattributed_members(index):
    hits = index.search("speaker:berg")
    assert all_members(hits) == {"q1", "q2", "q3"}
    assert hits[0].speaker in ("Anna Berg", "Berg")


def test_speaker_filter_excludes_others(index):
    assert index.search("speaker:nobodyatall") == []
    assert "q6" not in all_members(index.search("speaker:zelensky security"))


def test_source_filter_by_outlet_title_and_id_prefix(index):
    for query in ("source:courier", "source:daily", "source:S1", "source:s1aa", 'source:"leaders capital"'):
        assert {h.quote["source"] for h in index.search(query)} == {"s1aa"}, query
    hits = index.search("source:wire")
    assert set(ids(hits)) == {"q2", "q5", "q8"}  # q2, not its group's representative q1 (another source)
    assert hits[0].sources == ["s1aa", "s2bb", "s3cc"]


def test_exact_phrase_after_normalisation(index):
    for query in ('"will be deployed"', '"WILL BE DEPLOYED."', "\u201cwill be deployed\u201d", '"the day  the"'):
        assert all_members(index.search(query)) >= {"q1", "q2"}, query
    assert index.search('"deployed will be"') == []
    assert ids(index.search("\"'reassurance' force\"")) == ["q11"]  # curly in text, straight in query
    assert index.search('"ill be deployed"') == []  # phrases start at a word boundary


def test_filters_combine_with_and(index):
    assert ids(index.search("speaker:petrov security")) == ["q6"]
    assert set(ids(index.search("speaker:petrov"))) == {"q6", "q7"}
    assert index.search("speaker:petrov source:courier") == []
    assert ids(index.search('speaker:petrov source:post "cannot provide"')) == ["q6"]
    assert index.search('security "cannot provide" source:wire') == []


# -------------------------------------------------------------------- empty query

def test_empty_query_lists_every_group_in_source_order(index):
    hits = index.search("")
    assert len(hits) == len(index.groups)
    assert sorted(all_members(hits)) == sorted(x["id"] for x in QUOTES)
    order = list(SOURCES)
    ranks = [order.index(h.quote["source"]) for h in hits]
    assert ranks == sorted(ranks)
    assert ids(index.search("", limit=2)) == ["q1", "q4"]


def test_filters_only(index):
    assert {h.quote["source"] for h in index.search("source:post")} == {"s3cc"}


# -------------------------------------------------------------------- groups

def test_one_hit_per_group_with_all_its_sources(index):
    hits = index.search("fighting")
    assert len(hits) == 1
    assert hits[0].sources == ["s1aa", "s2bb", "s3cc"]
    assert set(hits[0].members) == {"q1", "q2", "q3"}
    assert hits[0].quote["id"] == "q1"  # the representative
    assert hits[0].group.startswith("group:")


def test_groups_are_computed_when_not_given():
    idx = QuoteIndex(QUOTES, SOURCES)
    assert len(idx.search("fighting")) == 1
    assert idx.group_of("q2")["members"] == idx.group_of("q3")["members"]
    assert idx.group_of("nope") is None


def test_quotes_of_unknown_sources_and_without_groups():
    idx = QuoteIndex(QUOTES, None, groups=[])
    assert len(idx.search("fighting")) == 3  # no groups: each quote stands alone


# -------------------------------------------------------------------- offsets

def test_match_offsets_point_at_the_matched_words(index):
    hit = index.search("security")[0]
    text = hit.quote["text"]
    assert hit.matches and all(text[s:e].lower() == "security" for s, e in hit.matches)
    for hit in index.search("secur"):
        assert all(hit.text[s:e].lower().startswith("secur") for s, e in hit.matches)
    for hit in index.search("secruity"):
        assert [hit.text[s:e].lower() for s, e in hit.matches] == ["security"]


def test_phrase_offsets_cover_the_phrase(index):
    for hit in index.search('"will be deployed"'):
        (s, e), = hit.matches
        assert fold_phrase(hit.text[s:e]) == "will be deployed"
    hit, = index.search("\u00e9lys\u00e9e")
    (s, e), = hit.matches
    assert hit.text[s:e] == "\u00c9lys\u00e9e"


# -------------------------------------------------------------------- ranking

def test_exact_beats_prefix_beats_typo(index):
    hits = index.search("security")
    assert ids(hits) == ["q4", "q6"]  # exact, ties in source order
    assert hits[0].score == hits[1].score == 100
    assert ids(index.search("security", limit=1)) == ["q4"]  # the cut keeps the first in source order

    hits = index.search("troop")
    assert ids(hits) == ["q12", "q8"]  # exact "troop" (a later source) before the prefix of "Troops"
    assert hits[0].score == 100 > hits[1].score

    hits = index.search("secur")
    assert ids(hits) == ["q4", "q6", "q9"]  # shorter completions rank higher: security, securities
    assert hits[0].score > hits[2].score

    hits = index.search("guarantees")
    assert ids(hits) == ["q1", "q10"]  # "guarantes" (a typo in the text) is a fuzzy match
    assert hits[0].score > hits[1].score


def test_limit(index):
    assert len(index.search("", limit=3)) == 3
    assert index.search("security", limit=0) == []


# -------------------------------------------------------------------- output

def test_format_hit_and_json(index):
    hit = index.search("fighting")[0]
    line = format_hit(hit, SOURCES)
    assert line.startswith("\u201cThe day the fighting stops")
    assert "Anna Berg" in line and "Leaders meet in the capital; +2 other sources" in line
    data = hit_to_json(hit, SOURCES)
    assert data["id"] == "q1" and data["sources"] == ["s1aa", "s2bb", "s3cc"]
    assert data["speaker"] == "Anna Berg" and data["score"] == 100
    assert data["matches"] == [[list(m) for m in hit.matches][0]]
    assert set(data) >= {"id", "text", "speaker", "sources", "score", "matches"}


def test_format_hit_shows_control_characters(index):
    nasty = [q("x1", "s1aa", "Evil \x1b[31mred[/] text", "Bad\x07Actor")]
    idx = QuoteIndex(nasty, SOURCES)
    line = format_hit(idx.search("evil")[0], SOURCES)
    assert "\x1b" not in line and "\x07" not in line and "[/]" in line


# -------------------------------------------------------------------- scale

def test_a_large_index_still_finds_the_needle():
    rng = random.Random(3)
    quotes = [q(f"n{i}", f"src{i % 500}", " ".join("".join(rng.choice(string.ascii_lowercase)
                                                           for _ in range(rng.randint(3, 8)))
                                                   for _ in range(10)))
              for i in range(5000)]
    quotes.append(q("needle", "src7", "The reassurance force stays home", "Anna Berg"))
    idx = QuoteIndex(quotes, {f"src{i}": {"title": f"Report {i}"} for i in range(500)}, groups=[])
    assert ids(idx.search("reassurance"))[:1] == ["needle"]
    assert "needle" in ids(idx.search("reasurance"))
    assert ids(idx.search("speaker:berg")) == ["needle"]
    assert len(idx.search("a")) == 50


def test_many_score_levels_are_merged_without_losing_hits(index, monkeypatch):
    import tui.core.search as search_module

    expected = {q: set(ids(index.search(q))) for q in ("secur", "the day", "troops zzzzqqq", "se th")}
    monkeypatch.setattr(search_module, "MAX_COMBOS", 1)  # forces merging of every word's levels
    for query, found in expected.items():
        assert set(ids(index.search(query))) == found, query


# -------------------------------------------------------------------- memory

def test_postings_are_compact_ascending_arrays(index):
    postings = index._postings["the"]
    assert postings.typecode == "I" and list(postings) == sorted(set(postings))
    assert {index._quotes[n]["id"] for n in postings} >= {"q1", "q3", "q9"}


def test_phrase_offsets_when_folding_changes_lengths():
    text = "  We  will\nbe   deployed \ufb01rst, \u00c9lys\u00e9e says"  # spaces collapse, "\ufb01" folds to "fi"
    idx = QuoteIndex([q("x", "s1aa", text)], SOURCES)
    hit, = idx.search('"will be deployed first"')
    (s, e), = hit.matches
    assert text[s:e] == "will\nbe   deployed \ufb01rst"
    hit, = idx.search('"elysee says"')
    assert [text[s:e] for s, e in hit.matches] == ["\u00c9lys\u00e9e says"]


def test_level_sets_of_earlier_words_are_dropped_past_the_budget_and_rebuilt(monkeypatch):
    import tui.core.search as search_module

    idx = QuoteIndex(QUOTES, SOURCES, group_quotes(QUOTES))
    first = [(h.quote["id"], h.score, h.matches) for h in idx.search("secur the")]
    assert idx._word_cache["secur"].held() > 0
    monkeypatch.setattr(search_module, "LEVEL_SET_BUDGET", 0)
    idx.search("troops")
    assert idx._word_cache["secur"].held() == idx._word_cache["the"].held() == 0
    assert idx._word_cache["troops"].held() > 0  # the query's own words keep theirs
    assert [(h.quote["id"], h.score, h.matches) for h in idx.search("secur the")] == first


def test_search_caches_stay_bounded(monkeypatch):
    import tui.core.search as search_module

    for name in ("FILTER_CACHE", "SPANS_CACHE", "FOLDED_CACHE"):
        monkeypatch.setattr(search_module, name, 2)
    idx = QuoteIndex(QUOTES, SOURCES, group_quotes(QUOTES))
    for query in ("speaker:berg", "speaker:holt", "source:s1", "source:wire", '"the"', "the", ""):
        idx.search(query)
    assert len(idx._filter_cache) <= 2
    assert len(idx._spans_cache) <= 3 and len(idx._folded) <= 3
