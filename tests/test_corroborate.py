"""The same quote across sources: grouping variants, keeping different quotes apart, scaling."""

from __future__ import annotations

import random
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.corroborate import (
    fold_phrase, fold_text, group_facts, group_quotes, quotes_similar, same_speaker, words,
)
from tui.core.models import UNATTRIBUTED

LONG = "When the fighting stops, the guarantees of the partners will be deployed without delay"


def q(qid: str, source: str, text: str, speaker: str = UNATTRIBUTED) -> dict:
    return {"id": qid, "source": source, "text": text, "speaker": speaker, "start": 0, "end": len(text)}


def group_of(groups: list[dict], qid: str) -> dict:
    found = [g for g in groups if qid in g["members"]]
    assert len(found) == 1, f"{qid} is in {len(found)} groups"
    return found[0]


def together(groups, *ids) -> bool:
    return len({group_of(groups, i)["id"] for i in ids}) == 1


# ------------------------------------------------------------------ variants

def test_curly_and_straight_quotes_and_final_stop_are_one_group():
    groups = group_quotes([
        q("a", "s1", LONG, "Anna Berg"),
        q("b", "s2", f"\u201c{LONG}.\u201d", "Anna Berg"),
        q("c", "s3", f'"{LONG},"', "Anna Berg"),
    ])
    assert len(groups) == 1
    g = groups[0]
    assert g["members"] == ["a", "b", "c"]
    assert g["sources"] == ["s1", "s2", "s3"]
    assert g["speaker"] == "Anna Berg"
    assert g["id"].startswith("group:")


def test_truncated_and_extended_quotes_join():
    truncated = "When the fighting stops, the guarantees of the partners"
    extended = LONG + ", and they will stay for as long as it takes"
    groups = group_quotes([q("a", "s1", LONG), q("b", "s2", truncated), q("c", "s3", extended)])
    assert together(groups, "a", "b", "c")


def test_a_dropped_word_joins():
    dropped = LONG.replace(" without delay", " delay").replace("the partners", "partners")
    groups = group_quotes([q("a", "s1", LONG), q("b", "s2", dropped)])
    assert together(groups, "a", "b")


def test_different_quotes_stay_apart():
    groups = group_quotes([
        q("a", "s1", LONG),
        q("b", "s2", "The partners will decide on the guarantees when the fighting stops, not before"),
        q("c", "s3", "Sanctions on oil and gas will be tightened if talks are delayed again"),
    ])
    assert len(groups) == 3


def test_one_word_quote_does_not_join_a_long_one():
    groups = group_quotes([
        q("a", "s1", "Western promises cannot provide security acceptable to the capital", "Ivan Petrov"),
        q("b", "s1", "cannot", "Ivan Petrov"),
        q("c", "s2", "\u201ccannot\u201d", "Ivan Petrov"),
    ])
    assert not together(groups, "a", "b")
    assert together(groups, "b", "c")  # the same one word, from another outlet, is the same quote


def test_different_named_speakers_stay_apart_even_with_the_same_words():
    groups = group_quotes([
        q("a", "s1", LONG, "Anna Berg"),
        q("b", "s2", LONG, "Otto Lind"),
        q("c", "s3", LONG + ".", "Otto Lind"),
    ])
    assert not together(groups, "a", "b")
    assert together(groups, "b", "c")


def test_unattributed_joins_a_named_speaker_and_transliterations_match():
    groups = group_quotes([
        q("a", "s1", LONG, "Volodymyr Zelenskyy"),
        q("b", "s2", LONG, "Zelensky"),
        q("c", "s3", LONG, UNATTRIBUTED),
        q("d", "s4", LONG, "Volodymyr Zelenskiy"),
    ])
    assert len(groups) == 1
    assert groups[0]["speaker"] == "Volodymyr Zelenskyy"  # ties: the first seen
    assert set(groups[0]["speakers"]) == {"Volodymyr Zelenskyy", "Zelensky", "Volodymyr Zelenskiy"}


def test_unattributed_quote_does_not_bridge_two_speakers():
    groups = group_quotes([
        q("a", "s1", LONG, "Anna Berg"),
        q("b", "s2", LONG + ".", UNATTRIBUTED),
        q("c", "s3", LONG + "!", "Otto Lind"),
    ])
    assert not together(groups, "a", "c")


def test_representative_is_the_most_common_wording_and_id_is_stable():
    quotes = [
        q("a", "s1", "When the fighting stops, the guarantees of the partners"),
        q("b", "s2", LONG),
        q("c", "s3", f"\u201c{LONG}\u201d"),
    ]
    groups = group_quotes(quotes)
    assert groups[0]["text"] == LONG
    again = group_quotes(list(reversed(quotes)))
    assert again[0]["id"] == groups[0]["id"]
    assert again[0]["sources"] == ["s1", "s2", "s3"]


def test_same_speaker_rules():
    assert same_speaker("", "anna berg")
    assert same_speaker("volodymyr zelenskyy", "zelensky")
    assert not same_speaker("dmitry peskov", "dmitry medvedev")
    assert not same_speaker("anna berg", "otto berg")


def test_quotes_similar_length_guard():
    long = " ".join(words(LONG))
    assert not quotes_similar("delay", long)
    assert not quotes_similar("without delay", long)
    assert quotes_similar(" ".join(words("When the fighting stops, the guarantees")), long)


def test_fold_text_maps_back_to_the_original():
    text = "\u201cThe  \u00c9lys\u00e9e\u2019s   view\u201d"
    folded, offsets = fold_text(text)
    assert folded == "\"the elysee's view\""
    at = folded.index("elysee")
    assert text[offsets[at]:offsets[at + len("elysee") - 1] + 1] == "\u00c9lys\u00e9e"
    assert fold_phrase(" \u201cWill Be\u201d ") == "will be"


