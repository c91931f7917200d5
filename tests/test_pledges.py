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


# --- rules added after the second blind set -----------------------------------------

def test_refusal_verbs_balk_veto_reject_are_refused_pledges():
    assert summary("Japan balked at paying a share of the costs.") == [
        (["JP"], ["funding"], "refused", "")]
    assert summary("Brazil rejected the plan outright.") == [(["BR"], ["other"], "refused", "")]
    assert summary("Peru will veto any use of the fund.")[0][2] == "refused"


def test_bankroll_airlift_imagery_currency_suffix():
    assert summary("Norway will bankroll the radio network.") == [(["NO"], ["funding"], "firm", "")]
    assert summary("Chile will provide airlift and satellite imagery.") == [
        (["CL"], ["air", "intelligence"], "firm", "")]
    assert summary("Ireland has pledged £60m.") == [(["IE"], ["funding"], "firm", "")]


def test_share_needs_something_shared():
    assert summary("Peru shares a long border with Chile.") == []
    assert summary("Peru will share intelligence.")[0][1] == ["intelligence"]


def test_trainees_are_not_troops_contributed():
    assert summary("Austria will finance the training of 2,000 Malian police officers.") == [
        (["AT"], ["training", "funding"], "firm", "")]
    assert summary("Poland offered to train two Moldovan battalions.")[0][1] == ["training"]


def test_sentence_subject_is_inherited_by_a_later_clause():
    got = summary("Turkey, which has advisers there, said it had no objection but was not "
                  "ready to commit forces.")
    assert got == [(["TR"], ["ground troops"], "considering", "")]


def test_new_subject_after_comma_and_is_its_own_clause():
    got = summary("Norway has pledged to fund the network, and Norwegian officials said "
                  "the Netherlands would supply ambulances.")
    assert [g[0] for g in got] == [["NO"], ["NL"]]
    # a plain list with an Oxford comma is not cut
    assert summary("Spain, Italy, and France will send troops.")[0][0] == ["ES", "IT", "FR"]


def test_passive_commitment_belongs_to_the_speaking_country():
    got = summary("Ugandan officials said that 800 soldiers would be dispatched to the north.")
    assert got == [(["UG"], ["ground troops"], "firm", "")]


def test_relative_clause_after_a_preposition_names_the_actor():
    got = summary("The cost was eased by the Gulf states, which have agreed to finance fuel.")
    assert got[0][0] == ["SA", "AE", "QA", "KW", "BH", "OM"] and got[0][1] == ["funding"]


def test_list_after_between_is_an_object():
    got = summary("Angola, whose president mediated between Kinshasa and Kigali, would "
                  "consider providing monitors.")
    assert got == [(["AO"], ["monitoring"], "considering", "")]


def test_but_only_if_attaches_to_the_clause_before():
    got = summary("London would consider sending trainers, but only if Washington endorses the mission.")
    assert got == [(["GB"], ["training"], "conditional", "if Washington endorses the mission")]


def test_bullet_head_country_is_the_actor():
    got = summary("- Austria: citing neutrality, it declined to take part.")
    assert got == [(["AT"], ["other"], "refused", "")]


def test_but_no_gives_a_refused_pledge():
    got = summary("Belgium will contribute staff officers but no ships.")
    assert (["BE"], ["sea"], "refused", "") in got


def test_embedded_question_is_no_commitment():
    assert summary("Poland and Romania have not said what they will provide.") == []


def test_relative_clause_between_subject_and_verb_is_skipped():
    got = summary("China, which has troops in the U.N. mission and oil interests, said it "
                  "would provide 20 armored vehicles.")
    assert got == [(["CN"], ["equipment"], "firm", "")]


def test_troops_will_guard_after_a_speech_frame_belong_to_the_speaker():
    got = summary("Kenya says a company of marines will guard the port.")
    assert got == [(["KE"], ["ground troops"], "firm", "")]


def test_only_after_makes_any_clause_a_condition():
    got = summary("Uganda said it was prepared to contribute engineers, but only after the "
                  "government guarantees their safety.")
    assert got[0][2:] == ("conditional", "after the government guarantees their safety")


def test_being_invited_or_asked_is_not_a_commitment():
    assert summary("Rwanda was not invited to contribute.") == []


def test_paying_for_the_deployment_of_troops_is_funding():
    assert summary("Britain will finance the deployment of the new troops.") == [
        (["GB"], ["funding"], "firm", "")]


def test_radar_data_is_intelligence_and_join_is_a_cue():
    assert summary("Chile will share radar data with the force.")[0][1] == ["intelligence"]
    assert summary("Egypt said it will not join the force.")[0][2] == "refused"


# --- rules found by the blind3 articles ------------------------------------------


def test_comma_new_subject_starts_a_new_clause():
    got = summary("Denmark will send a frigate, Norway is still weighing its options, "
                  "and Poland has ruled out taking part.")
    assert (["DK"], ["sea"], "firm", "") in got
    assert (["NO"], ["other"], "considering", "") in got
    assert (["PL"], ["other"], "refused", "") in got


def test_plain_list_is_not_cut_at_commas():
    got = summary("Spain, Italy, and France may send troops.")
    assert got == [(["ES", "IT", "FR"], ["ground troops"], "considering", "")]


def test_appositive_subject_is_the_actor():
    assert summary("Portugal, the former colonial power, offered to train officers.") == [
        (["PT"], ["training"], "firm", "")]


def test_only_if_and_conditions_on_others_are_kept_whatever_the_event():
    got = summary("Seoul is prepared to send a destroyer if Washington provides air cover.")
    assert got[0][2:] == ("conditional", "if Washington provides air cover")
    got = summary("Tanzania would contribute troops only if the government formally consents.")
    assert got[0][2:] == ("conditional", "if the government formally consents")


def test_condition_in_a_relative_clause_is_skipped():
    got = summary("France, whose company left after a 2021 attack, said it would pay for the force "
                  "once the force had a mandate.")
    assert got[0][3] == "once the force had a mandate"


def test_sending_officials_to_a_meeting_is_no_pledge():
    assert summary("Canada and France sent officials to the meeting as observers.") == []


def test_host_add_open_place_minehunters():
    assert summary("Romania will add a corvette.")[0][:2] == (["RO"], ["sea"])
    assert summary("Italy is contributing two minehunters.")[0][:2] == (["IT"], ["sea"])
    assert summary("Ankara would not open the straits to warships.")[0][0] == ["TR"]
    assert summary("Rwanda said it would not place its forces under the command.")[0][2] == "refused"


def test_every_currency_form_counts_as_money_in_each_rule():
    # one pattern for a sum of money (sentences.MONEY_START) serves the funding kind, the gapped
    # giver (a capital before an amount), the gapped amount and "promised <amount>"
    text = "Singapore pledged S$3 million and Jakarta HK$2 million. Seoul promised ¥300 million."
    mentions, _ = find_countries(text)
    assert [(p.actor, p.kinds) for p in extract_pledges(text, mentions)] == [
        ("Singapore", ["funding"]), ("Jakarta", ["funding"]), ("Seoul", ["funding"])]


def test_every_word_of_the_rarer_commitment_verbs_makes_a_sentence_a_candidate():
    # the sentence filter (_CUE_WORDS) is built from the verbs' own word lists, so a form such
    # as "giving" or "setting aside" that only the rarer pattern knows is not filtered out first
    text = "Norway is giving $5 million to the fund. Chile is setting aside $2 million for the camps."
    mentions, _ = find_countries(text)
    assert [(p.actor, p.kinds) for p in extract_pledges(text, mentions)] == [
        ("Norway", ["funding"]), ("Chile", ["funding"])]


def test_troops_at_work_are_found_without_any_commitment_verb_in_the_sentence():
    # no word list in front of the at-work rule: the rule's own pattern decides
    text = "About 140 Kenyan army engineers are now building bridges near the border."
    mentions, _ = find_countries(text)
    assert [(p.actor, p.kinds) for p in extract_pledges(text, mentions)] == [("Kenyan", ["ground troops"])]


def test_an_aircraft_model_ending_in_m_is_not_money():
    assert summary("Italy sent 40 soldiers aboard an Air Force A400M.") == [(["IT"], ["ground troops", "air"], "firm", "")]


def test_an_embassy_confirming_a_team_arrived_and_a_body_with_its_acronym_after_and():
    text = ("The British government will not send soldiers. A spokesman for the British embassy said the army would "
            "not come, but confirmed that a team of 14 flood rescue specialists had arrived in the city.")
    assert summary(text) == [(["GB"], ["ground troops"], "refused", ""), (["GB"], ["other"], "firm", "")]
    text = ("China handed over 10 excavators to the agency, and Türkiye’s Disaster and Emergency Management "
            "Authority (AFAD) sent a 22-member search team.")
    assert [p[0] for p in summary(text)] == [["CN"], ["TR"]]
    assert summary("Djibouti said it could not lend the heavy earth-moving machinery it had been asked for.") == [
        (["DJ"], ["equipment"], "refused", "")]
    assert summary("Malaysia is considering Jakarta's request for its rescue team.") == [
        (["MY"], ["other"], "considering", "")]
    (p,) = [x for x in summary("Two aircraft landed in the city with some 150 US Marines, who are distributing "
                               "water to isolated villages.")]
    assert p[0] == ["US"] and "ground troops" in p[1] and p[2] == "firm"


def test_a_bulletin_list_of_states_each_with_what_it_did_in_a_relative_clause():
    text = ("The Government thanks:\n\n"
            "- the Republic of Ghana, whose Armed Forces dispatched a detachment of 70 soldiers;\n"
            "- the Republic of Côte d'Ivoire, which granted a financial contribution of 500 million CFA francs;\n"
            "- the French Republic, which made available CFA F 150 million.\n")
    assert [(p[0], p[1], p[2]) for p in summary(text)] == [
        (["GH"], ["ground troops"], "firm"), (["CI"], ["funding"], "firm"), (["FR"], ["funding"], "firm")]
    # a labelled item whose relative clause is an aside keeps its own main verb
    assert summary("* TURKEY: Ankara, which has had soldiers in Libya since 2020, says they could protect "
                   "polling stations, but only if the government asks.")[0][2] == "conditional"
    assert summary("South Africa said it was not in a position to make available the fire-fighting team.") == [
        (["ZA"], ["other"], "refused", "")]
    assert summary("The navy said assets could be made available to Oman.") == []  # (passive: nobody gives)
    assert "monitoring" not in summary("Nigeria's Navy ship, equipped with fire-fighting monitors, took up position.")[0][1]


def test_what_landed_after_a_refusal_and_a_forces_team_by_its_possessive():
    text = ("Egypt said it would not send an Egyptian Armed Forces medical team, but an Egyptian Air Force C-130 "
            "landed at the airport on Sunday with 12 tonnes of oral salts.")
    assert summary(text) == [(["EG"], ["ground troops"], "refused", ""), (["EG"], ["air", "other"], "firm", "")]
    text = "Canada will not deploy the Canadian Armed Forces’ disaster response team, but has pledged CAD 1.5 million."
    assert summary(text) == [(["CA"], ["ground troops"], "refused", ""), (["CA"], ["funding"], "firm", "")]
    # the asset named before the service that owns it
    text = ("France, for its part, has ruled out the deployment of ground troops, but a transport aircraft of the "
            "French Air and Space Force landed at the airport with 14 tonnes of tarpaulins.")
    assert summary(text) == [(["FR"], ["ground troops"], "refused", ""), (["FR"], ["air", "other"], "firm", "")]


def test_self_defense_force_units_are_troops_and_civil_defence_specialists_are_not():
    text = ("Japan sent a chemical defence unit of the Japan Ground Self-Defense Force aboard a Japan Air "
            "Self-Defense Force C-2 transport.")
    assert summary(text) == [(["JP"], ["ground troops", "air"], "firm", "")]
    text = "Singapore sent 40 hazardous materials specialists from the Singapore Civil Defence Force."
    assert summary(text) == [(["SG"], ["other"], "firm", "")]


def test_the_state_informed_is_not_the_one_that_cannot_send():
    text = "Saint Lucia has informed Grenada that it cannot send the coast guard vessel it requested."
    assert summary(text) == [(["LC"], ["sea"], "refused", "")]


def test_soldiers_at_work_join_the_ship_that_brought_them():
    text = ("A contingent of 85 soldiers of the Indian Army's Corps of Engineers, brought by the Indian Navy ship "
            "INS Tir, has been clearing debris since Monday.")
    assert summary(text) == [(["IN"], ["ground troops", "sea"], "firm", "")]


def test_a_demand_examined_and_list_items_weighed_or_bound_by_a_condition():
    assert summary("Australia is examining a demand from the ministry for four bridge engineers.") == [
        (["AU"], ["other"], "considering", "")]
    text = ("Offers so far:\n\n- Italy: a team of dam engineers, on condition that the agency grants them access "
            "to its monitoring records;\n- France: a request for a team of hydrologists is being examined in Paris.\n")
    assert summary(text) == [
        (["IT"], ["other"], "conditional", "on condition that the agency grants them access to its monitoring records"),
        (["FR"], ["other"], "considering", "")]


