"""Figures: numbers with what they count; dates, years, times, ordinals and references skipped."""

from __future__ import annotations

from tui.core.figures import extract_figures


def figs(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.what, text[f.start:f.end]) for f in extract_figures(text)]


def test_numbers_with_what_they_count():
    assert figs("26 countries pledged; 35 nations met.") == [
        (26.0, "countries", "26"), (35.0, "countries", "35")]
    assert figs("Ukraine reported 112 Russian strike and decoy drones overnight; 84 were intercepted or jammed.") == [
        (112.0, "Russian strike and decoy drones", "112"), (84.0, "intercepted or jammed", "84")]


def test_word_numbers_and_thousands():
    assert figs("twenty-six nations agreed and 1,000 troops left.") == [
        (26.0, "countries", "twenty-six"), (1000.0, "troops", "1,000")]
    assert figs("Of the 35 countries, the remaining nine will decide later.") == [
        (35.0, "countries", "35"), (9.0, "", "nine")]


def test_money_and_percent():
    assert figs("They pledged $2.5 billion in military aid.") == [(2.5e9, "military aid", "$2.5 billion")]
    assert figs("Gangs control 85% of the capital.") == [(85.0, "percent", "85%")]
    assert figs("a 26-nation coalition") == [(26.0, "countries", "26")]


def test_skips_dates_years_times_ordinals_references():
    text = ("On September 4, 2025, at 10:30, leaders met (Sept. 4) under Article 5 in the 21st "
            "century; the G7 and F-16 jets, 4 September and in 1994.")
    assert figs(text) == []


def test_spans_and_evidence():
    text = "First line. Then 40 leaders came. End."
    (f,) = extract_figures(text)
    assert text[f.start:f.end] == "40"
    assert f.evidence == text[f.evidence_start:f.evidence_end] == "Then 40 leaders came."


def test_odd_input_never_raises():
    for text in ("", "9" * 100000, "1,2,3,4", "$", "€ 5", "٣ countries", "5\x00troops", "12 🚀 drones",
                 "1e309 troops", "$" + "9" * 400 + " billion"):
        for f in extract_figures(text):
            assert 0 <= f.start < f.end <= len(text)
            assert 0 <= f.evidence_start <= f.start and f.end <= f.evidence_end <= len(text)


# --- rules added after the second blind set -----------------------------------------

def test_currency_with_m_and_bn_suffix():
    assert figs("It pledged £60m and $2.5bn.") == [(60e6, "", "£60m"), (2.5e9, "", "$2.5bn")]
    assert figs("a 60m wall") == []  # metres, not money


def test_units_glued_to_numbers():
    assert figs("a 1,400km border with Sudan") == [(1400.0, "km border", "1,400km")]


def test_predicate_noun_after_would_be():
    assert figs("roughly 400 would be unarmed observers, deployed") == [
        (400.0, "unarmed observers", "400")]
    assert figs("12 will be deployed soon")[0][1] == "deployed"


def test_plural_heads_without_s():
    assert figs("backed by 3 maritime patrol aircraft.")[0][1] == "maritime patrol aircraft"
    assert figs("600 police officers")[0][1] == "police officers"


def test_timestamps_with_a_dot_are_not_figures():
    assert figs("17.42 GMT We are wrapping up.") == []


def test_a_money_figure_keeps_its_local_currency_prefix():
    assert figs("Bahrain gave Dh12 million and India Rs 40 crore.") == [
        (12e6, "", "Dh12 million"), (4e8, "", "Rs 40 crore")]  # (a crore is ten million)


def test_a_figure_whose_noun_is_left_out_counts_what_the_figure_before_it_counted():
    assert figs("At least 12 people died and more than 30 were injured.") == [
        (12.0, "people", "12"), (30.0, "people injured", "30")]
    assert figs("Some 80 migrants were aboard. Fishermen pulled 45 of them from the sea.") == [
        (80.0, "migrants", "80"), (45.0, "migrants", "45")]
    assert figs("At least 9 soldiers were killed and 14 wounded.")[1][:2] == (14.0, "soldiers wounded")
    assert figs("It pledged $5 million and 20 more.")[1][:2] == (20.0, "")  # money lends no noun
    assert figs("a town of half a million people") == [(5e5, "people", "half a million")]


