"""Pledges: actor, kinds, condition, modality, evidence span."""

from __future__ import annotations

from tui.core.countries import find_countries
from tui.core.models import KINDS, MODALITIES
from tui.core.pledges import extract_pledges


def pledges(text: str):
    mentions, _ = find_countries(text)
    return extract_pledges(text, mentions)


def summary(text: str):
    return [(p.actor_codes or p.actor, p.kinds, p.modality, p.condition) for p in pledges(text)]


def test_firm_pledge_with_country_actor():
    assert summary("Poland has pledged 500 troops and two frigates.") == [
        (["PL"], ["ground troops", "sea"], "firm", "")]


def test_evidence_is_the_sentence():
    text = "Intro line here. Norway will fund training for the coast guard. Then nothing."
    (p,) = pledges(text)
    assert p.evidence == text[p.start:p.end] == "Norway will fund training for the coast guard."
    assert p.kinds == ["training", "funding"]


def test_negation_gives_a_refusal_and_a_positive_pledge():
    text = ("Italy will not commit ground troops but is open to supporting ceasefire "
            "monitoring and training missions.")
    got = summary(text)
    assert (["IT"], ["ground troops"], "refused", "") in got
    assert (["IT"], ["training", "monitoring"], "considering", "") in got
    assert len(got) == 2


def test_declined_then_preferring():
    got = summary("Spain and Greece have declined to commit troops, preferring to focus on funding.")
    assert got == [(["ES", "GR"], ["ground troops"], "refused", ""),
                   (["ES", "GR"], ["funding"], "considering", "")]


def test_condition_is_the_exact_clause():
    got = summary("Belgium said it would decide on military involvement only after the U.S. clarifies its role.")
    assert got == [(["BE"], ["other"], "conditional", "after the U.S. clarifies its role")]
    got = summary("Twelve countries have agreed to provide guarantees once a ceasefire is reached.")
    assert got == [("12 countries", ["other"], "conditional", "once a ceasefire is reached")]
    assert summary("Once a ceasefire holds, Denmark will send two ships.") == [
        (["DK"], ["sea"], "conditional", "Once a ceasefire holds")]
    assert summary("Finland will send ships if Russia attacks again.")[0][3] == "if Russia attacks again"
    assert summary("Austria has expressed caution, awaiting clearer U.S. engagement before deploying forces.") == [
        (["AT"], ["ground troops"], "conditional", "awaiting clearer U.S. engagement")]


def test_considering_modality():
    assert summary("Portugal and Ireland are open to sending troops.") == [
        (["PT", "IE"], ["ground troops"], "considering", "")]
    assert summary("India is considering sending a destroyer.")[0][2] == "considering"


def test_quantity_and_group_actors():
    got = summary("Some countries will train and equip local forces, while others may send troops.")
    assert got == [("some countries", ["training", "equipment"], "firm", ""),
                   ("others", ["ground troops"], "considering", "")]
    got = summary("The Baltic states have offered cyber experts and money rather than ships.")
    assert got == [(["EE", "LV", "LT"], ["funding"], "firm", "")]


def test_mentions_that_are_not_commitments():
    assert pledges("Analysts in Canada watched the summit closely.") == []
    assert pledges("The pledge was welcomed by Japan.") == []
    assert pledges("Leaders discussed the war with Russia.") == []


def test_vocabularies_and_spans_on_odd_input():
    for text in ("", "Germany will send", "France pledged \x1b[31m troops 🚀", "، France will fund",
                 "Britain will send troops. " * 2000, '"unbalanced France will train'):
        for p in pledges(text):
            assert set(p.kinds) <= set(KINDS) and p.kinds
            assert p.modality in MODALITIES
            assert 0 <= p.start < p.end <= len(text) and text[p.start:p.end] == p.evidence