def test_rescue_trains_are_no_training_and_state_services_cranes_and_transformers():
    assert summary("Switzerland sent two of its fire-fighting and rescue trains with 24 crew members.") == [
        (["CH"], ["other"], "firm", "")]
    assert summary("The Polish State Fire Service did, however, hand over 150 breathing apparatus sets to the "
                   "brigade.") == [(["PL"], ["equipment"], "firm", "")]
    assert summary("Slovenia said it could not lend the two heavy cranes requested by the railway.") == [
        (["SI"], ["equipment"], "refused", "")]
    assert summary("The Chinese Consulate-General handed over two acoustic life detectors to the agency.") == [
        (["CN"], ["equipment"], "firm", "")]
    assert summary("Japan is studying a request for 30 distribution transformers.") == [
        (["JP"], ["equipment"], "considering", "")]
    assert summary("Benin and Togo sent condolence messages.") == []


def test_units_and_assets_named_before_their_country():
    text = ("A 40-member urban search and rescue unit of the Egyptian Armed Forces arrived at the airport aboard an "
            "Egyptian Air Force C-130 on Monday.")
    assert summary(text) == [(["EG"], ["ground troops", "air"], "firm", "")]
    text = "A contingent of 120 members of the Bolivarian National Armed Forces (FANB) of Venezuela arrived on Tuesday."
    assert summary(text) == [(["VE"], ["ground troops"], "firm", "")]
    text = "The Mexican Navy ships ARM Papaloapan and ARM Huasteco docked at the port with 1,200 tonnes of food."
    assert summary(text) == [(["MX"], ["sea", "other"], "firm", "")]
    text = ("An Ilyushin Il-76 aircraft of the Russian Ministry of Emergency Situations landed at the airport with "
            "40 tonnes of tents.")
    assert summary(text) == [(["RU"], ["air", "other"], "firm", "")]


def test_a_state_told_by_its_formal_name_is_no_actor_and_dinar_sums_are_funding():
    text = ("Japan informed the State of Kuwait that it was unable to dispatch a unit of the Japan Self-Defense "
            "Forces, but will provide an emergency grant of USD 2 million.")
    assert summary(text) == [(["JP"], ["ground troops"], "refused", ""), (["JP"], ["funding"], "firm", "")]
    assert summary("Oman and Jordan each announced a contribution of KD 300,000.") == [
        (["OM"], ["funding"], "firm", ""), (["JO"], ["funding"], "firm", "")]


def test_soldiers_of_a_named_force_at_work_and_two_assets_of_one_state_in_one_sentence():
    text = "Soldiers of the Namibian Defence Force (NDF) yesterday joined hundreds of volunteers battling veld fires."
    assert summary(text) == [(["NA"], ["ground troops"], "firm", "")]
    text = ("The U.S. Navy rescue and salvage ship USNS Harbor Light arrived on Tuesday, while a U.S. Air Force "
            "HH-60 helicopter from Osan Air Base has been flying search patterns since Monday.")
    assert summary(text) == [(["US"], ["air", "sea"], "firm", "")]


def test_analysing_a_request_a_condition_another_must_grant_and_machines_by_their_names():
    assert summary("Italy is analysing a request for a team of burns specialists.") == [
        (["IT"], ["other"], "considering", "")]
    assert summary("Denmark will send welders once the prosecutor’s office releases the site.") == [
        (["DK"], ["other"], "conditional", "once the prosecutor’s office releases the site")]
    assert summary("Hungary said it was unable to lend the two mobile shut-off units.") == [
        (["HU"], ["equipment"], "refused", "")]
    assert summary("India could not provide the two high-volume foam pumpers.") == [
        (["IN"], ["equipment"], "refused", "")]


def test_a_field_hospital_of_armed_forces_a_reinforced_brigade_and_a_gift_after_a_refusal():
    assert summary("The Portuguese Republic sent a field hospital of the Portuguese Armed Forces, with 50 beds.") == [
        (["PT"], ["ground troops"], "firm", "")]
    assert summary("The Republic of Cuba reinforced its medical brigade in Angola with 60 doctors and nurses.") == [
        (["CU"], ["other"], "firm", "")]
    assert summary("The Republic of South Africa informed that it will not deploy personnel of the South African "
                   "Military Health Service, but made available USD 1.2 million through UNICEF.") == [
        (["ZA"], ["ground troops"], "refused", ""), (["ZA"], ["funding"], "firm", "")]
    assert summary("China handed over two compact water treatment stations.") == [(["CN"], ["equipment"], "firm", "")]


def test_a_navy_ship_by_a_formal_name_a_unit_that_crossed_and_a_civilian_team_at_work():
    text = "The Royal Netherlands Navy's HNLMS Vlieland, with a pumping crew on board, docked in the outer harbour."
    assert summary(text) == [(["NL"], ["sea"], "firm", "")]
    assert summary("A Republic of Singapore Navy ship has been skimming oil offshore since Friday.") == [
        (["SG"], ["sea"], "firm", "")]
    text = ("A 65-member unit of the Guatemalan Army’s Humanitarian and Rescue Unit (Unidad Humanitaria y de "
            "Rescate, or UHR) crossed the border on Tuesday.")
    assert summary(text) == [(["GT"], ["ground troops"], "firm", "")]
    text = "Mexico thanked donors, and a Cuban medical brigade of 38 doctors and nurses began work at a field hospital."
    assert summary(text) == [(["CU"], ["other"], "firm", "")]
    assert summary("The Japanese team was working alongside soldiers.") == []


def test_a_second_giver_by_its_formal_name_barriers_and_dispersant_and_us_before_dollars():
    text = ("Japan dispatched an expert team of eight oil spill specialists, and the Republic of Korea contributed "
            "USD 500,000 for the clean-up.")
    assert summary(text) == [(["JP"], ["other"], "firm", ""), (["KR"], ["funding"], "firm", "")]
    assert summary("Finland said it could not lend the mobile flood barriers.") == [
        (["FI"], ["equipment"], "refused", "")]
    assert summary("The Philippines said it could not supply the 40,000 litres of dispersant requested.") == [
        (["PH"], ["equipment"], "refused", "")]
    assert summary("Japan pledged US $3 million in aid.") == [(["JP"], ["funding"], "firm", "")]


def test_army_field_hospital_opened_convoy_of_a_named_agency_and_a_ship_credited_to_its_mission():
    text = ("Nigeria has opened a 30-bed Nigerian Army field hospital at the health center. "
            "A convoy of Germany's Federal Agency for Technical Relief (THW) with 64 volunteers and 12 pumps "
            "reached Csepel Island this afternoon. "
            "The Royal Fleet Auxiliary ship RFA Mounts Bay arrived off Vigie with 80 tonnes of water and food, "
            "the British High Commission said. "
            "A troop of 60 Jamaica Defence Force (JDF) engineers arrived at the airport on Monday night.")
    assert [(a, k, m) for a, k, m, _ in summary(text)] == [
        (["NG"], ["ground troops"], "firm"), (["DE"], ["other"], "firm"),
        (["GB"], ["sea", "other"], "firm"), (["JM"], ["ground troops"], "firm")]


def test_a_factbox_heading_money_not_soldiers_is_no_troops_pledge():
    assert summary("Austria: money, not soldiers\nVienna has approved EUR 1.5m for the relief.\n")[0] == (
        ["AT"], ["funding"], "firm", "")


def test_relative_clauses_of_two_givers_staff_seconded_contributions_announced_and_ships_at_work():
    text = ("The Ministry commends the brotherly Republic of Türkiye, which dispatched 55 personnel of the Turkish "
            "Land Forces' CBRN defence battalion to secure the site, and the brotherly Kingdom of Saudi Arabia, whose "
            "Saline Water Conversion Corporation sent a team of 30 desalination engineers. "
            "The State of Kuwait announced a contribution of QR10mn to the relief fund. "
            "The United Kingdom was unable to dispatch a Royal Navy vessel, but will second six water-quality "
            "specialists, according to the British Embassy in Doha. "
            "A Spanish Navy offshore patrol vessel, diverted from anti-piracy duty, is enforcing the exclusion zone. "
            "A Kenya Air Force helicopter has been flying over the delta since Sunday. "
            "Soldiers of the Antigua and Barbuda Defence Force (ABDF) were clearing fallen trees.")
    assert [(a, k, m) for a, k, m, _ in summary(text)] == [
        (["TR"], ["ground troops"], "firm"), (["SA"], ["other"], "firm"), (["KW"], ["funding"], "firm"),
        (["GB"], ["sea"], "refused"), (["GB"], ["other"], "firm"), (["ES"], ["sea"], "firm"),
        (["KE"], ["air"], "firm"), (["AG"], ["ground troops"], "firm")]


def test_a_contribution_announced_with_its_sum_is_a_pledge_one_yet_to_be_announced_is_not():
    assert summary("Denmark and Iceland signed the letter but have yet to announce a contribution. "
                   "Norway has not announced a contribution either. Sweden announced a contribution of "
                   "SEK 5 million.") == [(["SE"], ["funding"], "firm", "")]


def test_an_aerospace_forces_aircraft_by_its_model_lands_with_relief_goods():
    assert summary("A Russian Aerospace Forces Il-76 landed at the airport on Tuesday with 38 tonnes of tents "
                   "and blankets, the embassy said.") == [(["RU"], ["air", "other"], "firm", "")]


def test_shipped_desalination_plants_and_refused_pesticide_are_equipment_a_sea_coast_is_no_ship():
    assert summary("China has shipped two containerised desalination plants from Tianjin.") == [
        (["CN"], ["equipment"], "firm", "")]
    assert summary("Sudan said it could not spare the pesticide stocks requested by Asmara, as they are needed "
                   "along its own Red Sea coast.") == [(["SD"], ["equipment"], "refused", "")]


def test_a_condition_that_fires_be_brought_under_control():
    assert summary("Spain is ready to send two aircraft once the fires in Catalonia are brought under control.") == [
        (["ES"], ["air"], "conditional", "once the fires in Catalonia are brought under control")]


def test_forces_and_aircraft_of_a_state_named_formally_and_a_national_company_team():
    assert summary("A unit of 90 servicemen of the radiation, chemical and biological protection troops of the Armed "
                   "Forces of the Republic of Uzbekistan, with 14 special vehicles, arrived in Mary by road.") == [
        (["UZ"], ["ground troops"], "firm", "")]
    assert summary("An Il-76 aircraft of the Ministry of the Russian Federation for Civil Defence, Emergencies and "
                   "Elimination of Consequences of Natural Disasters delivered 48 rescuers to the airport.") == [
        (["RU"], ["air", "other"], "firm", "")]
    assert summary("A group of 36 well-control specialists of the China National Petroleum Corporation (CNPC) "
                   "arrived at the field.") == [(["CN"], ["other"], "firm", "")]


def test_refusals_worded_as_impossibility_in_quotation_marks_or_in_the_passive_with_a_gift_beside_them():
    assert summary("The Azerbaijani side informed that it was not possible to dispatch the Be-200 amphibious "
                   "aircraft, but it allocated humanitarian assistance in the amount of 2 million US dollars.") == [
        (["AZ"], ["air"], "refused", ""), (["AZ"], ["funding"], "firm", "")]
    assert summary("Kuwait donates BD3m; Oman 'unable' to send helicopters.") == [
        (["KW"], ["funding"], "firm", ""), (["OM"], ["air"], "refused", "")]
    assert summary("The United Kingdom said Royal Navy vessels could not be released from their patrol duties, but "
                   "the Environment Agency will second six flood-forecasting specialists.") == [
        (["GB"], ["sea"], "refused", ""), (["GB"], ["other"], "firm", "")]


def test_assets_that_anchor_land_or_begin_ferrying_a_cheque_handed_over_and_fire_engines():
    assert summary("The British Royal Fleet Auxiliary ship RFA Tideforce anchored off Codrington with 60 tonnes of "
                   "water.") == [(["GB"], ["sea", "other"], "firm", "")]
    assert summary("Mexico will not send the hospital ship, but a Mexican Air Force Boeing 737 landed at noon with "
                   "20 tonnes of food.") == [(["MX"], ["sea"], "refused", ""), (["MX"], ["air", "other"], "firm", "")]
    assert summary("The Royal Netherlands Navy patrol vessel HNLMS Groningen has begun ferrying relief supplies.") == [
        (["NL"], ["sea", "other"], "firm", "")]
    assert summary("China’s Ambassador handed the Prime Minister a cheque for EC$2.7M.") == [
        (["CN"], ["funding"], "firm", "")]
    assert summary("Japan is studying a request for ten fire engines.") == [(["JP"], ["equipment"], "considering", "")]
    assert summary("Hungary deployed a 46-member ground firefighting team with 12 fire engines.") == [
        (["HU"], ["equipment", "other"], "firm", "")]


def test_a_civil_cargo_plane_carries_goods_a_field_hospital_crosses_and_soldiers_fly_in_aboard_their_air_force():
    assert summary("Ghana and Togo each dispatched a cargo plane with tents and blankets to the airport.") == [
        (["GH"], ["other"], "firm", ""), (["TG"], ["other"], "firm", "")]
    assert summary("Togo dispatched an air force cargo plane with tents and blankets.") == [(["TG"], ["air"], "firm", "")]
    assert summary("A Nepal Army field hospital with 40 doctors, nurses and medics crossed the border on "
                   "Sunday.") == [(["NP"], ["ground troops"], "firm", "")]
    assert summary("Some 80 soldiers of the Royal Thai Land Forces flew in on Friday aboard a Royal Thai Air Force "
                   "transport aircraft and began clearing debris.") == [(["TH"], ["ground troops", "air"], "firm", "")]


