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
    assert overall["pledge_recall"] >= 0.90, per  # 0.86 until rounds 38-39 were fixed, 0.89 until rounds 40-43
    assert overall["figure_recall"] >= 0.96, per  # 0.95 until "one million", "mln" and "four more" were read
    # non-countries in a country list are flagged: 63 of 68 (all but one until rounds 45-46 joined;
    # their misses: "the Turkish Republic of Northern Cyprus", whose name holds a country's; a
    # two-item "Burundi and the EAC Secretariat"; the EU, the ECOWAS Commission and the BOAD after a
    # bulletin's list of formal state names)
    assert overall["flag_total"] >= 60 and overall["flag_found"] >= 0.9 * overall["flag_total"], per


# --- rules added after the second blind set -----------------------------------------

def test_would_consider_and_reserved_position_are_undecided():
    got = stances("Uganda would consider sending engineers. Chile said it reserved its position "
                  "until the rules are published. Ankara is studying the request.")
    assert got == {"UG": "undecided", "CL": "undecided", "TR": "undecided"}


def test_condition_on_another_country_or_on_its_own_parliaments_vote_is_undecided():
    assert stances("Peru would send troops only if Brasilia formally requests them.") == {"PE": "undecided"}
    # (rounds 20, 78, 80 and 81 annotate a vote still to come as undecided; rounds 1 and 2 had troops)
    assert stances("Peru would send troops provided the National Assembly approves the "
                   "deployment, a step which has not yet been taken.") == {"PE": "undecided"}
    assert stances("South Korea will extend the anti-piracy unit’s area of operations into the Gulf of Oman "
                   "if the National Assembly approves the change.") == {"KR": "undecided"}
    assert stances("Peru would send troops once the rainy season ends.") == {"PE": "troops"}
    # (any vote or approval still to come, however it is worded)
    assert stances("Peru would send troops after parliamentary approval.") == {"PE": "undecided"}
    assert stances("Peru would send troops once lawmakers vote on the mission.") == {"PE": "undecided"}


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


# --- rules found by blind round 6 (a second annotator's articles; texts here are our own) ---

def test_gapped_conjunct_inherits_the_pledge_verb():
    got = stances("Norway pledged $30 million for the clinics, and Chile $12 million. "
                  "Austria committed 20 million euros and Portugal 5 million euros, officials said.")
    assert got == {"NO": "support", "CL": "support", "AT": "support", "PT": "support"}


def test_money_brought_or_found_is_funding():
    got = stances("Ireland found €50 million despite a tight budget. "
                  "The Kenyans, who hosted the last round, brought $20 million.")
    assert got == {"IE": "support", "KE": "support"}


def test_no_pledge_or_nothing_pledged_is_opposed():
    got = stances("Donors pledged $1 billion for the fund, but Hungary refused to contribute. "
                  "Brazil sent two officials and pledged nothing. Argentina made no pledge.")
    assert got == {"HU": "opposed", "BR": "opposed", "AR": "opposed"}


def test_a_withdrawn_offer_overrides_the_offer():
    got = stances("Peru will send a company of engineers to the mission. "
                  "Hours later Peru withdrew its offer and said it would not take part after all.")
    assert got == {"PE": "opposed"}


def test_police_monitors_are_support_not_troops():
    got = stances("Ghana and Senegal will provide 80 police monitors to the mission.")
    assert got == {"GH": "support", "SN": "support"}


def test_troops_in_a_relative_clause_are_not_the_pledge():
    got = stances("Spain, which has troops stationed nearby, will assign a patrol vessel to the mission.")
    assert got == {"ES": "support"}


def test_a_group_pledge_gives_each_member_its_stance():
    got = stances("The Baltic states have promised coastal radar data to the coalition. "
                  "The Nordic countries announced a joint package of $40 million.")
    assert {k: got.get(k) for k in ("EE", "LV", "LT", "DK", "FI", "IS", "NO", "SE")} == dict.fromkeys(
        ("EE", "LV", "LT", "DK", "FI", "IS", "NO", "SE"), "support")


def test_flying_patrol_aircraft_is_air_support():
    got = stances("Belgium will fly maritime patrol aircraft from Ostend on a rotating basis.")
    assert got == {"BE": "support"}


def test_looking_at_it_but_nothing_offered_is_undecided():
    got = stances('Portugal is "looking at it seriously", officials said, but has so far offered nothing.')
    assert got == {"PT": "undecided"}


def test_matching_what_another_country_gives_is_undecided():
    got = stances("Canada's delegate said Ottawa would match whatever Japan puts in. Japan pledged $10 million.")
    assert got == {"CA": "undecided", "JP": "support"}


def test_paying_an_amount_beside_a_refusal_is_support():
    got = stances("Austria will not send ships but will pay €15 million toward fuel for the patrols.")
    assert got == {"AT": "support"}


def test_not_welcome_is_opposed():
    got = stances("Mauritania says the warships are not welcome in its waters, and Spain will send a frigate.")
    assert got == {"MR": "opposed", "ES": "support"}


def test_waiting_to_see_before_deciding_is_undecided():
    got = stances("Gabon said it would wait to see the rules of engagement before deciding whether to join.")
    assert got == {"GA": "undecided"}


def test_a_condition_on_an_international_body_is_undecided():
    got = stances("Lisbon said it was ready to help with logistics once the UN Security Council had backed the plan.")
    assert got == {"PT": "undecided"}


def test_a_denial_of_involvement_is_not_a_stance_on_the_plan():
    got = stances("Moscow has denied any involvement in the cable cuts. Estonia will send two minehunters.")
    assert got == {"EE": "support"}


def test_whether_someone_would_give_commits_nothing():
    got = stances("Chile pledged $5 million. The envoy did not say whether Peru would offer help outside the fund.")
    assert got == {"CL": "support"}


# --- rules found by blind round 7 (texts of our own) --------------------------------------

def _pledge_objs(text: str):
    mentions, _ = find_countries(text)
    return extract_pledges(text, mentions)


def _pledges(text: str) -> list[tuple[str, list[str], str]]:
    return [(p.actor, p.kinds, p.modality) for p in _pledge_objs(text)]


def test_a_verbless_list_item_is_its_countrys_pledge():
    text = ("WHO GIVES WHAT\n\n- Norway: two frigates for the patrol.\n- Chile: a close partner of the mission.\n"
            "- Peru: no aircraft, officials said.\n- Finland: has said nothing so far.\n")
    assert _pledges(text) == [("Norway", ["sea"], "firm"), ("Peru", ["air"], "refused")]
    assert stances(text) == {"NO": "support", "CL": "listed", "PE": "opposed"}  # a partner: listed


def test_a_quoted_passive_participle_is_not_a_commitment_and_nothing_is_a_refusal():
    text = ('Ghana called the plan "a mandate imposed on the region" and said Accra would contribute nothing.')
    assert [m for _, _, m in _pledges(text)] == ["refused"]


def test_considering_a_request_is_considering_what_it_asks_for():
    text = 'Brazil is "seriously considering" a request for two helicopters, diplomats said.'
    assert _pledges(text) == [("Brazil", ["air"], "considering")]
    assert stances(text) == {"BR": "undecided"}


def test_a_gapped_bare_number_takes_the_first_conjuncts_unit():
    text = "Ghana pledged 300 police officers and Togo 150, the largest contingents so far."
    assert _pledges(text) == [("Ghana", ["ground troops"], "firm"), ("Togo", ["ground troops"], "firm")]


def test_army_specialists_are_ground_troops_and_a_spelled_out_number_of_countries_acts():
    assert _pledges("Austria may send army demolition specialists.") == [("Austria", ["ground troops"], "considering")]
    assert _pledges("Nine countries have promised ships, money or doctors.") == [
        ("9 countries", ["sea", "funding", "other"], "firm")]  # (civilian doctors are "other")


def test_once_parliament_approves_is_undecided_with_or_without_only():
    assert stances("Chile has offered 90 marines, but they will deploy only once parliament approves the "
                   "mission, officials said.") == {"CL": "undecided"}
    assert stances("Chile will contribute 90 marines once parliament approves the mission.") == {"CL": "undecided"}
    assert stances("Chile will contribute 90 marines once the port reopens.") == {"CL": "undecided"}
    assert stances("Chile will contribute 90 marines once a ceasefire is signed.") == {"CL": "troops"}


def test_counted_national_troops_already_serving_are_troops():
    text = ("Malawi said in March it would not join. By May it had changed course: 80 Malawian soldiers "
            "now patrol the border.")
    assert stances(text) == {"MW": "troops"}


def test_the_month_may_is_not_the_modal_may():
    assert stances("Kenya promised two patrol boats in May.") == {"KE": "support"}
    assert _pledges("Kenya promised two patrol boats in May.") == [("Kenya", ["sea"], "firm")]
    assert stances("Kenya may send two patrol boats.") == {"KE": "undecided"}


def test_a_decision_that_depends_on_its_own_review_is_undecided():
    assert stances("Fiji is open to sending a patrol boat but says any decision will depend on its own "
                   "budget review.") == {"FJ": "undecided"}


# --- rules found by blind round 8 (texts of our own) --------------------------------------

def test_a_capital_acts_with_an_irregular_verb_or_after_a_day():
    assert stances("Monrovia sent 40 nurses to the camps.") == {"LR": "support"}
    assert stances("Lilongwe on Tuesday refused to join the mission.") == {"MW": "opposed"}


def test_flying_in_relief_goods_is_a_contribution():
    assert _pledges("Peru is flying food and tents to the coast.") == [("Peru", ["other"], "firm")]


def test_an_approval_that_must_come_first_leaves_the_offer_undecided():
    text = ("Quito has offered 60 troops, but the deployment must first be approved by the National "
            "Assembly, which meets next week.")
    assert _pledges(text) == [("Quito", ["ground troops"], "conditional")]
    assert stances(text) == {"EC": "undecided"}
    assert stances("Fiji has offered 30 soldiers, but the parliament has to approve any deployment abroad.") == {
        "FJ": "undecided"}


def test_a_gapped_group_with_a_joint_amount_is_one_pledge_of_all_its_members():
    got = _pledge_objs("Chile will give $2 million, and the Baltic states a joint $3 million.")
    assert [(sorted(p.actor_codes), p.kinds) for p in got] == [(["CL"], ["funding"]), (["EE", "LT", "LV"], ["funding"])]


def test_a_country_inside_a_relative_clause_is_not_the_subject():
    assert _pledges("Lima, which Ecuador criticised last year, pledged $4 million.") == [("Lima", ["funding"], "firm")]


def test_organisations_pledge_too_and_currency_codes_are_money():
    assert _pledges("The European Union released €8 million in aid.") == [("European Union", ["funding"], "firm")]
    assert _pledges("Denmark will give DKK 40 million and Finland EUR 5 million.") == [
        ("Denmark", ["funding"], "firm"), ("Finland", ["funding"], "firm")]


def test_not_having_offered_is_neither_a_pledge_nor_a_refusal():
    assert stances("Benin and Togo voted for the mandate but have not offered troops or money.") == {
        "BJ": "listed", "TG": "listed"}


def test_troops_an_aircraft_carries_are_not_the_lenders_troops():
    assert stances("Italy will not send soldiers, but Rome has lent two aircraft to move the Kenyan "
                   "contingent.") == {"IT": "support"}


def test_a_fact_checks_claims_and_quoted_posts_are_not_pledges_but_a_governments_post_is():
    check = ("CLAIM: Chile is sending 500 troops.\nVERDICT: False.\n\n"
             "Chile is sending 500 troops to the border. Share this!\n— Truth Now (@truthnow) 3 May 2026\n\n"
             "Chile is not sending combat troops. Santiago will provide two helicopters.")
    assert stances(check) == {"CL": "support"}
    news = ("Chile will send 500 troops to the border.\n— Chilean Defence Ministry (@DefensaCL) 3 May 2026\n")
    assert stances(news) == {"CL": "troops"}


def test_neither_offer_final_leaves_both_undecided():
    assert stances("Croatia has offered 90 soldiers and Slovenia 40, but neither offer is final.") == {
        "HR": "undecided", "SI": "undecided"}


# --- rules found by blind round 9 (texts of our own) --------------------------------------

def test_counted_troops_named_by_a_country_abbreviation_arrive_with_their_aircraft():
    assert _pledges("About 300 UK Marines from Cyprus arrived in Beirut with two Chinook helicopters.") == [
        ("UK", ["ground troops", "air"], "firm")]


def test_civilian_rescue_personnel_are_not_troops_and_a_gapped_count_may_say_where_from():
    text = "Ankara sent 80 search-and-rescue personnel, and Athens 40 from its fire service."
    assert stances(text) == {"TR": "support", "GR": "support"}


def test_a_capital_gapped_after_an_amount_gives_its_own_amount():
    assert _pledges("Ottawa pledged C$10 million and Canberra A$4 million.") == [
        ("Ottawa", ["funding"], "firm"), ("Canberra", ["funding"], "firm")]
    assert _pledges("India pledged $US500,000 for the clinics.") == [("India", ["funding"], "firm")]


def test_taking_in_a_number_of_people_is_a_pledge():
    assert _pledges("Portugal will take 900 and Greece 300.") == [
        ("Portugal", ["other"], "firm"), ("Greece", ["other"], "firm")]
    assert _pledges("Portugal will take 3 weeks to reply.") == []


def test_a_gapped_country_with_a_noun_phrase_gets_that_phrases_kind():
    assert _pledges("Poland is contributing a corvette, and Latvia a maritime patrol aircraft.") == [
        ("Poland", ["sea"], "firm"), ("Latvia", ["air"], "firm")]


def test_it_after_a_refusal_carries_the_subject_and_what_if_anything_commits_nothing():
    assert stances("Vienna will not send soldiers, but it has offered €9 million for demining.") == {"AT": "support"}
    assert stances("Peru and Chile signed the declaration but have not said what, if anything, they will "
                   "give.") == {"PE": "listed", "CL": "listed"}


def test_a_source_inside_according_to_is_not_the_actor_and_radar_tracks_are_shared_intelligence():
    assert _pledges("Ottawa has welcomed the plan and, according to a senior Japanese official, will share "
                    "radar tracks.") == [("Ottawa", ["intelligence"], "firm")]


def test_ruling_out_joining_to_act_on_its_own_is_a_refusal():
    assert stances("Brazil has ruled out joining, preferring to patrol its coast under its own national "
                   "command.") == {"BR": "opposed"}
    # an alternative contribution to the same plan is still support
    assert stances("Brazil will not send troops, preferring to fund the training mission.") == {"BR": "support"}


def test_a_sentence_opening_with_it_refers_to_the_country_the_sentence_before_opened_with():
    assert stances("Madrid has welcomed the force. But it will not put its own troops under NATO command.") == {
        "ES": "opposed"}
    assert _pledges("Madrid has welcomed the force. It is unclear who will send troops.") == []


def test_refusing_others_access_to_ports_is_a_refusal_of_access():
    assert _pledges("Rabat said it would not let the coalition's warships use its ports.") == [
        ("Rabat", ["other"], "refused")]


def test_damning_a_plan_is_opposition_not_attending_is_nothing_and_a_resolution_others_may_block_is_no_role():
    text = ("Cuba called the plan \"a colonial adventure\". Brazil and Chile did not attend the meeting. "
            "Peru has offered a ship if the Security Council backs the mission, a resolution that Russia "
            "and China are likely to block.")
    assert stances(text) == {"CU": "opposed", "PE": "undecided"}



# --- rules found by blind round 10 (texts of our own) -------------------------------------

FACTBOX = ("FACTBOX-Who is sending what to the Haiti mission\n\n"
           "Haiti asked for the force in May.\n\n"
           "KENYA\nA battalion of 400 police officers, plus the force commander.\n\n"
           "BENIN\nAbuja-style pledges aside, Cotonou has committed 200 soldiers.\n\n"
           "JAMAICA\n150 soldiers are on offer, but only if the UN pays for their rations.\n\n"
           "CANADA\nNo troops. Ottawa will instead pay 40 million dollars for the police academy.\n\n"
           "BRAZIL\nUndecided. The army says a company of 120 soldiers is ready.\n\n"
           "EUROPEAN UNION\nAbout 20 million euros for salaries.\n\n"
           "CUBA\nOpposed. Havana called the force \"an occupation\".\n\n"
           "WHAT NEXT\nThe first troops land in June.\n")


def test_a_factbox_section_headed_by_a_country_is_that_countrys_pledge():
    assert stances(FACTBOX) == {"KE": "troops", "BJ": "troops", "JM": "undecided", "CA": "support",
                                "BR": "undecided", "CU": "opposed"}
    got = {(p[0], tuple(p[1]), p[2]) for p in _pledges(FACTBOX)}
    assert ("Kenya", ("ground troops",), "firm") in got and ("Canada", ("ground troops",), "refused") in got
    assert ("European Union", ("funding",), "firm") in got


def test_people_flown_in_money_given_and_requests_studied():
    assert _pledges("Chile flew in 90 firefighters. Peru has given $2 million. Quito is \"assessing\" a "
                    "request for an air tanker.") == [("Chile", ["other"], "firm"), ("Peru", ["funding"], "firm"),
                                                      ("Quito", ["air"], "considering")]
    assert stances("Quito is \"assessing\" a request for an air tanker.") == {"EC": "undecided"}


def test_offering_nothing_sending_condolences_and_turning_down_are_not_pledges():
    assert stances("Peru and Chile signed the statement but have offered no aircraft or money. Bolivia sent "
                   "condolences. Ecuador turned Lima down.") == {"PE": "listed", "CL": "listed", "BO": "listed",
                                                                  "EC": "opposed"}  # (condolences: named, as rounds 21 and 24 annotate)


def test_a_vote_still_to_be_held_leaves_a_country_undecided_and_only_its_own_clause():
    text = ("Norway has offered to keep 200 soldiers in the north, subject to a vote in the Storting next "
            "month, and Denmark will keep a frigate off the coast.")
    assert stances(text) == {"NO": "undecided", "DK": "support"}
    assert stances("Norway will send 200 soldiers once parliament approves.") == {"NO": "undecided"}


def test_what_carries_troops_and_when_others_leave_are_not_the_givers_troops():
    assert stances("Italy will lend two aircraft for the first troop rotation.") == {"IT": "support"}
    assert stances("Spain will send trainers to the mission after UN peacekeepers leave.") == {"ES": "support"}


def test_a_gapped_count_after_about_and_a_contribution_named_as_a_noun():
    assert stances("Ghana would provide about 900 soldiers, and Togo about 300.") == {"GH": "troops", "TG": "troops"}
    assert _pledges("Uruguay's contribution is smaller: 40 firefighters from the national service.") == [
        ("Uruguay", ["other"], "firm")]


