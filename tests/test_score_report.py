"""The combined extraction report runs and holds the scores we have earned on annotated articles."""

from tests.score import report


def test_report_covers_every_annotated_article_and_meets_thresholds() -> None:
    lines, overall = report()
    assert lines[0].startswith("article")
    assert any(line.startswith("000_b49cf0eec21b299a") for line in lines)
    assert any(line.startswith("stances_wire") for line in lines)
    assert lines[-1].startswith("OVERALL")
    # thresholds just below what the annotated set reaches (see the issue notes for blind scores)
    assert overall["quote_f1"] >= 0.95
    assert overall["speaker_accuracy"] >= 0.92
    assert overall["stance_accuracy"] >= 0.90
    assert overall["pledge_recall"] >= 0.86  # rounds 13-14 (other annotators' kind conventions) are in the set


def test_holdout_report_scores_the_untuned_articles() -> None:
    from tests.score import holdout_report
    from tests.scoring_stances import UNTUNED, article_paths, untuned_paths

    lines, overall = holdout_report()
    assert any(line.startswith(UNTUNED) for line in lines)
    # the untuned round is measured apart, never in the development set the thresholds hold
    assert untuned_paths() and set(untuned_paths()).isdisjoint(article_paths())
    assert 0.0 <= overall["stance_accuracy"] <= 1.0 and overall["stance_total"] > 20


def test_the_scorer_takes_a_body_by_its_initials_and_by_its_name_as_one_speaker() -> None:
    from tests.scoring_quotes import score_article, spelt_out

    text = ("A drone hit a World Food Programme (WFP) convoy.\n\nThe WFP said it would go on. “We go back on the road,” "
            "the WFP said.")
    assert spelt_out(text) == {"WFP": "World Food Programme"}
    gold = {"quotes": [{"text": "We go back on the road", "speaker": "World Food Programme", "kind": "direct"}]}
    assert score_article(text, gold).speaker_ok == 1
    # never named in full: the initials alone are not the name
    assert score_article(text.replace("World Food Programme (WFP)", "WFP"), gold).speaker_ok == 0
    # initials in the body's own language, spelt out in English in another order
    assert spelt_out("Mozambique's National Elections Commission (CNE) met.") == {
        "CNE": "Mozambique's National Elections Commission"}
    assert spelt_out("The National Elections Commission (CNA) met.") == {}
    # or named in full without brackets, then by its initials
    from tests.scoring_quotes import written_out
    text = "The World Health Organization has backed the cordon.\n\n“It buys time,” the WHO said."
    assert written_out(text, {"WHO", "unattributed"}) == {"WHO": "World Health Organization"}
    gold = {"quotes": [{"text": "It buys time", "speaker": "World Health Organization", "kind": "direct"}]}
    assert score_article(text, gold).speaker_ok == 1
    assert written_out("The World Bank met.", {"WHO"}) == {}
    # a hyphenated word gives each part's initial; a lower-case name counts; the state's possessive stays
    assert spelt_out("Gambia and the Sub-Regional Fisheries Commission (SRFC) agreed.") == {
        "SRFC": "Sub-Regional Fisheries Commission"}
    assert spelt_out("They expelled the European Union's election observation mission (EOM).") == {
        "EOM": "European Union's election observation mission"}
    text = ("India's Ministry of External Affairs (MEA) said New Delhi would not send warships.\n\n“The patrols "
            "already cover the routes,” the MEA noted.")
    gold = {"quotes": [{"text": "The patrols already cover the routes", "speaker": "Indian Ministry of External Affairs",
                        "kind": "direct"}]}
    assert score_article(text, gold).speaker_ok == 1


def test_the_scorer_takes_a_joint_pledge_entered_once_per_member_from_one_sentence() -> None:
    from tests.scoring_stances import pledge_found, predict

    gold = {"actor": "ES,PT,HR", "kinds": ["air"], "modality": "firm", "condition": ""}
    each = predict("Spain, Portugal and Croatia have each sent a surveillance aircraft.")["pledges"]
    assert sorted(p.actor_codes[0] for p in each) == ["ES", "HR", "PT"]
    assert pledge_found(gold, each) == (True, True)
    # a member missing is not the joint pledge
    assert pledge_found(gold, [p for p in each if p.actor_codes != ["HR"]]) == (False, False)
    # nor are the members' records from different sentences
    apart = predict("Spain has sent a surveillance aircraft. Portugal and Croatia have each sent one too, "
                    "a surveillance aircraft each.")["pledges"]
    assert {c for p in apart for c in p.actor_codes} >= {"ES"}
    assert pledge_found(gold, apart)[0] is False


def test_the_scorer_takes_a_body_pledging_under_its_initials_or_its_full_name():
    from tests.scoring_quotes import spelt_out
    from tests.scoring_stances import pledge_found, predict

    text = "The Economic Community of West African States (ECOWAS) said it would release $15 million."
    assert spelt_out(text) == {"ECOWAS": "Economic Community of West African States"}
    gold = {"actor": "Economic Community of West African States", "kinds": ["funding"], "modality": "firm"}
    pledges = predict(text)["pledges"]
    assert [p.actor for p in pledges] == ["ECOWAS"]
    assert pledge_found(gold, pledges, spelt_out(text)) == (True, True)
    assert pledge_found(gold, pledges) == (False, False)


def test_the_scorer_takes_a_group_by_its_name_whether_or_not_its_members_are_given() -> None:
    from tests.scoring_stances import pledge_found, predict

    gold = {"actor": "the Nordic countries", "kinds": ["funding"], "modality": "firm", "condition": ""}
    got = predict("The Nordic countries have together pledged a further 8 million dollars for water trucking.")
    assert len(got["pledges"][0].actor_codes) == 5
    assert pledge_found(gold, got["pledges"]) == (True, True)
    # one member is not the group
    one = predict("Norway has pledged a further 8 million dollars for water trucking.")["pledges"]
    assert pledge_found(gold, one) == (False, False)