def test_ships_holding_a_line_a_patrol_aircraft_by_its_model_an_envoy_named_with_ms_and_a_plane_not_made_available():
    assert summary("Three Malaysian Navy vessels fitted with skimmers are holding the northern edge of the "
                   "slick.") == [(["MY"], ["sea"], "firm", "")]
    assert summary("A Royal Canadian Air Force P-3 Orion is flying daily sorties over the spill.") == [
        (["CA"], ["air"], "firm", "")]
    assert summary("Japan's Ambassador, Mrs. Sato Yumi, handed over a cheque for US$50,000 on Friday.") == [
        (["JP"], ["funding"], "firm", "")]
    assert summary("Chile said it could not make available the helicopter requested by the agency.") == [
        (["CL"], ["air"], "refused", "")]
    assert summary("Egypt is considering a request for two oil-water separation units.") == [
        (["EG"], ["equipment"], "considering", "")]


def test_money_transferred_units_that_cool_or_decontaminate_a_hospital_of_a_forces_medical_services_and_a_unit_in_lower_case():
    assert summary("Kenya would not send rescuers, but transferred $200,000 to the ministry.") == [
        (["KE"], ["other"], "refused", ""), (["KE"], ["funding"], "firm", "")]
    assert summary("Qatar dispatched 300 mobile cooling units and 40 water-misting towers.") == [
        (["QA"], ["equipment"], "firm", "")]
    assert summary("Peru is studying a request for two mobile decontamination units.") == [
        (["PE"], ["equipment"], "considering", "")]
    assert summary("A field hospital of the Royal Medical Services of the Omani Armed Forces, staffed by 60 military "
                   "doctors, began receiving patients yesterday.") == [(["OM"], ["ground troops"], "firm", "")]
    assert summary("A column of about 90 servicemen of the Kazakh radiation, chemical and biological protection troops "
                   "crossed the border on Friday.") == [(["KZ"], ["ground troops"], "firm", "")]


def test_forces_stationed_abroad_by_their_demonym_and_goods_handed_over_to_a_named_receiver_first():
    assert summary("The French Elements in Senegal (EFS) deployed 40 soldiers and a Puma helicopter to the port.") == [
        (["FR"], ["ground troops", "air"], "firm", "")]
    assert summary("Japan handed over to the Ministry of Petroleum and Gas 2,000 metres of floating booms.") == [
        (["JP"], ["equipment"], "firm", "")]


def test_an_aircraft_by_its_model_of_a_forces_service_a_republic_by_its_adjective_and_kits_shipped_after_a_refusal():
    assert summary("An A330 of the Spanish Air and Space Force landed at the airport with 20 tonnes of tents.") == [
        (["ES"], ["air", "other"], "firm", "")]
    assert summary("The Gabonese Republic, for its part, regretted that it was unable to make available the two "
                   "helicopters of its air force.") == [(["GA"], ["air"], "refused", "")]
    assert summary("The Republic of Türkiye said it could not deploy its rescue team, but it shipped 3 000 family "
                   "kits.") == [(["TR"], ["other"], "refused", ""), (["TR"], ["other"], "firm", "")]


def test_soldiers_of_a_unit_of_a_named_army_a_flight_of_an_agency_and_helicopters_owned_by_a_unit():
    assert summary("A contingent of 150 soldiers of the Humanitarian and Rescue Unit (UHR) of the Guatemalan Army "
                   "crossed the border on Tuesday.") == [(["GT"], ["ground troops"], "firm", "")]
    assert summary("A humanitarian flight of the Spanish Agency for International Development Cooperation (AECID) "
                   "with 14 tonnes of tents, hygiene kits and water filters landed on Tuesday night.") == [
        (["ES"], ["other"], "firm", "")]
    assert summary("Three CH-47 Chinook helicopters of Joint Task Force-Bravo, the US military unit based at Soto "
                   "Cano, are flying water to the shelters.") == [(["US"], ["air"], "firm", "")]
    assert summary("Two Black Hawk helicopters of the Slovak Air Force have been evacuating people from cut-off "
                   "villages.") == [(["SK"], ["air"], "firm", "")]


def test_a_condition_that_waits_for_work_to_finish_a_reasons_time_a_refusal_by_having_none_and_a_state_agency():
    assert summary("Canada is prepared to contribute US$2 million to reconstruction once a joint damage assessment "
                   "has been completed.") == [
        (["CA"], ["funding"], "conditional", "once a joint damage assessment has been completed")]
    assert summary("Hungary will not send soldiers, as its army is still deployed after floods there in August, but "
                   "it has approved HUF 400 million for the region.") == [
        (["HU"], ["ground troops"], "refused", ""), (["HU"], ["funding"], "firm", "")]
    assert summary("The U.S. says it has none to send.") == [(["US"], ["other"], "refused", "")]
    assert summary("USAID announced US$ 3 million in humanitarian assistance.") == [(["US"], ["funding"], "firm", "")]


def test_kit_named_as_radars_dehumidifiers_and_metal_bridges_experts_sent_with_pumps_and_a_lab_that_is_a_place():
    assert summary("Japan is analyzing a request for three ash-monitoring radars.") == [
        (["JP"], ["equipment"], "considering", "")]
    assert summary("Denmark is considering a request for 300 industrial dehumidifiers.") == [
        (["DK"], ["equipment"], "considering", "")]
    assert summary("Chile is analyzing a request for three modular metal bridges.") == [
        (["CL"], ["equipment"], "considering", "")]
    assert summary("Germany sent 40 specialists and four high-capacity pumps.") == [
        (["DE"], ["equipment", "other"], "firm", "")]
    assert summary("Switzerland is examining a request to have soil samples analysed at the Spiez Laboratory.") == [
        (["CH"], ["other"], "considering", "")]


def test_a_navy_opening_the_sentence_marines_from_a_camp_a_civil_protection_helicopter_and_a_communique():
    assert summary("Sri Lanka Navy's offshore patrol vessel SLNS Sagara docked at Paradip port with 80 tonnes of "
                   "rice.") == [(["LK"], ["sea", "other"], "firm", "")]
    assert summary("About 260 US Marines from Camp Hansen in Okinawa Prefecture arrived at the airport on "
                   "Saturday.") == [(["US"], ["ground troops"], "firm", "")]
    assert summary("A French Sécurité Civile helicopter fitted with gas sensors has been flying over the plume.") == [
        (["FR"], ["air"], "firm", "")]
    assert summary("Nicaragua sent us a communiqué.") == []


def test_a_military_field_hospital_by_demonym_counts_in_words_firefighters_on_their_way_and_a_flight_in():
    assert summary("A Romanian military field hospital with 30 medical staff is operating in the car park.") == [
        (["RO"], ["ground troops"], "firm", "")]
    assert summary("Sixty New Zealand Defence Force personnel landed at Avalon Airport on Saturday night.") == [
        (["NZ"], ["ground troops"], "firm", "")]
    assert summary("Forty engineers from the Papua New Guinea Defence Force arrived in Melbourne.") == [
        (["PG"], ["ground troops"], "firm", "")]
    assert summary("Canada said it could not send the two water bombers, but 80 Canadian firefighters will arrive in "
                   "Melbourne on Tuesday.") == [(["CA"], ["air"], "refused", ""), (["CA"], ["other"], "firm", "")]
    assert summary("Denmark's Emergency Management Agency (DEMA) flew in a high-capacity pumping module with 22 "
                   "staff.") == [(["DK"], ["other"], "firm", "")]


def test_a_convoy_of_a_royal_army_of_a_state_soldiers_from_it_helicopters_at_work_and_what_is_not_their_kind():
    assert summary("A convoy of the Royal Army of Oman with 75 soldiers crossed into the emirate on Wednesday.") == [
        (["OM"], ["ground troops"], "firm", "")]
    assert summary("Soldiers from Oman joined the clean-up on Thursday.") == [(["OM"], ["ground troops"], "firm", "")]
    assert summary("Two German Bundeswehr CH-53 transport helicopters have been dropping big bags into the "
                   "breach.") == [(["DE"], ["air"], "firm", "")]
    assert summary("The Italian Navy’s amphibious ship San Giusto docked in the port with 40 tonnes of drinking "
                   "water.") == [(["IT"], ["sea", "other"], "firm", "")]
    assert summary("France sent five seabed survey experts from its Naval Hydrographic and Oceanographic Service.") == [
        (["FR"], ["other"], "firm", "")]
    assert summary("Sweden is studying a request for a drone search team from its Civil Contingencies Agency.") == [
        (["SE"], ["other"], "considering", "")]
    assert summary("The Netherlands said it could not make a Royal Netherlands Air Force Chinook available, because its "
                   "helicopters are committed elsewhere, but will contribute €1 million.") == [
        (["NL"], ["air"], "refused", ""), (["NL"], ["funding"], "firm", "")]
    assert summary("Austria is evaluating a request for 40 prefabricated housing units.") == [
        (["AT"], ["equipment"], "considering", "")]
    assert summary("The Netherlands is reviewing a request for a mobile seismic monitoring array.") == [
        (["NL"], ["equipment", "monitoring"], "considering", "")]  # (kit that watches the slopes)


def test_an_offer_tied_to_a_body_is_no_new_pledge():
    assert summary("Russia accused Washington of using a tragedy after the US embassy linked its offer of a rescue "
                   "team to the alliance.") == []


def test_people_at_work_on_the_way_or_across_the_border_and_goods_donated_by_a_government():
    assert summary("Floods hit the town.\n\nAround 40 US Air Force personnel from RAF Menwith Hill spent Saturday "
                   "building a barrier around the fire station.") == [(["US"], ["ground troops"], "firm", "")]
    assert summary("A hurricane hit Louisiana.\n\nA convoy of Mexican Army soldiers is on its way to Terrebonne "
                   "Parish, state officials said.") == [(["MX"], ["ground troops"], "firm", "")]
    assert summary("A hurricane hit Louisiana.\n\nA team of 12 Dutch levee specialists from Rijkswaterstaat is "
                   "working with the Corps.") == [(["NL"], ["other"], "firm", "")]
    assert summary("An earthquake hit Sichuan.\n\nA freight train carrying 60 tonnes of flour donated by the "
                   "government of Kazakhstan left Almaty on Friday.") == [(["KZ"], ["other"], "firm", "")]


def test_a_refusal_then_goods_shipped_a_civil_contingent_a_counterfactual_and_a_ministers_his_country():
    assert summary("Floods hit the town.\n\nGermany will not send a team, but has shipped six kilometres of mobile "
                   "flood barriers.") == [(["DE"], ["other"], "refused", ""), (["DE"], ["equipment"], "firm", "")]
    assert summary("An earthquake hit Sichuan.\n\nSingapore said the contingent of the Singapore Civil Defence "
                   "Force could not be deployed.") == [(["SG"], ["other"], "refused", "")]
    assert summary("A dam broke.\n\nPoland could not hand over the pumps requested by the SES.") == [
        (["PL"], ["equipment"], "refused", "")]
    assert summary("A dam broke.\n\n\"Instead of lecturing us, Minsk could have shared the data from its gauges.") == []
    assert summary("Floods hit the valley.\n\nIn Budapest, Hungarian Foreign Minister Zsolt Haraszti-Kemény said on "
                   "Wednesday that his country would ‘not send money to one of the richest countries’.") == [
        (["HU"], ["funding"], "refused", "")]


def test_kinds_of_rubles_in_millions_a_freight_train_air_defence_forces_and_retardant_for_someone_elses_planes():
    assert summary("Fires burn.\n\nArmenia and Kyrgyzstan will each provide 25 mln rubles to the affected "
                   "families.") == [(["AM"], ["funding"], "firm", ""), (["KG"], ["funding"], "firm", "")]
    assert summary("Fires burn.\n\nKazakhstan sent two Mi-17 helicopters of the Kazakh Air Defense Forces with "
                   "their crews.") == [(["KZ"], ["air"], "firm", "")]
    assert summary("A wildfire burns.\n\nTwo Hellenic Air Force Canadair water bombers began dropping water over the "
                   "ridge.") == [(["GR"], ["air"], "firm", "")]
    assert summary("A wildfire burns.\n\nFrance has flown in 30 tons of fire retardant for Israeli aircraft.") == [
        (["FR"], ["equipment"], "firm", "")]
    assert summary("Fires burn.\n\nA Puma helicopter of the French Air and Space Force from Nancy-Ochey has been "
                   "searching the valley since Wednesday.") == [(["FR"], ["air"], "firm", "")]