def test_a_prefixed_dollar_sign_is_read_like_a_bare_one():
    # one currency fragment (sentences.CURRENCY) for the pledges and the figures: "US$" and "A$" are money
    # with what they are for, as "$" is
    assert figs("Japan announced US$500,000 in immediate assistance.") == [
        (500000.0, "immediate assistance", "US$500,000")]
    assert figs("Japan announced $500,000 in immediate assistance.") == [
        (500000.0, "immediate assistance", "$500,000")]


def test_the_country_letters_may_follow_the_dollar_sign():
    # Australian and Pacific papers write "$US1.5 million", "$A2 million": money all the same
    assert figs("The United States announced $US1.5 million through UNICEF.") == [(1.5e6, "", "$US1.5 million")]
    assert figs("Canberra added $A2 million in aid.") == [(2e6, "aid", "$A2 million")]


def test_a_million_hyphenated_millions_and_indian_lakh_and_crore():
    assert figs("Djibouti, a country of barely a million people, asked for help.") == [(1e6, "people", "a million")]
    assert figs("Washington pledged US$20-million.") == [(2e7, "", "US$20-million")]
    assert figs("Floods displaced over 2.6 lakh people.") == [(2.6e5, "people", "2.6 lakh")]
    assert figs("India gave ₹150 crore.")[0][0] == 1.5e9


def test_two_numbers_sharing_one_noun():
    assert figs("Austria and the Czech Republic sent 25 and 30 officers respectively.") == [
        (25.0, "officers", "25"), (30.0, "officers", "30")]
    assert figs("It cost €2m and 30 officers were sent.") == [(2e6, "", "€2m"), (30.0, "officers", "30")]


def test_one_million_mln_and_mil_suffixes_more_and_a_space_grouped_sum():
    values = lambda t: [(f.value, f.what) for f in extract_figures(t)]  # noqa: E731
    assert values("Spain approved one million euros.") == [(1_000_000, "euros")]
    assert values("Zagreb released EUR 2.5 mln and Putrajaya allocated RM12mil.") == [(2_500_000, ""), (12_000_000, "")]
    assert values("Rescuers recovered four more bodies.") == [(4, "bodies")]
    assert values("It announced US$750 000 in aid.") == [(750_000, "aid")]
    assert values("On May 12 300 troops left, and one of them said 000 nothing.") == [(300, "troops")]


def test_a_rwandan_franc_sum_written_frw():
    assert [v for v, _, _ in figs("Kigali has released Frw1.2 billion for relief.")] == [1_200_000_000.0]


def test_thousands_grouped_with_spaces_before_a_word_and_dinar_and_lev_sums():
    assert figs("It gave 3 000 blankets. In 2025 300 people left.") == [
        (3000.0, "blankets", "3 000"), (300.0, "people", "300")]
    assert [v for v, _, _ in figs("JD1,500 for each family and BGN 4.5 M from the reserve.")] == [1500.0, 4_500_000.0]


def test_a_decimal_comma_before_a_scale_a_bed_count_and_a_word_number_that_leaves_its_noun_out():
    got = [(v, w) for v, w, _ in figs("It released ZWL$52,8 billion and £1,2 million, and bought 1,200 tents.")]
    assert got == [(52_800_000_000.0, ""), (1_200_000.0, ""), (1200.0, "tents")]
    got = [(v, w) for v, w, _ in figs("They opened a 60-bed field hospital. Five people have died and two are missing.")]
    assert got == [(60.0, "beds"), (5.0, "people"), (2.0, "people")]


def test_thousands_abbreviated_a_tonnage_a_hyphened_word_number_and_a_so_called_noun():
    got = [(v, w) for v, w, _ in figs("Each household gets PLN 8 thous. The 6,300-ton ferry sank. A four-member "
                                      "team came. As many as 20 so-called \"ghost passengers\" were aboard.")]
    assert got == [(8000.0, ""), (6300.0, "tons"), (4.0, "members"), (20.0, "ghost passengers")]