def test_a_new_subject_after_an_object_list_is_not_part_of_it():
    assert stances("Its troops left Mali after Bamako ended the pact with Paris, and the French government "
                   "has ruled out sending them back.") == {"FR": "opposed"}


# --- rules found by blind round 11 (texts of our own) -------------------------------------

def test_vaccine_doses_are_goods_not_money_and_a_possessive_offer_is_a_noun():
    assert _pledges("Austria has pledged 12 million doses from its stockpile.") == [("Austria", ["equipment"], "firm")]
    assert stances("Ankara's offer is serious, and so is its condition.") == {}


def test_a_condition_on_a_named_body_or_on_its_own_senate_leaves_the_country_undecided():
    assert stances("Chile has offered 5 million doses if the World Health Organization approves the "
                   "vaccine.") == {"CL": "undecided"}
    assert stances("Chile will send 200 soldiers once the Senate approves.") == {"CL": "undecided"}
    assert stances("Chile will send 200 soldiers once the war ends.") == {"CL": "troops"}


def test_being_committed_to_a_plan_is_no_contribution():
    assert stances("Peru says it is \u201cfully committed\u201d to the coalition but has not said what it will "
                   "send.") == {"PE": "listed"}


def test_a_verbless_item_refusing_one_thing_but_giving_another_and_an_answer_as_its_head():
    assert stances("Austria: no ships, but \u20ac20 million towards fuel.") == {"AT": "support"}
    assert _pledges("Seoul's answer: no personnel, but 40 trucks for the monitors.") == [
        ("Seoul", ["ground troops"], "refused"), ("Seoul", ["equipment", "monitoring"], "firm")]


def test_a_new_subject_after_an_appositive_and_officers_serving_as_monitors():
    assert stances("Chile will supply radios and train the monitors, and Peru, the region's newest member, "
                   "will send 10 police officers to serve as monitors.") == {"CL": "support", "PE": "support"}


def test_its_ministry_damning_the_plan_speaks_for_the_country_before_it():
    assert stances("Belarus has not joined either. Its foreign ministry called the pact \u201ca "
                   "sham\u201d.") == {"BY": "opposed"}


def test_a_country_acting_inside_a_relative_clause_and_a_national_asset_that_sailed():
    assert stances("Rome has sent two frigates and will run the headquarters from its base in Doha, which the "
                   "government of Qatar has agreed to open to partner navies.") == {"IT": "support", "QA": "support"}
    assert _pledges("The Dutch frigate Tromp sailed from Aruba on Monday.") == [("Dutch", ["sea"], "firm")]


# --- rules found by blind round 12 (texts of our own) -------------------------------------

def test_a_personish_country_after_a_sentence_ending_in_a_capitalised_word_is_a_country():
    assert stances("The council votes in July. Jordan is considering a request for a field hospital.") == {
        "JO": "undecided"}


def test_gapped_millions_and_crowns():
    assert _pledges("Denmark pledged 90 million crowns and Finland 20 million, officials said.") == [
        ("Denmark", ["funding"], "firm"), ("Finland", ["funding"], "firm")]


def test_a_list_item_is_read_before_its_verbs_and_an_item_of_nothing_is_a_refusal():
    assert _pledges("- Latvia: two helicopters and their crews, paid for by Riga.") == [
        ("Latvia", ["air", "funding"], "firm")]
    assert stances("- Spain: nothing this year. Madrid says its planes are needed at home.") == {"ES": "opposed"}


def test_troops_flown_in_by_another_are_not_its_troops_and_a_unit_ready_to_fly():
    assert stances("Italy will not send soldiers but will fly the contingents in aboard its transport "
                   "aircraft.") == {"IT": "support"}
    assert _pledges("Chile says a unit of 80 soldiers is ready to fly if Lima asks for it.") == [
        ("Chile", ["ground troops"], "conditional")]


def test_assets_at_work_and_a_host_that_asked_others_to_station_planes():
    assert _pledges("Canada has two Chinook helicopters ferrying food to the villages.") == [
        ("Canada", ["air"], "firm")]
    text = ("Athens asked its partners and neighbours in March to station aircraft in Greece. "
            "Italy has sent four planes to Greece.")
    assert stances(text) == {"IT": "support"}


def test_the_two_sides_of_a_border_are_places():
    assert stances("About 180 Canadian soldiers will deploy to the border between Peru and Ecuador.") == {
        "CA": "troops"}


# --- rules found by blind round 13 (texts of our own) -------------------------------------

def test_paratroopers_drone_footage_and_a_damned_evacuation():
    text = ("Italy: 300 paratroopers to hold the airport.\n\nCanada: drone footage of the city.\n\n"
            "Serbia, whose instructors have trained the army since 2018, has called the evacuation \u201cpremature\u201d.")
    assert stances(text) == {"IT": "troops", "CA": "support", "RS": "opposed"}


def test_money_promised_for_another_countrys_troops_and_surveillance_shared_with_them():
    text = ("Spain has promised \u00a312 million towards the Egyptian battalion's airlift and rations, and Italy "
            "will share drone surveillance with the incoming troops.")
    assert stances(text) == {"ES": "support", "IT": "support"}


def test_troops_moved_or_kept_in_the_mission_area():
    assert _pledges("Uganda would move 600 soldiers from Kismayo into the border towns only if the "
                    "African Union pays.")[0][1:] == (["ground troops"], "conditional")
    assert stances("Ghana and Togo, whose troops are already deployed in the north, said they would keep "
                   "their soldiers there once the mission starts.") == {"GH": "troops", "TG": "troops"}


def test_backing_a_mission_without_offering_anything_is_listing_and_a_long_bank_is_flagged():
    text = ("Belgium, Spain and the European Bank for Reconstruction and Development backed the mission at "
            "the board but have not offered experts or money.")
    assert stances(text) == {"BE": "listed", "ES": "listed"}
    assert find_countries(text)[1] == ["European Bank for Reconstruction and Development"]


def test_national_aircraft_that_landed_and_engineers_at_work():
    assert stances("Two Kenyan Air Force Mi-17 helicopters landed on Monday, and 140 Kenyan army engineers are "
                   "now building bridges.") == {"KE": "troops"}


def test_experts_sent_to_a_monitoring_mission_are_monitors():
    text = ("GENEVA - Six countries will send experts to the plant under a monitoring mission approved on "
            "Wednesday.\n\nNorway will send five experts, officials said.")
    assert _pledges(text)[-1] == ("Norway", ["monitoring"], "firm")
    assert _pledges("Norway will send five experts, officials said.") == [("Norway", ["other"], "firm")]


# --- rules found by blind round 14 (texts of our own) -------------------------------------

def test_a_national_transport_plane_that_flew_and_an_icebreaker_sent():
    assert _pledges("A Peruvian Air Force transport plane flew the injured to Lima.") == [("Peruvian", ["air"], "firm")]
    assert _pledges("Chile has sent the icebreaker Oscar Viel to the island.") == [("Chile", ["sea"], "firm")]
    assert _pledges("The plane is one of two Italian Air Force C-27 transport aircraft sent to Niamey.") == [
        ("Italian", ["air"], "firm")]


def test_antarctica_is_a_place_and_a_capitals_authorities_are_its_government():
    assert find_countries("The base on Livingston Island, Antarctica, burned.")[0] == []
    assert stances("The road runs through Mali, but the transitional authorities in Bamako have refused to let "
                   "convoys cross.") == {"ML": "opposed"}


def test_pledging_nothing_while_a_request_is_under_review_is_undecided():
    assert stances("Canada has pledged nothing; a spokesperson said the request was \u201cunder review\u201d.") == {
        "CA": "undecided"}
    assert stances("Canada has pledged nothing.") == {"CA": "opposed"}


def test_still_deciding_after_an_apposition_and_backing_without_naming_a_sum():
    assert stances("Portugal, also a signatory, is still deciding what to send.") == {"PT": "undecided"}
    assert stances("Latvia and Iceland have backed the appeal but have not named a sum.") == {
        "LV": "listed", "IS": "listed"}



# --- rules found by blind round 15 (texts of our own) -------------------------------------

def test_vessels_put_under_a_joint_command_and_a_gapped_one():
    assert _pledges("Ghana will put two navy patrol vessels under the joint command and Togo one.") == [
        ("Ghana", ["sea"], "firm"), ("Togo", ["sea"], "firm")]


def test_an_organisation_can_lead_a_gapped_sentence():
    assert _pledges("The European Union committed \u20ac22 million for fuel, and Denmark 60 million crowns.") == [
        ("European Union", ["funding"], "firm"), ("Denmark", ["funding"], "firm")]


def test_forces_as_a_verb_is_no_troops_and_an_eruption_condition_counts():
    text = "Peru has offered a navy hospital ship if the ash forces the evacuation of the capital."
    assert [(p.kinds, p.modality, p.condition) for p in extract_pledges(text, find_countries(text)[0])] == [
        (["sea"], "conditional", "if the ash forces the evacuation of the capital")]


def test_help_promised_without_saying_what_is_listing_and_the_helped_country_is_not_listed():
    assert stances("Chile and Peru have promised help but have not said what they will send.") == {
        "CL": "listed", "PE": "listed"}
    assert stances("Brazil has promised a team of technicians to help Bolivia.") == {"BR": "support"}


def test_a_history_in_a_relative_clause_is_no_pledge():
    assert _pledges("Japan, which has trained the national police since 2019, has been asked for equipment.") == []


def test_national_army_doctors_at_work_and_a_military_plane_that_brought_tents():
    assert stances("Moroccan army doctors run a field hospital in the school. A French military transport "
                   "plane brought tents.") == {"MA": "troops", "FR": "support"}


def test_their_ministry_damning_the_plan_speaks_for_every_country_the_sentence_before_opened_with():
    assert stances("Belarus and Serbia have not joined either. Their foreign ministries called the pact "
                   "\u201ca sham\u201d.") == {"BY": "opposed", "RS": "opposed"}


# --- rules found by blind round 16 (texts of our own) -------------------------------------

def test_a_guides_numbered_verdict_heads_are_read_with_their_paragraph():
    text = ("Country positions\n\n"
            "1. Peru — committed. Lima will keep about 900 soldiers in the new mission and base two helicopters "
            "there.\n\n"
            "2. Chile — out. Santiago withdrew its soldiers last year and has said it will not join.\n\n"
            "3. Bolivia — endorsed, no offer. La Paz backed the mission but has not said what it will give.\n\n"
            "4. Ecuador — money. Quito will give $5 million to the fund.\n")
    # (Lima's own sentence commits, so its pledge is the sentence's, named as written, like Quito's)
    assert _pledges(text) == [("Lima", ["ground troops", "air"], "firm"), ("Chile", ["ground troops"], "refused"),
                              ("Quito", ["funding"], "firm")]
    assert stances(text) == {"PE": "troops", "CL": "opposed", "BO": "listed", "EC": "support"}


def test_whose_clause_before_the_verb_does_not_give_its_country_the_pledge():
    assert _pledges("Paris, whose last soldiers left Chad in 2025, has ruled out sending forces back.") == [
        ("Paris", ["ground troops"], "refused")]


def test_a_relative_clause_gives_what_it_names_not_what_the_sentence_goes_on_to():
    assert _pledges("Australia, which has already sent six oil-spill specialists from its Maritime Safety "
                    "Authority to Weno, has not said whether it can spare a plane.") == [("Australia", ["other"], "firm")]


def test_army_doctors_are_troops_and_police_posts_mobile_labs_and_a_refusal_turned_down():
    assert _pledges("Russia has sent 40 army doctors and nurses.") == [("Russia", ["ground troops"], "firm")]
    assert _pledges("Berlin will give €18 million for roads, clinics and police posts.") == [
        ("Berlin", ["funding"], "firm")]
    assert _pledges("Germany is considering a request for two mobile laboratories.") == [
        ("Germany", ["equipment"], "considering")]
    assert _pledges("Senegal will send 30 laboratory technicians.") == [("Senegal", ["other"], "firm")]
    assert _pledges("India has turned down a request to release 2 million doses.") == [
        ("India", ["equipment"], "refused")]


def test_a_navy_team_that_arrived_is_a_naval_contribution():
    assert stances("A US Navy salvage team of 22 divers from Pearl Harbor arrived in Chuuk on Tuesday.") == {
        "US": "support"}
    assert _pledges("A US Navy salvage team of 22 divers from Pearl Harbor arrived in Chuuk on Tuesday.") == [
        ("US", ["sea"], "firm")]


def test_where_people_come_from_is_no_stance_and_agencies_pledge():
    assert stances("Most of the residents come from Afghanistan, Syria and Somalia.") == {}
    assert _pledges("The European Commission has promised €25m. UNICEF will send 40 tonnes of vaccines.") == [
        ("European Commission", ["funding"], "firm"), ("UNICEF", ["equipment"], "firm")]


# --- rules found by blind round 17 (texts of our own) -------------------------------------

def test_asked_to_give_and_weighing_the_request_is_considering_and_an_answer_follows_whether():
    assert _pledges("Asked whether Lima would help, she said Chile had been asked to share imagery from its "
                    "maritime surveillance flights and was considering the request.") == [
        ("Chile", ["intelligence"], "considering")]
    assert _pledges("Chile was asked to send troops.") == []


def test_a_confirmed_frigate_the_same_gift_and_a_closed_sea_are_pledges():
    assert _pledges("Paris had confirmed that the frigate it keeps in the gulf would patrol south of the island.") == [
        ("Paris", ["sea"], "firm")]
    assert _pledges("Italy had done the same with an offshore patrol vessel already in the region.") == [
        ("Italy", ["sea"], "firm")]
    assert _pledges("Nigeria said that no foreign warship would be allowed into its territorial waters.") == [
        ("Nigeria", ["other"], "refused")]
    assert _pledges("\u201cMoscow is welcome to send a ship,\u201d she said.") == []


def test_a_ministry_which_called_the_plan_gunboat_diplomacy_opposes_it_and_a_condemned_coup_does_not():
    assert stances("He read a statement from Russia's foreign ministry, which on Wednesday called the plan "
                   "\u201cgunboat diplomacy\u201d.") == {"RU": "opposed"}
    # (condemning the coup opposes no one's help: a voice, listed, as round 88's annotator has it)
    assert stances("Chile condemns the unconstitutional seizure of power in Peru.") == {"CL": "listed"}


def test_paid_for_it_police_instructors_and_members_of_a_defence_force():
    assert _pledges("\u201cKenya answered the call, and our officers paid for it,\u201d he said.") == []
    assert _pledges("Canada will deploy 40 Mounted Police instructors to train recruits.") == [
        ("Canada", ["training"], "firm")]
    assert _pledges("Jamaica will send 150 members of the Jamaica Defence Force.") == [
        ("Jamaica", ["ground troops"], "firm")]
    assert _pledges("Singapore sent 60 rescuers from its Civil Defence Force.") == [("Singapore", ["other"], "firm")]


def test_on_condition_that_is_undecided_and_a_turned_down_request_is_refused():
    text = "Cairo has offered 40 observers, on condition that they are allowed to work in the west."
    assert _pledges(text) == [("Cairo", ["monitoring"], "conditional")] and stances(text) == {"EG": "undecided"}
    assert _pledges("Algiers has turned down the U.N. request for observers.") == [("Algiers", ["monitoring"], "refused")]
    assert _pledges("Washington is considering a request for 3,000 voter-verification devices.") == [
        ("Washington", ["equipment"], "considering")]


def test_observers_for_a_vote_monitor_and_a_second_offer_keeps_its_own_condition():
    assert _pledges("Tunisia will send observers to the peace talks.") == []
    text = "Tunisia will send 30 observers and has agreed to print ballot papers if the Libyan presses cannot cope."
    assert _pledges(text) == [("Tunisia", ["monitoring"], "firm"), ("Tunisia", ["other"], "conditional")]
    assert _pledges("Portugal is ready to support the mediation with \u20ac2 million and \u201cwill not send "
                    "military forces\u201d.") == [("Portugal", ["funding"], "firm"),
                                                  ("Portugal", ["ground troops"], "refused")]


def test_could_protect_we_after_a_country_a_studied_request_and_an_airlift():
    assert _pledges("Ankara, which has had soldiers in Libya since 2020, says they could protect polling "
                    "stations, but only if the government makes a formal request.") == [
        ("Ankara", ["other"], "conditional")]  # (not Libya, named in the relative clause)
    assert _pledges("The United States condemns the coup. We are prepared to support the bloc, including with "
                    "airlift.") == [("United States", ["air"], "firm")]
    assert _pledges("Senegal has received the request for a battalion and is studying it.") == [
        ("Senegal", ["ground troops"], "considering")]
    # (people flown in are "other", as firefighters flown in are)
    assert _pledges("The Ghana Air Force will fly the mediation team to Bissau.") == [("Ghana", ["other"], "firm")]


def test_standing_with_a_bloc_is_listed_and_members_named_in_an_appositive_oppose_with_it():
    assert stances("The Gambia stands with ECOWAS.") == {"GM": "listed"}
    assert stances("The Confederation, formed by the governments of Mali, Burkina Faso and Niger after they left "
                   "the bloc, warned the bloc against intervening.") == {"ML": "opposed", "BF": "opposed",
                                                                         "NE": "opposed"}


# --- rules found by blind round 18 (texts of our own) -------------------------------------

def test_goods_given_more_troops_and_troops_withdrawn():
    assert _pledges("Japan will give the Philippines five more coast guard ships and Australia is prepared to "
                    "send warships on joint patrols.") == [("Japan", ["sea"], "firm"), ("Australia", ["sea"], "firm")]
    assert _pledges("Ukraine gave up its nuclear weapons in 1994.") == []
    assert _pledges("Austria, which commands the force, would double its contingent to about 600.") == [
        ("Austria", ["ground troops"], "firm")]
    text = "Hungary said it would withdraw its 180 soldiers from the force."
    assert _pledges(text) == [("Hungary", ["ground troops"], "refused")] and stances(text) == {"HU": "opposed"}
    assert _pledges("Within weeks the soldiers had been withdrawn from the plan, and Pretoria sent two "
                    "helicopters instead.") == [("Pretoria", ["air"], "firm")]


def test_carabinieri_and_a_later_clause_of_its_own():
    text = ("Italy was \"actively considering\" sending a carabinieri unit, and Paris had agreed to share French "
            "intelligence on armed groups.")
    assert _pledges(text) == [("Italy", ["ground troops"], "considering"), ("Paris", ["intelligence"], "firm")]
    assert stances(text) == {"IT": "undecided", "FR": "support"}
    text = ("She said Germany had committed 300 soldiers, and that Austria, which commands the force, would send 600 "
            "more soldiers.")
    assert stances(text) == {"DE": "troops", "AT": "troops"}