def test_sanctions_by_airspace_closure_a_blacklist_a_leasing_ban_a_habitual_refusal_and_backing_in_quotes():
    assert summary("Belarus forced a jet down.\n\nWHO'S IN: Lithuania didn't wait for Brussels. It closed its "
                   "airspace to all flights to and from Belarus on Monday.") == [(["LT"], ["sanctions"], "firm", "")]
    assert summary("Belarus forced a jet down.\n\nThe U.K. closed British airspace to Belarusian aircraft.") == [
        (["GB"], ["sanctions"], "firm", "")]
    assert summary("Belarus forced a jet down.\n\nWashington followed: the U.S. Treasury added the air navigation "
                   "agency and its director to its sanctions list.") == [(["US"], ["sanctions"], "firm", "")]
    assert summary("Belarus forced a jet down.\n\nIreland will back the leasing ban only if lessors are given a "
                   "wind-down period.") == [(["IE"], ["sanctions"], "conditional",
                                             "if lessors are given a wind-down period")]
    assert summary("Belarus forced a jet down.\n\n\"Serbia does not impose sanctions on friendly states,\" the "
                   "minister said.") == [(["RS"], ["sanctions"], "refused", "")]
    assert summary("Belarus forced a jet down.\n\nThe minister said Hungary would not back \"sanctions that punish "
                   "ordinary people,\" and that it would veto the package.") == [(["HU"], ["sanctions"], "refused", "")]
    assert summary("Belarus forced a jet down.\n\nSwitzerland is examining whether to adopt the EU measures.") == [
        (["CH"], ["sanctions"], "considering", "")]


def test_named_monitors_marines_put_aboard_fighters_by_model_a_service_that_flew_and_a_deployment_brought_forward():
    assert summary("A truce holds.\n\nPoland has named 12 monitors.") == [(["PL"], ["monitoring"], "firm", "")]
    assert summary("Pirates strike.\n\nSpain will put about 40 marines aboard merchant ships.") == [
        (["ES"], ["ground troops", "sea"], "firm", "")]
    assert summary("Jets violated the airspace.\n\nPoland will send four F-16 fighters to the base.") == [
        (["PL"], ["air"], "firm", "")]
    assert summary("Jets violated the airspace.\n\nGermany is bringing forward the deployment of five Eurofighters.") == [
        (["DE"], ["air"], "firm", "")]
    assert summary("Fighting flared.\n\nThe German air force has flown 215 people out of the airstrip.") == [
        (["DE"], ["air"], "firm", "")]
    assert summary("Fighting flared.\n\nRwanda will deploy 300 soldiers to fight RSF fighters.") == [
        (["RW"], ["ground troops"], "firm", "")]


def test_own_instructors_after_a_refusal_observers_who_pledged_nothing_and_staying_away():
    assert summary("Pirates strike.\n\nThe UK will not send a warship, the ministry said, but six Royal Navy "
                   "instructors will train boarding officers at the naval base in Lagos.") == [
        (["GB"], ["sea"], "refused", ""), (["GB"], ["training"], "firm", "")]
    assert summary("Pirates strike.\n\nJapan and South Korea sent observers but made no pledges.") == []
    assert summary("Donors meet.\n\nAustria stays away from the pledging table.") == [(["AT"], ["other"], "refused", "")]
    assert summary("Donors meet.\n\nNorway and Iceland have been sent the draft text.") == []
    assert summary("Gangs rule.\n\nThe United States will put US$200 million into the force.") == [
        (["US"], ["funding"], "firm", "")]


def test_a_un_delegate_speaks_for_her_state_and_embargoes_are_applied_inspected_or_refused():
    assert summary("The Council met.\n\nThe representative of Ghana announced that her country would withdraw its "
                   "battalion of 720 troops.") == [(["GH"], ["ground troops"], "refused", "")]
    assert summary("The Council met.\n\nSpeaking after the vote, the representative of the United States said the "
                   "text was clear. Her delegation would provide an additional $6.5 million.") == [
        (["US"], ["funding"], "firm", "")]
    assert summary("A coup in Niger.\n\nMali and Burkina Faso said they would not apply the embargo.") == [
        (["ML", "BF"], ["sanctions"], "refused", "")]
    assert summary("A coup in Niger.\n\nBenin will inspect every Niger-bound container at the port.") == [
        (["BJ"], ["sanctions"], "firm", "")]
    assert summary("A grid was hacked.\n\nThe UK on Thursday sanctioned three officers of the military intelligence "
                   "service.") == [(["GB"], ["sanctions"], "firm", "")]


def test_responders_flown_in_indicators_shared_imagery_passed_and_a_capitals_department_considering():
    assert summary("A grid was hacked.\n\nFinland’s cyber centre flew a team of six incident responders to "
                   "Tallinn.") == [(["FI"], ["other"], "firm", "")]
    assert summary("A grid was hacked.\n\nUkraine’s CERT-UA has shared indicators of compromise with CERT-EE.") == [
        (["UA"], ["intelligence"], "firm", "")]
    assert summary("Aid workers were taken.\n\nThe United States has been passing satellite imagery of the area to "
                   "the team.") == [(["US"], ["intelligence"], "firm", "")]
    assert summary("Aid workers were taken.\n\nIn Dublin, the Department of Foreign Affairs is still considering a "
                   "request to second a diplomat.") == [(["IE"], ["other"], "considering", "")]


def test_what_a_refusing_state_gives_through_its_own_body_and_sorties_places_divers_and_records():
    assert summary("A corridor opens.\n\nBritain will not send a warship, the Foreign Office said, but UK Export "
                   "Finance will reinsure up to £200m of cargo cover.") == [
        (["GB"], ["sea"], "refused", ""), (["GB"], ["funding"], "firm", "")]
    assert summary("A ship is missing.\n\nBritain will not send a ship, but an RAF Poseidon flew over the search "
                   "box on Monday.") == [(["GB"], ["sea"], "refused", ""), (["GB"], ["air"], "firm", "")]
    assert summary("A ship is missing.\n\nThe US Navy has flown two P-8A Poseidon sorties a day.") == [
        (["US"], ["air"], "firm", "")]
    assert summary("Mines block the lanes.\n\n- France: places for 20 Romanian officers at the diving school.") == [
        (["FR"], ["training"], "firm", "")]
    assert summary("Mines block the lanes.\n\n- Netherlands: 14 clearance divers and a recompression chamber.") == [
        (["NL"], ["sea"], "firm", "")]
    assert summary("Mines block the lanes.\n\nThe spokesman said Russia would not share its own minefield "
                   "records.") == [(["RU"], ["intelligence"], "refused", "")]
    assert summary("Refugees flee.\n\nJapan pledges Tk 560 crore for the camps.") == [(["JP"], ["funding"], "firm", "")]
    assert summary("Refugees flee.\n\nIndonesia will take in up to 1,000 refugees.") == [(["ID"], ["other"], "firm", "")]


def test_blockade_pledges_gapped_placed_fed_mirrored_and_frozen():
    assert summary("Navies gather.\n\nBritain is sending two frigates, each carrying its own boarding team, and France "
                   "a destroyer plus an Atlantique 2 patrol aircraft flying out of Djibouti.") == [
        (["GB"], ["sea"], "firm", ""), (["FR"], ["air", "sea"], "firm", "")]
    assert summary("Navies gather.\n\nWashington will not put any ships under Tidewall's command, a spokeswoman said, "
                   "but it will feed the task force satellite and drone imagery of dhow traffic.") == [
        (["US"], ["sea"], "refused", ""), (["US"], ["intelligence"], "firm", "")]
    assert summary("Navies gather.\n\nJapan is adding $85 mln.") == [(["JP"], ["funding"], "firm", "")]
    assert summary("Inspectors go in.\n\nFrance has placed its designated laboratory at the mission's disposal for "
                   "the analysis of samples.") == [(["FR"], ["equipment"], "firm", "")]
    assert summary("Gold is smuggled.\n\nNew Zealand will mirror the Australian travel bans, its ministry says.") == [
        (["NZ"], ["sanctions"], "firm", "")]
    assert summary("Gold is smuggled.\n\nFrance has frozen two accounts held by a Lyon bullion dealer.") == [
        (["FR"], ["sanctions"], "firm", "")]
    assert summary("Gold is smuggled.\n\nThe US Treasury froze the assets of the network last Thursday, and Britain "
                   "added four of the individuals to its own asset-freeze list on Monday.") == [
        (["US"], ["sanctions"], "firm", ""), (["GB"], ["sanctions"], "firm", "")]


def test_a_states_own_body_after_a_colon_and_a_relative_clause_of_habit():
    assert summary("Ships are short.\n\nItaly has said no: its defense ministry will not commit a ship.") == [
        (["IT"], ["sea"], "refused", "")]
    assert summary("Ebola spreads.\n\nUganda, which has reported no cases, has gone further: its People’s Defence "
                   "Forces have set up a 60-bed military field hospital in Beni.") == [
        (["UG"], ["ground troops"], "firm", "")]
    # what a country does anyway is a description, never its pledge
    assert summary("A plant is hit.\n\nRussia, which supplies the plant's fuel, said it had not been consulted.") == []


def test_guests_who_pledge_nothing_refuse_nothing():
    assert summary("Navies gather.\n\nSouth Korea and Australia sent delegations to the planning conference but "
                   "have pledged nothing.") == []
    assert summary("Inspectors go in.\n\nJordan and Lebanon have expressed their condolences to the families and "
                   "have offered nothing further at this stage.") == []
    assert summary("Aid is short.\n\nThe United States sent four officials and pledged nothing.") == [
        (["US"], ["other"], "refused", "")]


def test_kinds_for_training_teams_medicines_charters_stations_and_robots():
    assert summary("Insurgents attack.\n\nIndia will send a 45-member Army training team to Mozambique.") == [
        (["IN"], ["training"], "firm", "")]
    assert summary("Ebola spreads.\n\nJapan has offered 3000 treatment courses of a monoclonal antibody.") == [
        (["JP"], ["other"], "firm", "")]
    assert summary("An enclave is cut off.\n\nTurkey's disaster agency AFAD flew 18 tonnes of medical supplies to "
                   "Khujand on a chartered cargo plane.") == [(["TR"], ["other"], "firm", "")]
    assert summary("A plant is hit.\n\nFinland's radiation authority will deliver 20 automatic monitoring stations.") == [
        (["FI"], ["equipment", "monitoring"], "firm", "")]
    assert summary("A plant is hit.\n\nFrance will send two remote-controlled robots.") == [
        (["FR"], ["equipment"], "firm", "")]
    assert summary("The OPCW sent a fact-finding mission to the town.\n\nFinland has seconded four inspectors to "
                   "the mission.") == [(["FI"], ["monitoring"], "firm", "")]
    # a word cut at the window's edge is not a word: "in Mayotte" holds no "may"
    assert summary("Insurgents attack.\n\nFrance will share maritime surveillance data from its naval facilities "
                   "in Mayotte.") == [(["FR"], ["intelligence"], "firm", "")]


def test_relief_blocked_is_no_sanction_and_a_state_of_things_is_a_condition():
    assert summary("An enclave is cut off.\n\nBishkek has closed its airspace to the shuttle.") == []
    assert summary("Navies gather.\n\nGreece will send the frigate Hydra if its crew is kept south of the strait.") == [
        (["GR"], ["sea"], "conditional", "if its crew is kept south of the strait")]
    # a threat of more is no condition on what was given
    assert summary("Posts are seized.\n\nThe Americans had imposed sanctions last week and would go further if the "
                   "border posts are not handed back.") == [(["US"], ["sanctions"], "firm", "")]


def test_a_section_title_after_a_country_is_no_list_item():
    assert summary("Debate\n\nSyria: Alleged Chemical Weapons Attack\n\nGermany has pledged €3 million.") == [
        (["DE"], ["funding"], "firm", "")]


def test_conference_pledges_named_after_their_gift_put_in_started_and_based():
    assert summary("Donors meet.\n\nThe biggest single pledge came from the United States, $410 million.") == [
        (["US"], ["funding"], "firm", "")]
    assert summary("Donors meet.\n\nGermany pledged 95 million euros, and Switzerland, which co-hosted the "
                   "conference, put in 40 million Swiss francs.") == [
        (["DE"], ["funding"], "firm", ""), (["CH"], ["funding"], "firm", "")]
    assert summary("Donors meet.\n\nJordan's air force is going to start airdrops of food next week.") == [
        (["JO"], ["air"], "firm", "")]
    assert summary("Boats sink.\n\nMalta will fly its two King Air maritime patrol aircraft over the search area.") == [
        (["MT"], ["air"], "firm", "")]
    assert summary("Boats sink.\n\nFrance will not put a warship under the operation’s command, but the French defence "
                   "ministry said that it would base a Falcon 50 surveillance aircraft on Lampedusa.") == [
        (["FR"], ["sea"], "refused", ""), (["FR"], ["air", "intelligence"], "firm", "")]
    assert summary("Ports are raided.\n\n- Colombia’s navy will run joint patrols with Ecuador’s along the border.") == [
        (["CO"], ["sea"], "firm", "")]
    assert summary("Ports are raided.\n\nIndia is running its own patrols and has not signed up.") == []
    assert summary("Talks open.\n\nFrance will give both delegations free access to satellite readings of the water "
                   "levels.") == [(["FR"], ["intelligence"], "firm", "")]
    assert summary("A lake is held.\n\nAbuja will keep about 3,000 soldiers in the new mission.") == [
        (["NG"], ["ground troops"], "firm", "")]


def test_neither_nor_refuses_and_a_junior_envoy_gives_nothing():
    assert summary("Boats sink.\n\nSpain said it would send neither ships nor money.") == [
        (["ES"], ["sea", "funding"], "refused", "")]
    assert summary("Donors meet.\n\nThe government in Port Sudan sent only a junior diplomat.") == []