# ------------------------------------------------------------------ scaling

def _word(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9)))


def test_twenty_thousand_quotes_without_comparing_all_pairs():
    rng = random.Random(7)
    common = ["the", "and", "will", "security", "we", "to", "of", "be"]
    quotes, truth = [], {}
    n_base = 0
    while len(quotes) < 20_000:
        # common words between content words: every truncation keeps some rare words
        base = [rng.choice(common) if i % 2 and rng.random() < 0.7 else _word(rng)
                for i in range(rng.randint(6, 16))]
        speaker = f"Speaker {rng.randint(1, 50)}"
        for v in range(rng.choice([1, 1, 2, 3, 4])):
            ws = list(base)
            if v == 1:
                del ws[rng.randrange(len(ws))]
            elif v == 2:
                ws = ws[: max(4, len(ws) * 3 // 4)]
            text = " ".join(ws)
            text = f"\u201c{text}.\u201d" if v == 3 else text
            qid = f"q{len(quotes)}"
            quotes.append(q(qid, f"src{rng.randrange(3000)}", text, speaker))
            truth[qid] = n_base
        n_base += 1
    stats: dict = {}
    groups = group_quotes(quotes, stats=stats)
    n = len(quotes)
    # all pairs would be n*(n-1)/2 = 2e8 comparisons; blocking keeps it near linear
    assert stats["comparisons"] < 3 * n
    assert sum(len(g["members"]) for g in groups) == n
    # every base quote's variants in one group, no two bases mixed
    for g in groups:
        assert len({truth[m] for m in g["members"]}) == 1
    assert len(groups) == n_base


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a b c d e", "a b c d", "x y", "x", "a b c d e f g", "\u201ca b\u201d"]),
                          st.sampled_from([UNATTRIBUTED, "Anna Berg", "Otto Lind", "Berg"]),
                          st.sampled_from(["s1", "s2", "s3"])), max_size=12))
def test_groups_partition_the_quotes(rows):
    quotes = [q(f"q{i}", src, text, spk) for i, (text, spk, src) in enumerate(rows)]
    groups = group_quotes(quotes)
    members = [m for g in groups for m in g["members"]]
    assert sorted(members) == sorted(x["id"] for x in quotes)
    for g in groups:
        named = {speaker for speaker in g["speakers"]}
        assert not ({"Anna Berg", "Otto Lind"} <= named)  # never two different people
        assert g["sources"] == sorted(set(g["sources"]))
    assert len({g["id"] for g in groups}) == len(groups)


# ------------------------------------------------------------------ figures

def test_group_facts_puts_differing_values_side_by_side():
    figures = [
        {"id": "f1", "source": "s1", "value": 26, "what": "countries"},
        {"id": "f2", "source": "s2", "value": 26, "what": "Countries"},
        {"id": "f3", "source": "s3", "value": 24, "what": "the countries"},
        {"id": "f4", "source": "s1", "value": 35, "what": "leaders"},
        {"id": "f5", "source": "s2", "value": 35, "what": "leaders"},
        {"id": "f6", "source": "s2", "value": 112, "what": "drones"},
    ]
    out = {g["key"]: g for g in group_facts(figures)}
    assert set(out) == {"countries", "leaders", "drones"}
    assert out["countries"]["values"] == {"s1": [26], "s2": [26], "s3": [24]}
    assert out["countries"]["differs"] is True
    assert out["countries"]["figures"] == ["f1", "f2", "f3"]
    assert out["leaders"]["differs"] is False
    assert out["drones"]["differs"] is False  # one source cannot disagree with itself


def test_garbage_collector_state_is_restored():
    import gc

    was = gc.isenabled()
    try:
        gc.enable()
        group_quotes([q("a", "s1", LONG)])
        assert gc.isenabled()
        gc.disable()
        group_quotes([q("a", "s1", LONG)])
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_the_same_words_said_by_a_thousand_people_stay_cheap():
    # a wire quote re-attributed in every article (synthetic corpora do this): one group per speaker
    first = ["Adela", "Bruno", "Carmen", "Dario", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas"]
    rng = random.Random(11)
    last = ["".join(rng.choice(string.ascii_lowercase) for _ in range(9)).title() for _ in range(100)]
    people = [f"{f} {s}" for f in first for s in last]
    quotes = []
    for i, person in enumerate(people):
        quotes.append(q(f"a{i}", f"s{i}", LONG, person))
        quotes.append(q(f"b{i}", f"t{i}", LONG.replace(" without delay", ""), person))
    stats: dict = {}
    groups = group_quotes(quotes, stats=stats)
    assert len(groups) == len(people)
    for i in range(0, len(people), 97):
        assert together(groups, f"a{i}", f"b{i}")
    # pairwise speaker checks would be ~ len(people)**2 / 2 = 500,000
    assert stats["speaker_checks"] < 20 * len(people)


def test_values_elsewhere_counts_other_sources_only() -> None:
    from tui.core.corroborate import group_facts, values_elsewhere

    figures = [
        {"id": "f1", "source": "a", "value": 26.0, "what": "countries"},
        {"id": "f2", "source": "b", "value": 26.0, "what": "countries"},
        {"id": "f3", "source": "c", "value": 35.0, "what": "countries"},
        {"id": "f4", "source": "a", "value": 35.0, "what": "countries"},
    ]
    (group,) = group_facts(figures)
    assert group["sources_per_value"] == {26.0: 2, 35.0: 2}
    assert values_elsewhere(group, "a") == {26.0: 1, 35.0: 1}
    assert values_elsewhere(group, "c") == {26.0: 2, 35.0: 1}  # a gives both