def test_more_of_what_the_subject_named_and_a_government_in_its_capital_with_an_aside():
    assert _pledges("Rwanda, whose soldiers never left the province, will add 1,000 more by October.") == [
        ("Rwanda", ["ground troops"], "firm")]
    text = "The government in Gaborone - no longer the one I served in - has offered two helicopters."
    assert _pledges(text) == [("Gaborone", ["air"], "firm")] and stances(text) == {"BW": "support"}


def test_requests_weighed_planes_allowances_frozen_assets_and_ordered_frigates():
    assert _pledges("Ghana is weighing an AU request for 60 military observers.") == [
        ("Ghana", ["monitoring"], "considering")]
    assert _pledges("France is studying a request to fly troops and equipment into Goma on transport planes.") == [
        ("France", ["air", "equipment"], "considering")]
    assert _pledges("The European Union will pay the monitors' allowances with 45 million euros.") == [
        ("European Union", ["funding"], "firm")]
    assert _pledges("Britain on Monday froze the assets of three commanders.") == [("Britain", ["sanctions"], "firm")]
    assert _pledges("The French navy has ordered a frigate based in Reunion to patrol the channel.") == [
        ("French", ["sea"], "firm")]


def test_support_without_an_offer_is_listed_and_the_state_department_speaks_for_the_us():
    assert stances("Poland had expressed strong support in Brussels but had made no offer of troops.") == {"PL": "listed"}
    assert stances("Russia made no pledge.") == {"RU": "opposed"}
    assert stances("The State Department says it is \"reviewing\" a request to share imagery.") == {"US": "undecided"}


# --- rules found by blind round 19 (texts of our own) -------------------------------------

def test_boats_and_refugees_taken_in_or_turned_away():
    assert _pledges("Indonesia would accept the remaining boats only if the UN agency found places for them.") == [
        ("Indonesia", ["other"], "conditional")]
    assert stances("Myanmar, whose military government has said it will not accept any of the passengers, "
                   "was silent.") == {"MM": "opposed"}
    assert _pledges("Malaysia will let two of the boats land at Penang.") == [("Malaysia", ["other"], "firm")]
    assert stances("The Royal Thai Navy has sent a frigate to escort the boats, but will not let them ashore.") == {
        "TH": "support"}
    assert stances("The United States and Japan endorsed the appeal without yet pledging anything to it.") == {
        "US": "listed", "JP": "listed"}


def test_a_capital_past_a_comma_aside_a_provided_clause_and_strings_attached():
    text = "Riyadh, by contrast, said it would give $100 million, but only once a review confirms the plan."
    assert _pledges(text) == [("Riyadh", ["funding"], "conditional")] and stances(text) == {"SA": "undecided"}
    assert _pledges("Iran is ready to send pumps and 50 engineers, said a spokesman, provided no foreign troops "
                    "are stationed at the dam.") == [("Iran", ["equipment"], "conditional")]
    assert _pledges("Tehran offered something too, with strings of its own.") == [("Tehran", ["other"], "conditional")]


def test_troops_training_others_a_civil_engineers_corps_and_a_capitals_newspaper():
    assert _pledges("Spanish troops training Iraqi forces will not be redeployed to the dam.") == []
    assert _pledges("The United States would provide a team of 40 civilian engineers from the Army Corps of "
                    "Engineers.") == [("United States", ["other"], "firm")]
    assert stances("The Bangkok daily was scathing about the plan.") == {}


def test_an_organisation_along_with_a_country_list_is_flagged():
    assert find_countries("Canada, France and Germany, along with the European Union, issued a statement.")[1] == [
        "European Union"]


def test_events_after_a_pledge_ships_of_goods_rescues_and_diverted_ships():
    assert _pledges("Britain is sending a navy patrol ship, the government said Thursday, two days after "
                    "Venezuelan soldiers took over a post.") == [("Britain", ["sea"], "firm")]
    assert _pledges("Japan will not send soldiers, but will ship tents, generators and water tanks.") == [
        ("Japan", ["ground troops"], "refused"), ("Japan", ["equipment"], "firm")]
    assert _pledges("The paper praised India, whose coast guard pulled 38 people from a sinking boat.") == [
        ("India", ["sea"], "firm")]
    assert _pledges("India has diverted the landing ship Airavat to Toamasina with 100 tonnes of food.") == [
        ("India", ["sea"], "firm")]
    assert _pledges("Brazil, which borders both countries, says it will not send troops.") == [
        ("Brazil", ["ground troops"], "refused")]


def test_a_cleft_giver_strings_attached_and_a_minister_who_speaks_for_her_coast_guard():
    text = "It is South Africa, not Mauritius, that has offered two helicopters on condition that Maputo asks."
    assert _pledges(text) == [("South Africa", ["air"], "conditional")] and stances(text) == {"ZA": "undecided"}
    assert stances("Turkey and Iran offered help and asked for something back.") == {"TR": "undecided",
                                                                                    "IR": "undecided"}
    text = ("Trinidad and Tobago's prime minister, Anita Clarke, said her coast guard would send a cutter \"the "
            "moment CARICOM asks us to.\"")
    assert _pledges(text) == [("Trinidad and Tobago", ["sea"], "conditional")] and stances(text) == {"TT": "undecided"}
    assert stances("The Philippines offered to take 200 refugees, subject to security screening.") == {
        "PH": "undecided"}


def test_a_digests_own_government_a_government_that_said_it_will_not_and_damning_words_written():
    text = ("DAILY KHOBOR (Dhaka, Bangladesh)\n\nThe daily backed its government's refusal to take the boats back.\n\n"
            "It saved its anger for Myanmar, whose military government has said it will not accept any of the "
            "passengers.\n")
    assert stances(text) == {"BD": "opposed", "MM": "opposed"}
    assert stances("Cuba's foreign minister, Ana Ruiz, wrote on X that \"British warships and American spy planes "
                   "are the real provocation.\"") == {"CU": "opposed"}
    assert stances("France issued a statement saying much the same.") == {"FR": "listed"}


def test_a_correction_withdraws_the_earlier_pledge_and_ships_and_planes_use_a_port():
    text = ("Mauritius has offered two helicopters, provided Maputo asks.\n\n"
            "It is South Africa, not Mauritius as reported earlier, that has offered two helicopters.\n\n"
            "Mauritius will let aid ships and planes use Port Louis as a staging hub.")
    assert _pledges(text) == [("South Africa", ["air"], "firm"), ("Mauritius", ["other"], "firm")]
    assert stances(text)["MU"] == "support"
    assert stances("Germany was among 14 countries whose ambassadors attended a briefing by Malagasy "
                   "officials.") == {"DE": "listed"}  # (the host's officials are not listed)


# --- rules found by blind round 20 (texts of our own) -------------------------------------

def test_soldiers_who_will_land_a_country_that_ruled_itself_out_and_goods_handed_over():
    assert _pledges("Kigali says the first of its 850 soldiers will land at the airstrip this month.") == [
        ("Kigali", ["ground troops"], "firm")]
    assert _pledges("Uganda, whose army fought there in 2013, has ruled itself out.") == [
        ("Uganda", ["other"], "refused")]
    assert _pledges("Japan handed over 600 family tents at Lukla airport on Monday.") == [
        ("Japan", ["other"], "firm")]  # (relief goods are "other" here, as in rounds 8 and 12)
    assert _pledges("Two Indian Air Force helicopters began ferrying stranded trekkers out of the valley.") == [
        ("Indian", ["air"], "firm")]


def test_an_ambassador_announcing_aid_requests_weighed_and_an_appositive_one_of_the():
    assert _pledges("China's Ambassador Chen Songlin announced emergency assistance of 20 million yuan.") == [
        ("China", ["funding"], "firm")]
    assert _pledges("Washington is \"giving serious consideration\" to a request for heavy-lift helicopters.") == [
        ("Washington", ["air"], "considering")]
    assert _pledges("A spokesperson said the US was \"looking closely at\" a request for a Reaper drone.") == [
        ("US", ["air"], "considering")]
    text = ("Bangladesh, one of the largest contributors to U.N. peacekeeping, has offered an army engineering "
            "company, but only if the force becomes a U.N. operation.")
    assert _pledges(text) == [("Bangladesh", ["ground troops"], "conditional")] and stances(text) == {
        "BD": "undecided"}


def test_accusing_the_allies_seeing_no_need_and_sending_solidarity():
    assert stances("Russia's foreign ministry accused Sweden and its allies of using an accident as an excuse.")[
        "RU"] == "opposed"
    assert stances("He told the Council that Moscow saw \"no need for another foreign force\".") == {"RU": "opposed"}
    assert stances("Sri Lanka and the Maldives sent messages of solidarity but have not offered help.") == {
        "LK": "listed", "MV": "listed"}


def test_weighing_a_request_is_undecided_and_assets_that_cannot_be_spared_are_refused():
    assert stances("Ethiopia is still weighing a request to contribute a helicopter unit.") == {"ET": "undecided"}
    assert stances("France and Britain are open to sending troops.") == {"FR": "troops", "GB": "troops"}
    text = "Bhutan, which Kathmandu had approached for its helicopters, said they could not be spared."
    assert _pledges(text) == [("Bhutan", ["other"], "refused")] and stances(text)["BT"] == "opposed"


# --- rules found by blind round 21 (texts of our own) -------------------------------------

def test_soldiers_and_helicopters_landed_rescuers_from_a_country_and_a_battalion_not_released():
    assert stances("Ninety Austrian soldiers and three army helicopters landed at the airfield.") == {"AT": "troops"}
    assert _pledges("Forty rescuers from Serbia's emergency service, with six boats, were sent to Polzela.") == [
        ("Serbia", ["other"], "firm")]
    text = "Zagreb told the government in Ljubljana that it could not release the Croatian army's engineer battalion."
    assert _pledges(text) == [("Zagreb", ["ground troops"], "refused")] and stances(text) == {"HR": "opposed"}
    assert _pledges("London told her the aircraft were committed to exercises in Europe.") == []


def test_drones_not_soldiers_a_neighbours_border_police_and_a_bloc_that_must_act_first():
    assert _pledges("France offers drones, not soldiers.") == [("France", ["air"], "firm")]
    assert stances("Washington will release $25 million for Benin's border police.") == {"US": "support"}
    text = "Nigeria said it stood ready to deploy a battalion \"if and when ECOWAS activates its standby force\"."
    assert stances(text) == {"NG": "undecided"}
    assert _pledges("Togo said it could not spare soldiers.") == [("Togo", ["ground troops"], "refused")]


def test_places_on_a_course_airspace_denied_and_a_recolonisation_by_proxy():
    assert _pledges("Ivory Coast will open 80 places for Beninese officers at its counter-terrorism academy.") == [
        ("Ivory Coast", ["training"], "firm")]
    text = ("Niger's military government, which has kept its border closed since 2023, said it would deny its "
            "airspace to any foreign aircraft.")
    assert _pledges(text) == [("Niger", ["other"], "refused")] and stances(text) == {"NE": "opposed"}
    assert stances("Burkina Faso's junta accused Cotonou of inviting \"a recolonisation by proxy\".") == {"BF": "opposed"}
    assert _pledges("France ruled out sending combat troops. But Paris will share drone surveillance of the "
                    "border.") == [("France", ["ground troops"], "refused"), ("Paris", ["air", "intelligence"], "firm")]


def test_two_offers_one_examined_a_relative_clause_with_a_quote_and_troops_not_discussed():
    text = "Germany pledged 35 million euros and said it was examining a request for surveillance radars."
    assert _pledges(text) == [("Germany", ["funding"], "firm"), ("Germany", ["intelligence"], "considering")]
    assert stances(text) == {"DE": "support"}
    assert _pledges("Lithuania, whose president, Ana Lee, has called Moldova \"the next test,\" said it would send "
                    "a team of military engineers.") == [("Lithuania", ["ground troops"], "firm")]
    assert _pledges("The United States will share intelligence on the movements of the roughly 1,500 Russian troops "
                    "stationed in the region.") == [("United States", ["intelligence"], "firm")]
    assert _pledges("Neither would discuss sending American troops.") == []


def test_a_countrys_air_force_planes_a_former_donor_that_will_not_fund_and_condolences():
    assert _pledges("Two Pakistan Air Force C-130 transport planes landed in Herat with tents.") == [
        ("Pakistan", ["air", "other"], "firm")]
    text = ("Washington, once the country's largest donor, has said it will not provide new funding. \"The United "
            "States is not in a position to fund a response,\" a spokesperson said.")
    assert stances(text) == {"US": "opposed"}
    assert stances("Japan and the United Kingdom have expressed condolences but have not announced any aid.") == {
        "JP": "listed", "GB": "listed"}
    assert stances("Uzbekistan has offered a field hospital \"as soon as the Afghan side guarantees their "
                   "security\".") == {"UZ": "undecided"}


def test_people_at_work_a_countrys_region_and_a_body_that_must_set_a_timeline():
    assert _pledges("A team of 24 firefighters from Hungary has been draining cellars with 12 pumps.") == [
        ("Hungary", ["equipment", "other"], "firm")]  # the pumps, and the firefighters ("other")
    assert stances("The Italian region of Friuli has offered 35 volunteers, but only once the weather alert is "
                   "lifted.") == {"IT": "undecided"}
    assert stances("The United States condemns the coup. We are prepared to support the bloc, including with "
                   "airlift, once the Authority sets a clear timeline.") == {"US": "undecided"}


# --- rules found by blind round 22 (texts of our own) -------------------------------------

def test_a_plane_by_its_model_people_committed_to_police_and_soldiers_put_under_un_command():
    assert _pledges("A UAE Air Force C-17 landed at Gan on Thursday with 30 tonnes of food.") == [("UAE", ["air", "other"], "firm")]
    assert _pledges("Norway has committed people to police it.") == [("Norway", ["other"], "firm")]
    assert _pledges("Britain will put 250 soldiers from its bases in Cyprus under United Nations command.") == [
        ("Britain", ["ground troops"], "firm")]
    assert stances("Slovakia, which already provides the largest contingent after Britain and Argentina, is the "
                   "only other country to have firmly committed troops.") == {"SK": "troops"}


def test_looking_seriously_at_a_platoon_damning_words_in_a_statement_his_country_and_offering_nothing():
    assert stances("Ireland's deputy leader said the government was \"looking seriously\" at sending an infantry "
                   "platoon.") == {"IE": "undecided"}
    assert stances("Turkey's foreign ministry said in a statement that any increase in troops would be a "
                   "\"provocation\".") == {"TR": "opposed"}
    assert stances("El Salvador went further. Its minister said his country was ready to hold 400 gang leaders, "
                   "provided Quito pays.") == {"SV": "undecided"}
    assert stances("Turkey welcomed the truce but has not offered monitors or money.") == {"TR": "listed"}


def test_a_region_that_did_not_need_foreign_aircraft_is_opposed():
    assert stances("Mexico's foreign ministry said in a statement that Latin America did not need \"foreign aircraft "
                   "patrolling our coasts\".") == {"MX": "opposed"}


# --- rules found by blind round 23 (texts of our own) -------------------------------------

def test_statements_urging_calm_and_guests_who_made_no_pledges_are_listed():
    assert stances("Malaysia and Vietnam issued statements urging calm but did not offer help.") == {
        "MY": "listed", "VN": "listed"}
    assert _pledges("Malaysia and Vietnam issued statements urging calm but did not offer help.") == []
    assert stances("Norway and Chile attended the conference but made no pledges.") == {"NO": "listed", "CL": "listed"}
    assert stances("Chile made no pledge at the conference.") == {"CL": "opposed"}


def test_a_reporters_credit_a_police_recipient_and_personnel_carriers_are_not_troops():
    assert stances("Reuters reporter Ana Ruiz in Lima, Peru, contributed to this report.") == {}
    assert _pledges("South Korea will give 12 trucks and radios to the national police.") == [
        ("South Korea", ["equipment"], "firm")]
    assert _pledges("Canada will deliver 40 armoured personnel carriers.") == [("Canada", ["equipment"], "firm")]
    assert _pledges("Spain will send 200 police officers to the mission.") == [("Spain", ["ground troops"], "firm")]


def test_a_spokespersons_clause_and_an_embassy_in_its_capital_are_new_subjects():
    text = ("Norway pledged $5 million for shelters, and a Foreign Ministry spokesperson said Oslo was \"looking at\" "
            "whether a navy vessel could be diverted to the coast.")
    assert _pledges(text) == [("Norway", ["funding"], "firm"), ("Oslo", ["sea"], "considering")]
    assert stances(text) == {"NO": "support"}
    text = ("Italy pledged €1 million for tents, and the Dutch Embassy in Nairobi said it would donate 300 sets of "
            "protective clothing.")
    assert _pledges(text) == [("Italy", ["funding"], "firm"), ("Dutch", ["equipment"], "firm")]


def test_speeding_up_deliveries_and_letting_donors_route_aid_through_a_port():
    assert _pledges("Poland, which has sold tanks to the region, will speed up delivery of howitzers ordered in "
                    "May.") == [("Poland", ["equipment"], "firm")]
    assert stances("Malta will allow donors to route supplies through the port of Valletta.") == {"MT": "support"}


def test_a_capacity_condition_is_undecided_and_arrivals_by_service_and_model():
    assert stances("Peru offers engineers if its own rainy season allows.") == {"PE": "undecided"}
    assert _pledges("A column of 80 Peruvian Army soldiers trained in mountain rescue reached the valley on "
                    "Sunday.") == [("Peruvian", ["ground troops"], "firm")]
    assert _pledges("Three Chilean Air Force C-130 planes, each carrying 9,000 litres of water, will operate from "
                    "Salta.") == [("Chilean", ["air"], "firm")]
    assert stances("Ghana and Togo sent condolences to the Malian government but have not offered help.") == {
        "GH": "listed", "TG": "listed"}


def test_money_tied_to_reform_warnings_in_a_statement_and_a_geopolitical_project():
    assert stances("The biggest donor, Kuwait, has tied its aid to a new budget law.") == {"KW": "undecided"}
    assert stances("Cash is flowing, but Tokyo wants parliament to act first.") == {"JP": "undecided"}
    assert stances("China's foreign ministry warned in a statement against \"outside forces\" in the region.") == {
        "CN": "opposed"}
    assert stances("Iran's foreign ministry spokesman, Ali Karimi, called the mission \"a geopolitical game of "
                   "Washington\".") == {"IR": "opposed"}


# --- rules found by blind round 24 (texts of our own) -------------------------------------