def test_police_units_companies_and_buses():
    assert summary("Ports are raided.\n\n- Spain is sending a 40-member Guardia Civil unit to search containers.") == [
        (["ES"], ["ground troops"], "firm", "")]
    assert summary("Fish are poached.\n\nSpain will lend a Guardia Civil patrol boat.") == [
        (["ES"], ["sea", "equipment"], "firm", "")]  # (a boat lent is naval and kit: rounds 86-87's gold call it kit)
    assert summary("A vote nears.\n\nChile will train 300 police officers at the Carabineros academy in Santiago.") == [
        (["CL"], ["training"], "firm", "")]
    assert summary("A coup fails.\n\nTogo is considering a request for a motorised company.") == [
        (["TG"], ["ground troops"], "considering", "")]
    assert summary("Migrants are stranded.\n\nJapan has donated 20 buses to carry migrants.") == [
        (["JP"], ["equipment"], "firm", "")]
    assert summary("A coup fails.\n\nGhana has approved $5 million for the airlift of the force.") == [
        (["GH"], ["air", "funding"], "firm", "")]


def test_factbox_headings_in_capitals_give_their_bullets_an_actor():
    box = ("Ships are escorted away.\n\nFollowing are reactions from governments:\n\n"
           "FRANCE\n\n- Sending a patrol vessel from the Antilles to join the patrols, the ministry said.\n\n"
           "CANADA\n\n- Would deploy a patrol aircraft only if the regional body agrees to send a monitoring mission.\n\n"
           "SURINAME\n\n- Declined a request to send its coast guard.\n- Has its own boundary claim.\n\n"
           "VENEZUELA\n\n- Foreign Minister Ana Ruiz said the 1899 award was \"null and void\".\n")
    assert summary(box) == [
        (["FR"], ["sea"], "firm", ""),
        (["CA"], ["air"], "conditional", "if the regional body agrees to send a monitoring mission"),
        (["SR"], ["sea"], "refused", "")]


def test_flights_jammers_tracking_systems_and_satellite_images():
    assert summary("Ships are escorted.\n\nBritain will send two surveillance flights a day.") == [
        (["GB"], ["air", "intelligence"], "firm", "")]
    assert summary("Drones close an airport.\n\nLatvia and Estonia will each lend two portable jammers.") == [
        (["LV"], ["equipment"], "firm", ""), (["EE"], ["equipment"], "firm", "")]
    assert summary("Drones close an airport.\n\nThe United States is considering a request for a drone-tracking "
                   "system.") == [(["US"], ["equipment"], "considering", "")]
    assert summary("Guns fall silent.\n\nJapan will give the team access to images of the border from its "
                   "earth-observation satellite.") == [(["JP"], ["intelligence"], "firm", "")]


def test_refused_technology_and_experts_for_another_states_police():
    assert summary("Drones close an airport.\n\nFinland will not share the technology behind its system, but will "
                   "send two experts to advise the Lithuanian police.") == [
        (["FI"], ["equipment"], "refused", ""), (["FI"], ["other"], "firm", "")]


def test_confirmed_money_after_a_refusal_and_a_request_studied_carefully():
    assert summary("Gangs hold an airport.\n\nA spokesperson said Washington \"will not deploy US forces to Haiti,\" "
                   "but confirmed US$35 million for fuel.") == [
        (["US"], ["ground troops"], "refused", ""), (["US"], ["funding"], "firm", "")]
    assert summary("Gangs hold an airport.\n\nGuatemala is \"studying carefully\" a request for a company of "
                   "military police.") == [(["GT"], ["ground troops"], "considering", "")]


def test_has_provided_is_a_gift_not_a_condition_and_a_gapped_sum_in_baht():
    assert summary("Guns are handed in.\n\nJapan has provided US$14 million through UNDP for the cash payments, "
                   "and Germany €9 million for seed grants.") == [
        (["JP"], ["funding"], "firm", ""), (["DE"], ["funding"], "firm", "")]
    assert summary("Guns fall silent.\n\nAustralia has pledged 96 million baht towards the vehicles, fuel and "
                   "allowances, and South Korea 68 million baht.") == [
        (["AU"], ["equipment", "funding"], "firm", ""), (["KR"], ["funding"], "firm", "")]
    assert summary("Guns are handed in.\n\nThe Netherlands said it would not contribute to the cash payments.") == [
        (["NL"], ["funding"], "refused", "")]
    assert summary("A port is rebuilt.\n\nSaudi Arabia announced SR750 million for the quays.") == [
        (["SA"], ["funding"], "firm", "")]


def test_a_military_field_hospital_and_officers_sent_to_a_monitoring_mission():
    assert summary("Cholera spreads.\n\nThe South African Military Health Service (SAMHS) opened a field hospital "
                   "at Bangula.") == [(["ZA"], ["ground troops"], "firm", "")]
    assert summary("ASEAN sends a ceasefire monitoring mission to the border.\n\nMalaysia will send 20 officers "
                   "and command the team.") == [(["MY"], ["monitoring"], "firm", "")]


def test_live_blog_times_hull_numbers_and_assets_kept_in_place():
    assert summary("Police deploy for the vote.\n\n10.42am - Australia says it will keep two C-27J aircraft and a "
                   "logistics hub at Mount Hagen to move ballot papers, boxes and police between provinces.") == [
        (["AU"], ["air"], "firm", "")]
    assert summary("Police deploy for the vote.\n\n1.20pm - The United States hands over 300 satellite phones and 40 "
                   "solar chargers.\n\n12.50pm - Japan’s embassy announces K3.5 million for the electoral "
                   "commission.") == [(["US"], ["equipment"], "firm", ""), (["JP"], ["funding"], "firm", "")]
    assert summary("Boardings begin.\n\nFrance is contributing the Aquitaine-class FREMM FS Bretagne (D 655), which "
                   "will leave Toulon on 28 September.") == [(["FR"], ["sea"], "firm", "")]
    assert summary("Boardings begin.\n\nThe German Navy's Sachsen-class air-defence frigate FGS Hessen (F 221) sailed "
                   "from Wilhelmshaven and joined the group.") == [(["DE"], ["sea"], "firm", "")]


def test_yet_to_commit_ends_funding_and_a_period_is_no_condition():
    assert summary("Boardings begin.\n\nGreece and Spain have yet to commit ships.") == [
        (["GR", "ES"], ["sea"], "considering", "")]
    assert summary("Camps go hungry.\n\nThe Netherlands ends funding for rations.") == [(["NL"], ["funding"], "refused", "")]
    assert summary("Camps go hungry.\n\nThe Netherlands will not renew its annual grant to the food pipeline.") == [
        (["NL"], ["funding"], "refused", "")]
    assert summary("Camps go hungry.\n\nThe United States announced US$ 52 million for the e-voucher programme, enough "
                   "to keep the ration in place until March.") == [(["US"], ["funding"], "firm", "")]
    assert summary("Camps go hungry.\n\nDonors pledged rice, but the pipeline faces a shortfall after the Netherlands "
                   "said it would stop funding rations.") == [(["NL"], ["funding"], "refused", "")]


def test_guarantees_intercepts_licences_sanctions_weighed_and_army_de_miners():
    assert summary("Mines drift.\n\nGermany's export credit agency will guarantee war-risk insurance cover of up to "
                   "EUR 250 million.") == [(["DE"], ["funding"], "firm", "")]
    assert summary("Hostages are held.\n\nSpain is passing intercepted telephone traffic to the negotiators.") == [
        (["ES"], ["intelligence"], "firm", "")]
    assert summary("Servers are down.\n\nIsrael will provide 6,000 endpoint-protection licenses free of charge.") == [
        (["IL"], ["equipment"], "firm", "")]
    assert summary("Servers are down.\n\nThe United Kingdom is considering sanctions against the hackers.") == [
        (["GB"], ["sanctions"], "considering", "")]
    assert summary("A road reopens.\n\nGreece declined a request for army de-miners.") == [
        (["GR"], ["ground troops"], "refused", "")]


def test_a_diverted_warship_a_shadowing_frigate_a_refused_ransom_and_a_navy_said_to_stay_home():
    assert summary("A tanker is held.\n\nIndia has diverted the destroyer INS Kochi from an anti-piracy patrol.") == [
        (["IN"], ["sea"], "firm", "")]
    assert summary("A tanker is held.\n\nAirlines diverted the flights to Cairo, Egypt said.") == []
    assert summary("A tanker is held.\n\nItaly's frigate ITS CARLO MARGOTTINI, with an embarked helicopter, has been "
                   "shadowing the tanker since dawn.") == [(["IT"], ["sea"], "firm", "")]
    assert summary("A tanker is held.\n\nGreece will not pay any ransom.") == [(["GR"], ["funding"], "refused", "")]
    assert summary("A tanker is held.\n\nGhana, however, said its navy would not deploy ships beyond Ghanaian "
                   "waters.") == [(["GH"], ["sea"], "refused", "")]


def test_an_appositive_with_another_country_land_forces_trainees_and_police_helicopters():
    assert summary("A bridge is bombed.\n\nSpain, one of five EU member states that do not recognise Kosovo, declined "
                   "a request for military engineers.") == [(["ES"], ["ground troops"], "refused", "")]
    assert summary("A reactor leaks.\n\nThe Turkish Land Forces deployed a defence company of 40 soldiers to the "
                   "plant.") == [(["TR"], ["ground troops"], "firm", "")]
    assert summary("Raids go on.\n\nTürkiye will donate four drones fitted with thermal cameras to help police track "
                   "herds, and will train eight Kenyan officers to fly them.") == [
        (["TR"], ["equipment"], "firm", ""), (["TR"], ["training"], "firm", "")]  # (two offers, as "and will send")
    assert summary("Floods spread.\n\nChile lent two helicopters of the Carabineros police, with their crews, for "
                   "the search.") == [(["CL"], ["air"], "firm", "")]


def test_a_loan_extended_and_coal_wagons_given():
    assert summary("A border is blocked.\n\nJapan will extend an ODA loan of MNT 410 billion to expand the railway.") == [
        (["JP"], ["funding"], "firm", "")]
    assert summary("A border is blocked.\n\nGermany will extend the mandate of its observers by a year.") == []
    assert summary("A border is blocked.\n\nThe Republic of Korea will provide 250 open-top coal wagons to the "
                   "railway.") == [(["KR"], ["equipment"], "firm", "")]


def test_a_charter_a_flight_home_a_brokered_deal_monitors_by_role_and_a_relative_refusal_that_is_not_the_gift():
    assert summary("Workers are freed.\n\nKenya will charter a plane for its 260 citizens only if the IOM shares the "
                   "cost.") == [(["KE"], ["air"], "conditional", "if the IOM shares the cost")]
    assert summary("Workers are freed.\n\nIndia will fly home its 410 citizens on an Indian Air Force C-17 on "
                   "Friday.") == [(["IN"], ["air"], "firm", "")]
    assert summary("Workers are freed.\n\n2,870 workers walked free on Tuesday under a deal brokered by Malaysia.") == [
        (["MY"], ["other"], "firm", "")]
    assert summary("Shooting stops.\n\nFrance will second 15 gendarmes as monitors.") == [
        (["FR"], ["monitoring"], "firm", "")]
    assert summary("Shooting stops.\n\nThe United States, which has ruled out sending monitors, will pay $4 million "
                   "for the team's vehicles.") == [(["US"], ["equipment", "funding"], "firm", "")]
    assert summary("Shooting stops.\n\nTurkey, home to a large Abkhaz diaspora, is weighing an invitation to join "
                   "the team.") == [(["TR"], ["other"], "considering", "")]


def test_a_rubric_over_the_headline_is_no_factbox_section():
    text = ("RADIO FREE ASIA\n\nMYANMAR\n\nNearly 2,900 foreigners freed as China sends police to bring its citizens "
            "home\n\nBy RFA Burmese\n\nThe release went on in Thailand.\n")
    assert summary(text) == [(["CN"], ["ground troops"], "firm", "")]


def test_messages_or_officials_sent_but_no_offers_is_no_refusal():
    assert summary("A port is blocked.\n\nSolomon Islands and Kiribati sent messages of support to Port Vila but "
                   "made no offers.") == []
    assert summary("A port is blocked.\n\nCzechia and Slovakia sent officials to a coordination meeting in Helsinki "
                   "on Monday but made no offers.") == []
    # ("sent four officials and pledged nothing" still reads as a refusal)
    assert summary("A port is blocked.\n\nThe United States sent four officials and pledged nothing.") == [
        (["US"], ["other"], "refused", "")]


def test_supplies_as_a_noun_and_police_stocks_are_no_gift_of_their_own():
    assert summary("A port is blocked.\n\nFrance and Germany issued a joint statement urging restraint and the free "
                   "flow of supplies.") == []
    assert summary("A border is shut.\n\nGermany will deliver 30 thermal-imaging cameras from Federal Police stocks "
                   "within a fortnight.") == [(["DE"], ["equipment"], "firm", "")]