def test_a_length_hyphened_to_its_unit_and_a_count_past_a_forces_name():
    got = [(v, w) for v, w, _ in figs("The sea broke through a 300-metre stretch of dike. Sweden sent two Swedish "
                                      "Armed Forces helicopters.")]
    assert got[0] == (300.0, "metres")
    assert got[1][0] == 2.0 and got[1][1].endswith(" helicopters")  # (not "Swedish Armed Forces")


def test_kwanza_brunei_dollar_and_dinar_sums_keep_their_codes():
    got = [(v, span) for v, _, span in figs("It released Kz 900 million, BND 5 million and KD 300,000.")]
    assert got == [(900_000_000.0, "Kz 900 million"), (5_000_000.0, "BND 5 million"), (300_000.0, "KD 300,000")]


def test_a_forces_initials_and_a_named_aircraft_type_before_the_counted_noun():
    got = figs("A troop of 60 Jamaica Defence Force (JDF) engineers landed; Indonesia weighs two Indonesian "
               "Air Force C-130 Hercules aircraft.")
    assert [v for v, _, _ in got] == [60.0, 2.0]
    assert got[0][1].endswith("engineers") and got[1][1].endswith("aircraft")


def test_qatari_riyals_in_millions_and_a_nautical_mile_zone():
    got = figs("The Amir ordered QR500mn for the families and set a 10-nautical-mile exclusion zone.")
    assert [(v, w) for v, w, _ in got] == [(500_000_000.0, ""), (10.0, "nautical miles")]


def test_a_bag_by_its_weight_thousands_grouped_with_dots_and_a_count_of_a_things_parts():
    assert figs("Each household will receive a 50-kg bag of rice and 500.000 DA; the fund holds 1.500.000 euros.") == [
        (50.0, "kg", "50"), (500000.0, "", "500.000"), (1500000.0, "euros", "1.500.000")]
    assert figs("It cost 2.500 dinars.") == [(2.5, "dinars", "2.500")]
    assert [f[:2] for f in figs("Two of the plant's three reverse-osmosis trains failed.")] == [
        (2.0, "reverse-osmosis trains"), (3.0, "reverse-osmosis trains")]


def test_millimetres_of_rain_and_millions_glued_after_a_currency_code():
    assert [f[:2] for f in figs("When 142mm of rain fell, Kuwait donated BD3m and China EC$2.7M; he ran 60m.")] == [
        (142.0, "mm of rain"), (3000000.0, ""), (2700000.0, "")]


def test_a_storms_category_a_quakes_magnitude_billions_abbreviated_and_a_counted_noun_in_quotation_marks():
    assert [(v, w) for v, w, _ in figs("It made landfall as a Category 4 storm.")] == [(4.0, "category storm")]
    assert [(v, w) for v, w, _ in figs("It was a magnitude 6.9 earthquake.")] == [(6.9, "magnitude earthquake")]
    assert [(v, w) for v, w, _ in figs("The region allocated 2.4 bln rubles for firefighting.")][0][0] == 2.4e9
    assert [(v, w) for v, w, _ in figs("Monitors watch 14 \"quake lakes\" on the river.")] == [(14.0, "quake lakes")]


def test_shillings_written_sh_and_naira_and_rand_as_one_capital_before_a_scaled_sum():
    got = [(v, t) for v, _, t in figs("Kenya gave Sh1.2 billion and Sh30,000 a rifle; Abuja N4.2bn; Pretoria R1,2 billion.")]
    assert got == [(1_200_000_000.0, "Sh1.2 billion"), (30_000.0, "Sh30,000"), (4_200_000_000.0, "N4.2bn"),
                   (1_200_000_000.0, "R1,2 billion")]
    # one capital before a bare number is a road or a model, not money
    assert [(v, w) for v, w, _ in figs("The N1 highway carried 40 trucks past the R2 junction.")] == [(40.0, "trucks")]