def test_saint_abbreviated_a_separate_command_and_civilian_doctors():
    assert stances("St. Kitts and Nevis and St Vincent sent messages of solidarity but have not announced any "
                   "assistance.") == {"KN": "listed", "VC": "listed"}
    assert _pledges("US Southern Command said separately it was weighing a request for cargo planes.") == [
        ("US", ["air"], "considering")]
    assert _pledges("A team of 30 Venezuelan doctors and nurses landed on Monday.") == [("Venezuelan", ["other"], "firm")]
    assert _pledges("A team of 30 Moroccan army doctors landed on Monday.") == [("Moroccan", ["ground troops"], "firm")]


def test_a_second_giver_past_its_relative_clause_a_staging_hub_and_a_ship_that_could_sail():
    assert _pledges("Norway will give $2 million, and Japan, which built the port, announced $5 million in aid.") == [
        ("Norway", ["funding"], "firm"), ("Japan", ["funding"], "firm")]
    assert stances("Panama has turned its Howard air base into a staging hub for aid flights.") == {"PA": "support"}
    # (a request still to come is the offer's condition: round 24's gold, "should Roseau ask for it")
    assert _pledges("Belgium said a navy frigate based in Zeebrugge could sail for the coast should Accra ask.") == [
        ("Belgium", ["sea"], "conditional")]
    assert stances("Belgium said a navy frigate based in Zeebrugge could sail for the coast should Accra ask.") == {
        "BE": "undecided"}


def test_engineers_from_a_defence_force_but_not_from_the_army_corps_and_a_unit_that_is_ready():
    assert _pledges("Ghana said it could not spare engineers from the Ghana Armed Forces.") == [
        ("Ghana", ["ground troops"], "refused")]
    assert _pledges("Chile will send a team of civilian engineers from the Army Corps of Engineers.") == [
        ("Chile", ["other"], "firm")]
    assert _pledges("Italy says a unit of 80 soldiers is ready to fly if Quito asks for it.") == [
        ("Italy", ["ground troops"], "conditional")]


def test_helicopters_moved_trainees_an_appositive_with_a_figure_and_one_of_several():
    assert _pledges("Rwanda said it would move two Mi-8 helicopters to Goma airport.") == [("Rwanda", ["air"], "firm")]
    assert _pledges("Egypt will train another 900 Sudanese soldiers next year.") == [("Egypt", ["training"], "firm")]
    assert stances("Burundi, the force's second contributor with about 1,200 soldiers, said it was ready to send 300 "
                   "more, but only if salaries are paid.") == {"BI": "undecided"}
    # (the appositive's own country, named without a possessive, is still taken for the actor: left alone)
    assert stances("Greece, one of several European Union countries that do not recognise Kosovo's independence, pulled "
                   "its troops out of the force in 2010 and said it would not rejoin.")["GR"] == "opposed"


def test_troops_that_would_fly_objections_to_others_troops_accusations_and_condolences():
    assert stances("Morocco said a battalion of 400 troops would fly to Bamako on Friday.") == {"MA": "troops"}
    assert _pledges("Sudan has long objected to Chadian troops deploying near its border.") == []
    assert stances("Nigerian President Ada Okoro accused Niger's junta of provoking the clashes.") == {"NG": "opposed"}
    assert stances("Peru and Bolivia conveyed their condolences.") == {"PE": "listed", "BO": "listed"}


def test_every_saint_country_is_found_with_st_and_st_dot():
    assert stances("St Vincent and the Grenadines and St. Lucia sent messages of solidarity.") == {
        "VC": "listed", "LC": "listed"}


def test_did_not_offer_reads_as_has_not_offered_wherever_the_rules_look_for_it():
    # one negated-auxiliary fragment (sentences.NOT_DONE) for the pledge verb, the backer and the listing rules
    for aux in ("have not offered", "did not offer"):
        text = f"Norway backed the mission at the board but {aux} experts or money."
        assert _pledges(text) == [], aux
        assert stances(text) == {"NO": "listed"}, aux


# --- rules found by blind round 25 (texts of our own) -------------------------------------

def test_sums_in_local_currencies_and_a_currency_named_in_words_are_funding():
    assert _pledges("Kenya said it would give KSh 400 million for shelters.") == [("Kenya", ["funding"], "firm")]
    assert _pledges("Bahrain will also give Dh12 million for reconstruction.") == [("Bahrain", ["funding"], "firm")]
    assert _pledges("Poland said it would not contribute a single zloty to the scheme.") == [
        ("Poland", ["funding"], "refused")]


def test_people_flown_in_each_pledged_a_compound_second_giver_and_the_navys_named_ship():
    assert _pledges("Qatar flew 40 urban search and rescue experts to Sylhet on Monday.") == [
        ("Qatar", ["other"], "firm")]
    assert _pledges("Chile pledged $4 million, and Peru and Bolivia each pledged $1 million, officials said.") == [
        ("Chile", ["funding"], "firm"), ("Peru", ["funding"], "firm"), ("Bolivia", ["funding"], "firm")]
    assert _pledges("The Thai navy's HTMS Angthong, which had been on exercise, docked at the port with 20 tonnes "
                    "of rice.") == [("Thai", ["sea", "other"], "firm")]
    assert _pledges("Bangladesh said a ship carrying rice would sail from Chittagong once the port reopens.") == [
        ("Bangladesh", ["sea"], "conditional")]


def test_instead_it_carries_the_country_and_a_headquarters_location_is_no_stance():
    assert stances("Canada said it would not send a warship. Instead, it will give $2 million to the Red Cross.") == {
        "CA": "support"}
    assert stances("The Royal Navy's Gulf squadron, based in Bahrain, said it was reviewing a request for divers.") == {}


def test_the_place_a_disaster_hit_is_the_host_and_gets_no_stance():
    # each cue alone makes Fiji the host, which is then not listed beside the others
    assert stances("Fiji has been hit by three cyclones this year, and Tonga sent condolences.") == {"TO": "listed"}
    assert stances("Fiji's northern province of Macuata was worst hit, and Tonga and Samoa expressed solidarity.") == {
        "TO": "listed", "WS": "listed"}
    assert stances("Australia is weighing a Fijian request for helicopters. Fiji and Tonga thanked their partners "
                   "for their solidarity.") == {"AU": "undecided", "TO": "listed"}
    assert stances("Tonga sent condolences to the Fijian government. Fiji and Samoa expressed solidarity.") == {
        "TO": "listed", "WS": "listed"}


def test_civilian_crews_that_landed_crews_held_back_and_crews_expected_to_follow():
    assert _pledges("A flight carrying 60 Chilean firefighters landed in Concepción on Sunday.") == [
        ("Chilean", ["other"], "firm")]
    assert _pledges("Greece said it could not spare any crews this summer.") == [("Greece", ["other"], "refused")]
    assert _pledges("A team of 40 rescuers from Turkey is expected to follow on Friday.") == [
        ("Turkey", ["other"], "firm")]
    assert _pledges("Japan is sending 12 experts, including aircraft technicians and logistics staff.") == [
        ("Japan", ["other"], "firm")]


def test_messages_of_support_from_governments_neither_nor_and_endorsing_without_offering():
    assert stances("The premier said she had received messages of support from the governments of Peru and "
                   "Uruguay.") == {"PE": "listed", "UY": "listed"}
    assert _pledges("Cyprus said it would neither send its patrol boats nor open its ports.") == [
        ("Cyprus", ["sea"], "refused")]
    text = "Austria and Slovenia have endorsed the plan without, so far, offering any ships."
    assert _pledges(text) == []
    assert stances(text) == {"AT": "listed", "SI": "listed"}
    # a backer "without sending" is the same backer as one "without offering": listed, no pledge
    assert _pledges("Estonia backed the plan without sending troops.") == []
    assert stances("Estonia backed the plan without sending troops.") == {"EE": "listed"}
    assert _pledges("Norway will send a frigate without helicopters.") == [("Norway", ["sea"], "firm")]


def test_someone_other_than_the_country_a_preference_and_taking_no_part():
    assert _pledges("It would help if someone other than Greece agreed to take the migrants.") == []
    assert _pledges("Denmark, true to its preference for paying, will put up €10m for rescue boats.")[0][2] == "firm"
    assert _pledges("Iran said it would take no part in the observer mission.") == [
        ("Iran", ["monitoring"], "refused")]


# --- rules found by blind round 26 (texts of our own) -------------------------------------

def test_when_troops_could_arrive_is_not_whether_and_flying_anothers_battalion_is_an_airlift():
    assert stances("Ghana has pledged 600 soldiers, and says 100 of them could be in Tamale within a month.") == {
        "GH": "troops"}
    assert _pledges("Canada will fly the Ghanaian battalion to Mali aboard air force transport planes.") == [
        ("Canada", ["air"], "firm")]


def test_criticising_anothers_funding_pledges_nothing_and_is_opposed():
    text = "Iran, which signed an arms deal with Caracas in 2021, has criticised Western funding for the force."
    assert _pledges(text) == []
    assert stances(text) == {"IR": "opposed"}


def test_soldiers_of_a_named_unit_at_work_and_soldiers_flown_in_are_troops():
    # ("Training" in the unit's name is no verb)
    assert _pledges("About 40 soldiers from the French Army Training Detachment Djibouti, which runs desert courses, "
                    "were clearing roads.") == [("French", ["ground troops"], "firm")]
    assert _pledges("Fiji flew in 45 soldiers of the Fiji Military Forces.") == [("Fiji", ["ground troops"], "firm")]
    # in a headline every word is capitalised, and a capitalised verb is still a verb
    assert _pledges("Nine Nations Pledge Troops For Haiti Force") == [("9 countries", ["ground troops"], "firm")]


def test_waiting_on_the_hosts_ministry_holding_back_divers_and_relative_clauses_before_the_verb():
    assert stances("Cuba has doctors ready to fly as soon as Haiti's Health Ministry approves the request.") == {
        "CU": "undecided"}
    assert _pledges("Panama said it could not spare the rescue divers Colombia had asked for.") == [
        ("Panama", ["other"], "refused")]
    assert _pledges("Spain, the former colonial power, announced €3 million for shelter.") == [
        ("Spain", ["funding"], "firm")]
    assert _pledges("Chile, where the storm flooded the north coast, said it could not spare the rescue divers.") == [
        ("Chile", ["other"], "refused")]


def test_hostile_accusations_and_a_hosts_appeal_to_its_partners():
    assert stances("Serbia said Croatia was “manufacturing a crisis”, and accused Croatian police of beating "
                   "migrants.") == {"RS": "opposed"}
    assert stances("Austria described the patrols as “another step in the militarisation of the border”.") == {
        "AT": "opposed"}
    text = ("Estonia has asked its EU partners for border guards. Finland will send 20 guards, and Estonia thanked "
            "its allies for their solidarity.")
    assert stances(text) == {"FI": "support"}


def test_people_trained_for_a_task_are_not_training_and_a_long_should_condition():
    # (border guards sent abroad are ground troops, the house convention since round 71; trained, not training)
    assert _pledges("Norway is weighing a request for border guards trained to work in the forests.") == [
        ("Norway", ["ground troops"], "considering")]
    got = _pledges("Malaysia said its armed forces stood ready to send a C-130 transport aircraft should Manila request "
                   "it through the ASEAN Coordinating Centre for Humanitarian Assistance on disaster management (AHA).")
    assert got == [("Malaysia", ["air"], "conditional")]


# --- rules found by blind round 27 (texts of our own) -------------------------------------

def test_a_second_giver_past_a_long_relative_clause_who_flew_in_a_worded_count():
    assert _pledges("Peru sent a patrol aircraft, and Ecuador, whose own coast was hit by a spill of this kind in "
                    "2009, flew in six experts from its environment ministry.") == [
        ("Peru", ["air"], "firm"), ("Ecuador", ["other"], "firm")]


def test_evaluating_a_request_a_ship_under_way_and_assets_sent_by_a_service():
    assert stances("The Canadian Coast Guard is evaluating a Chilean request for oil booms.") == {"CA": "undecided"}
    assert _pledges("An Indonesian navy hospital ship was heading for Suva with doctors aboard.") == [
        ("Indonesian", ["sea"], "firm")]
    assert _pledges("Three water bombers sent by the Croatian fire service landed at Split airport.") == [
        ("Croatian", ["air"], "firm")]
    assert _pledges("Cyprus said it could not spare any of its helicopters.") == [("Cyprus", ["air"], "refused")]


def test_a_country_inside_anothers_relative_clause_is_not_the_one_deliberating():
    assert stances("Belize has asked for international help. Jamaica, which sent police officers to Haiti, is "
                   "weighing a request for trainers, and Mexico will send 200 soldiers to Belize.") == {
        "JM": "undecided", "MX": "troops"}


def test_a_country_that_led_a_mission_that_ended_is_history_not_listed():
    text = ("Honduras asked for a foreign force. The idea has been damaged by the mission in Haiti, which was led by "
            "Kenya and wound down last year. Canada will send 40 police trainers to Honduras.")
    assert stances(text) == {"CA": "support"}


# --- rules found by blind round 28 (texts of our own) -------------------------------------

def test_a_dateline_capital_is_no_section_heading():
    text = "Aid flights reach the north\n\nNAIROBI\nUpdated - May 2, 2034 9:10 pm EAT\n\nKenya sent two planes."
    assert _pledges(text) == [("Kenya", ["air"], "firm")]


def test_a_currency_written_with_a_dot_and_visa_bans():
    assert _pledges("Bhutan announced a contribution of Nu. 20 million to the relief fund. Peru sent a plane.") == [
        ("Bhutan", ["funding"], "firm"), ("Peru", ["air"], "firm")]
    assert _pledges("Canada said it would impose visa bans on the coup leaders.") == [
        ("Canada", ["sanctions"], "firm")]


def test_what_a_country_gives_instead_of_what_it_refused():
    text = "Norway, which has no ship nearby, said it could not send a vessel but pledged $2 million to the Red Cross."
    assert _pledges(text) == [("Norway", ["sea"], "refused"), ("Norway", ["funding"], "firm")]
    assert stances(text) == {"NO": "support"}
    assert stances("Spain signed the communiqué but announced no new money.") == {"ES": "listed"}


def test_a_ship_near_a_country_and_a_diverted_cutter():
    text = ("Chile announced $1 million. Separately, the US Coast Guard cutter Reed, which was on patrol near "
            "Peru, was diverted to Arica with drinking water, according to the US Embassy.")
    assert _pledges(text) == [("Chile", ["funding"], "firm"), ("US", ["sea", "other"], "firm")]
    assert "PE" not in stances(text)


def test_a_pronoun_object_takes_the_things_named_before():
    text = "Laos asked Thailand for four helicopters, but Bangkok said it could not provide them this month."
    assert _pledges(text) == [("Bangkok", ["air"], "refused")]


def test_counted_troops_aboard_and_an_army_field_hospital():
    assert _pledges("Japan is sending the ship JS Osumi with about 180 troops and two helicopters.") == [
        ("Japan", ["ground troops", "air", "sea"], "firm")]
    assert stances("Ghana dispatched an Army field hospital to Lome.") == {"GH": "troops"}


def test_an_army_ready_to_send_if_the_host_accepts_and_a_headline_that_says_less():
    text = ("Ghana offers medical unit\n\nACCRA\n\nGhana's foreign ministry said the Ghana Army was ready to send "
            "a field hospital if the Togo government accepted the offer.")
    got = _pledges(text)
    assert ("Ghana", ["ground troops"], "conditional") in got
    assert stances(text) == {"GH": "undecided"}


def test_the_origin_of_goods_is_a_place():
    text = ("Varna handled 30 million tons of cargo last year, much of it brought by river and rail from Serbia, "
            "Hungary and Slovakia. Germany will send two minehunters.")
    assert stances(text) == {"DE": "support"}


def test_accusing_another_of_using_an_event_as_a_pretext():
    text = ("Iran's embassy in Baku said in a statement that NATO was \"using a fire at sea to turn the Caspian into "
            "a NATO lake\".")
    assert stances(text) == {"IR": "opposed"}
    assert stances("France said it was \"using every ship to help\" and sent a frigate.") == {"FR": "support"}


def test_a_states_body_after_a_name_that_is_also_a_first_name():
    text = "Chad's foreign ministry said the Chad Army was ready to send a field hospital if Niger asked."
    assert _pledges(text) == [("Chad", ["ground troops"], "conditional")]
    assert _pledges("The Jordan Armed Forces sent a plane.") == [("Jordan", ["air"], "firm")]


def test_troops_carried_for_two_others_and_the_object_of_the_verb_before():
    assert _pledges("Britain will lend two aircraft to ferry the Kenyan and Rwandan troops.") == [
        ("Britain", ["air"], "firm")]
    assert _pledges("Norway will carry the first Kenyan contingents and share satellite imagery.") == [
        ("Norway", ["intelligence"], "firm")]


# --- rules found by blind round 29 (texts of our own) -------------------------------------

def test_a_hospital_ship_is_no_army_field_hospital_and_money_then_a_ship_under_consideration():
    text = ("Beijing has announced 20 million yuan in aid and is considering sending the People's Liberation Army "
            "Navy hospital ship Peace Ark.")
    assert _pledges(text) == [("Beijing", ["funding"], "firm"), ("Beijing", ["sea"], "considering")]
    assert _pledges("Japan pledges aid, weighs sending rescue ship") == [
        ("Japan", ["other"], "firm"), ("Japan", ["sea"], "considering")]


def test_joining_a_meeting_without_pledging_and_goods_priced_in_money():
    assert stances("Tonga and Samoa joined the emergency video meeting on Sunday but made no pledges.") == {
        "TO": "listed", "WS": "listed"}
    assert _pledges("South Korea is supplying four demining machines worth 1.2 billion won.") == [
        ("South Korea", ["equipment"], "firm")]


def test_a_past_patrol_until_a_year_is_history():
    assert _pledges("The valley was held by ethnic Serbian forces from 1992 until 1995, and Dutch peacekeepers "
                    "patrolled parts of it until 1999.") == []
    assert _pledges("Kenya will patrol the border until 2031.") == [("Kenya", ["other"], "firm")]


def test_sappers_that_could_follow_once_an_agreement_is_signed_and_instructors_past_an_appositive():
    got = _pledges("Turkish army sappers could follow, but only once the two governments have signed an agreement.")
    assert got == [("Turkish", ["ground troops"], "conditional")]
    assert _pledges("Slovenian instructors, veterans of clearing their own minefields, will train 80 deminers.") == [
        ("Slovenian", ["training"], "firm")]


def test_an_asset_with_a_long_name_based_in_a_territory_and_people_who_stand_ready():
    text = ("Spain said a Falcon 50 Guardian surveillance aircraft based in New Caledonia could patrol the waters, "
            "provided that the government submits a written request.")
    assert _pledges(text) == [("Spain", ["air", "intelligence"], "conditional")]
    assert stances("Poland said its specialists stood ready to help should Tbilisi request them.") == {"PL": "undecided"}


