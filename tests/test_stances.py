"""Stances per country, the subject rule, conflicts across sources and the summary."""

from __future__ import annotations

from tui.core.countries import find_countries
from tui.core.models import STANCES
from tui.core.pledges import extract_pledges
from tui.core.stances import extract_stances, find_conflicts, summarise


def stances(text: str) -> dict[str, str]:
    mentions, _ = find_countries(text)
    return {s.country: s.stance for s in extract_stances(text, mentions, extract_pledges(text, mentions))}


ARTICLE = (
    "Twelve countries pledged security guarantees for Moldova on Friday. "
    "Poland will send 400 troops to Moldova once a ceasefire holds. "
    "Sweden will fund training for Moldova's army, while Austria has declined to take part. "
    "Hungary has categorically rejected the plan. "
    "Greece said it would decide only after the U.S. clarifies its role. "
    "The coalition includes Portugal, Croatia and Slovenia. "
    "China is watching closely."
)


def test_one_stance_per_country_most_specific():
    got = stances(ARTICLE)
    assert got == {"PL": "troops", "SE": "support", "AT": "opposed", "HU": "opposed",
                   "GR": "undecided", "PT": "listed", "HR": "listed", "SI": "listed"}


def test_subject_country_gets_no_stance():
    got = stances(ARTICLE)
    assert "MD" not in got


def test_country_named_in_passing_gets_no_stance():
    got = stances(ARTICLE)
    assert "CN" not in got
    assert "US" not in got  # only inside Greece's condition


def test_open_to_sending_troops_is_troops_and_refusal_with_role_is_support():
    got = stances("Guarantees for Moldova were agreed. France and Britain are open to sending troops, "
                  "while Italy will not commit ground troops but will train Moldova's forces.")
    assert got["FR"] == got["GB"] == "troops"
    assert got["IT"] == "support"


def test_hesitant_and_waiting_on_others_is_undecided():
    got = stances("Support for Moldova grew. Germany remains hesitant to deploy forces. "
                  "Japan could fund radars if the mission receives a United Nations mandate.")
    assert got == {"DE": "undecided", "JP": "undecided"}


def test_capital_as_government_can_oppose():
    got = stances("Guarantees for Moldova were agreed. Moscow denounced the mission as interference.")
    assert got == {"RU": "opposed"}


def test_group_members_each_get_the_stance():
    got = stances("Guarantees for Moldova were agreed. The Nordic countries will fund a coast guard academy.")
    assert got == {c: "support" for c in ("DK", "FI", "IS", "NO", "SE")}


def test_evidence_spans_and_vocabulary():
    mentions, _ = find_countries(ARTICLE)
    for s in extract_stances(ARTICLE, mentions, extract_pledges(ARTICLE, mentions)):
        assert s.stance in STANCES
        assert ARTICLE[s.start:s.end] == s.evidence
        assert s.country_name


def test_odd_input_never_raises():
    for text in ("", "France", "\x1b]0;x\x07 Germany will send troops", "🇫🇷" * 1000,
                 "Poland will send troops. " * 3000, "«Spain» rejected"):
        mentions, _ = find_countries(text)
        for s in extract_stances(text, mentions, extract_pledges(text, mentions)):
            assert 0 <= s.start < s.end <= len(text)


def row(country, source, stance, evidence="e"):
    return {"country": country, "country_name": country, "source": source, "stance": stance,
            "evidence": evidence}


def test_conflicts_listed_is_compatible_with_anything():
    rows = [row("FR", "a", "troops"), row("FR", "b", "listed"), row("FR", "c", "troops"),
            row("DE", "a", "support", "ea"), row("DE", "b", "undecided", "eb"), row("DE", "c", "listed"),
            row("IT", "a", "listed"), row("IT", "b", "listed")]
    got = find_conflicts(rows)
    assert got == [{"country": "DE", "country_name": "DE",
                    "stances": {"a": "support", "b": "undecided", "c": "listed"},
                    "evidence": {"a": "ea", "b": "eb", "c": "e"}}]


def test_conflicts_sorted_by_country_and_bad_rows_ignored():
    rows = [row("US", "a", "support"), row("US", "b", "undecided"),
            row("AT", "a", "opposed"), row("AT", "b", "troops"),
            {"country": "XX"}, row("GB", "a", "nonsense")]
    assert [c["country"] for c in find_conflicts(rows)] == ["AT", "US"]


def test_summarise_counts_and_label():
    rows = [row("FR", "a", "troops"), row("FR", "b", "listed"),
            row("DE", "a", "support"), row("DE", "b", "undecided"),
            row("IT", "a", "listed")]
    got = summarise(rows)
    assert got["FR"]["counts"] == {"troops": 1, "listed": 1} and got["FR"]["label"] == "troops"
    assert got["DE"]["label"] == "conflict" and got["DE"]["sources"] == 2
    assert got["IT"]["label"] == "listed"


def test_scorer_on_seeds_and_own_articles():
    from tests.scoring_stances import article_paths, score_all

    paths = article_paths()
    assert len(paths) >= 8  # five seeds + our stance articles, each with a gold file
    per, overall = score_all(paths)
    # thresholds just below what the extractors reach on these (development) articles
    assert overall["stance_accuracy"] >= 0.97, per
    assert overall["stance_precision"] >= 0.97, per
    assert overall["pledge_recall"] >= 0.95, per
    assert overall["figure_recall"] >= 0.95, per
    # every non-country in a country list is flagged (3 dev + 3 in the blind2 articles)
    assert overall["flag_found"] == overall["flag_total"] >= 6