def test_kwacha_and_kina_as_one_capital_megawatts_hyphened_and_craft_as_a_plural():
    assert figs("The utility says it is losing about K1.6 billion a week.") == [(1.6e9, "", "K1.6 billion")]
    assert figs("The insurgents seized the 2,075-megawatt power house.") == [(2075.0, "megawatts", "2,075")]
    assert figs("Malaysia deployed two fast interceptor craft.") == [(2.0, "fast interceptor craft", "two")]
    assert figs("The K9 unit arrived.") == []


def test_a_group_counted_by_the_number_after_it_and_dong_before_a_sum():
    assert figs("His crew of nine was rationing rice.") == [(9.0, "crew", "nine")]
    assert figs("A trawler with a crew of nine was anchored in the fjord.") == [(9.0, "crew", "nine")]
    assert figs("A force of 1,200 will deploy.") == [(1200.0, "force", "1,200")]
    assert figs("A team of 35 engineers left.") == [(35.0, "engineers", "35")]
    assert figs("Hanoi gave VNĐ25 billion.") == [(25e9, "", "VNĐ25 billion")]


def test_a_part_counted_of_an_owners_whole_and_shillings_and_special_forces():
    assert figs("He has lost two of his nephews’ children.") == [(2.0, "children", "two")]
    assert figs("He had lost 340 of his 420 animals.")[0] == (340.0, "animals", "340")
    assert figs("It would close two of its nine factories.")[0] == (2.0, "factories", "two")
    assert figs("The government set aside TSh4.2 billion.") == [(4.2e9, "", "TSh4.2 billion")]
    assert figs("Greece sent 40 special forces troops.") == [(40.0, "special forces troops", "40")]


def test_egyptian_pounds_and_an_air_forces_long_name_before_the_counted_noun():
    assert figs("Egypt had allocated LE25 million from its fund.") == [(25e6, "", "LE25 million")]
    assert figs("Le 25 août.") == [(25.0, "août", "25")]  # (French 'le' is no currency: a day, not a sum)
    assert figs("New Zealand is sending two Royal New Zealand Air Force NH90 helicopters and their crews to the "
                "valley.") == [
        (2.0, "Royal New Zealand Air Force NH90 helicopters", "two")]
    assert figs("Japan has pledged US$1.2 million in emergency grant aid and four water units.")[0][1] == "emergency grant"


def test_a_group_counted_in_an_aside_after_its_noun():
    assert figs("The ministry said Japanese nationals in Manila, estimated at about 17,000, were safe.") == [
        (17000.0, "nationals", "17,000")]
    assert figs("The cost, estimated at 5,000, rose.")[0][1] == ""  # (a cost is no plural noun counted)


def test_a_convoy_counted_by_its_trucks_and_some_of_the_dead_by_what_they_were():
    assert figs("The 31-truck convoy was hit at dawn.") == [(31.0, "trucks", "31")]
    assert figs("A 12-vehicle column left.") == [(12.0, "vehicles", "12")]
    assert figs("Two of the dead were Ugandan nationals.") == [(2.0, "nationals", "Two")]
    assert figs("Two of the dead were found.")[0][1] == "dead"


def test_some_of_a_plural_group_count_the_group_and_a_count_that_rose_counts_its_noun():
    assert figs("Four of the hostages are employees of a contractor.") == [(4.0, "hostages", "Four")]
    assert figs("Confirmed cases in Lautoka have risen to 63.") == [(63.0, "cases", "63")]
    assert figs("The death toll from the floods in Natal has risen to 43.") == [(43.0, "deaths", "43")]
    assert figs("Prices have risen to 40.") == [(40.0, "", "40")]


def test_a_count_that_rose_after_its_kind_a_team_named_by_its_force_and_part_of_a_group():
    got = figs("The number of confirmed cases of the new H7N5 influenza strain on the ship rose to 214.")
    assert got == [(214.0, "cases", "214")]
    got = figs("Australia has sent 12 Australian Federal Police hostage negotiators to Timika.")
    assert got[0][1].endswith("negotiators")
    assert figs("Australia, three of whose citizens are among the hostages, was cautious.") == [
        (3.0, "citizens", "three")]
    assert figs("Gunmen hold the workers, five of them foreign nationals, underground.") == [
        (5.0, "foreign nationals", "five")]