def test_a_plane_ready_once_authorities_grant_clearance_is_no_grant():
    text = "A Pakistan Air Force C-130 loaded with tents is ready to take off once the authorities grant it landing clearance."
    assert _pledges(text) == [("Pakistan", ["air"], "conditional")]


def test_an_official_speaking_in_a_capital_speaks_for_its_state():
    text = ("Georgia blamed Russia for the attack.\n\nIn Moscow, Foreign Ministry spokeswoman Olga Ivanova dismissed the "
            "accusations as \"hysteria\".")
    assert stances(text)["RU"] == "opposed"
    assert "FR" not in stances("Spain sent a ship.\n\nIn Paris, protesters dismissed the plan as a stunt.")


def test_two_capitals_that_jointly_run_a_course():
    text = "Canberra and Wellington will jointly run a crowd-control course for 300 Fijian police officers."
    assert _pledges(text) == [("Canberra, Wellington", ["training"], "firm")]


def test_what_a_ready_country_gives_is_read_in_its_own_clause_and_a_pronoun_reaches_back():
    # (a clause-free reading would give Italy the frigate Spain sent)
    assert _pledges("Spain sent a frigate, and Italy is ready to help.") == [
        ("Spain", ["sea"], "firm"), ("Italy", ["other"], "firm")]
    assert _pledges("Spain sent a frigate; Italy said it could not provide them.")[-1] == ("Italy", ["sea"], "refused")


def test_a_second_giver_whose_verb_is_left_out_gives_only_its_own_object():
    # (read as one clause, Australia got the army team and Spain the aircraft)
    assert _pledges("Australia is sending a medical team and New Zealand an army medical team.") == [
        ("Australia", ["other"], "firm"), ("New Zealand", ["ground troops"], "firm")]
    assert _pledges("Spain sent a ship and Portugal a patrol aircraft.") == [
        ("Spain", ["sea"], "firm"), ("Portugal", ["air"], "firm")]


def test_as_long_as_is_a_condition_and_a_condition_names_no_kind():
    assert _pledges("Guyana said it would send two coastguard vessels as long as the slick keeps moving east.") == [
        ("Guyana", ["sea"], "conditional")]
    assert stances("Guyana said it would send two coastguard vessels as long as the slick keeps moving east.") == {
        "GY": "undecided"}
    assert _pledges("Chile will send a frigate for as long as needed.") == [("Chile", ["sea"], "firm")]
    # the planes are given; the fuel money is what Lima must pay
    assert _pledges("Peru will send two planes if Lima pays for the fuel.") == [("Peru", ["air"], "conditional")]


def test_an_aircraft_by_model_and_name_that_landed_is_its_air_forces_countrys():
    text = "A Colombian Air Force C-130 Hercules has landed at the airport with a search and rescue team."
    assert _pledges(text) == [("Colombian", ["air"], "firm")]
    assert stances(text) == {"CO": "support"}


def test_could_not_spare_people_of_any_trade_is_a_refusal():
    assert _pledges("Papua New Guinea said it could not spare any health workers.") == [
        ("Papua New Guinea", ["other"], "refused")]
    assert _pledges("Chile said it cannot spare police officers.") == [("Chile", ["ground troops"], "refused")]


def test_a_headlines_present_tense_givers_each_get_their_own_clause():
    text = "France sends navy ship and Brazil lends skimmers while UK refuses to pay towards clean-up"
    assert _pledges(text) == [("France", ["sea"], "firm"), ("Brazil", ["equipment"], "firm"),  # skimmers
                              ("UK", ["funding"], "refused")]
    assert _pledges("Norway will pay toward the repairs.") == [("Norway", ["funding"], "firm")]


def test_a_past_relative_clause_after_the_gift_is_its_history_not_its_kind():
    text = ("Japan is considering a request for engineers from its aid agency, which paid for a flood-warning "
            "study in 2012.")
    assert _pledges(text) == [("Japan", ["other"], "considering")]


def test_a_headline_that_opens_with_a_country_and_its_event_names_the_host():
    text = ("Suriname oil spill: help arrives at Galibi\n\n"
            "Suriname has sent its coast guard to the beaches. Brazil has lent four skimmers.\n")
    assert stances(text) == {"BR": "support"}
    # a country that only opens the headline with a verb is no topic label
    assert stances("Brazil lends skimmers: what we know\n\nBrazil has lent four skimmers.\n") == {"BR": "support"}


def test_a_states_embassy_or_high_commission_speaks_for_it():
    assert stances("The British High Commission urged all sides to show restraint.") == {"GB": "listed"}
    assert stances("The Chinese Embassy in Honiara said it “firmly opposes” any foreign force.") == {"CN": "opposed"}


def test_its_own_embassy_after_a_refusal_gives_for_the_same_state():
    text = ("The United States said it would not send personnel, but its embassy in Honiara announced US$1.5m "
            "for the Red Cross.")
    assert _pledges(text) == [("United States", ["ground troops"], "refused"), ("United States", ["funding"], "firm")]
    assert stances(text) == {"US": "support"}


def test_respectively_gives_each_country_its_own_pledge():
    text = "Norway and Ireland pledged NOK 40 million and €3 million respectively."
    assert _pledges(text) == [("Norway", ["funding"], "firm"), ("Ireland", ["funding"], "firm")]


def test_could_not_spare_any_goods_is_a_refusal():
    assert _pledges("Kyrgyzstan said it could not spare any fodder from its state reserves.") == [
        ("Kyrgyzstan", ["other"], "refused")]


def test_grant_aid_of_a_sum_in_words_is_funding():
    assert _pledges("Japan announced emergency grant aid of 1 million dollars.") == [("Japan", ["funding"], "firm")]


def test_a_ministrys_aircraft_carrying_rescuers_that_landed_is_air_help():
    text = "A Russian Emergencies Ministry Il-76 aircraft carrying 30 rescuers and 35 tons of cargo landed in Lima."
    assert _pledges(text) == [("Russian", ["air"], "firm")]


def test_distributing_goods_is_giving_them():
    assert _pledges("Turkey said it had distributed 4,000 food parcels.") == [("Turkey", ["other"], "firm")]
    assert _pledges("The UAE is examining a request for six water purification plants.") == [
        ("UAE", ["equipment"], "considering")]


def test_a_list_that_opens_with_a_country_item_has_no_topic_headline():
    # (no headline block: "Italy:" heads an item, it does not name the story's host)
    assert stances("Italy: 300 paratroopers to hold the airport.\n\nCanada: drone footage.") == {
        "IT": "troops", "CA": "support"}


def test_declining_a_request_refuses_what_was_asked_for():
    assert _pledges("Panama declined a Jamaican request for helicopters, saying its aircraft were needed at home.") == [
        ("Panama", ["air"], "refused")]
    assert stances("Turkmenistan declined a request for rescuers.") == {"TM": "opposed"}


def test_a_hospital_run_by_the_armed_forces_flown_in_is_troops():
    assert _pledges("Turkey is flying in a mobile hospital run by its armed forces, the Turkish embassy said.") == [
        ("Turkey", ["ground troops"], "firm")]


def test_a_headlines_comma_list_of_present_tense_givers():
    text = "Death toll rises to 29; US deploys troops, UK sends navy ship"
    assert _pledges(text) == [("US", ["ground troops"], "firm"), ("UK", ["sea"], "firm")]
    assert _pledges("China has pledged $5 million, and Switzerland released CHF 2 million.") == [
        ("China", ["funding"], "firm"), ("Switzerland", ["funding"], "firm")]


def test_ordering_a_destroyer_and_extending_patrols_commit_them():
    assert _pledges("India has ordered the destroyer INS Kolkata to escort ships.") == [("India", ["sea"], "firm")]
    assert _pledges("Japan will extend the patrols of its two P-3C maritime patrol aircraft to the port.") == [
        ("Japan", ["air"], "firm")]
    # (not a mission's mandate someone else must extend)
    assert _pledges("Chile would send 30 police officers, provided that governments agree to extend the "
                    "mission's mandate.")[0][2] == "conditional"


def test_a_countrys_navy_ship_by_name_that_arrived():
    assert _pledges("Britain's Royal Navy patrol ship HMS Medway arrived off Black River with drinking water.") == [
        ("Britain", ["sea", "other"], "firm")]


def test_a_passive_deployment_owned_by_the_body_that_says_so_after_it():
    assert _pledges("200 marines will be deployed to secure the port from Friday, the French embassy said.") == [
        ("French", ["ground troops"], "firm")]


def test_a_statement_of_solidarity_without_pledges_is_listed_and_must_decide_is_undecided():
    assert stances("Belgium and the Netherlands issued a joint statement of solidarity but had made no pledges.") == {
        "BE": "listed", "NL": "listed"}
    assert stances("Djibouti asks for a shield, and Pretoria must decide whether its navy can lend one.") == {
        "ZA": "undecided"}


def test_a_ministry_denouncing_in_a_statement_is_its_state_opposing():
    text = ("Eritrea went further. Eritrea's information ministry, in a statement read on state television, "
            "denounced the plan as \"a foreign armada\".")
    assert stances(text) == {"ER": "opposed"}


def test_one_list_of_state_bodies_serves_every_rule():
    # sentences.STATE_BODY: the high commission speaks for its state wherever an embassy or a ministry does
    text = 'Spain sent a ship. Russia has not joined either. Its high commission called the compact "a cartel".'
    assert stances(text) == {"ES": "support", "RU": "opposed"}


def test_money_announced_by_its_form_and_soldiers_trained_in_a_skill():
    assert _pledges("Japan and Switzerland each announced emergency grants.") == [
        ("Japan", ["funding"], "firm"), ("Switzerland", ["funding"], "firm")]
    assert _pledges("The ministry announced new loans would be cheaper.") == []
    # "trained in" says what the soldiers can do; they are still soldiers
    assert _pledges("Peru will send 150 army soldiers trained in wildfire control.") == [
        ("Peru", ["ground troops"], "firm")]


def test_a_demonym_ministry_saying_that_it_rejects_opposes():
    text = 'The Venezuelan Foreign Ministry said in a statement that it "categorically rejects" the U.S. aircraft.'
    assert stances(text) == {"VE": "opposed"}


def test_bare_officers_are_police_in_a_story_about_police_officers():
    text = ("Police officers from Hungary began joint patrols on Monday. "
            "Austria sent 25 officers. Germany will not send officers, but has pledged €2m for cameras.")
    assert _pledges(text)[:2] == [("Austria", ["ground troops"], "firm"), ("Germany", ["ground troops"], "refused")]
    assert _pledges("Austria sent 25 officers.") == [("Austria", ["other"], "firm")]
    assert _pledges("Slovenia has donated 12 thermal-imaging cameras to the border police.") == [
        ("Slovenia", ["equipment"], "firm")]


def test_protest_an_angry_reaction_and_a_verb_of_another_clause():
    assert stances("Greece, an EU and Schengen member, has reacted angrily.") == {"GR": "opposed"}
    # "as Greece objects": Greece objects, not North Macedonia
    assert stances("Foreign police patrol North Macedonia’s southern border as Greece objects.") == {"GR": "opposed"}
    assert stances("Patrols began near Gevgelija, while Greece has protested and several EU neighbours are "
                   "still weighing whether to take part.") == {"GR": "opposed"}


def test_an_offer_waiting_on_the_ground_being_ready_is_undecided():
    assert stances("Fiji has offered 50 soldiers once the Lifuka airstrip is declared safe for landings.") == {
        "FJ": "undecided"}
    assert stances("Fiji has offered 50 soldiers as soon as the port reopens.") == {"FJ": "undecided"}
    assert stances("Fiji has offered 50 soldiers once a ceasefire is reached.") == {"FJ": "troops"}


def test_a_hosts_partners_give_and_a_high_commissioner_conveys():
    assert _pledges("New Zealand is sending 60 New Zealand Defence Force engineers to clear ash.") == [
        ("New Zealand", ["ground troops"], "firm")]
    text = ("Ash fell across the islands, while Tonga's development partners began sending ships and aircraft. "
            "Australia dispatched a navy ship to Tonga. The British High Commissioner, Mr Oliver Pennington-Shaw, "
            "conveyed a message of sympathy from London.")
    assert stances(text) == {"AU": "support", "GB": "listed"}


def test_a_field_hospital_set_up_and_an_adjective_that_is_no_verb():
    assert _pledges("Nigeria has set up a military field hospital at the police barracks.") == [
        ("Nigeria", ["ground troops"], "firm")]
    assert stances("And Senegal, which has the region's best-equipped rescue unit, said it could not spare it.") == {
        "SN": "opposed"}


def test_its_defence_ministry_acts_for_the_country_named_before_and_followed_with_gives():
    assert _pledges("Kazakhstan moved first. Its Defense Ministry dispatched 200 soldiers.") == [
        ("Kazakhstan", ["ground troops"], "firm")]
    assert _pledges("China pledged 50 million yuan. The United Arab Emirates followed with $10 million.") == [
        ("China", ["funding"], "firm"), ("United Arab Emirates", ["funding"], "firm")]
    assert _pledges("Germany has offered two mobile water-treatment plants.") == [("Germany", ["equipment"], "firm")]


def test_a_capital_having_none_of_it_and_a_vote_against_oppose():
    assert stances("The response came from Afghanistan. Kabul will have none of it.") == {"AF": "opposed"}
    assert stances("Nicaragua's delegate voted against releasing $5 million for Costa Rica.") == {"NI": "opposed"}


def test_military_teams_refused_and_requests_evaluated_or_declined():
    assert _pledges("Canada will not deploy its military Disaster Assistance Response Team.") == [
        ("Canada", ["ground troops"], "refused")]
    assert _pledges("Colombia's disaster agency is evaluating a request for a team of volcanologists.") == [
        ("Colombia", ["other"], "considering")]
    assert _pledges("Fiji has declined Palau’s request for Republic of Fiji Military Forces engineers, saying they "
                    "are committed to preparations for Fiji’s own cyclone season.") == [
        ("Fiji", ["ground troops"], "refused")]
    assert _pledges("New Zealand said it was “looking closely” at a request for line workers.") == [
        ("New Zealand", ["other"], "considering")]


def test_an_offer_that_hinges_on_something_is_undecided_and_an_aircraft_of_a_defence_force_lands():
    assert stances("Philippines offer of engineers hinges on airlift.") == {"PH": "undecided"}
    assert _pledges("An Australian Defence Force C-17 landed at Airai on Monday with 12 generators.") == [
        ("Australian", ["air", "equipment"], "firm")]  # the aircraft and the generators it brought


def test_a_host_rejecting_insults_is_no_stance():
    text = ("Costa Rica asked for help after the eruption. Mexico sent 120 soldiers to Costa Rica. "
            'According to the minister, Costa Rica "will not answer ash with insults."')
    assert stances(text) == {"MX": "troops"}


def test_money_as_the_subject_and_a_second_giver_who_chipped_in():
    assert _pledges("New Zealand sent a ship. Wellington’s NZ$4m followed a day later.") == [
        ("New Zealand", ["sea"], "firm"), ("Wellington", ["funding"], "firm")]
    assert _pledges("France sent a navy patrol vessel to survey the reef, and South Korea chipped in US$500,000.") == [
        ("France", ["sea"], "firm"), ("South Korea", ["funding"], "firm")]


def test_a_ship_that_has_left_port_with_divers_is_its_navys_not_a_country_leaving_a_coalition():
    assert _pledges("Mexico's navy says the ship ARM Tehuantepec has left Salina Cruz with 20 navy divers.") == [
        ("Mexico", ["sea"], "firm")]
    assert _pledges("Italy has left the coalition with regret.") == []


def test_tugs_booms_and_a_medical_brigade_are_the_kinds_they_are():
    assert _pledges("Ivory Coast said it could not send its firefighting tug.") == [("Ivory Coast", ["sea"], "refused")]
    assert _pledges("Ghana is considering a request for floating oil-spill booms.") == [
        ("Ghana", ["equipment"], "considering")]
    assert _pledges("Cuba has sent 25 doctors from its Henry Reeve medical brigade to clinics.") == [
        ("Cuba", ["other"], "firm")]
    assert _pledges("The South African National Defence Force has set up a military field hospital in Siteki.") == [
        ("South African", ["ground troops"], "firm")]


def test_what_it_could_not_release_and_a_long_dash_aside_refuse():
    assert _pledges("Mozambique said it could not release any oral cholera vaccine from its stockpile.") == [
        ("Mozambique", ["equipment"], "refused")]
    assert _pledges("And Britain – which ruled these islands until 1979, and dug the phosphate out of Banaba until "
                    "there was almost nothing left – has told the government that it will not contribute.") == [
        ("Britain", ["other"], "refused")]


def test_a_budget_already_allocated_gives_nothing():
    assert _pledges("A spokesperson said the UK’s programme budget was “already fully allocated”.") == []


def test_with_a_condition_an_acronym_inside_a_condition_and_as_long_as_the_job_takes():
    assert stances("Spain offers engineers - with a condition") == {"ES": "undecided"}
    (p,) = _pledge_objs("Botswana has offered two drilling rigs, but only once the Southern African "
                        "Development Community (SADC) formally declares an emergency.")
    assert (p.kinds, p.condition) == (["equipment"], "once the Southern African Development Community (SADC) "
                                                     "formally declares an emergency")
    (p,) = _pledge_objs("Canberra pledged A$12m, and its minister promised the engineers would stay “as long as the "
                        "job takes”.")
    assert p.modality == "firm"


def test_a_headline_naming_the_disaster_names_the_host_and_its_foreign_minister_is_no_foreign_help():
    text = ("Benin port fire kills 17 as France flies in army firefighters\n\nFrance sent 40 soldiers to Benin.\n\n"
            "Benin's foreign minister, Aurélie Dossou-Quenum, dismissed the criticism.\n")
    assert stances(text) == {"FR": "troops"}


def test_a_military_government_past_its_whose_clause_opposes():
    assert stances("Niger's military government, whose relations with Benin have been strained since the 2023 coup, "
                   "denounced the arrival of French soldiers in Cotonou.") == {"NE": "opposed"}


def test_a_headline_in_the_country_and_its_largest_partner_name_the_host():
    text = ("In Mauritania, locusts and a fuel shortage strain the harvest\n\nBy A. Writer\n\n"
            "Italy pledged $2 million. Mauritania’s government welcomed the offer.\n")
    assert stances(text) == {"IT": "support"}
    assert stances("Aid keeps coming.\n\nChina, Chad’s largest trading partner, donated 50 tons of pesticide. "
                   "Chad’s government welcomed it.") == {"CN": "support"}