# --- rules added after the second blind set -----------------------------------------

def test_would_consider_and_reserved_position_are_undecided():
    got = stances("Uganda would consider sending engineers. Chile said it reserved its position "
                  "until the rules are published. Ankara is studying the request.")
    assert got == {"UG": "undecided", "CL": "undecided", "TR": "undecided"}


def test_condition_on_another_country_is_undecided_own_parliament_is_not():
    assert stances("Peru would send troops only if Brasilia formally requests them.") == {"PE": "undecided"}
    assert stances("Peru would send troops provided the National Assembly approves the "
                   "deployment, a step which has not yet been taken.") == {"PE": "troops"}


def test_refusals_balk_veto_would_not_take_part():
    got = stances("Japan balked at paying for the force. Hungary has said it will veto the fund. "
                  "Kigali said in a statement that it would not take part in any force.")
    assert got == {"JP": "opposed", "HU": "opposed", "RW": "opposed"}


def test_abstaining_or_not_commenting_with_a_relative_clause_gets_no_stance():
    got = stances("Spain, Italy and France back the mission. South Sudan, which is a member of "
                  "the bloc, abstained. Russia, whose contractors remain there, did not respond. "
                  "Ukraine, Georgia and Armenia are likely to watch closely.")
    assert got == {"ES": "listed", "IT": "listed", "FR": "listed"}


def test_subject_from_demonyms_and_mission_names():
    text = ("Italy to lead Libya election security mission. Italy will send 800 soldiers. "
            "No Maltese troops will be stationed on Libyan soil. Germany will finance the "
            "training of 2,000 Libyan police officers.")
    got = stances(text)
    assert "LY" not in got and got["IT"] == "troops" and got["DE"] == "support"


def test_would_not_allow_after_a_relative_clause_is_opposed():
    got = stances("Sudan, which borders the region, said it would not allow foreign troops to cross.")
    assert got == {"SD": "opposed"}


def test_examining_and_not_made_up_its_mind_are_undecided():
    got = stances('Nairobi was "examining the request seriously". Indonesia has not made up its mind.')
    assert got == {"KE": "undecided", "ID": "undecided"}


def test_attending_a_conference_is_participation():
    assert stances("Officials say Japan and Oman are expected to attend as observers.") == {
        "JP": "listed", "OM": "listed"}


# --- rules found by the blind3 articles ------------------------------------------


def test_comma_clauses_keep_each_country_its_own_verb():
    got = stances("Denmark will send a frigate, Norway is still weighing its options, "
                  "and Poland has ruled out taking part.")
    assert got == {"DK": "support", "NO": "undecided", "PL": "opposed"}


def test_appositive_between_subject_and_verb_is_skipped():
    got = stances("South Africa, the region's military heavyweight, has offered 1,500 soldiers. "
                  "Portugal, the former colonial power, offered to train officers.")
    assert got == {"ZA": "troops", "PT": "support"}


def test_condition_on_another_government_makes_undecided():
    got = stances("Seoul is prepared to send a destroyer if Washington provides air cover. "
                  "Tanzania said it would contribute troops only if the Mozambican government consents.")
    assert got["KR"] == "undecided" and got["TZ"] == "undecided"


def test_as_soon_as_is_readiness_not_waiting():
    got = stances("Botswana said it would send a contingent of military engineers as soon as a mandate was agreed.")
    assert got == {"BW": "troops"}


def test_condition_inside_a_relative_clause_is_not_the_pledges():
    got = stances("France, whose energy company suspended a project after a 2021 attack, said it was "
                  "ready to contribute financially once the force had a United Nations mandate.")
    assert got == {"FR": "undecided"}


def test_would_not_any_verb_is_opposed_but_not_would_not_say():
    got = stances("Turkish officials said Ankara would not open the straits to warships. "
                  "Rwanda, which has troops there, said it would not place its forces under the command. "
                  "Spain would not say whether it would take part.")
    assert got["TR"] == "opposed" and got["RW"] == "opposed"
    assert got.get("ES") != "opposed"


def test_warned_that_is_opposed():
    got = stances("The Kremlin warned that any convoy would be treated as a legitimate target.")
    assert got == {"RU": "opposed"}


def test_subject_that_rejects_the_plan_is_opposed():
    text = ("Mozambique's government has rejected a regional force for Mozambique. "
            "South Africa will send 1,500 troops to protect Mozambique's territory. "
            "Botswana will send engineers to help Mozambique.")
    got = stances(text)
    assert got["MZ"] == "opposed" and got["ZA"] == "troops"


def test_subject_gets_no_listed_or_support():
    got = stances("Britain will send troops to Moldova. France will fund Moldova's army. "
                  "Moldova welcomed the coalition.")
    assert "MD" not in got


def test_observers_at_a_meeting_are_listed_not_monitors():
    got = stances("Canada, France and Britain sent officials to the Tokyo meeting as observers.")
    assert got == {"CA": "listed", "FR": "listed", "GB": "listed"}


def test_signing_and_voting_for_are_participation():
    got = stances("Spain and Portugal signed the letter of intent. "
                  "Kenya and Nigeria were among the countries that voted for a resolution.")
    assert got == {"ES": "listed", "PT": "listed", "KE": "listed", "NG": "listed"}


def test_subject_found_through_demonym_forces_after_provide_or_for():
    got = stances("Japan will provide the Philippine coast guard with five patrol vessels. "
                  "Australia will fund training for Filipino coast guard officers. "
                  "Philippine officials said the coalition was welcome.")
    assert "PH" not in got and got["JP"] == "support" and got["AU"] == "support"