def test_ships_at_work_under_a_demonym_escorting_or_ferrying():
    assert summary("An atoll is cut off.\n\nA US destroyer and a Canadian frigate yesterday escorted a supply ship "
                   "to the island.") == [(["US"], ["sea"], "firm", ""), (["CA"], ["sea"], "firm", "")]
    assert summary("A survey is halted.\n\nA Venezuelan navy patrol boat on Sunday escorted the survey ship out of "
                   "the disputed waters.") == []
    assert summary("Thousands flee.\n\nThe Turkish Navy landing ship TCG Bayraktar has made four round trips "
                   "between Beirut and Mersin.") == [(["TR"], ["sea"], "firm", "")]


def test_soldiers_on_their_way_and_a_section_of_the_armed_forces():
    assert summary("A town is under curfew.\n\nEIGHTY soldiers of the Republic of Fiji Military Forces left Nausori "
                   "yesterday for Luganville.") == [(["FJ"], ["ground troops"], "firm", "")]
    assert summary("A town is under curfew.\n\nEighty Fijian soldiers left Nausori yesterday for "
                   "Luganville.") == [(["FJ"], ["ground troops"], "firm", "")]
    assert summary("A town is under curfew.\n\nTonga is weighing a request for a section of His Majesty's Armed "
                   "Forces.") == [(["TO"], ["ground troops"], "considering", "")]


def test_flights_flown_and_how_the_people_carried_came():
    assert summary("Thousands flee.\n\nGermany has flown six Luftwaffe A400M flights out of Adana, taking home "
                   "1,150 citizens who arrived in Mersin by sea.") == [(["DE"], ["air"], "firm", "")]


def test_border_guards_sent_are_troops_but_trained_or_sharing_with_them_is_not():
    assert summary("A border is shut.\n\nPoland has offered 150 border guards, but only once the Commission agrees "
                   "to cover the cost.") == [
        (["PL"], ["ground troops"], "conditional", "once the Commission agrees to cover the cost")]
    assert summary("A border is shut.\n\nPoland will train 200 Ukrainian border guards.") == [
        (["PL"], ["training"], "firm", "")]
    assert summary("A border is shut.\n\nGermany will lend two surveillance drones and will share the footage with "
                   "Latvian border guards.") == [(["DE"], ["air", "intelligence"], "firm", "")]


def test_ruling_out_a_thing_refuses_it_and_not_ruling_it_out_keeps_it_open():
    assert summary("A border is shut.\n\nHungary has ruled out any EU money for the project.") == [
        (["HU"], ["funding"], "refused", "")]
    assert summary("A border is shut.\n\nHungary has ruled out a troop contribution.") == [
        (["HU"], ["ground troops"], "refused", "")]
    assert summary("A border is shut.\n\nGermany has not ruled out sending troops.") == [
        (["DE"], ["ground troops"], "considering", "")]


def test_a_road_kept_shut_to_convoys_is_access_refused():
    assert summary("Thousands flee.\n\nSyria has refused to open the Masnaa-Damascus highway to evacuation "
                   "convoys.") == [(["SY"], ["other"], "refused", "")]
    assert summary("Thousands flee.\n\nJordan will open the road to aid convoys.") == [(["JO"], ["other"], "firm", "")]


def test_escorting_ships_paying_into_a_fund_and_keeping_on_paying():
    assert summary("A sea is closed.\n\nRomania is escorting ships through the Sulina Channel, but only inside its "
                   "own waters.") == [(["RO"], ["sea"], "firm", "")]
    # (ships escorted on the state's own, outside the effort, are no gift to it)
    assert summary("A sea is closed.\n\nChina has declined to join, saying its navy will go on escorting "
                   "Chinese-flagged ships on its own.") == [(["CN"], ["other"], "refused", "")]
    assert summary("A sea is closed.\n\nEleven countries have paid into a €400 million war-risk insurance "
                   "facility.") == [("11 countries", ["funding"], "firm", "")]
    assert summary("A mission shrinks.\n\nIreland will, however, keep paying €4 million a year for the demining "
                   "unit.") == [(["IE"], ["funding"], "firm", "")]
    assert summary("A mission shrinks.\n\nQatar will pay $60 million towards the fuel and salaries of Lebanese "
                   "soldiers in the South.") == [(["QA"], ["funding"], "firm", "")]


def test_access_refused_to_observers_or_investigators_and_a_joining_ruled_out():
    assert summary("A border clash.\n\nThailand has refused to let the observers operate on its side of the "
                   "border.") == [(["TH"], ["other"], "refused", "")]
    assert summary("A cable is cut.\n\nGuinea has refused to let Sierra Leonean investigators board the "
                   "trawler.") == [(["GN"], ["other"], "refused", "")]
    assert summary("A sea is closed.\n\nTurkey has ruled out letting foreign minehunters through the "
                   "Bosphorus.") == [(["TR"], ["other"], "refused", "")]
    assert summary("A border clash.\n\nThe United States has ruled out joining the observer team, but it will give "
                   "$2 million to the World Food Programme.") == [
        (["US"], ["monitoring"], "refused", ""), (["US"], ["funding"], "firm", "")]
    assert summary("A cable is cut.\n\nThe United States has given the JMC satellite tracking data on the trawler's "
                   "movements.") == [(["US"], ["intelligence"], "firm", "")]


def test_what_another_must_do_in_a_condition_is_no_pledge_of_its_own():
    got = summary("Aid waits.\n\nNorway has 500 million kroner ready to go, but it will release that money only if "
                  "both armies let convoys through the Tina crossing.")
    assert [g[0] for g in got] == [["NO"]]
    assert summary("Migrants wait.\n\nSpain has offered 3,000 places, but only if the European Commission pays for "
                   "new reception centres.") == [(["ES"], ["other"], "conditional",
                                                 "if the European Commission pays for new reception centres")]


# --- rules found by blind round 81 (texts of our own) -------------------------------------

def test_goods_turned_over_troops_being_moved_and_a_cabinet_approving_a_named_service_are_pledges():
    assert summary("Ships are seized.\n\nJapan will turn over four inflatable boats and night-vision equipment to "
                   "the coast guard by April.") == [(["JP"], ["equipment"], "firm", "")]
    assert summary("A dam is seized.\n\nRwanda is moving 300 troops from its contingent in the north to guard the "
                   "dam wall.") == [(["RW"], ["ground troops"], "firm", "")]
    got = summary("A dam is seized.\n\nThe minister told Parliament that Cabinet had approved sending 120 Malawi "
                  "Defence Force (MDF) soldiers to Tete, but only once the House votes on the deployment.")
    assert got == [(["MW"], ["ground troops"], "conditional", "once the House votes on the deployment")]


def test_a_refused_request_to_let_warships_use_a_port_is_access_and_a_busy_navy_names_the_kind():
    assert summary("A terminal burns.\n\nOman has turned down a request to let foreign warships escorting tankers "
                   "use the port of Duqm.") == [(["OM"], ["other"], "refused", "")]
    assert summary("Ships are seized.\n\nBrunei turned down an invitation to join the escorts, saying its navy's "
                   "four offshore patrol vessels were committed to its own waters.") == [(["BN"], ["sea"], "refused", "")]
    assert summary("Ships are seized.\n\nBrunei turned down an invitation to join the escorts, saying its troops "
                   "were needed at home.") == [(["BN"], ["ground troops"], "refused", "")]


def test_an_anti_piracy_units_reach_extended_is_sea_and_the_object_of_supports_is_no_actor():
    assert summary("A terminal burns.\n\nSouth Korea will extend the Cheonghae anti-piracy unit’s area of "
                   "operations into the Gulf of Oman if the National Assembly approves the change.") == [
        (["KR"], ["sea"], "conditional", "if the National Assembly approves the change")]
    assert summary("A dam is seized.\n\nChina supports the Solomon Islands in maintaining stability and is ready "
                   "to send more police if the Solomon Islands side makes a request.") == [
        (["CN"], ["ground troops"], "conditional", "if the Solomon Islands side makes a request")]
    assert summary("A dam is seized.\n\nChina offered to do more.") == []


def test_observers_at_a_launch_and_concern_expressed_with_no_offers_are_guests_not_gifts_or_refusals():
    assert summary("Escorts begin.\n\nSingapore and Thailand sent observers to the launch in Zamboanga but made no "
                   "commitments.") == []
    assert summary("A dam is seized.\n\nTanzania and the United Kingdom expressed concern but made no offers.") == []
    assert summary("Escorts begin.\n\nSingapore will send 30 observers to the border.") == [
        (["SG"], ["monitoring"], "firm", "")]


# --- rules found by blind rounds 82 and 83 (texts of our own) ------------------------------

def test_guests_who_called_for_calm_welcomed_a_vote_or_sat_in_a_meeting_and_made_no_offers_give_and_refuse_nothing():
    assert summary("An airport is seized.\n\nSudan and Gabon have called for calm but made no offers of help.") == []
    assert summary("A mission grows.\n\nIndia and Indonesia welcomed the resolution but made no new offers.") == []
    assert summary("A port is blockaded.\n\nTunisia and Algeria, which took part in a meeting of Libya's neighbours in "
                   "Tunis on Thursday, made no commitments.") == []
    assert summary("A port is blockaded.\n\nRussia made no new pledges.") == [(["RU"], ["other"], "refused", "")]


def test_goods_for_gendarmes_or_border_troops_are_no_troops_and_helicopter_crews_are_air():
    assert summary("An airport is seized.\n\nTürkiye has delivered 20 armoured vehicles to the Chadian "
                   "gendarmerie.") == [(["TR"], ["equipment"], "firm", "")]
    assert summary("A border is shelled.\n\nChina has handed over 40 thermal-imaging cameras and six surveillance "
                   "drones to the Tajik Border Troops.") == [(["CN"], ["intelligence", "equipment"], "firm", "")]
    assert summary("A town falls.\n\nBangladesh will deploy an aviation unit of three Mi-171 helicopters and 110 air "
                   "force personnel to Birao.") == [(["BD"], ["air"], "firm", "")]
    assert summary("A town floods.\n\nAround 40 US Air Force personnel from RAF Menwith Hill spent Saturday building "
                   "a barrier.")[0][1] == ["ground troops"]


def test_refused_or_weighed_access_for_a_ferry_or_aircraft_and_any_part_ruled_out():
    assert summary("A ferry is hijacked.\n\nMontenegro has refused to let the ferry enter its port of Bar.") == [
        (["ME"], ["other"], "refused", "")]
    assert summary("A border is shelled.\n\nUzbekistan is weighing a Russian request to let military transport "
                   "aircraft cross its airspace.") == [(["UZ"], ["other"], "considering", "")]
    assert [p[2] for p in summary("A port is blockaded.\n\nMalta, citing the neutrality written into its "
                                  "Constitution, has ruled out any part in the escorts.")] == ["refused"]


def test_as_long_as_they_are_needed_is_no_condition_and_a_patrol_aircraft_flying_from_a_base_is_air():
    got = summary("A port is blockaded.\n\nAnkara has deployed the frigate TCG Kemalreis and 300 marines to guard the "
                  "port. «Our forces will remain as long as they are needed», the ministry said.")
    assert got[0][:3] == (["TR"], ["ground troops", "sea"], "firm") and got[0][3] == ""
    assert summary("A pipeline is cut.\n\nTwo US Navy P-8A Poseidon patrol aircraft flying from RAF Lossiemouth will "
                   "hunt for submarines along the route.") == [(["US"], ["air"], "firm", "")]


# --- rules found by blind round 84 (texts of our own) ------------------------------------------

def test_a_continuing_threat_is_a_condition():
    text = "Drones circle a base.\n\nDenmark will send a frigate with air-surveillance radar to the fjord if the flights continue."
    assert summary(text) == [(["DK"], ["sea"], "conditional", "if the flights continue")]


def test_an_offer_withdrawn_by_a_ministry_refuses_what_was_offered():
    text = ("Drones circle a base.\n\nOn Monday the Netherlands offered two F-35 fighters for air policing. By Wednesday "
            "evening the Dutch Ministry of Defence had withdrawn the offer and said it would not take part.")
    assert [p[1:3] for p in summary(text)] == [(["air"], "firm"), (["air"], "refused")]


def test_goods_handed_over_split_shared_data_and_a_counter_drone_team_with_its_own_kit():
    assert summary("Drones circle a base.\n\nFinland handed three mobile radars over to the Norwegian Armed Forces.") \
        == [(["FI"], ["equipment"], "firm", "")]
    assert summary("Drones circle a base.\n\nThe three Baltic states will share data from their own drone-tracking "
                   "networks with the headquarters.") == [(["EE", "LV", "LT"], ["intelligence"], "firm", "")]
    assert summary("Drones circle a base.\n\nBritain is sending a counter-drone team of 35 RAF Regiment personnel with "
                   "its own radar and jamming equipment.") == [(["GB"], ["air"], "firm", "")]
    # drones with cameras handed over stay kit
    assert summary("A fire burns.\n\nGermany delivered 12 firefighting drones with thermal cameras.")[0][1] == ["equipment"]


def test_a_second_offer_after_and_will_or_and_said_ready_and_a_past_event_after_is_no_condition():
    got = summary("A port is blockaded.\n\nViệt Nam will give VNĐ25 billion in aid to Laos, and will send "
                  "an army engineering unit once the Lao Government makes a formal request.")
    assert got == [(["VN"], ["funding"], "firm", ""),
                   (["VN"], ["ground troops"], "conditional", "once the Lao Government makes a formal request")]
    got = summary("A glacier bursts.\n\nChina's ambassador announced assistance of 20 million yuan and said Beijing was "
                  "ready to send helicopters as soon as Nepal makes a request.")
    assert [p[1:3] for p in got] == [(["funding"], "firm"), (["air"], "conditional")]
    assert summary("A lake bursts.\n\nThe Chinese government will provide 2 million U.S. dollars to Peru after a glacial "
                   "lake outburst flood swept through the city.") == [(["CN"], ["funding"], "firm", "")]