def test_solidarity_with_names_the_host_and_a_heading_is_not_a_recipient_cue():
    text = ("Who is helping\n\nPoland sent a chemical defence company on Wednesday.\n\n"
            "Estonia expressed solidarity with Lithuania.\n\n"
            "Lithuania's Foreign Ministry dismissed the statement.\n")
    got = stances(text)
    assert "LT" not in got and got["PL"] == "support"


def test_propaganda_is_not_a_gift():
    assert stances('Vilnius dismissed it. "Belarus is welcome to send its own experts. Instead it sends '
                   'propaganda," a ministry spokesperson said. Belarus has condemned the arrival of foreign '
                   'military units.')["BY"] == "opposed"


def test_fuel_by_the_ton_and_stacked_asides_before_the_verb():
    assert _pledges("The United Arab Emirates, a major creditor of the capital, has shipped 30,000 tons of diesel.") \
        == [("United Arab Emirates", ["other"], "firm")]
    assert _pledges("France, the former colonial power, whose development agency, the Agence Française de "
                    "Développement (AFD), has long financed locust surveillance in the Sahel, announced €4.5 million "
                    "for the CNLA.") == [("France", ["funding"], "firm")]
    assert _pledges("Ukraine, which ships much of its grain through the port, said it was worried.") == []


def test_sprayers_sensors_and_an_airlift_are_given():
    assert _pledges("China donated 200 backpack sprayers.") == [("China", ["equipment"], "firm")]
    assert _pledges("Austria is considering a request for six automatic water-level sensors.") == [
        ("Austria", ["equipment"], "considering")]
    assert _pledges("The Royal Thai Government airlifted 12 tonnes of relief items aboard an air force C-130.") == [
        ("Thai", ["air"], "firm")]
    assert _pledges("French officials say the airlift could end by the weekend.") == []


def test_the_first_to_respond_gives_what_follows_its_colon():
    assert _pledges("Morocco, which keeps its own spraying fleet, was the first to respond: four Royal Moroccan Air "
                    "Force planes and some 60 soldiers, who will run ground teams, landed in Kiffa on Wednesday.") == [
        ("Morocco", ["ground troops", "air"], "firm")]


def test_a_demonym_ministry_past_its_whose_clause_opposes():
    assert stances("In a statement, the Algerian foreign ministry, whose relations with Rabat have been severed "
                   "since 2021, condemned the presence of Moroccan military aircraft near the border.")["DZ"] == "opposed"


def test_money_in_a_local_dollar_and_ambassadors_of_countries_are_listed():
    assert _pledges("Canada announced CA$750,000 for the clean-up.") == [("Canada", ["funding"], "firm")]
    assert _pledges("Jamaica pledged J$2 million for the clean-up.") == [("Jamaica", ["funding"], "firm")]
    assert stances("The ambassadors of Bangladesh and Denmark called on the minister on Wednesday to convey the "
                   "condolences of their governments.") == {"BD": "listed", "DK": "listed"}


def test_a_capital_whose_verb_is_quoted_acts():
    assert stances('A spokesperson of the Chinese Ministry of Foreign Affairs said Beijing "firmly opposes" the '
                   'installation of monitoring equipment by third parties.') == {"CN": "opposed"}


def test_formal_state_names_act_and_list_together():
    assert stances("The State of Qatar and the State of Kuwait each announced a contribution of US$15 million "
                   "towards relief.") == {"QA": "support", "KW": "support"}
    assert stances("The Islamic Republic of Pakistan has offered to dispatch an engineering unit of 50 army "
                   "personnel, on condition that heavy machinery is made available on arrival.") == {"PK": "undecided"}


def test_a_second_verb_after_a_long_that_clause_keeps_the_subject_and_unable_to_refuses():
    assert stances("The Government of the United Kingdom informed the Ministry that the Royal Navy vessel stationed "
                   "at the port could not be made available, as it is undergoing maintenance, and announced a "
                   "contribution of GBP 3 million.") == {"GB": "support"}
    assert _pledges("Yemen has informed the Sultanate that it is unable to send civil defence teams.") == [
        ("Yemen", ["other"], "refused")]


def test_a_spokesman_who_calls_the_arrival_of_ships_unnecessary_opposes():
    assert stances("There was no reply to remarks by Iran's foreign ministry spokesman, Ali Karimi-Far, who described "
                   "the arrival of US Navy ships off the coast as \"unnecessary\".")["IR"] == "opposed"


def test_engineers_with_gear_landing_gauges_canadairs_dredgers_and_redeployed_gendarmes():
    assert _pledges("A team of 35 US Army engineers with sonar survey gear has landed at the airport.") == [
        ("US", ["ground troops", "equipment"], "firm")]
    assert _pledges("Japan is sending 12 automatic river-level gauges.") == [("Japan", ["equipment"], "firm")]
    assert _pledges("Croatia is weighing whether it can spare a Canadair.")[0][1] == ["air"]
    assert _pledges("Uruguay has offered two dredgers.") == [("Uruguay", ["sea"], "firm")]
    assert _pledges("Spain has redeployed 24 gendarmes of the Guardia Civil to the search zone.") == [
        ("Spain", ["ground troops"], "firm")]


def test_another_countrys_people_landing_in_a_headline_list_are_not_the_first_givers():
    assert stances("Brazil sends navy vessels, US Army engineers land, and Bolivia condemns a 'foreign military "
                   "presence'.")["BR"] == "support"


def test_approved_sums_looking_into_requests_facilities_set_up_and_cargo_flown_in():
    assert _pledges("Spain, through its aid agency, approved one million euros for the shelters.") == [
        ("Spain", ["funding"], "firm")]
    assert _pledges("Finland is looking into a request for a mobile radiation laboratory.") == [
        ("Finland", ["equipment"], "considering")]
    assert stances("Finland is looking into a request for a mobile radiation laboratory for the mission.")["FI"] == \
        "undecided"
    assert _pledges("Brunei has set up a Royal Brunei Armed Forces field hospital with 32 personnel.") == [
        ("Brunei", ["ground troops"], "firm")]
    assert _pledges("A Royal Danish Air Force C-130J landed at the airport last night with 14 diesel generators.") == [
        ("Danish", ["air", "equipment"], "firm")]
    assert _pledges("Japan handed over 400 dosimeters, four water-testing kits, 40 life rafts and a steel bridge.") == [
        ("Japan", ["equipment"], "firm")]
    # engineers who build bridges give work, not a bridge
    assert _pledges("Brazil dispatched 120 army engineers to build temporary bridges.") == [
        ("Brazil", ["ground troops"], "firm")]


def test_diplomats_from_a_country_a_prime_minister_by_demonym_and_a_bracketed_dateline_country():
    text = ("Floods in the valley\n\nAlotenango (Guatemala), Mar 17 (EFE).- Rescue teams searched the mission area "
            "on Tuesday, and aid arrived from Mexico.\n\nDiplomats from India attended the briefing but made no "
            "pledges. The Belizean prime minister, Dorian Flowers, telephoned to express his condolences. "
            "Guatemala thanked the coalition.\n")
    got = stances(text)
    assert got.get("IN") == "listed" and got.get("BZ") == "listed" and "GT" not in got


def test_personnel_of_an_army_crossing_armed_forces_presenting_and_refusing_to_release():
    assert _pledges("Officials said 120 personnel of the Nigerian Army Engineers crossed into the country.") == [
        ("Nigerian", ["ground troops"], "firm")]
    assert _pledges("The Slovenian Armed Forces sent a Cougar helicopter and 35 soldiers.") == [
        ("Slovenian", ["ground troops", "air"], "firm")]
    assert _pledges("Japan presented 3,000 blankets and 500 tents.") == [("Japan", ["other"], "firm")]
    assert _pledges("Senegal will not release the two patrol boats requested.") == [("Senegal", ["sea"], "refused")]
    assert _pledges("Senegal released a statement.") == []
    assert _pledges("Poland offered 110 firefighters with 38 vehicles.") == [("Poland", ["equipment", "other"], "firm")]
    assert _pledges("Japan is considering a request for two mobile desalination plants.") == [
        ("Japan", ["equipment"], "considering")]
    assert _pledges("Croatia proposed an air base in Zadar, funded by national contributions.") == []


def test_a_ministry_by_its_formal_name_opposes_and_a_section_line_names_the_host():
    text = ("DAWN\n\nPakistan\n\nFlood toll rises; Chinese engineers help rebuild the bridge for the mission\n\n"
            "GILGIT: Rescuers searched the valley.\n\n"
            "India's Ministry of External Affairs objected to the presence of Chinese troops in Pakistan's north.\n")
    got = stances(text)
    assert got.get("IN") == "opposed" and "PK" not in got


def test_a_host_named_over_and_over_from_its_towns_and_a_state_that_cannot_accept_the_presence():
    text = ("THE STEPPE HERALD\n\nGovernment Coordinates Aid After Chemical Train Derailment Near Taraz\n\n"
            "TARAZ – Kazakhstan has evacuated 4,000 residents. Kazakhstan's rail operator said the line was shut. "
            "Kazakhstan opened six shelters. Kazakhstan will rebuild the bridge, the Ministry said. "
            "Kazakhstan thanked its partners. Kazakhstan's prime minister visited the site.\n\n"
            "Uzbekistan sent 40 firefighters and a pumping truck.\n\n"
            "The Ministry of Foreign Affairs of Iran said in a statement that Tehran \"cannot accept the presence "
            "of foreign troops in the region\".\n\n"
            "The Greek ambassador attended the briefing but made no pledges. Leaders expressed solidarity to "
            "Kazakhstan.\n")
    got = stances(text)
    assert "KZ" not in got  # six times named, the others once: the host
    assert got.get("IR") == "opposed" and got.get("GR") == "listed" and got.get("UZ") == "support"


def test_a_team_barbados_asked_for_names_the_host_and_a_curly_cant_is_a_refusal():
    text = ("Storm news\n\nJamaica can’t spare its engineers\n\n"
            "Jamaica will not send the engineering team Barbados asked for on Wednesday. "
            "Guyana sent 60 soldiers. Messages of solidarity went to Barbados.\n")
    got = stances(text)
    assert got.get("JM") == "opposed" and "BB" not in got and got.get("GY") == "troops"


def test_servicemen_a_credited_arrival_tonnes_flown_oxygen_plants_and_an_aside_before_but():
    assert _pledges("Uzbekistan dispatched a company of 120 servicemen to the coast.") == [
        ("Uzbekistan", ["ground troops"], "firm")]
    assert _pledges("A contingent of 64 military personnel landed in Horta last night aboard an A400M, "
                    "the Spanish embassy in Lisbon said.") == [("Spanish", ["ground troops"], "firm")]
    assert _pledges("The Canadian Air Force has flown 30 tonnes of water to the island on two transport planes.") == [
        ("Canadian", ["air"], "firm")]
    assert _pledges("Kenya is considering a request for two mobile oxygen plants.") == [
        ("Kenya", ["equipment"], "considering")]
    assert _pledges("• Japan: no helicopters – Tokyo says its aircraft are busy – but $2 million for shelters.") == [
        ("Japan", ["air"], "refused"), ("Japan", ["funding"], "firm")]


def test_a_finance_ministry_rejecting_condolence_cables_a_tour_and_a_bracketed_dateline_on_its_own_line():
    text = ("APA-Bamako (Mali)\n\nFlood toll rises in the capital\n\nRescuers searched the river banks on Sunday.\n\n"
            "Niger's Minister of Economy and Finance, Mr Issa Garba, rejected the proposal for a levy.\n\n"
            "Chad, Togo and the ECOWAS Commission sent cables of condolence, while the Belgian ambassador toured "
            "the camps on Saturday but made no announcement. Mali thanked everyone.\n")
    got = stances(text)
    assert got.get("NE") == "opposed" and got.get("TD") == "listed" and got.get("TG") == "listed"
    assert got.get("BE") == "listed" and "ML" not in got


def test_flying_counted_troops_an_armed_forces_field_hospital_and_a_team_leaving_once_a_road_reopens():
    assert _pledges("Egypt flew 48 troops to the capital aboard an air force plane.") == [
        ("Egypt", ["ground troops", "air"], "firm")]
    assert _pledges("A field hospital of the Polish Armed Forces, with 40 medics, opened next to the stadium.") == [
        ("Polish", ["ground troops"], "firm")]
    (p,) = _pledge_objs("A 10-member pumping team of the agency will fly out once the bridge reopens to trucks, "
                        "the Austrian embassy said.")
    assert (p.actor, p.kinds, p.modality, p.condition) == (
        "Austrian", ["other"], "conditional", "once the bridge reopens to trucks")
    assert _pledges("Chile said it could not send its ash-monitoring specialists.") == [("Chile", ["other"], "refused")]
    assert _pledges("Japan is studying a request for a flood early warning system.") == [
        ("Japan", ["equipment"], "considering")]
    got = _pledge_objs("A Hellenic Air Force C-130 brought 3 tonnes of supplies, while Germany's Luftwaffe "
                       "will fly seven of the injured patients to Berlin.")
    by_code = {p.actor_codes[0]: p for p in got}
    assert sorted((c, p.modality) for c, p in by_code.items()) == [("DE", "firm"), ("GR", "firm")]
    assert by_code["DE"].kinds == ["air"]  # a medical airlift by the Luftwaffe
    assert "air" in by_code["GR"].kinds  # (the C-130 itself; "of supplies" is a noun, no verb)


def test_a_sum_in_us_dollars_names_no_country_and_a_condition_reads_past_an_apostrophe():
    got = stances("Japan has pledged US$2 million for the clean-up.\n")
    assert got == {"JP": "support"}
    (p,) = _pledge_objs("Mauritius is ready to lend 1,500 metres of offshore boom, provided that the ship’s insurers "
                        "give a written guarantee.")
    assert (p.kinds, p.modality, p.condition) == (
        ["equipment"], "conditional", "provided that the ship’s insurers give a written guarantee")
    (p,) = _pledge_objs("Bulgaria said it could not spare its rescue team, which is still deployed after last "
                        "month’s floods.")
    assert (p.modality, p.condition) == ("refused", "")


def test_a_vessel_due_in_port_water_bombers_arriving_saying_no_and_an_only_if_sentence_after_an_offer():
    assert _pledges("The Indian Coast Guard pollution control vessel ICGS Samudra Rakshak is due in Port Louis "
                    "tomorrow.") == [("Indian", ["sea"], "firm")]
    assert _pledges("Two Spanish Canadair water bombers arrived at the airport on Monday.") == [
        ("Spanish", ["air"], "firm")]
    assert _pledges("Portugal said no to a request for a water bomber.") == [("Portugal", ["air"], "refused")]
    assert _pledges("Austria is considering a request for a remotely operated underwater vehicle.") == [
        ("Austria", ["equipment"], "considering")]
    got = _pledge_objs("Czechia has offered a module of 40 firefighters. But only if the EU pays for their "
                       "transport, the Czech interior ministry said.")
    assert [(p.actor, p.modality, p.condition) for p in got] == [
        ("Czechia", "conditional", "if the EU pays for their transport")]


def test_a_defence_force_contingent_arriving_a_ship_by_its_possessor_a_cheque_and_an_evacuation_airlift():
    assert _pledges("A contingent of 60 Belize Defence Force soldiers, deployed under the regional unit, arrived at "
                    "the airport on Tuesday, the Ministry of Foreign Affairs said.") == [("Belize", ["ground troops"], "firm")]
    assert _pledges("Britain’s HMS Tyne arrived off the harbour yesterday carrying 20 tonnes of water.") == [
        ("Britain", ["sea"], "firm")]
    assert _pledges("The Chinese Embassy presented a cheque for $1 million to the Government.") == [
        ("Chinese", ["funding"], "firm")]
    assert _pledges("The US Coast Guard has flown more than 200 people from the island with six helicopters.") == [
        ("US", ["air"], "firm")]
    assert _pledges("An Algerian People's National Army detachment of 45 soldiers landed at the airport aboard an "
                    "Algerian Air Force Il-76.") == [("Algerian", ["ground troops", "air"], "firm")]
    (p,) = _pledge_objs("Peru is ready to deploy a unit of 180 Peruvian Armed Forces members, once the government "
                        "sends a request.")
    assert p.kinds[0] == "ground troops" and p.modality == "conditional"
    assert _pledges("Senegal has offered 80 engineers of the Senegalese Armed Forces.") == [
        ("Senegal", ["ground troops"], "firm")]


def test_a_headline_group_pledge_yields_to_the_body_that_names_the_givers():
    text = ("Quake toll rises\n\nGulf states pledge funds\n\nRescuers dug through the night on Sunday.\n\n"
            "Saudi Arabia and the UAE each pledged $5 million for the families. Bahrain sent a cable of condolence.\n")
    got = stances(text)
    assert got == {"SA": "support", "AE": "support", "BH": "listed"}


def test_a_guest_who_made_no_pledge_is_listed_and_the_host_is_found_by_its_province_or_section():
    text = ("Quake hits the coast\n\nRescuers dug on.\n\n"
            "India's ambassador accompanied the minister on her visit but made no pledge. "
            "Italy's ambassador accompanied the minister on a tour of the hills but announced no aid.\n")
    assert stances(text) == {"IN": "listed", "IT": "listed"}
    # the headline's place is a province of one country, named again below: that country is the host
    text = ("Valparaíso fire: 19 dead as soldiers join brigades\n\nBy Ana Reyes\n\n"
            "Fires swept the hills of Valparaíso. Chile asked for help. Argentina sent 200 soldiers. "
            "Chile's navy evacuated the coast.\n")
    assert stances(text) == {"AR": "troops"}
    # an all-capitals section path or dateline names the host
    text = ("The Daily Paper\nNEWS › IRELAND\n\nFloods hit the city\n\nIreland's army is pumping streets. "
            "Ireland asked for help and France sent 40 soldiers.\n")
    assert stances(text) == {"FR": "troops"}


def test_a_mixed_case_section_path_names_the_host():
    text = ("Stabroek News\n\nNews | Guyana\n\nFlood fight on the East Bank\n\n"
            "Brazil sent 80 army engineers. About 200 Guyanese soldiers are clearing roads beside them.\n")
    assert stances(text) == {"BR": "troops"}


def test_a_host_that_activated_the_eu_mechanism_and_envoys_formal_names_and_ministries_that_protest():
    text = ("Floods hit the valley\n\nSlovakia activated the EU Civil Protection Mechanism on Tuesday. Slovakia "
            "thanked Czechia, whose army sent 140 soldiers. Slovakia's army is on the dykes. Slovakia counted the "
            "dead.\n\nThe ambassador of Japan visited the crisis staff but made no offer. The Union of the Comoros "
            "expressed its solidarity. The Hungarian Ministry of Foreign Affairs and Trade on Wednesday protested "
            "against the release of water.\n")
    assert stances(text) == {"CZ": "troops", "JP": "listed", "KM": "listed", "HU": "opposed"}


def test_a_capital_in_the_headline_speaks_for_its_government_and_is_no_host():
    text = ("Cyclone Noria : Indian Army engineers clear Port-Louis, Majuro contests detention of bulk carrier\n\n"
            "The cyclone passed near Port-Louis.\n\nWho is helping Mauritius ?\n\nIndia sent 80 soldiers.\n\n"
            "Standoff with Majuro\n\nIn a statement published in Majuro, the Marshall Islands Maritime "
            "Administrator rejected the detention.\n")
    assert stances(text) == {"IN": "troops", "MH": "opposed"}


def test_an_ambassador_who_made_no_offer_and_ministries_that_condemn_a_hosts_measure():
    text = ("Tyrol bans lorries\n\nTyrol banned lorries. Austria counted the cost. The Hungarian ambassador laid a "
            "wreath but made no offer of assistance. The Italian Ministry of Infrastructure and Transport condemned "
            "the ban on Thursday. In a statement, Türkiye's Ministry of Trade described the ban as \"unscientific "
            "and discriminatory\".\n")
    assert stances(text) == {"HU": "listed", "IT": "opposed", "TR": "opposed"}
    # a possessor's ministry whose name has an "and" of its own, even two words after it
    text = ("Tyrol bans lorries\n\nTyrol banned lorries. Austria counted the cost. Greece's Ministry of Maritime "
            "Affairs and Insular Policy rejected the ban.\n")
    assert stances(text) == {"GR": "opposed"}


def test_the_lede_names_the_hosts_province():
    text = ("THE DAILY SENTINEL\n\nBuilding collapse: death toll hits 34\n\nThe death toll from the collapse of a "
            "building on Admiralty Way, Lekki, Lagos, rose to 34 on Tuesday as rescue workers dug. Egypt sent 40 "
            "soldiers to Lagos. Nigeria thanked Egypt. Nigeria's agency said Nigeria would not import death.\n")
    assert stances(text) == {"EG": "troops"}


def test_the_capital_where_the_helpers_embassies_sit_is_the_host_and_according_to_names_no_recipient():
    text = ("Pipeline blast kills five\n\nFive people died near Gdansk. Poland's ministry said the blast was under "
            "investigation, as Poland and Denmark held talks. Denmark sent 20 welders, the Danish embassy in Warsaw "
            "said. Italy is weighing a request for burns specialists, according to the Italian embassy in Warsaw.\n")
    assert stances(text) == {"DK": "support", "IT": "undecided"}
    # 'according to U.S. Forces Korea' names who says it, not a country helped
    text = ("Ferry capsizes off Mokpo\n\nJapan sent two patrol vessels. The U.S. ambassador attended a vigil at the "
            "port but made no pledge, according to U.S. Forces Korea.\n")
    assert stances(text) == {"JP": "support", "US": "listed"}


def test_a_host_that_rejects_a_critics_statement_takes_no_stance():
    text = ("Kuwait refinery fire kills four\n\nKuwait thanked its partners, the Kuwaiti embassy in Washington said. "
            "Saudi Arabia sent 70 firefighters. Iran condemned the request for a monitoring mission. Kuwait on "
            "Saturday strongly rejected a statement by the spokesman of the Iranian Foreign Ministry on the "
            "monitoring mission.\n")
    got = stances(text)
    assert "KW" not in got and got["IR"] == "opposed"


def test_a_news_agencys_initials_between_the_state_and_its_verb_and_a_kings_cable():
    text = ("Ferry capsizes\n\nSouth Korea searched for survivors. Meanwhile, North Korea's official Korean "
            "Central News Agency (KCNA) denounced the presence of U.S. military assets off the coast. The Amir "
            "received cables of sympathy from the President of Pakistan and His Majesty the King of Morocco.\n")
    got = stances(text)
    assert got["KP"] == "opposed" and got["MA"] == "listed"


def test_an_offer_that_waits_on_a_host_body_granting_something_is_undecided():
    text = ("Blast near Gdansk\n\nPoland counted the dead. Denmark is ready to send a team of pipeline welders once "
            "the prosecutor’s office releases the site, the Danish embassy said.\n")
    assert stances(text) == {"DK": "undecided"}


def test_a_topic_label_under_a_masthead_names_the_host_and_senders_of_solidarity_are_listed():
    text = ("FRONTLINE AFRICA\nNews | Disaster\n\nLiberia: Mudslide Toll Rises as Ghanaian Engineers Arrive\n\n"
            "A 48-member team of engineers of the Ghana Armed Forces arrived in Liberia on Monday. "
            "Liberia counted its dead. Messages of solidarity came from Dominica, Grenada and the CARICOM Secretariat.\n")
    assert stances(text) == {"GH": "troops", "DM": "listed", "GD": "listed"}


def test_an_embassy_calling_a_host_measure_unfair_and_a_quoted_refusal_are_opposed():
    text = ("Mudslide in Careysburg\n\nLiberia suspended the quarry. The Chinese Embassy in Monrovia on Tuesday "
            "described the suspension of the licence as \"hasty and unfair\". Côte d'Ivoire informed the ministry "
            "that it was \"not in a position\" to send the Puma helicopter, because the aircraft is supporting "
            "flood operations at home.\n")
    assert stances(text) == {"CN": "opposed", "CI": "opposed"}


def test_a_capital_that_asks_a_neighbour_for_an_operation_is_the_host_and_a_long_ministry_name_condemns():
    text = ("Floods in Gatumba\n\nThe lake rose. Belgium will not send military engineers, the Belgian Embassy "
            "specifies, but grants 1,5 million euros through Enabel. Gabon and Senegal sent messages of compassion. "
            "Bujumbura has asked Kinshasa for a joint dredging operation. Cameroon’s Ministry of Environment, Nature "
            "Protection and Sustainable Development condemned the plan, calling it “an experiment”.\n")
    assert stances(text) == {"BE": "support", "GA": "listed", "SN": "listed", "CM": "opposed"}


def test_a_cross_border_region_in_the_masthead_names_no_host():
    text = ("SAHEL DAILY\nIndependent news for Mali and the Sahel\n\n"
            "Dam breach: toll rises, Burkinabè soldiers deployed\n\n"
            "Burkina Faso sent 120 soldiers of its army engineering corps, the ministry said. "
            "Senegal announced 250 million CFA francs. The Sahel has had eleven days of rain.\n")
    assert stances(text) == {"BF": "troops", "SN": "support"}


def test_an_offer_once_fires_at_home_are_under_control_waits_and_an_ambassador_of_a_state_is_listed():
    text = ("Italy sent 42 firefighters to Kabylie. The Kingdom of Spain expressed its readiness to send two "
            "Canadair aircraft once the fires in Catalonia are brought under control, the embassy said. "
            "The Ambassador of the United States of America visited the command centre on Monday.\n")
    assert stances(text) == {"IT": "support", "ES": "undecided", "US": "listed"}


def test_a_foreign_ministry_with_its_full_name_that_refused_the_request_is_opposed():
    text = ("Italy sent 42 firefighters. The Ministry of Foreign Affairs strongly rejected the position of the "
            "French Ministry for Europe and Foreign Affairs, which refused on Monday the Algerian request for "
            "the extradition of three suspects.\n")
    assert stances(text)["FR"] == "opposed"


def test_state_media_phrasings_of_hesitation_opposition_and_presence():
    text = ("Uzbekistan sent 90 soldiers. The Kazakh side is studying the request of the Turkmen side for the delivery "
            "of four heavy firefighting vehicles. The Ministry noted with regret the statement of the Department of "
            "Environment of the Islamic Republic of Iran, which opposed the planned controlled ignition. The "
            "Ambassador of the Federal Republic of Germany took part in the briefing.\n")
    assert stances(text) == {"UZ": "troops", "KZ": "undecided", "IR": "opposed", "DE": "listed"}


def test_an_envoy_with_a_curly_possessive_a_spokesman_who_yesterday_described_and_an_airport_that_reopens():
    text = ("Kuwait donated BD3m. Japan’s Ambassador, who is resident in Port of Spain, telephoned the Prime Minister. "
            "Iran's Foreign Ministry spokesman, Kaveh Rostami-Pour, yesterday described the relief operation as "
            "\"discriminatory.\" The Republic of Korea is ready to send 10 mobile drainage pumps as soon as Bahrain "
            "International Airport reopens to cargo flights.\n")
    assert stances(text) == {"KW": "support", "JP": "listed", "IR": "opposed", "KR": "undecided"}


def test_an_envoy_after_a_whose_clause_with_dotted_initials_and_the_uk_foreign_office_that_rejected_a_request():
    text = ("Italy sent 42 firefighters. The Norwegian ambassador, whose embassy represents U.S. interests here, "
            "visited the camp on Monday. The Red Cross asked London to license 40 British-made pumps. The Foreign, "
            "Commonwealth and Development Office rejected the request on Tuesday.\n")
    assert stances(text) == {"IT": "support", "NO": "listed", "GB": "opposed"}


def test_an_ambassador_named_after_his_state_who_visited_and_congo_by_its_capital():
    text = ("Italy sent 42 firefighters. His Excellency the Ambassador of the Republic of India, Mr. Vikram Rao, "
            "visited the camp. Congo-Brazzaville and Chad sent messages of condolence.\n")
    assert stances(text) == {"IT": "support", "IN": "listed", "CG": "listed", "TD": "listed"}


def test_a_country_breadcrumb_names_the_host_and_a_condemnation_outweighs_a_quoted_communique():
    text = ("THE COURIER\nBelgium › Flanders\n\nBlast kills eleven\n\n"
            "The Netherlands sent 85 soldiers. The Hungarian Foreign Ministry said that Belgium was \"rich enough to "
            "pay for its own accidents\" and blocked the aid.\n\n"
            "In Managua, the government of Nicaragua condemned the arrival of the US helicopters.\n\n"
            "«Nicaragua sent us a communiqué. The families know the difference.»\n")
    got = stances(text)
    assert "BE" not in got
    assert got["NL"] == "troops" and got["NI"] == "opposed"


def test_voting_against_blaming_the_hosts_programme_and_accusing_a_donor_are_opposition():
    text = ("Record rain hit the emirate on Tuesday. Oman sent soldiers.\n\n"
            "In Brussels, Italy said it would vote against a proposal to advance 30 million euros.\n\n"
            "Iran's foreign ministry blamed the flooding on the UAE's cloud-seeding programme.\n\n"
            "Russia on Friday accused Washington of \"using a tragedy to advertise NATO\".\n\n"
            "Britain blamed an earlier attack on the GRU.\n")
    got = stances(text)
    assert got["IT"] == "opposed" and got["IR"] == "opposed" and got["RU"] == "opposed"
    assert got.get("GB") != "opposed"


def test_mockery_an_accusation_of_negligence_a_consuls_visit_and_the_country_that_received_offers():
    text = ("Ukraine has received offers of help from eleven countries, the foreign minister said.\n\n"
            "The Russian Embassy in London sneered at the crisis on social media. "
            "The Belarusian Foreign Ministry accused the Ukrainian authorities of \"criminal negligence\". "
            "The Lithuanian Foreign Ministry accused Kyiv of keeping rescuers out. "
            "Honduran Consul General Marisol Aguilar Banegas visited evacuees but did not announce any assistance. "
            "Poland sent 50 firefighters.\n")
    assert stances(text) == {"RU": "opposed", "BY": "opposed", "LT": "opposed", "HN": "listed", "PL": "support"}


def test_a_damning_name_for_sanctions_an_open_question_a_condition_and_ministers_of_a_state():
    text = ("Belarus forced a passenger jet to land.\n\n"
            "— From Moscow, Foreign Ministry spokeswoman Yelena Lvova called the package \"a hysterical reaction\".\n"
            "— Norway and Iceland have been sent the draft text but haven't said whether they'll align.\n"
            "Sweden is prepared to send 10 monitors, provided that Georgia signs an agreement.\n"
            "The defence ministers of Latvia and Estonia attended the meeting but made no new commitments.\n")
    assert stances(text) == {"RU": "opposed", "NO": "listed", "IS": "listed", "SE": "undecided", "LV": "listed",
                             "EE": "listed"}


def test_a_delegates_state_an_abstention_a_refusal_with_a_gift_and_both_sides_of_a_border_truce():
    text = ("Monitors sent to the Armenia-Azerbaijan border truce\n\n"
            "The Armenian Defense Ministry said it would give the monitors full access.\n"
            "The representative of China said his delegation could not support a text that ignores the host.\n"
            "Japan would not redeploy the engineering unit it withdrew in 2017, the representative of Japan said, "
            "but it would contribute $3.8 million to a trust fund.\n"
            "The representatives of Ecuador and Denmark welcomed the adoption but made no announcements on "
            "contributions.\n"
            "China stays away from signing.\n")
    got = stances(text)
    assert "AM" not in got and "AZ" not in got
    assert got["CN"] == "opposed" and got["JP"] == "support" and got["EC"] == "listed" and got["DK"] == "listed"


def test_a_foreign_mission_names_its_host_and_spies_or_a_disguise_damn_it():
    text = ("The United Nations Mission in South Sudan was renewed. The Mission in South Sudan patrols the towns.\n\n"
            "The representative of South Sudan said his Government accepted the renewal.\n"
            "Burkina Faso’s government spokesman called the foreign mediators “spies with badges”.\n"
            "The Russian Embassy in Madrid called the operation “a NATO exercise disguised as a rescue”.\n"
            "Rwanda will add 150 soldiers.\n")
    assert stances(text) == {"BF": "opposed", "RU": "opposed", "RW": "troops"}


def test_names_for_an_inquiry_or_an_operation_that_damn_it():
    assert stances("Inspectors go in.\n\nThe Russian Federation has called the reports a fabrication.")["RU"] == "opposed"
    assert stances("Navies gather.\n\nIran's foreign ministry called Tidewall \"piracy in uniform\".")["IR"] == "opposed"
    assert stances("Inspectors go in.\n\nIran's ambassador, Hossein Rad, called the mission “politicised from its "
                   "first day”.")["IR"] == "opposed"
    assert stances("Observers arrive.\n\nPeru’s Canciller, Augusto Palacios, called the package “open meddling in "
                   "the affairs of a brother people”.")["PE"] == "opposed"


def test_places_guests_and_mourners():
    got = stances("Navies gather.\n\nThe task force began boarding vessels, its planning cell in Manama, Bahrain, said. "
                  "Italy will not commit a ship, arguing that every spare frigate is tied up off Libya.")
    assert "BH" not in got and "LY" not in got and got["IT"] == "opposed"
    assert stances("A plant is hit.\n\nGeorgia and Kazakhstan took part in the coordination call on Monday but made "
                   "no offers.") == {"GE": "listed", "KZ": "listed"}
    assert stances("Inspectors go in.\n\nI should also tell the House that Jordan and Lebanon have expressed their "
                   "condolences to the families and have offered nothing further.") == {"JO": "listed", "LB": "listed"}
    assert stances("Navies gather.\n\nSouth Korea and Australia sent delegations to the planning conference but "
                   "have pledged nothing.") == {"KR": "listed", "AU": "listed"}


def test_a_wait_cut_short_and_a_term_still_to_meet():
    assert stances("Ebola spreads.\n\nGermany has flown in a mobile laboratory, cutting the wait for a result from 3 "
                   "days to 6 hours.")["DE"] == "support"
    assert stances("Navies gather.\n\nGreece will send the frigate Hydra if its crew is kept south of the "
                   "strait.")["GR"] == "undecided"


def test_a_section_title_names_the_subject():
    text = ("The Ledger\n\n£4.5m for inspectors as Minister dismisses a claim\n\nThe Minister told the Commons "
            "that Britain would give £4.5 million for the mission into the attack on Talbiseh.\n\n"
            "Syria: Alleged Chemical Weapons Attack\n\nGermany has pledged €3 million.")
    got = stances(text)
    assert "SY" not in got and got["DE"] == "support"


def test_conference_guests_and_a_minister_writing_online():
    assert stances("Donors meet.\n\nQatar and Turkey were in the room, but none of them announced anything "
                   "new.") == {"QA": "listed", "TR": "listed"}
    assert stances("Donors meet.\n\nEritrea's information minister, Yonas Gebre, wrote on social media that the whole "
                   "conference was \"interference wearing a humanitarian vest.\"")["ER"] == "opposed"
    assert stances("Jets arrive.\n\nRussia's Ministry of Foreign Affairs has described the reinforcement as \"a "
                   "provocation on the Danube\".")["RU"] == "opposed"


def test_factbox_headings_name_what_their_bullets_say():
    got = stances("Ships are escorted from disputed waters off Guyana.\n\nFollowing are reactions from governments:\n\n"
                  "BRAZIL\n\n- Called on both sides to show restraint.\n\n"
                  "SURINAME\n\n- Declined a Guyanese request to send its coast guard.\n\n"
                  "NICARAGUA\n\n- Nicaragua's foreign ministry called the survey ship \"an intruder licensed by a "
                  "colonial map.\"\n")
    assert got == {"BR": "listed", "SR": "opposed", "NI": "opposed"}


def test_damning_words_in_a_participle_clause_and_a_call_to_suspend_as_an_experiment():
    assert stances("Gangs hold an airport.\n\nCuba went further, branding the force an occupation.") == {"CU": "opposed"}
    assert stances("Cholera spreads.\n\nRussia issued a statement describing the campaign as \"an experiment on "
                   "people who cannot say no\".") == {"RU": "opposed"}


def test_money_held_until_the_recipient_passes_a_law_is_undecided():
    assert stances("A port is rebuilt.\n\nSaudi Arabia announced SR750 million, to be released once parliament in "
                   "Beirut passes a law placing the port under an independent authority.")["SA"] == "undecided"


def test_the_places_a_commander_served_before_are_no_parties():
    assert stances("Guns fall silent.\n\nMalaysia will send 20 observers. They will be led by Maj Gen Azlan Hamidi, "
                   "a veteran of UN missions in Lebanon and Western Sahara.") == {"MY": "support"}