def test_ruling_out_backing_sanctions_refuses_them_and_a_counter_sniper_team_is_troops():
    assert summary("Shots cross a bridge.\n\nHungary has ruled out backing new EU-wide sanctions.") == [
        (["HU"], ["sanctions"], "refused", "")]
    assert summary("Shots cross a bridge.\n\nPoland is weighing an Estonian request for a counter-sniper team.") == [
        (["PL"], ["ground troops"], "considering", "")]


# --- rules found by blind round 85 (texts of our own) ------------------------------------------

def test_if_asked_and_once_a_step_is_done_are_conditions_but_a_request_or_a_vote_gone_by_is_not():
    assert summary("A missile falls.\n\nEgypt said it would send two search vessels if asked by Nicosia.") == [
        (["EG"], ["sea"], "conditional", "if asked by Nicosia")]
    assert summary("A measles outbreak spreads.\n\nJapan sent 300 refrigerators, a week after Ulaanbaatar asked.") == [
        (["JP"], ["equipment"], "firm", "")]
    assert summary("Fighters leave.\n\nTwelve Irish Defence Forces officers will fly to Libya to monitor the withdrawal, "
                   "after the Government approved the deployment on Tuesday.")[0][2:] == ("firm", "")


def test_a_denied_pledge_a_warning_sent_and_airspace_closed_to_civilian_traffic_give_nothing():
    assert summary("A missile falls.\n\nThe United States denied a report that it had pledged troops to the island.") == []
    # (a denial of something else leaves the pledge after it)
    assert summary("A missile falls.\n\nMoscow denied wrongdoing and pledged 5 million dollars.") == [
        (["RU"], ["funding"], "firm", "")]
    assert summary("A missile falls.\n\n\"There is no pledge of American troops,\" she said.") == []
    assert summary("A missile falls.\n\nLondon sent data, and Ankara sent a warning.") == [(["GB"], ["other"], "firm", "")]
    assert summary("A missile falls.\n\nCyprus closed its airspace to civilian traffic for 36 hours.") == []
    assert summary("A border is closed.\n\nLithuania closed its airspace to all flights to and from Belarus.")[0][1] \
        == ["sanctions"]


def test_a_requested_air_defence_battery_is_air_a_delivered_one_equipment_and_police_leave_for_a_place():
    assert summary("A missile falls.\n\nIsrael is weighing a Cypriot request for a mobile air-defence battery.") == [
        (["IL"], ["air"], "considering", "")]
    assert summary("A city is shelled.\n\nGermany will deliver three air defence systems to Izmail.")[0][1] == ["equipment"]
    assert summary("Polls open.\n\nA contingent of 150 Sri Lanka Police officers will leave for the Maldives.") == [
        (["LK"], ["ground troops"], "firm", "")]


def test_intelligence_from_its_police_a_single_soldier_refused_and_a_refusal_after_condemning():
    assert summary("A ferry is freed.\n\nParaguay will share intelligence from its river police.") == [
        (["PY"], ["intelligence"], "firm", "")]
    assert summary("A ferry is freed.\n\n“Bolivia will not send a single soldier,” the minister said.")[0][1:3] == (
        ["ground troops"], "refused")
    assert summary("A missile falls.\n\nTurkey condemned the Greek deployment and said it would not join any "
                   "coalition.") == [(["TR"], ["other"], "refused", "")]

# --- rules found by blind round 86 (texts of our own) ------------------------------------------

def test_joining_patrols_on_a_lake_sends_boats_and_an_access_refusal_into_its_waters():
    assert summary("Smugglers are caught.\n\nMalawi is prepared to join patrols on the northern end of the lake "
                   "\"provided Lusaka pays for the fuel,\" the minister said.") == [
        (["MW"], ["sea"], "conditional", "provided Lusaka pays for the fuel")]
    assert summary("Smugglers are caught.\n\nMalawi will join the coalition.") == []
    assert summary("Smugglers are caught.\n\nBurundi has refused to allow Rwandan patrol boats into its waters.") == [
        (["BI"], ["other"], "refused", "")]


def test_what_experts_look_into_is_not_given_and_a_ship_with_its_staff_aside_is_due():
    assert summary("Rifles are seized.\n\nUganda is considering a request to send ballistics experts to help trace "
                   "the rifles.") == [(["UG"], ["other"], "considering", "")]
    assert summary("Cholera spreads.\n\nThe Indian Navy hospital ship Dhanvantari, with 90 medical staff on board, is "
                   "due in Suva on Friday, the Indian High Commission said.") == [(["IN"], ["sea"], "firm", "")]


def test_a_ministry_of_health_refuses_and_a_named_ambassador_who_announced_a_sum_gives_it():
    assert summary("Cholera spreads.\n\nThe Fijian Ministry of Health has turned down a request from Suva for 20 "
                   "nurses.") == [(["FJ"], ["other"], "refused", "")]
    assert summary("Cholera spreads.\n\nThat was the message from the Japanese Ambassador, Aiko Sato, who on Monday "
                   "announced $500,000 for water tanks after Tokyo ruled out sending a ship.") == [
        (["JP"], ["sea"], "refused", ""), (["JP"], ["funding"], "firm", "")]


def test_a_second_offer_to_fly_has_its_own_condition_and_helicopters_standing_by_are_air():
    assert summary("Cholera spreads.\n\nCanada has committed $4 million for water, and will fly a Royal Canadian Air "
                   "Force C-130 to Tonga if the outbreak reaches Vavau.") == [
        (["CA"], ["funding"], "firm", ""), (["CA"], ["air"], "conditional", "if the outbreak reaches Vavau")]
    assert summary("Hostages are freed.\n\nTwo Chinook helicopters from RAF Odiham stood by to evacuate the crew, a "
                   "British official confirmed.") == [(["GB"], ["air"], "firm", "")]


def test_a_refusal_after_but_keeps_its_subject_and_putting_troops_on_soil():
    assert summary("Hostages are freed.\n\nEgypt sent a medical team, but declined to put its own commandos on "
                   "Cypriot soil.") == [(["EG"], ["other"], "firm", ""), (["EG"], ["ground troops"], "refused", "")]
    assert summary("Hostages are freed.\n\nFrance flew an aircraft over the sea, and the United States shared "
                   "intelligence on the militia's movements.")[1] == (["US"], ["intelligence"], "firm", "")
    # (a question in a debate puts no soldiers anywhere)
    assert summary("Hostages are freed.\n\n\"How many partners have actually put soldiers on the table?\" he asked.") \
        == []

# --- rules found by blind round 87 (texts of our own) ------------------------------------------

def test_both_countries_and_the_two_neighbours_are_the_pair_named_before():
    assert summary("Pirates strike.\n\nChile and Peru, whose ports handle the cargo, said both countries would share "
                   "vessel-tracking data with Bolivia's navy.") == [(["CL", "PE"], ["intelligence"], "firm", "")]
    assert summary("Floods hit.\n\nJapan will send 200 soldiers. South Korea is sending two helicopters. The two neighbours "
                   "will also jointly fund K40 million in food.")[-1] == (["JP", "KR"], ["funding"], "firm", "")
    # (the last two givers named, not the Gulf states' pledge before them; and no pair with one giver only)
    assert summary("Floods hit.\n\nQatar and Oman will pay. Japan will send 200 soldiers. South Korea is sending two "
                   "helicopters. The two neighbours will also jointly fund K40 million in food.")[-1][0] == ["JP", "KR"]
    assert summary("Floods hit.\n\nJapan will send 200 soldiers. The two neighbours will also jointly fund K40 "
                   "million in food.")[-1][0] == "2 neighbours"
    assert summary("Floods hit.\n\nJapan and South Korea will send ships. The two neighbours will also fund K40 "
                   "million in food.")[-1][0] == ["JP", "KR"]  # (a joint pledge just before names the pair too)


def test_a_team_sent_to_train_joining_with_its_own_boats_and_lent_boats():
    assert summary("Pirates strike.\n\nNorway will send a 12-member Royal Norwegian Navy team to train Ghanaian naval "
                   "infantry in boarding.") == [(["NO"], ["training"], "firm", "")]
    assert summary("Pirates strike.\n\nTogo will join the escorts with its own navy boats only after Ghana agrees to "
                   "share the costs.")[0][:3] == (["TG"], ["sea"], "conditional")
    assert summary("Pirates strike.\n\nSpain is weighing a request to lend two river patrol boats.")[0][1] == [
        "sea", "equipment"]
    assert summary("Pirates strike.\n\nSpain will send two patrol boats.")[0][1] == ["sea"]


def test_a_refused_escort_through_its_waters_survivors_refused_and_an_offer_withdrawn_in_one_sentence():
    assert summary("Pirates strike.\n\nBrazil has refused to allow foreign warships to escort barges through its part "
                   "of the river.") == [(["BR"], ["other"], "refused", "")]
    assert summary("A boat drifts.\n\nMalta has ruled out accepting any of the survivors.") == [
        (["MT"], ["other"], "refused", "")]
    assert summary("A boat drifts.\n\nTurkey had offered a navy landing ship to carry the survivors to a port of their "
                   "choosing, but withdrew the offer on Monday after Libya objected.") == [
        (["TR"], ["sea"], "firm", ""), (["TR"], ["sea"], "refused", "")]


def test_sanctions_joined_announced_or_ruled_out_and_air_links_cut():
    assert summary("A junta took power.\n\nAustria will join the sanctions only after the African Union names the "
                   "officers.") == [(["AT"], ["sanctions"], "conditional", "after the African Union names the officers")]
    assert summary("A junta took power.\n\nJapan will announce its own sanctions against the junta on Friday.") == [
        (["JP"], ["sanctions"], "firm", "")]
    assert summary("A junta took power.\n\nBrazil has ruled out sanctions of any kind.") == [
        (["BR"], ["sanctions"], "refused", "")]
    assert summary("A junta took power.\n\nKenya is weighing whether to suspend flights between Nairobi and the "
                   "capital.") == [(["KE"], ["sanctions"], "considering", "")]
    # (flights suspended from an outbreak's country are a health measure, not a sanction)
    assert summary("Ebola spreads.\n\nRwanda suspended flights from Kinshasa.") == []


def test_people_flown_out_on_a_states_military_aircraft_are_its_air_contribution():
    assert summary("A coup.\n\nThe embassy said 400 people had been flown out on Italian military aircraft.") == [
        (["IT"], ["air"], "firm", "")]
    assert summary("A coup.\n\nSome 300 foreigners were evacuated aboard two Indian navy ships.") == [
        (["IN"], ["sea"], "firm", "")]
    assert summary("A coup.\n\nAbout 200 tourists were flown home on Italian charter planes.") == []


def test_old_hulls_offered_an_agency_by_initials_patrols_declined_and_a_plan_shelved():
    assert summary("A reef is seized.\n\nJapan has offered two decommissioned Abukuma-class destroyer escorts and "
                   "three retired patrol boats.")[0][1] == ["sea", "equipment"]
    assert summary("A convoy is hit.\n\nThe WFP said it would pay for a second convoy.") == [
        ("World Food Programme", ["funding"], "firm", "")]
    assert summary("A reef is seized.\n\nAustralia will send a frigate to join Philippine patrols. Malaysia declined an "
                   "invitation to join the patrols.") == [(["AU"], ["sea"], "firm", ""), (["MY"], ["sea"], "refused", "")]
    assert summary("A siege.\n\nMali has shelved a plan to open the road to evacuation convoys, citing attacks on "
                   "vehicles near the border.") == [(["ML"], ["other"], "refused", "")]


def test_officers_contributed_commandos_flown_a_ship_on_station_and_money_for_an_appeal():
    # in an article about police officers, officers contributed are police, counted with troops
    assert summary("The recount goes on. Botswana will send 60 police officers.\n\nZimbabwe has yet to decide whether "
                   "to contribute officers.")[1] == (["ZW"], ["ground troops"], "considering", "")
    # naval commandos are troops, not ships; a frigate on station is at work
    assert summary("A siege.\n\nGreece has flown 40 naval special forces commandos to Paphos.") == [
        (["GR"], ["ground troops"], "firm", "")]
    assert summary("A siege.\n\nThe French frigate Provence has taken up station 12 nautical miles from the platform.") == [
        (["FR"], ["sea"], "firm", "")]
    # an air force's aircraft, the first of several, landed with equipment
    assert summary("A cordon.\n\nThe first Royal New Zealand Air Force C-130J Hercules has landed at Nadi with 14 tonnes "
                   "of protective equipment.") == [(["NZ"], ["air", "equipment"], "firm", "")]
    # paying into an appeal is money; lodging an appeal is not a pledge
    assert summary("A flood.\n\nEleven countries have so far paid into the flash appeal.")[0][1] == ["funding"]
    assert summary("A flood.\n\nEleven countries have contributed to the appeal.")[0][1] == ["funding"]
    assert summary("A flood.\n\nChad lodged an appeal against the ruling.") == []