def test_a_body_in_apposition_a_participle_of_criticism_and_no_outside_forces():
    assert stances("Hostages are held.\n\nIn Bamako, Mali's transitional government, a partner of Burkina in the "
                   "Alliance of Sahel States (AES), accused Western capitals of using the kidnapping as a "
                   "\"neo-colonial pretext\".")["ML"] == "opposed"
    assert stances("Police deploy.\n\n5.25pm - China’s embassy in Port Moresby issues a statement criticising the "
                   "mission.") == {"CN": "opposed"}
    assert stances("A road reopens.\n\nIran's Foreign Ministry spokesman Mehdi Nourbakhsh-Amiri said on Tuesday that "
                   "the security of the South Caucasus should be ensured \"by the countries of the region, without the "
                   "presence of extra-regional forces.\"") == {"IR": "opposed"}
    assert stances("Servers are down.\n\nNorth Korea called the accusations “a vile slander”.") == {"KP": "opposed"}


def test_calls_for_a_release_name_a_voice_and_a_section_path_names_the_host():
    assert stances("Hostages are held.\n\nGhana and Togo condemned the kidnapping and called for the hostages' "
                   "immediate release.") == {"GH": "listed", "TG": "listed"}
    text = ("The Tico Times\nCosta Rica News | Technology\n\nHack: cyber teams land\n\nThe attack hit the tax "
            "system. Investigators say the code points to North Korea. The United States and Spain sent teams to "
            "help Costa Rica. North Korea called the accusations “a vile slander”.")
    got = stances(text)
    assert "CR" not in got and got["KP"] == "opposed"


def test_a_build_up_called_gunboat_diplomacy_a_named_spokesman_and_a_second_verb_of_warning():
    assert stances("Pirates strike.\n\nIn a statement, the Russian Embassy in Cotonou described the foreign naval "
                   "build-up as “a new gunboat diplomacy”.") == {"RU": "opposed"}
    assert stances("A tanker is held.\n\nIran struck a different note. Its foreign ministry spokesman, Reza Kamali-Fard, "
                   "called the build-up of warships \"a pretext for a permanent Western naval presence\".") == {"IR": "opposed"}
    assert stances("Trucks queue.\n\nIn Beijing, Chinese Foreign Ministry spokesperson Liang Wenhao said the dispute was "
                   "\"a commercial matter\" and warned against \"outside interference.\"") == {"CN": "opposed"}
    # a warning against something that is no outside help is no opposition
    assert stances("Trucks queue.\n\nChina said the talks were useful and warned against delays in the aid.").get("CN") != "opposed"


def test_ambassadors_of_a_list_past_its_relative_clause_and_a_plural_possessive_body():
    got = stances("A border is blocked.\n\nThe ambassadors of Australia and Canada, whose companies operate mines in "
                  "the South Gobi, met the minister on Friday and expressed concern over the blockade.")
    assert got == {"AU": "listed", "CA": "listed"}
    got = stances("A tanker is held off Somalia.\n\nThe Philippines' Department of Migrant Workers said it was in daily "
                  "contact with the families of the crew.")
    assert got.get("PH") == "listed"


def test_an_official_in_the_capital_glossed_or_named_aside_calls_the_help_damning():
    got = stances("Chinese coast guard ships circle an atoll.\n\nIn Beijing, Taiwan Affairs Office spokesman Peng Qingyu (彭清宇) called the "
                  "escort \"a dangerous provocation\".")
    assert got == {"CN": "opposed"}
    got = stances("Buses came from the Russian side.\n\nIn Moscow, foreign ministry spokeswoman Yelena Gorbunova-Rees called the "
                  "closure „a Russophobic show staged for Brussels“.")
    assert got == {"RU": "opposed"}
    got = stances("Buses came from the Russian side.\n\nIn Moscow, the foreign ministry spokeswoman, Anastasia Gromova-Lind, "
                  "described the deployments as “another step in the militarisation of the Baltic”.")
    assert got == {"RU": "opposed"}


def test_being_critical_opposes_and_not_ruling_out_is_undecided():
    assert stances("Thousands flee.\n\nIran was also critical.") == {"IR": "opposed"}
    assert stances("Thousands flee.\n\nIran was sharply critical of the deployment.") == {"IR": "opposed"}
    assert stances("Thousands flee.\n\nGermany has not ruled out sending troops.") == {"DE": "undecided"}


def test_messages_of_support_without_offers_and_a_statement_urging_restraint_are_listed():
    got = stances("A port is blocked.\n\nSolomon Islands, Kiribati and the Melanesian Spearhead Group sent messages "
                  "of support to Port Vila but made no offers.")
    assert got == {"SB": "listed", "KI": "listed"}
    got = stances("A port is blocked.\n\nFrance, Germany and the EU issued a joint statement urging restraint and "
                  "the free flow of supplies, but did not say whether they would take part.")
    assert got == {"FR": "listed", "DE": "listed"}


def test_a_list_of_states_shares_its_verb_and_condemning_the_crisis_is_a_voice():
    got = stances("A port is shut.\n\nMoldova, Georgia and the European Union criticised the deployment.")
    assert got == {"MD": "opposed", "GE": "opposed"}
    got = stances("Russia closed the sea.\n\nMoldova, Georgia and the European Union condemned the blockade on "
                  "Oct. 10 but have announced no measures.")
    assert got == {"MD": "listed", "GE": "listed"}


def test_a_mission_judged_a_failure_and_a_gift_right_after_a_withdrawal():
    got = stances("A mission shrinks.\n\nIsrael's foreign ministry said in a statement that the mission had «failed "
                  "in the one task it was given».")
    assert got == {"IL": "opposed"}
    got = stances("A mission shrinks.\n\nIreland will withdraw its 330 soldiers by the end of June. Dublin will, "
                  "however, keep paying €4 million a year for the mission's demining unit.")
    assert got == {"IE": "support"}
    # (the same kind offered elsewhere does not undo a withdrawal: a live blog's older entry)
    got = stances("Monitors deploy.\n\nColombia will not send military engineers after all. Colombia will send a "
                  "company of military engineers.")
    assert got == {"CO": "opposed"}


# --- rules found by blind round 81 (texts of our own) -------------------------------------

def test_a_state_speaking_of_its_own_embassy_is_named_but_a_state_that_only_says_is_not():
    text = ("Sailors are seized.\n\nGunmen seized five Filipinos and an Indian off Jolo.\n\nJapan will send a ship.\n\n"
            "New Delhi said its embassy was in close contact with the family of the abducted Indian seaman.")
    assert stances(text).get("IN") == "listed"
    assert "US" not in stances("Sailors are seized.\n\nJapan will send a ship.\n\nThe United States said it was "
                               "following developments closely.")


def test_a_warning_against_a_pretext_and_a_spokesmans_second_verb_that_damns_the_build_up_oppose():
    assert stances('Escorts begin.\n\nIn a statement, the Chinese Embassy said Beijing "respects the efforts of the '
                   'government" but warned against using the kidnapping "as a pretext to bring outside military '
                   'forces into the region."').get("CN") == "opposed"
    got = stances("A terminal burns.\n\nIran denied any role. Foreign ministry spokesman Mehdi Ghaffari-Nejad called "
                  "the accusations “baseless” and said the build-up of foreign warships would make the region “less "
                  "safe, not more”.")
    assert got == {"IR": "opposed"}
    assert stances("A terminal burns.\n\nIran denied any role. Foreign ministry spokesman Mehdi Ghaffari-Nejad called "
                   "the accusations “baseless” and said the talks were useful.") == {}


# --- rules found by blind rounds 82 and 83 (texts of our own) ------------------------------

def test_a_communique_aside_a_foreign_intervention_and_a_named_representatives_second_verb_oppose():
    assert stances('Gangs seize a port.\n\nVenezuela\'s foreign ministry, in a communiqué read on state television, '
                   'called the mission "an occupation with a Caribbean face."') == {"VE": "opposed"}
    assert stances("A port is blockaded.\n\nEgypt sees the matter differently. Its foreign ministry said on Wednesday "
                   "that the escorts amounted to «a foreign intervention in a purely Libyan matter».") == {"EG": "opposed"}
    assert stances("A town falls.\n\nBefore the vote, Russia’s deputy permanent representative, Arkady Voloshin-Petrov, "
                   "said the resolution treated “the symptoms and not the disease” and accused Western members of the "
                   "Council of “outsourcing the risk to South Asian and African soldiers.”") == {"RU": "opposed"}
    assert stances("A town falls.\n\nBefore the vote, Russia’s deputy permanent representative, Arkady Voloshin-Petrov, "
                   "said the resolution was balanced.").get("RU") != "opposed"


# --- rules found by blind round 84 (texts of our own) ------------------------------------------

def test_an_offer_that_waits_on_anything_but_the_wars_end_is_undecided():
    assert stances("Drones circle a base.\n\nDenmark will send a frigate to the fjord if the flights continue.") == {
        "DK": "undecided"}
    assert stances("A war goes on.\n\nSpain will send a frigate once the war ends.") == {"ES": "support"}
    assert stances("A war goes on.\n\nKenya will send 300 soldiers once the fighting stops.") == {"KE": "troops"}


def test_a_ministrys_withdrawal_is_the_countrys_last_word_and_a_reversal_belongs_to_the_country_before_it():
    text = ("Drones circle a base.\n\nOn Monday the Netherlands offered two F-35 fighters for air policing. By Wednesday "
            "evening the Dutch Ministry of Defence had withdrawn the offer and said it would not take part.")
    assert stances(text) == {"NL": "opposed"}
    got = stances("Hijack: Nigeria sends warship, Benin pulls out\n\nNigeria has sent a frigate to the field. Benin "
                  "will not take part.")
    assert got == {"NG": "support", "BJ": "opposed"}


# --- rules found by blind round 85 (texts of our own) ------------------------------------------

def test_a_denied_report_is_no_opposition_however_is_an_aside_and_welcoming_a_deal_lists():
    assert stances("A missile falls.\n\nThe United States denied a report that it had pledged troops.") == {}
    assert stances("Polls open.\n\nChina’s Embassy in Malé, however, warned against the internationalisation of a "
                   "domestic matter.") == {"CN": "opposed"}
    assert stances("Fighters leave Libya.\n\nItaly sends troops.\n\nBritain and the African Union welcomed the "
                   "agreement.") == {"IT": "troops", "GB": "listed"}


def test_a_river_shared_by_countries_is_no_ones_province():
    from tui.core.countries import place_country
    assert place_country("Paraná") is None and place_country("Mekong") is None  # (a river, not Brazil's state)
    assert place_country("Minas Gerais") == "BR"

# --- rules found by blind round 86 (texts of our own) ------------------------------------------

def test_the_three_gulf_states_are_the_three_named_before_and_no_guess_otherwise():
    assert stances("A ship is freed.\n\nQatar, Kuwait and Oman kept channels open. The three Gulf states will also "
                   "pay for the men to be resettled.") == {"QA": "support", "KW": "support", "OM": "support"}
    assert stances("A ship is freed.\n\nThe three Gulf states will pay for the men to be resettled.") == {}


def test_welcoming_arrests_and_expressing_support_list_a_country():
    assert stances("Rifles are seized.\n\nRwanda and Burundi welcomed the arrests.") == {"RW": "listed", "BI": "listed"}
    assert stances("Trawlers are seized.\n\nArgentina and Uruguay expressed their support for the patrols.") == {
        "AR": "listed", "UY": "listed"}

# --- rules found by blind round 87 (texts of our own) ------------------------------------------

def test_an_offer_taken_back_in_its_own_sentence_opposes_but_a_threat_to_withdraw_does_not():
    assert stances("A boat drifts.\n\nTurkey had offered a navy landing ship to carry the survivors to a port of their "
                   "choosing, but withdrew the offer on Monday after the authorities objected.") == {"TR": "opposed"}
    assert stances("Raids go on.\n\nChad has about 1,200 soldiers in the task force, whose headquarters is in the "
                   "capital, and has twice threatened to withdraw them since 2024.") == {"TD": "listed"}

# --- rules found by blind round 88 (texts of our own) ------------------------------------------

def test_condemning_the_coup_lists_and_the_country_where_power_was_seized_is_the_host():
    assert stances("A coup.\n\nGhana, Peru and the Commonwealth Secretariat condemned the coup.") == {
        "GH": "listed", "PE": "listed"}
    text = ("Canada imposed travel bans on 12 members of the junta that seized power in Niger on 2 May.\n\n"
            "In Niamey, the junta's spokesman dismissed the Canadian measures on state radio.")
    assert stances(text) == {"CA": "support"}


def test_nationals_of_countries_have_no_stance_and_welcoming_an_evacuation_lists():
    text = ("Oman flew out 200 people. Among them were 61 nationals of nine other countries, including India, Nepal and "
            "the Philippines, the ministry said.\n\nJordan and Bahrain welcomed the Omani evacuation.")
    assert stances(text) == {"OM": "support", "JO": "listed", "BH": "listed"}


def test_a_call_on_both_parties_and_a_condemned_hostage_taking_are_listed_and_consular_care_is_no_stance():
    assert stances("A disputed count.\n\nMalawi, Angola and the Commonwealth Secretariat have called on both parties "
                   "to accept the outcome.") == {"MW": "listed", "AO": "listed"}
    assert stances("A platform is seized.\n\nEgypt, Lebanon and the Union for the Mediterranean condemned the "
                   "hostage-taking.") == {"EG": "listed", "LB": "listed"}
    assert stances("A platform is seized.\n\nThe Philippine embassy in Nicosia said two consular officers had been "
                   "sent to Limassol.") == {}
    assert stances("A platform is seized.\n\nThe Philippine embassy in Nicosia said it was in touch with the "
                   "families.") == {"PH": "listed"}


def test_concern_a_call_for_access_and_goodwill_name_a_state_without_a_stance_of_its_own():
    assert stances("Cholera.\n\nDjibouti, Somalia and the Intergovernmental Authority on Development (IGAD) "
                   "secretariat have expressed concern and called for unhindered humanitarian access.") == {
        "DJ": "listed", "SO": "listed"}
    assert stances("A spill.\n\nRomania, Albania and the European Maritime Safety Agency (EMSA) have said they are "
                   "following the situation and stand ready to help.") == {"RO": "listed", "AL": "listed"}
    # an offer with a term is undecided, not support
    assert stances("A jailbreak.\n\nFrance has offered 30 instructors, as long as the training takes place in "
                   "Parakou.") == {"FR": "undecided"}


def test_an_abduction_condemned_and_a_group_led_by_a_state_that_gives_something_named():
    assert stances("A kidnapping.\n\nSenegal and Cameroon condemned the abduction and called for the students' "
                   "immediate release.") == {"SN": "listed", "CM": "listed"}
    assert stances("A hack.\n\nEleven countries, led by Estonia, have offered to connect the port to a shared "
                   "early-warning network.") == {"EE": "support"}
    # a group's bare vow gives its leader no stance of its own
    assert stances("A war.\n\n26 nations, led by France, vow to secure Ukraine after the war.").get("FR") != "support"


def test_a_seizure_judged_welcomed_or_declared_lawful_and_ships_by_their_registry():
    text = "Indonesia seized a ship carrying arms. "
    assert stances(text + "The military administration in Naypyidaw rejected the seizure.") == {"MM": "opposed"}
    assert stances(text + 'China\'s foreign ministry spokesperson said in Beijing that China "does not support '
                          'unilateral interdictions on the high seas".') == {"CN": "opposed"}
    assert stances(text + 'Russia called the seizures "an act of piracy under a green flag".') == {"RU": "opposed"}
    text = "Indonesia seized a ship carrying arms off Indonesia's coast. Indonesia's navy said so. "
    assert stances(text + "Brunei and Vietnam welcomed Indonesia's action.") == {"BN": "listed", "VN": "listed"}
    text = "Mauritania seized six trawlers off Mauritania. "
    got = stances(text + "Gambia and Cabo Verde said Mauritania had acted within its rights.")
    assert (got.get("GM"), got.get("CV")) == ("listed", "listed")
    assert stances(text + "The trawlers, registered in Belize and Comoros but run from Murmansk, were boarded.") == {}


def test_a_list_closed_by_a_body_acting_and_a_leaders_damning_name_for_a_cordon():
    text = "A cruise ship is quarantined at Gibraltar. "
    got = stances(text + "Portugal, Belgium and the European Centre for Disease Prevention and Control (ECDC) have "
                         "urged all governments to keep their ports open.")
    assert (got.get("PT"), got.get("BE")) == ("listed", "listed")
    got = stances("Indonesia sealed off the mine. New Zealand, the Philippines and the Pacific Islands Forum have "
                  "called for the hostages' release.")
    assert (got.get("NZ"), got.get("PH")) == ("listed", "listed")
    got = stances("Indonesia sealed off the mine. Vanuatu's Prime Minister Jotham Naupa-Tari went further, calling "
                  "the security cordon around the mine \"a siege of a whole people\".")
    assert got.get("VU") == "opposed"
    # the same titles as "'s foreign minister, X, said": a foreign secretary named without commas
    got = stances("Flooding spread. Britain's foreign secretary Ann Berg went further, calling the blockade "
                  "\"collective punishment\".")
    assert got.get("GB") == "opposed"


def test_a_claim_that_the_hosts_work_is_unlawful_opposes_it_but_the_crisis_called_illegal_does_not():
    assert stances("A standoff.\n\nTurkey says the rig is operating illegally.") == {"TR": "opposed"}
    assert stances("A standoff.\n\nFrance said the blockade was illegal.").get("FR") != "opposed"


def test_a_condition_asking_others_to_withdraw_is_no_reversal_and_a_home_section_over_a_lead_giver():
    assert stances("A clash.\n\nKazakhstan has offered to host talks in Almaty, provided that both withdraw "
                   "their troops from the ridge.") == {"KZ": "undecided"}
    assert stances("A clash.\n\nIreland will withdraw its 330 soldiers from the mission.") == {"IE": "opposed"}
    # the outlet's home section names the state whose troops the lead sends abroad: not the story's host
    # (seven heading lines: masthead, section, headline, standfirst, byline, desk, date; then the lead)
    text = ("TimesLIVE\nNEWS › SOUTH AFRICA › POLITICS\n\nNine soldiers killed in drone strike on Goma base\n\n"
            "Pretoria to send 400 more troops\n\nThabo Mokoena-Venter\nPolitical reporter\n\n08 November 2060 - 17:40\n\n"
            "Pretoria will deploy a further 400 soldiers to the eastern Democratic Republic of Congo after a drone "
            "strike on a peacekeeping base outside Goma killed nine South African soldiers.\n\n"
            "Tanzania has sent 150 soldiers from its contingent in Sake to secure the base.\n")
    got = stances(text)
    assert got.get("ZA") == "troops" and got.get("TZ") == "troops"
    # (a host's own boats beside another's soldiers, under its section line, stay the host's: no stance)
    text = ("Times of Valletta\n\nNews | Malta\n\nFerry sinks in a gale\n\nItaly sent 40 soldiers to the search, "
            "and Malta sent two patrol boats of its own.\n")
    assert stances(text) == {"IT": "troops"}