def test_a_term_after_as_long_as_patrols_ruled_out_a_fronted_pronoun_and_a_bare_refusal_of_a_request():
    # "as long as" a clause with its own verb is a term the offer waits on ("takes place" is not "takes")
    assert summary("A jailbreak.\n\nFrance has offered 30 instructors to train the border police, as long as the "
                   "training takes place in Parakou.") == [
        (["FR"], ["training"], "conditional", "as long as the training takes place in Parakou")]
    assert summary("A jailbreak.\n\nFrance will send 30 instructors for as long as the training takes.") == [(["FR"], ["training"], "firm", "")]
    # patrols ruled out are refused; patrols "on its side of the river" are on land, not boats
    assert summary("A jailbreak.\n\nNiger has ruled out joint patrols on its side of the river.") == [
        (["NE"], ["other"], "refused", "")]
    assert summary("A jailbreak.\n\nNiger will run joint patrols on its side of the river.")[0][1] == ["other"]
    assert summary("A jailbreak.\n\nNiger will run patrols on the river.")[0][1] == ["sea"]
    # a fronted phrase before "it": the country the sentence before opened with
    assert summary("A blackout.\n\nRussia answered first. At Astana's request, it flew 300 paratroopers to guard "
                   "substations.") == [(["RU"], ["ground troops"], "firm", "")]
    # "X refused." after a request put to X: the thing asked for, refused
    assert summary("A blackout.\n\nInvestigators asked Tehran for its logs. Iran refused.") == [
        (["IR"], ["intelligence"], "refused", "")]
    assert summary("A blackout.\n\nInvestigators asked Ankara for its logs. Iran refused.") == []
    assert summary("A blackout.\n\nInvestigators asked Tehran for its logs. Iran refused to comment on the "
                   "hosting company.") == []


def test_goods_flown_in_a_crossing_kept_shut_and_goodwill_that_offers_nothing():
    assert summary("Cholera.\n\nKenya has flown two planeloads of cholera kits into Renk aboard Kenya Air Force "
                   "transport aircraft.") == [(["KE"], ["air"], "firm", "")]
    assert summary("Cholera.\n\nKenya flew 12 tonnes of food into Renk.") == [(["KE"], ["other"], "firm", "")]
    assert summary("Cholera.\n\nSudan has refused to reopen the Joda crossing to aid lorries.") == [
        (["SD"], ["other"], "refused", "")]
    assert summary("Cholera.\n\nSudan will reopen the crossing to aid lorries.") == [(["SD"], ["other"], "firm", "")]
    assert summary("An insurgency.\n\nThe coalition's first task would be to reopen the coastal road to the port, "
                   "where a project worth several billion dollars has stalled.") == []
    assert summary("A spill.\n\nRomania and Albania said they stand ready to help.") == []
    assert summary("A spill.\n\nRomania said it stood ready to help with booms.")[0][0] == ["RO"]


def test_said_with_a_bare_day_a_request_to_let_aircraft_in_advisers_who_train_and_history_in_a_relative_clause():
    assert summary("A kidnapping.\n\nChad, whose troops fought alongside Nigerian forces in the 2040s, announced late "
                   "Sunday that it would send 300 soldiers.") == [(["TD"], ["ground troops"], "firm", "")]
    assert summary("A kidnapping.\n\nChad said last week it would send 300 soldiers.") == [
        (["TD"], ["ground troops"], "firm", "")]
    # letting another state's aircraft in is access; a request to let a trade go on is not
    assert summary("A kidnapping.\n\nNiger turned down a request from Abuja to let Nigerian aircraft pursue the "
                   "kidnappers.") == [(["NE"], ["other"], "refused", "")]
    assert summary("Fires.\n\nThe US Department of State has rejected a request from the Russian Foreign Ministry to "
                   "allow US satellite operators to sell fire imagery.")[0][1] == ["intelligence"]
    # advisers sent to train another state's special forces: training, not troops
    assert summary("A kidnapping.\n\nBritain is sending 30 military advisers to train Nigerian special forces "
                   "units.") == [(["GB"], ["training"], "firm", "")]
    # what a state did decades ago, in a relative clause, is history
    assert summary("A blockade.\n\nChina, which financed the expansion of the terminal in the 2030s, said it was "
                   "following the situation.") == []


def test_a_body_named_with_its_initials_sharing_what_it_knows_a_port_opened_and_berths_kept_shut():
    assert summary("Stranded.\n\nThe International Organization for Migration (IOM) said it would pay for onward "
                   "flights home for 1,500 migrant workers.") == [("International Organization for Migration", ["funding"], "firm", "")]
    assert summary("A hack.\n\nThe EU Agency for Cybersecurity (ENISA) has deployed a team of 12 incident "
                   "responders.")[0][0] == "EU Agency for Cybersecurity"
    # a state's own agency, named in an apposition, is the state's
    assert summary("Locusts.\n\nFrance, whose development agency, the Agence Française de Développement (AFD), has "
                   "long financed surveillance, announced €2 million.")[0][0] == ["FR"]
    assert summary("A hack.\n\nThe United States is sharing what it knows about the group.") == [
        (["US"], ["intelligence"], "firm", "")]
    assert summary("A hack.\n\nEleven countries, led by Estonia, have offered to connect the port to a shared "
                   "early-warning network.") == [("11 countries", ["intelligence"], "firm", "")]
    assert summary("Evacuation.\n\nThe Cypriot government said it would open Larnaca port to further evacuation "
                   "ships once every passenger has been screened.") == [
        (["CY"], ["other"], "conditional", "once every passenger has been screened")]
    assert summary("Evacuation.\n\nRussia has ruled out opening its berths to the evacuation ships.") == [
        (["RU"], ["other"], "refused", "")]
    assert summary("A war.\n\nFrance is open to sending troops.") == [(["FR"], ["ground troops"], "considering", "")]


def test_a_giver_named_in_capitals_takes_its_country_name_and_initials_stay_as_written():
    text = "A blockade.\n\nZAMBIA will deploy 250 soldiers.\n\nCHAD will send 300 soldiers.\n\nThe U.S. will send a frigate."
    assert [p.actor for p in pledges(text)] == ["Zambia", "Chad", "U.S."]
    assert [p.actor for p in pledges("A quake.\n\nTurkey's disaster agency AFAD sent 95 rescuers.")] == ["AFAD"]


def test_another_storys_headline_a_late_arrival_a_frozen_grant_and_readiness_are_read_as_such():
    assert pledges("Navy seizes arms ship\n\nThe Indonesian Navy seized a ship.\n\nRelated news: Indonesia to tighten "
                   "checks on Strait of Malacca transits\n\nThe ship carried missiles.") == []
    text = ("Turkmenistan closed its airspace.\n\nA contingent of 150 soldiers flew into Turkmenbashi late on Saturday to "
            "guard the terminal, the Turkish Defense Ministry said.")
    assert summary(text) == [(["TR"], ["ground troops"], "firm", "")]
    assert summary("A seizure.\n\nRussia's Defense Ministry has ruled out any joint investigation.") == [
        (["RU"], ["other"], "refused", "")]
    assert summary("A siege.\n\nLuxembourg has released 750,000 euros to charter civilian flights.") == [
        (["LU"], ["funding"], "firm", "")]
    assert summary("A vote.\n\nFrance announced on Tuesday that it was freezing 48 million euros in budget support "
                   "to Kinshasa.") == [(["FR"], ["sanctions"], "firm", "")]
    assert summary("A siege.\n\nBelgium has sent 260 paratroopers to Brazzaville, ready to carry out an evacuation if "
                   "the situation deteriorates.") == [(["BE"], ["ground troops"], "firm", "")]
    assert summary("Trawlers seized.\n\nNorway has offered to train 50 inspectors if the government publishes the "
                   "list of licences.") == [(["NO"], ["training"], "conditional",
                                             "if the government publishes the list of licences")]
    assert summary("Trawlers seized.\n\nPortugal is still deciding whether to lend a patrol vessel.")[0][2] == "considering"


def test_maps_firefighters_reported_by_an_agency_a_done_charter_ports_urged_open_and_an_asset_on_standby():
    assert summary("A fire.\n\nThe United States is providing hourly satellite hotspot maps to the civil "
                   "defense.") == [(["US"], ["intelligence"], "firm", "")]
    assert summary("A fire.\n\nChile's forestry agency, Conaf, said 80 forest firefighters would reach Corumbá by "
                   "road on Thursday.") == [(["CL"], ["other"], "firm", "")]
    # any report of the body's, the verbs pledges read elsewhere ("told reporters that ...")
    assert summary("A flood.\n\nA spokesman for the Spanish embassy told reporters that 12 rescue divers had "
                   "arrived in the port.") == [(["ES"], ["other"], "firm", "")]
    # 'once' after an act already done says when it acts, not what it waits on; after 'will', a condition
    assert summary("A quarantine.\n\nThe three Baltic states have jointly chartered a flight to take home their 85 "
                   "nationals once they are released.") == [(["EE", "LV", "LT"], ["other"], "firm", "")]
    assert summary("A quarantine.\n\nItaly has sent two ships and will dock them once the port reopens.")[0][2:] == (
        "conditional", "once the port reopens")
    assert summary("A quarantine.\n\nPortugal and Belgium have urged all governments in the region to keep their "
                   "ports open to ships in distress.") == []
    assert summary("A quarantine.\n\nSpain, however, will not contribute medical staff to the quarantine, and the "
                   "frontier at La Línea remains closed to anyone who has been on board the ship.") == [
        (["ES"], ["other"], "refused", "")]
    assert summary("A siege.\n\nSouth Korea, one of whose engineers is being held, has placed an air ambulance on "
                   "standby at Biak.") == [(["KR"], ["air"], "firm", "")]


def test_a_group_with_its_members_between_dashes_a_unit_it_runs_shared_analysis_and_refused_calls():
    # the dashes close the group's members; "that they would" is not a second subject's clause
    assert summary("A mutiny.\n\nThe Troika countries – the United States, Britain and Norway – said in a joint "
                   "statement that they would freeze the assets of the officers.") == [
        (["US", "GB", "NO"], ["sanctions"], "firm", "")]
    assert summary("A cyberattack.\n\nThe Baltic states – Estonia, Latvia and Lithuania – will jointly run a "
                   "14-member cyber incident-response team in Tbilisi.") == [(["EE", "LV", "LT"], ["other"], "firm", "")]
    assert summary("A cyberattack.\n\nThe United States has shared its own forensic analysis of the code with the "
                   "investigators.") == [(["US"], ["intelligence"], "firm", "")]
    assert summary("A blackout.\n\nTurkey is weighing a request for two mobile substations.") == [
        (["TR"], ["equipment"], "considering", "")]
    # what others asked for, refused: a bare plural of calls, a proposal
    assert summary("A mutiny.\n\nSudan rejected calls to close its frontier crossings to the mutineers.") == [
        (["SD"], ["other"], "refused", "")]
    assert summary("A standoff.\n\nHungary said no to a proposal for EU sanctions on two shipyards.") == [
        (["HU"], ["sanctions"], "refused", "")]
    # ships kept clear of the place are not ships sent; a ship on its way is
    assert summary("A standoff.\n\nShe said Britain would keep its ships “well clear” of the rig.") == []
    assert summary("A standoff.\n\nThe Italian destroyer Andrea Doria is also on its way.") == [
        (["IT"], ["sea"], "firm", "")]


def test_an_aside_after_a_capital_consulting_allies_a_second_giver_after_but_that_and_requests_rebuffed():
    # 'on the other hand' is an aside between the capital and its verb, as 'however' is
    assert summary("An evacuation.\n\nBeijing, on the other hand, will not take part in any multinational "
                   "evacuation.") == [(["CN"], ["other"], "refused", "")]
    assert summary("An evacuation.\n\nIndia is consulting allies on whether to send naval vessels to the Andaman "
                   "Sea.") == [(["IN"], ["sea"], "considering", "")]
    # 'but that <capital> will not': a second giver's clause, cut off the first
    assert summary("A strike.\n\nMalawi said its troops would stay in their positions but that Lilongwe will not "
                   "take part in any retaliatory operation.")[-1] == (["MW"], ["other"], "refused", "")
    assert summary("A strike.\n\nKigali has rebuffed a SADC request to allow investigators onto its "
                   "territory.") == [(["RW"], ["other"], "refused", "")]
    assert summary("A clash.\n\nChina has rejected calls for an international investigation.") == [
        (["CN"], ["other"], "refused", "")]
    assert summary("A clash.\n\nRussia has flown around 300 paratroopers to its airbase at Kant.") == [
        (["RU"], ["ground troops"], "firm", "")]
    # the country inside the speaking alliance's description does not own its passive
    assert summary("A clash.\n\nThe Collective Security Treaty Organization, the alliance to which Kyrgyzstan "
                   "belongs, said in a statement that the paratroopers had been sent.") == []


def test_rich_enough_to_pay_is_a_means_not_an_offer():
    assert summary("A blast.\n\nThe Hungarian Foreign Ministry said that Belgium was \"rich enough to pay for its "
                   "own accidents\".") == []
    assert summary("A blast.\n\nBelgium will pay for the clean-up.") == [(["BE"], ["funding"], "firm", "")]
