"""Quotes, terms and speakers: one test per rule, on short texts, plus the scorer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.scoring_quotes import score_corpus
from tui.core.models import UNATTRIBUTED
from tui.core.quotes import extract_quotes
from tui.core.speakers import canonical_speakers, strip_title


def quotes_of(text):
    quotes, _ = extract_quotes(text)
    for q in quotes:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.speaker) for q in quotes]


def terms_of(text):
    return [t.text for t in extract_quotes(text)[1]]


# ---------------------------------------------------------------- marks and spans

def test_straight_quote_said_after_name():
    text = 'Talks ended late. "We have a deal," Lena Hofer said on Friday.'
    assert quotes_of(text) == [("We have a deal", "Lena Hofer")]


def test_curly_quote_said_before_name():
    text = "“The door remains open,” said Trade Minister Aroha Tane."
    assert quotes_of(text) == [("The door remains open", "Aroha Tane")]
    q = extract_quotes(text)[0][0]
    assert text[q.speaker_start:q.speaker_end] == "Aroha Tane"


def test_partial_quote_inside_sentence():
    text = "Jane Okafor said the accord will be signed “in the coming weeks,” after a final review."
    assert quotes_of(text) == [("in the coming weeks", "Jane Okafor")]


def test_stray_mark_does_not_swallow_the_article():
    text = ("Officials said the “talks were stalled on Monday.\n"
            "Later, “we are close,” said Ann Lee.\n"
            "A 12\" pipe burst.")
    assert quotes_of(text) == [("we are close", "Ann Lee")]


def test_never_closing_quote_at_the_end():
    text = "Ann Lee spoke. “We will not stop until"
    assert quotes_of(text) == []
    assert extract_quotes("“") == ([], [])
    assert extract_quotes('"') == ([], [])
    assert extract_quotes("") == ([], [])


def test_multi_paragraph_quote_reopened():
    text = ('Ocean Watch director Lena Hofer said: "A cap locks in overfishing. The science is clear.\n'
            '"Ministers chose to freeze catches instead."\n'
            "The vote is on Monday.")
    assert quotes_of(text) == [
        ("A cap locks in overfishing. The science is clear.", "Lena Hofer"),
        ("Ministers chose to freeze catches instead.", "Lena Hofer"),
    ]


def test_unclosed_quote_not_reopened_stays_in_its_paragraph():
    text = "He said “this never ends.\nNext paragraph is plain text with Ann Lee."
    assert quotes_of(text) == []


# ---------------------------------------------------------------- terms vs quotes

def test_scare_quoted_terms():
    text = ('Leaders met as the so-called "Blue Alliance." They plan what officials call a '
            '"safety net" for ports, and a fund dubbed the “Resilience Window”.')
    assert terms_of(text) == ["Blue Alliance", "safety net", "Resilience Window"]
    assert quotes_of(text) == []


def test_one_word_quote_is_a_quote_not_a_term():
    text = 'Moscow says such guarantees "cannot" work.'
    assert quotes_of(text) == [("cannot", "Moscow")]
    assert terms_of(text) == []


def test_participle_attaches_one_word_quote_to_the_subject():
    text = 'Kremlin spokesperson Dmitry Peskov dismissed the promises, saying they "cannot" provide security.'
    assert quotes_of(text) == [("cannot", "Dmitry Peskov")]


def test_calling_something_a_phrase_is_a_quote():
    text = 'Environmental group Ocean Watch called the deal a "half measure" and left.'
    assert quotes_of(text) == [("half measure", "Ocean Watch")]
    text = "Premier Ana Silva praised the deal, referring to it as a “serious concrete step”."
    assert quotes_of(text) == [("serious concrete step", "Ana Silva")]


# ---------------------------------------------------------------- speakers

def test_pronoun_goes_back_to_the_last_person_named():
    text = ("The UN envoy for the region, Hanna Lindqvist, arrived at the hotel.\n"
            "“Nothing is agreed until everything is agreed,” she told journalists. “But the mood is good.”")
    assert quotes_of(text) == [
        ("Nothing is agreed until everything is agreed", "Hanna Lindqvist"),
        ("But the mood is good.", "Hanna Lindqvist"),
    ]


def test_pronoun_prefers_the_speaker_over_a_person_in_passing():
    text = ('"The day the fighting stops, we deploy," Carla Mendes said alongside President Ivo Brandt. '
            'He added that the plan would "deter fresh aggression".')
    assert quotes_of(text)[1] == ("deter fresh aggression", "Carla Mendes")


def test_title_points_back_to_the_person_introduced_with_it():
    text = ("Transport Secretary Helen Marsh urged both sides to talk.\n"
            "Dock workers walked out at dawn.\n"
            "“A strike hurts everyone,” the transport secretary told reporters.")
    assert quotes_of(text) == [("A strike hurts everyone", "Helen Marsh")]


def test_surname_resolves_to_full_name():
    text = ("French President Emmanuel Dupont met his counterparts.\n"
            "“We are ready,” Dupont said.")
    got = extract_quotes(text)[0][0]
    assert (got.speaker, text[got.speaker_start:got.speaker_end]) == ("Emmanuel Dupont", "Dupont")


def test_according_to_and_appositive_and_who():
    assert quotes_of('According to Rabuka, the deal "shows what small states can do."') == [
        ("shows what small states can do.", "Rabuka")]
    assert quotes_of('His deputy, Amina Korir, later posted that the group would "study every line".') == [
        ("study every line", "Amina Korir")]
    assert quotes_of('Zelva Moro, who leads the bloc, said it was "overdue".') == [("overdue", "Zelva Moro")]
    assert quotes_of("Analyst Mark Devlin, who called it “a slow-motion pile-up”, left.") == [
        ("a slow-motion pile-up", "Mark Devlin")]


def test_organisation_speakers():
    assert quotes_of('"We welcome the deal," a spokesperson for the European Commission said.') == [
        ("We welcome the deal", "European Commission")]
    assert quotes_of('A White House official said Washington "supports the outcome".') == [
        ("supports the outcome", "White House")]
    assert quotes_of('A senior Australian official said the pact was "overdue."') == [
        ("overdue.", UNATTRIBUTED)]


def test_colon_after_the_speaker():
    assert quotes_of("Berg: “We stay until the job is done.”") == [("We stay until the job is done.", "Berg")]


def test_dash_attribution():
    text = "“Peace is a habit, not a signature” — Olu Bankole, the mediator, said that in 2019."
    assert quotes_of(text) == [("Peace is a habit, not a signature", "Olu Bankole")]


def test_tweet_under_a_dash_handle_date_line():
    text = ("Leaders met in Doha.\n"
            "Great to see both delegations back at the table. pic.twitter.com/abc123\n"
            "— Hanna Lindqvist (@HLindqvistUN) March 14, 2026\n")
    assert quotes_of(text) == [("Great to see both delegations back at the table.", "Hanna Lindqvist")]


def test_block_quote_with_name_line_and_paraphrased():
    text = ("Official Statements\n\n"
            "“This force is not for war; its purpose is to prevent aggression,”\n\n"
            "Carla Mendes\n\n"
            "“We welcome the offer; planning will be finished soon,”\n\n"
            "Ivo Brandt (paraphrased)\n\n"
            "Unconfirmed\n")
    quotes, _ = extract_quotes(text)
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [
        ("This force is not for war; its purpose is to prevent aggression", "Carla Mendes", "direct"),
        ("We welcome the offer; planning will be finished soon", "Ivo Brandt", "paraphrase"),
    ]


def test_unattributed_when_the_article_does_not_say():
    text = 'The final text calls on parties to "accelerate" the phase-out of coal.'
    assert quotes_of(text) == [("accelerate", UNATTRIBUTED)]
    assert quotes_of("The pledge states that forces will deploy “the day the war stops.”") == [
        ("the day the war stops.", UNATTRIBUTED)]


def test_headline_colon_is_not_a_quote():
    assert quotes_of("26 nations pledge guarantees to Ukraine: Dupont\nDupont spoke on Thursday.") == []


def test_odd_input_never_raises_and_spans_stay_inside():
    odd = ["\x00\x1b[31m“hi”\x1b[0m said Bob.", "“שלום,” אמר דוד", "🙂 “emoji 🙂 quote,” 🙂 said Bo.",
           "”a“ b ”c“", '"\n"\n"', "— (@x)", "“x”\n— ", "“" * 500, 'he said "' + "x" * 200_000]
    for text in odd:
        quotes, terms = extract_quotes(text)
        for r in quotes + terms:
            assert 0 <= r.start <= r.end <= len(text) and text[r.start:r.end] == r.text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(['"', "“", "”", " said ", "Ann Lee", " he ", "\n", ", ", ".", "the ",
                                 "so-called ", "— ", "(@h) ", "word ", "Ünïcode ", "\u202e"]), max_size=40))
def test_fuzz_spans_inside_text(parts):
    text = "".join(parts)
    quotes, terms = extract_quotes(text)
    for r in quotes + terms:
        assert 0 <= r.start < r.end <= len(text) and text[r.start:r.end] == r.text
    for q in quotes:
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


# ---------------------------------------------------------------- canonical speakers

def test_strip_title():
    assert strip_title("French President Emmanuel Macron") == "Emmanuel Macron"
    assert strip_title("Kremlin spokesperson Dmitry Peskov") == "Dmitry Peskov"
    assert strip_title("UK Prime Minister Keir Starmer") == "Keir Starmer"
    assert strip_title("Ukraine’s Volodymyr Zelenskyy") == "Volodymyr Zelenskyy"
    assert strip_title("Ukraine’s Air Force") == "Ukraine’s Air Force"
    assert strip_title("Volodymyr Zelenskyy (paraphrased)") == "Volodymyr Zelenskyy"
    assert strip_title("the Kremlin") == "Kremlin"
    assert strip_title("Prime Minister") == "Prime Minister"


def test_strip_title_keeps_a_body_whose_name_opens_with_a_title_word_and_a_surname_that_is_an_organisation_word():
    # a body before the last word: no person's name follows the 'title' ('State', 'DR' read as 'Dr')
    assert strip_title("State Department's Bureau of Near Eastern Affairs") == \
        "State Department's Bureau of Near Eastern Affairs"
    assert strip_title("State Border Committee of Belarus") == "State Border Committee of Belarus"
    assert strip_title("President Margaret Court") == "Margaret Court"  # ('Court' last: a surname)


def test_canonical_speakers_merges_variants_and_surnames():
    names = ["Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelensky", "Zelensky",
             "President Volodymyr Zelenskyy", "Macron", "Emmanuel Macron", "the Kremlin", "Kremlin",
             UNATTRIBUTED]
    got = canonical_speakers(names)
    assert len({got[n] for n in names[:5]}) == 1
    assert got["Zelensky"].endswith(("Zelenskyy", "Zelenskiy", "Zelensky"))
    assert got["Macron"] == got["Emmanuel Macron"] == "Emmanuel Macron"
    assert got["the Kremlin"] == got["Kremlin"] == "Kremlin"
    assert got[UNATTRIBUTED] == UNATTRIBUTED
    # order of the input does not change the answer
    assert canonical_speakers(list(reversed(names))) == got


def test_canonical_speakers_keeps_different_people_apart():
    got = canonical_speakers(["Boris Johnson", "Lyndon Johnson", "Johnson", "Mark Rutte", "Mark Rutten",
                              "Donald Trump", "Donald Tusk", "Trump"])
    assert got["Boris Johnson"] != got["Lyndon Johnson"]
    assert got["Johnson"] == "Johnson"  # ambiguous surname: not guessed
    assert got["Mark Rutte"] != got["Mark Rutten"]
    assert got["Donald Trump"] != got["Donald Tusk"]
    assert got["Trump"] == "Donald Trump"


# ---------------------------------------------------------------- rules added after the third blind set

def test_quote_only_paragraph_continues_previous_speaker():
    text = ('Asked about costs, Ms Ana Ruiz was careful.\n'
            '"We are ready," she said, "but not at any price."\n'
            '"Safety comes first."\n'
            'The vote is on Monday.')
    assert quotes_of(text) == [("We are ready", "Ana Ruiz"), ("but not at any price.", "Ana Ruiz"),
                               ("Safety comes first.", "Ana Ruiz")]


def test_quote_only_paragraph_not_continued_after_other_sentence():
    text = '"We are ready," said Ana Ruiz. The board met later.\n"Safety comes first."'
    assert quotes_of(text)[1] == ("Safety comes first.", UNATTRIBUTED)


def test_it_goes_back_to_the_organisation_just_quoted():
    text = ('The Water Safety Board said there was "no evidence of failure".\n'
            'But it added that repairs were needed "within two years".')
    assert quotes_of(text) == [("no evidence of failure", "Water Safety Board"),
                               ("within two years", "Water Safety Board")]


def test_it_is_not_a_person():
    text = 'Ana Ruiz said the plan was "fine".\nIt added costs "of about a million".'
    assert quotes_of(text)[1] == ("of about a million", UNATTRIBUTED)


def test_what_some_group_call_is_a_term_but_what_he_calls_is_not():
    assert terms_of('The plan relies on what some engineers call "managed retreat" for dams.') == [
        "managed retreat"]
    assert terms_of('The plan relies on what he calls "managed retreat" for dams.') == []


def test_term_never_holds_a_question_or_exclamation():
    text = "“Regressive? Please,” Dana Whitfield shot back. “He voted for it twice.”"
    assert terms_of(text) == []
    assert quotes_of(text) == [("Regressive? Please", "Dana Whitfield"),
                               ("He voted for it twice.", "Dana Whitfield")]


def test_colon_after_a_clause_takes_its_subject():
    assert quotes_of("Spain's minister, Ana Ruiz, was blunter: “The numbers are too high.”") == [
        ("The numbers are too high.", "Ana Ruiz")]
    assert quotes_of("Ana Ruiz had a simpler message: “Go home.”") == [("Go home.", "Ana Ruiz")]
    assert quotes_of("The report had three findings: “costs rose, delays grew.”") == [
        ("costs rose, delays grew.", UNATTRIBUTED)]


def test_subject_before_prepositional_phrases():
    text = "Dr Hanna Vik of the Institute of Marine Research in Bergen said the cap was “a step”."
    assert quotes_of(text) == [("a step", "Hanna Vik")]
    assert quotes_of("Mayor Jo Lind of Bergen said the cap was “a joke”.") == [("a joke", "Jo Lind")]
    assert quotes_of("The Bank of England said rates were “too high”.") == [("too high", "Bank of England")]
    assert quotes_of("A spokesperson for the Health Ministry in Nairobi said it was “late”.") == [
        ("late", "Health Ministry")]


def test_chanted_is_a_speech_verb():
    text = "Members of the group Riders United chanted “Fund the bus!” outside."
    assert quotes_of(text) == [("Fund the bus!", "Riders United")]


def test_next_sentence_that_was_the_view_of():
    text = '"The machines do not lie." That was the view of Halima Juma, who heads the committee.'
    assert quotes_of(text) == [("The machines do not lie.", "Halima Juma")]
    assert quotes_of('"The machines do not lie." That was the week the Senate met.')[0][1] == UNATTRIBUTED


def test_pronoun_after_a_run_of_short_qa_lines():
    text = ("Ingrid Solberg taught biology.\nQ: Why?\nA: Because.\nQ: Then?\nA: Bake.\n"
            "Q: Now?\nA: Rest.\nShe walks me out.\n“Come back in ten years,” she says.")
    assert quotes_of(text) == [("Come back in ten years", "Ingrid Solberg")]


def test_pronoun_with_an_unnamed_speaker_in_its_paragraph_is_not_guessed():
    text = ("Saudi Arabia balked.\n16.58 GMT\nMoscow has no plans.\n16.20 GMT\n"
            'A Ugandan official told me Kampala wants the mandate first. "We have not decided," he said.')
    assert quotes_of(text) == [("We have not decided", UNATTRIBUTED)]


def test_subject_with_a_defined_abbreviation():
    assert quotes_of("The Office of Rail and Road (ORR) said it was “reckless”.") == [
        ("reckless", "Office of Rail and Road")]
    assert quotes_of("The Office of Rail and Road (XYZ) said it was “reckless”.") == [
        ("reckless", UNATTRIBUTED)]


def test_parenthetical_after_a_name_is_skipped():
    assert quotes_of("Sen. Marcus Bell (D-Ohio) said the bill was “regressive”.") == [
        ("regressive", "Marcus Bell")]
    assert quotes_of("The rule (see below) said it was “fine”.") == [("fine", UNATTRIBUTED)]


def test_lowercase_organisation_noun_after_its_name():
    text = ("The RMT union, which represents many conductors, said the failure had been "
            "“entirely predictable”.")
    assert quotes_of(text) == [("entirely predictable", "RMT")]
    assert quotes_of("The Labour party said the plan was “dead”.") == [("dead", "Labour")]
    assert quotes_of("Keir Starmer spoke. The Starmer government said it was “on track”.") == [
        ("on track", UNATTRIBUTED)]


# ---------------------------------------------------------------- the scorer on annotated articles

def test_scores_on_seeds():
    per, total = score_corpus("seeds")
    assert len(per) == 5
    assert total.f1 >= 0.97, total.errors
    assert total.speaker_accuracy >= 0.95
    assert total.kind_accuracy >= 0.95
    assert total.term_precision >= 0.95 and total.term_recall >= 0.95


def test_scores_on_own_articles():
    per, total = score_corpus("own")
    assert {"wire_pacific_fisheries", "liveblog_doha_talks", "opinion_doha_truce"} <= set(per)
    assert total.f1 >= 0.99  # 0.97 until rounds 40-43 were fixed (now 0.998)
    assert total.speaker_accuracy >= 0.97  # 0.95 until then (now 0.98)
    assert total.term_precision >= 0.95 and total.term_recall >= 0.95


# ---------------------------------------------------------------- speaker rules (blind4 round)

def test_place_after_locative_preposition_is_not_the_speaker():
    text = 'Residents in Tromsø said the new road was "a disgrace to the town".'
    assert quotes_of(text) == [("a disgrace to the town", UNATTRIBUTED)]


def test_country_name_is_not_a_person_for_pronouns():
    text = 'Talks with South Korea stalled on Friday. "We remain hopeful," he said.'
    assert quotes_of(text)[0][1] != "South Korea"


def test_both_x_and_y_said_is_plural():
    text = 'Both Ana Ruiz and Tom Hale said the plan was "long overdue".'
    assert quotes_of(text) == [("long overdue", UNATTRIBUTED)]
    text = 'Ana Ruiz and Tom Hale said the plan was "long overdue".'
    assert quotes_of(text) == [("long overdue", UNATTRIBUTED)]


def test_the_two_groups_said_is_plural():
    text = 'Pay talks collapsed. "We are ready to strike," the two unions said in a joint statement.'
    assert quotes_of(text) == [("We are ready to strike", UNATTRIBUTED)]


def test_the_ministry_refers_back_to_the_named_ministry():
    text = ("Norway's energy ministry said on Monday that prices would fall.\n"
            '"Relief is coming for households," the ministry said.')
    assert quotes_of(text) == [("Relief is coming for households", "Norway's energy ministry")]
    text = ("The Ministry of Fisheries published new rules on Monday.\n"
            '"Quotas will fall by a third," the ministry said.')
    assert quotes_of(text) == [("Quotas will fall by a third", "Ministry of Fisheries")]


def test_company_spokesperson_is_the_company_the_article_is_about():
    text = ("Kestrel Mining cut its forecast on Monday. Kestrel said costs had risen.\n"
            "Analysts doubted Kestrel's plan.\n"
            'A company spokesperson said: "We will recover."')
    assert quotes_of(text) == [("We will recover.", "Kestrel Mining")]


def test_the_regulator_is_the_organisation_named_just_before():
    text = ('The Water Services Authority opened a review of bills. The regulator said it was '
            '"deeply concerned" by the rises.')
    assert quotes_of(text) == [("deeply concerned", "Water Services Authority")]


def test_the_demonym_refers_to_the_person_last_named():
    text = 'Ines Duarte lost in three sets. "I was tired," the Portuguese said.'
    assert quotes_of(text) == [("I was tired", "Ines Duarte")]


def test_kremlin_is_not_a_demonym():
    text = '"No decision has been taken," the Kremlin said.'
    assert quotes_of(text) == [("No decision has been taken", "Kremlin")]


def test_first_name_alone_becomes_the_full_name():
    text = 'Lena Ortiz won the final.\n"It feels amazing," Lena said.'
    assert quotes_of(text) == [("It feels amazing", "Lena Ortiz")]


def test_shared_surname_is_the_person_introduced_first():
    text = ("Tomas Berg won the race. His brother, Erik Berg, finished third.\n"
            '"A perfect day," Berg said. "Erik pushed me," he added.')
    assert [s for _, s in quotes_of(text)] == ["Tomas Berg", "Tomas Berg"]
    text2 = text + '\n"I was slow," Erik said.'
    assert quotes_of(text2)[-1] == ("I was slow", "Erik Berg")


def test_pronoun_respects_gender_the_article_shows():
    text = ("Judge Ana Lima heard the motion. \"The motion fails,\" she said.\n"
            "Counsel Tom Reyes rose. \"We will appeal,\" he said.\n"
            "Lima refused Reyes's request. \"Enough,\" she said.")
    assert [s for _, s in quotes_of(text)] == ["Ana Lima", "Tom Reyes", "Ana Lima"]


def test_pronoun_respects_honorific_gender():
    text = 'Ms Rahel Tesfaye later met Mr Jonas Lund. "We made progress," she said.'
    assert quotes_of(text) == [("We made progress", "Rahel Tesfaye")]


def test_quote_after_a_sentence_ending_she_laughed():
    text = 'Ida Moen won easily. Asked about the wind, she laughed. "What wind?"'
    assert quotes_of(text) == [("What wind?", "Ida Moen")]


def test_quote_sentence_then_name_said_next_sentence():
    text = 'Costs rose sharply. "We will not cut the dividend." Anna Sved said the board agreed.'
    assert quotes_of(text) == [("We will not cut the dividend.", "Anna Sved")]


# ---------------------------------------------------------------- descriptors, ranks, ministries

def test_lower_case_descriptor_before_title_after_quote():
    text = '"The port is open," harbour authority chief Mira Solberg told reporters in Tromsø.'
    assert quotes_of(text) == [("The port is open", "Mira Solberg")]
    text2 = '"Talks resume on Monday," government spokesman Elias Varga said in Szeged.'
    assert quotes_of(text2) == [("Talks resume on Monday", "Elias Varga")]
    text3 = '"Talks resume on Monday," said transport policy adviser Elias Varga.'
    assert quotes_of(text3) == [("Talks resume on Monday", "Elias Varga")]


def test_descriptor_rule_needs_a_name_after_the_title():
    text = 'Fares went up. "We had no choice," the rail company spokesman said.'
    assert quotes_of(text)[0][1] != "rail company spokesman"


def test_spokesperson_for_demonym_lower_case_ministry():
    text = 'A spokesperson for the Finnish interior ministry said officials would "look again at the figures."'
    assert quotes_of(text) == [("look again at the figures.", "Finnish interior ministry")]
    text2 = '"We will look again," said a spokesman for the Finnish interior ministry.'
    assert quotes_of(text2) == [("We will look again", "Finnish interior ministry")]


def test_bare_lower_case_ministry_without_name_stays_unattributed():
    text = 'A spokesperson for the interior ministry said it would "look again."'
    assert quotes_of(text) == [("look again.", UNATTRIBUTED)]


def test_military_rank_is_not_part_of_the_name():
    text = ("Lieutenant Colonel Ines Moreau, who leads the detachment, met families at Rocher Barracks.\n"
            '"We will bring everyone home," she said.')
    assert quotes_of(text) == [("We will bring everyone home", "Ines Moreau")]
    text2 = ("Retired Commandant Piet Vos, who served two tours abroad, spoke to the families.\n"
             '"The waiting is the hard part," he said.')
    assert quotes_of(text2) == [("The waiting is the hard part", "Piet Vos")]


def test_rank_stripping_keeps_a_lone_surname_resolvable():
    text = ('Colonel Ines Moreau arrived on Monday. "We are ready," Colonel Moreau said.')
    assert quotes_of(text) == [("We are ready", "Ines Moreau")]


# --- speaker rules found by blind round 6 (texts of our own) ----------------------------

def _said(text: str) -> dict[str, str]:
    return {q.text: q.speaker for q in extract_quotes(text)[0]}


def test_a_quote_after_a_sentence_about_a_person_is_theirs():
    got = _said("The head of the port authority, Ines Carvalho, did not hide her anger on Friday. "
                "\u201cWe asked for dredgers and got promises.\u201d")
    assert got == {"We asked for dredgers and got promises.": "Ines Carvalho"}


def test_a_title_after_the_name_is_found_again_later():
    got = _said("Tomas Varga, the Hungarian finance minister, spoke first. Hungary would not pay either, "
                "the Hungarian finance minister said, adding: \"We are not a bank.\"")
    assert got == {"We are not a bank.": "Tomas Varga"}


def test_a_participle_after_a_quote_does_not_name_its_speaker():
    got = _said("In March, Ana Lopes, the Portuguese minister, dismissed the idea as \"premature\", "
                "arguing that NATO had enough ships.")
    assert got == {"premature": "Ana Lopes"}


def test_an_unquoted_paragraph_signed_by_a_dash_line_is_a_block_quote():
    text = ("Fund runs dry\n\nShe spoke on the first morning:\n\n"
            "Every season we are promised the money, and every season we rebuild the same wall by hand.\n"
            "\u2014 Mele Tupou, director of the Island Resilience Network\n\n"
            "Then the ministers spoke.\n\nA long paragraph of reporting with no quotation marks at all, "
            "followed by the agency's name.\n\u2014 Reuters\n")
    got = _said(text)
    assert got == {"Every season we are promised the money, and every season we rebuild the same wall by hand.":
                   "Mele Tupou"}


# --- speaker and term rules found by blind round 7 (texts of our own) -------------------

def test_a_title_before_an_apposed_name_is_found_again_with_the_demonym():
    got = _said("Chile's mining minister, Rosa Ibarra, said the fund was a start. Later the Chilean "
                "mining minister said the first payments would arrive \"before the harvest\".")
    assert got == {"before the harvest": "Rosa Ibarra"}


def test_an_organisation_before_spokesperson_is_the_speaker_when_no_name_follows():
    got = _said("\"We are studying it,\" a Foreign Office spokesperson said.")
    assert got == {"We are studying it": "Foreign Office"}
    # a name after the role is the speaker, not the organisation
    got = _said("\"We are studying it,\" Kremlin spokesman Dmitry Orlov said.")
    assert got == {"We are studying it": "Dmitry Orlov"}


def test_who_after_a_described_name_points_to_the_name():
    got = _said("The plan was criticised by Hugo Lind, the union's general secretary, who warned that "
                "costs could rise \"without limit\".")
    assert got == {"without limit": "Hugo Lind"}


def test_according_to_later_in_the_sentence_names_the_speaker():
    got = _said("Ottawa is \"actively weighing\" a second aircraft, according to the Defence Ministry, "
                "which gave no date.")
    assert got == {"actively weighing": "Defence Ministry"}


def test_a_quoted_name_that_people_call_something_is_a_term():
    quotes, terms = extract_quotes("The patrol \u2014 \u201cthe night watch\u201d, as fishermen in the bay "
                                   "call it \u2014 has four boats.")
    assert quotes == [] and [t.text for t in terms] == ["the night watch"]


# --- speaker rules found by blind round 8 (texts of our own) -------------------------------

def test_a_closing_subject_and_verb_name_the_speaker_of_a_quote_earlier_in_the_sentence():
    got = _said("Malta is \"studying\" a request for a patrol boat, a spokesperson for the Ministry of "
                "Defence in Valletta said.")
    assert got == {"studying": "Ministry of Defence"}


def test_a_quote_closing_its_sentence_is_not_attributed_by_the_next_sentence():
    got = _said("Chile's foreign minister, Ana Rojas, called the plan \"reckless\". Lima, which has no "
                "role in the mission, said it would stay out.")
    assert got == {"reckless": "Ana Rojas"}


def test_a_name_closing_a_description_belongs_to_it_and_the_person_before_speaks():
    got = _said("Ivo Marin, the mayor of the port city, Split Harbour, called the decision a \"betrayal\".")
    assert got == {"betrayal": "Ivo Marin"}


def test_an_interviews_answers_are_the_interviewees_words_and_its_questions_are_not_quotes():
    text = ("Interview with the port chief\n\nLena Brandt, who runs the port of Kiel, spoke to us on Monday.\n\n"
            "Q: How many ships are waiting?\n\nBrandt: Forty, and more every day. We cannot unload them fast enough.\n\n"
            "Q: Will the navy help?\n\nBrandt: It has promised two tugs. That is a start.\n\n"
            "Note: the interview was edited for length.\n")
    got = _said(text)
    assert got == {"Forty, and more every day. We cannot unload them fast enough.": "Lena Brandt",
                   "It has promised two tugs. That is a start.": "Lena Brandt"}
    # without the questions it is not a transcript: "Brandt: ..." lines are left alone
    assert _said(text.replace("Q: ", "")) == {}


# --- speaker rules found by blind round 9 (texts of our own) -------------------------------

def test_a_nationality_and_a_title_point_back_to_the_person_introduced_with_that_title():
    got = _said("Norway's fisheries minister, Ola Brekke, said the boats would sail in May.\n\n"
                "\"We keep our word,\" the Norwegian minister told reporters.")
    assert got == {"We keep our word": "Ola Brekke"}
    # a demonym alone still points back to the person last named, like a pronoun
    got = _said("Ola Brekke spoke first.\n\n\"We keep our word,\" the Norwegian said.")
    assert got == {"We keep our word": "Ola Brekke"}


def test_an_unnamed_source_described_by_nationality_is_unattributed():
    got = _said("\"Nobody wants to fire first,\" one Asian diplomat told me. \"Quiet is best,\" a Western "
                "official said. \"We wait,\" said a Kenyan police commander.")
    assert got == {"Nobody wants to fire first": "unattributed", "Quiet is best": "unattributed",
                   "We wait": "unattributed"}
    # an organisation's official is still the organisation
    assert _said("\"Go,\" a Pentagon official said.") == {"Go": "Pentagon"}


def test_a_name_with_a_lower_case_prefix_is_a_name():
    got = _said("Its trade minister, Salim al-Qasimi, called the tariff \"unwise\".")
    assert got == {"unwise": "Salim al-Qasimi"}


def test_a_job_title_after_an_organisation_or_a_lower_case_description_leads_to_the_name():
    assert _said("\"Roads are cut,\" Office of Flood Control administrator Mara Lind told the Post.") == {
        "Roads are cut": "Mara Lind"}
    assert _said("\"Roads are cut,\" said flood control administrator Mara Lind.") == {"Roads are cut": "Mara Lind"}


# --- speaker rules found by blind round 10 (texts of our own) ------------------------------

def test_a_ledes_unnamed_title_is_the_person_named_in_the_next_sentences():
    text = ("Norway will send engineers, the development minister told parliament on Monday.\n\n"
            "Ingrid Berge told MPs that 40 engineers would go.\n\n"
            "Asked by the MP Ola Nilsen about costs, she smiled.\n\n"
            "\"Not yet,\" the minister said. \"Ask me in May.\"\n\n"
            "\"I have been asked about this,\" the minister went on.")
    assert set(_said(text).values()) == {"Ingrid Berge"}


def test_a_paper_quoting_someone_as_saying_gives_the_persons_words():
    text = ("Pravda quoted Emergencies Minister Ivan Sidorov as saying the team would stay \"as long as needed\". "
            "\"Our grief is theirs,\" Tass quoted presidential aide Marat Kholov as saying. "
            "Izvestia, which spells it Xolov, quoted him as saying it would last \"all spring\". "
            "The state paper quoted a ministry spokesman, Liu Wen, as saying Beijing was \"ready\".")
    assert _said(text) == {"as long as needed": "Ivan Sidorov", "Our grief is theirs": "Marat Kholov",
                           "all spring": "Marat Kholov", "ready": "Liu Wen"}


def test_a_surname_spelt_another_way_is_the_same_person():
    text = ("Presidential aide Marat Kholov spoke first. The convoys, Kolov said, would cross \"until the road opens\". "
            "Later Xolov added that they would stay \"for a month\".")
    assert set(_said(text).values()) == {"Marat Kholov"}


def test_a_dash_line_or_a_bare_name_line_under_a_quoted_paragraph_names_its_speaker():
    text = ("The pilots fly at dawn.\n\n\u201cWater is easy. Wind is the enemy.\u201d\n\u2014 Capt. Ana Ruiz, Chilean Air Force\n\n"
            "\u201cI have lived here forty years and never seen it burn like this.\u201d\n\n"
            "Rosa Chuvi, forest guard, San Rafael\n\n"
            "Retired Colonel Tomas Vega, who served in Haiti, said families should be patient.")
    assert _said(text) == {"Water is easy. Wind is the enemy.": "Ana Ruiz",
                           "I have lived here forty years and never seen it burn like this.": "Rosa Chuvi"}


def test_a_title_case_quote_followed_by_he_said_is_a_quote_and_naming_with_the_is_a_term():
    quotes, terms = extract_quotes("Ana Ruiz climbed down.\n\n\u201cUntil Friday,\u201d she said, \u201cor longer.\u201d\n\n"
                                   "Volunteers call the flights the \u201cair bridge\u201d.")
    assert [q.text.strip(",") for q in quotes] == ["Until Friday", "or longer."] and [t.text for t in terms] == ["air bridge"]


def test_embassies_and_a_countrys_ministry_speak_as_named():
    assert _said("Chile is \"assessing\" a request, according to the US embassy in Lima.") == {
        "assessing": "US embassy in Lima"}  # (the mission with its post, as the article names it)
    assert _said("\"The ships are ready,\" Spain's defence ministry said in a statement.") == {
        "The ships are ready": "Spain's defence ministry"}
    assert _said("Peru said it would not send rescuers. It would \"not take part\", its foreign ministry said.") == {
        "not take part": "Peru's foreign ministry"}
    assert _said("Hungary's defence ministry has since said it will send \"a company\". A ministry statement "
                 "cited \"the border\".") == {"a company": "Hungary's defence ministry",
                                             "the border": "Hungary's defence ministry"}


# --- speaker rules found by blind round 11 (texts of our own) ------------------------------

def test_its_ministry_and_its_spokesman_name_the_speaker():
    assert _said("Peru has not joined. Its foreign ministry called the plan \u201ca club of the rich\u201d.") == {
        "a club of the rich": "Peru's foreign ministry"}
    assert _said("The rebels deny it. \u201cThe sea is ours,\u201d its spokesman, Omar al-Rashid, said.") == {
        "The sea is ours": "Omar al-Rashid"}


def test_a_rank_between_a_job_title_and_the_name():
    assert _said("\"We will come,\" navy spokesman Captain Ravi Menon said.") == {"We will come": "Ravi Menon"}


def test_the_title_points_to_the_one_named_just_before_when_several_share_it():
    text = ("LIMA - Peru will send a ship, Defence Minister Rosa Vidal said.\n\n"
            "QUITO - Ecuador will send a plane, Defence Minister Jorge Paz said on Monday.\n\n"
            "\"It is ready,\" the minister said.")
    assert _said(text) == {"It is ready": "Jorge Paz"}


def test_a_description_right_after_a_persons_quote_is_that_person():
    text = ("\u201cEveryone wants it open,\u201d said Lena Ek, who studies shipping in Oslo. "
            "The analyst called the plan \u201cthe real news\u201d.")
    assert _said(text) == {"Everyone wants it open": "Lena Ek", "the real news": "Lena Ek"}


def test_an_unnamed_official_of_a_country_given_by_its_initials_is_unattributed():
    assert _said("A UK official told us London was \"looking at\" the request.") == {"looking at": "unattributed"}


# --- speaker rules found by blind round 12 (texts of our own) ------------------------------

def test_a_broadcast_transcripts_guest_lines_are_quotes_and_the_hosts_are_not():
    text = ("Morning Report | Transcript\n\n"
            "HOST: Good morning. Our correspondent Ana Ruiz is in Quito.\n\n"
            "ANA RUIZ: The road is open again. Rescuers are digging.\n\n"
            "The worst damage is higher up.\n\n"
            "HOST: With me is Pablo Mena, who ran the Red Cross response in 2016.\n\n"
            "PABLO MENA: Shelter comes first. Nights are cold up there.\n\n"
            "So the tents matter more than speeches.\n\n"
            "HOST: Pablo Mena, thank you.\n")
    assert _said(text) == {"Shelter comes first. Nights are cold up there.": "Pablo Mena",
                           "So the tents matter more than speeches.": "Pablo Mena"}


def test_an_interview_answer_goes_on_in_the_next_paragraph_only_in_the_first_person():
    text = ("Lena Brandt runs the port.\n\nQ: Will the navy help?\n\n"
            "Brandt: It has promised two tugs.\n\nThe EU has promised money too. That is our lifeline.\n\n"
            "The port handled 40 ships last year.\n\nQ: And next year?\n\nBrandt: More, I hope.\n")
    assert _said(text) == {"It has promised two tugs.": "Lena Brandt",
                           "The EU has promised money too. That is our lifeline.": "Lena Brandt",
                           "More, I hope.": "Lena Brandt"}


def test_a_long_description_before_the_name_in_commas():
    assert _said("\"Let the food through,\" the U.N. relief coordinator for Sudan, Maria Olsen, told delegates.") == {
        "Let the food through": "Maria Olsen"}


def test_family_words_say_who_he_and_she_are():
    text = ("Anna Berg's husband, Sergeant Erik Berg, is among those going. He has been before.\n\n"
            "\u201cHe still talks about it,\u201d she said.")
    assert _said(text) == {"He still talks about it": "Anna Berg"}


# --- speaker rules found by blind round 13 (texts of our own) ------------------------------

def test_a_count_and_a_nationality_or_an_organisation_are_never_the_person_a_pronoun_means():
    text = ("MYMENSINGH - Colonel Nadia Rahman runs the centre.\n\n"
            "Rahman, who spent a year with the United Nations mission in Mali, took over in May, when water "
            "came across the Indian border.\n\n"
            "\u201cNobody has to obey me,\u201d she said.\n\n"
            "India was first, she said. Two Indian Air Force helicopters landed the next day.")
    assert _said(text) == {"Nobody has to obey me": "Nadia Rahman"}


def test_she_is_never_the_man_just_quoted_and_the_title_before_points_to_her():
    text = ("Colonel Nadia Rahman runs the centre.\n\n"
            "Her deputy, Major Omar Faruk, has watched her work.\n\n"
            "\u201cShe does not shout,\u201d he said.\n\n"
            "Asked about the future, the colonel was silent.\n\n"
            "\u201cThen we do it ourselves,\u201d she said.")
    assert _said(text) == {"She does not shout": "Omar Faruk", "Then we do it ourselves": "Nadia Rahman"}


# --- speaker rules found by blind round 14 (texts of our own) ------------------------------

def test_a_navy_spokesman_speaks_for_the_navy_and_a_communique_as_first_named():
    assert _said("\"The ship will get through,\" a Chilean navy spokesman said.") == {
        "The ship will get through": "Chilean navy"}
    assert _said("\"The road is open,\" an Argentine army spokesman said.") == {"The road is open": "Argentine army"}
    text = ("Six governments signed a joint communiqu\u00e9 on Friday.\n\n"
            "\u201cNo state should face this alone,\u201d the communiqu\u00e9 said.")
    assert _said(text) == {"No state should face this alone": "joint communiqu\u00e9"}


def test_a_person_introduced_as_director_of_an_institute_and_a_name_with_ould():
    text = ("Ivan Petrov, director of the Polar Institute, spoke first.\n\n"
            "\"We will go back,\" the director said.\n\n"
            "In Kiffa, the regional governor, Ahmed Salem Ould Cheikh, keeps a list.\n\n"
            "\u201cWe asked for a door,\u201d the governor says.")
    assert _said(text) == {"We will go back": "Ivan Petrov", "We asked for a door": "Ahmed Salem Ould Cheikh"}


def test_what_officials_call_a_countrys_thing_is_a_term_and_a_ships_name_is_no_person():
    quotes, terms = extract_quotes("It is one of the tankers in what officials call Russia's \"dark fleet\".")
    assert quotes == [] and [t.text for t in terms] == ["dark fleet"]
    text = ("\"Prices will hold,\" said Liis Tamm, an economist in Tallinn.\n\n"
            "For Tamm, the risk is the next ship. \"There are dozens like the Baltic Star,\" she said.")
    assert set(_said(text).values()) == {"Liis Tamm"}


# --- speaker rules found by blind round 15 (texts of our own) ------------------------------

def test_the_doctor_is_the_person_introduced_as_dr_and_a_chairs_summary_speaks():
    text = ("Most patients are children, said its commander, Dr. Amina Diallo.\n\n"
            "\u201cThe ash is like glass,\u201d the doctor said.\n\n"
            "\u201cNo state can do it alone,\u201d the chair's summary said.")
    assert _said(text) == {"The ash is like glass": "Amina Diallo", "No state can do it alone": "chair's summary"}


def test_the_prime_minister_among_several_ministers():
    text = ("Ghana's prime minister, Ama Mensah, spoke first.\n\n"
            "Defence Minister Kofi Boateng said the boats were ready.\n\n"
            "\u201cA stolen fish has no nationality,\u201d the prime minister added.")
    assert _said(text) == {"A stolen fish has no nationality": "Ama Mensah"}


def test_who_after_a_place_is_the_person_the_sentence_opened_with_and_the_job_noun_points_back():
    text = ("Omar Said, an entomologist at the institute in Nairobi, who has followed locusts for years, called "
            "the results \"encouraging\".\n\n"
            "Lena Ek, who studies migration, spoke too.\n\n\"Maps help,\" she said.\n\n"
            "Mr Jon Berg, a pilot from the Nairobi Flying Club, flies the survey.\n\n"
            "The entomologist said the app would do more.\n\n\"Herders see everything first,\" he said.")
    assert _said(text) == {"encouraging": "Omar Said", "Maps help": "Lena Ek",
                           "Herders see everything first": "Omar Said"}


def test_forecasters_call_these_patches_is_a_term_but_he_called_them_is_his_word():
    quotes, terms = extract_quotes("Forecasters call these damp patches \"green islands\". The admiral "
                                   "called the odds \"slim\".")
    assert [t.text for t in terms] == ["green islands"] and [q.text for q in quotes] == ["slim"]


# --- speaker rules found by blind round 16 (texts of our own) ------------------------------

def test_a_pronoun_opening_the_clause_before_a_colon_is_the_speaker():
    text = ("Dr. Ana Lopez runs the clinic.\n\n"
            "She chose her words slowly: \u201cI understand it. But a call would have helped.\u201d\n\n"
            "Her answer was blunt: \u201cYes. We let it slip.\u201d")
    assert _said(text) == {"I understand it. But a call would have helped.": "Ana Lopez",
                           "Yes. We let it slip.": "Ana Lopez"}


def test_a_pronoun_kept_up_paragraph_after_paragraph_still_points_to_the_person():
    pad = " The roads are long, and the villages are far apart in the west of the country." * 5
    text = ("Dr. Ana Lopez, a paediatrician, has led the response since March.\n\n"
            "We spoke for an hour. She apologised for her voice." + pad + "\n\n"
            "The hardest part, she explained, is the distance." + pad + "\n\n"
            "Asked about the cold, she did not hesitate." + pad + "\n\n"
            "\u201cThe vaccine is the easy part,\u201d she said.")
    assert _said(text) == {"The vaccine is the easy part": "Ana Lopez"}
    broken = text.replace("The hardest part, she explained, is the distance.", "The herds move in spring.")
    assert _said(broken) == {"The vaccine is the easy part": UNATTRIBUTED}  # no chain: no guess


def test_the_foreign_secretary_is_not_the_shadow_foreign_secretary():
    text = ("Foreign Secretary Daniel Achterberg announced the package.\n\n"
            "The shadow foreign secretary, Priya Lal, called the decision \"shameful\".\n\n"
            "Asked again, the foreign secretary replied: \"No.\"\n\n"
            "\"Never,\" the shadow foreign secretary said.")
    assert _said(text) == {"shameful": "Priya Lal", "No.": "Daniel Achterberg", "Never": "Priya Lal"}


def test_he_after_an_unnamed_officer_opens_the_paragraph_is_unattributed():
    text = ("Hamid Ali said the lake matters.\n\n"
            "\u201cWithout Chad, the shore is empty.\u201d\n\n"
            "A senior Nigerian officer in Maiduguri put it more sharply. \u201cWe are guarding a lake with one "
            "bank,\u201d he told us, asking not to be named.\n\n"
            "Nikos Berg, a former chief of the fire service, agrees. \u201cFirebreaks save villages,\u201d he said.")
    assert _said(text) == {"Without Chad, the shore is empty.": "Hamid Ali",
                           "We are guarding a lake with one bank": UNATTRIBUTED,
                           "Firebreaks save villages": "Nikos Berg"}


def test_its_ministry_and_the_datelined_ministry_belong_to_a_country_by_its_name():
    text = ("TOKYO - Japan will pay for the pumping, the foreign ministry said on Monday.\n\n"
            "Japan regards the ship as a grave, and the ministry said officials would attend "
            "\"with respect for the men\".\n\n"
            "Mali is out. Bamako withdrew. Its defence ministry called it \"a project\". The ministry added "
            "that Mali would rely on \"partners who respect us\".")
    assert _said(text) == {"with respect for the men": "Japan's foreign ministry",
                           "a project": "Mali's defence ministry",
                           "partners who respect us": "Mali's defence ministry"}


def test_the_commander_is_the_person_named_after_the_body_he_commands():
    text = ("\"Be slow,\" said Lieutenant Commander Marisa Pele, a spokeswoman for the fleet.\n\n"
            "SUVA - Fiji has offered 12 divers, the commander of the Republic of Fiji Navy, Captain Semi "
            "Koroitamana, said on Wednesday.\n\n\"Our divers are packed,\" the commander said.")
    assert _said(text) == {"Be slow": "Marisa Pele", "Our divers are packed": "Semi Koroitamana"}


# --- speaker rules found by blind round 17 (texts of our own) ------------------------------

def test_words_inside_a_reporters_question_name_nobody():
    text = ("The spokeswoman, Ana Pires, said the ship would leave Lisbon on Monday.\n\n"
            "\"Nobody can watch the sea alone,\" she said.\n\n"
            "\"Is Lisbon asking others to take the risks?\" one reporter asked.\n\n"
            "\"No. Our ship is there to be seen,\" she said.")
    assert _said(text) == {"Nobody can watch the sea alone": "Ana Pires",
                           "Is Lisbon asking others to take the risks?": UNATTRIBUTED,
                           "No. Our ship is there to be seen": "Ana Pires"}


def test_by_her_account_and_his_message_reads_point_to_the_person():
    text = ("The spokeswoman, Ana Pires, spoke for an hour.\n\n"
            "Spain, by her account, was \u201clooking seriously\u201d at sending a ship.\n\n"
            "Rui Costa posted on Sunday.\n\n"
            "In English, his message reads that Portugal \u201cwill not send military forces\u201d.")
    assert _said(text) == {"looking seriously": "Ana Pires", "will not send military forces": "Rui Costa"}


def test_a_name_run_stops_before_of_and_a_two_word_surname_is_the_full_name():
    text = ("The spokeswoman, In\u00eas Magalh\u00e3es Rocha, took questions.\n\n"
            "\"Who is coming?\" asked Mariana Quaresma of the newspaper Di\u00e1rio Atl\u00e2ntico.\n\n"
            "\"The French are there now,\" Magalh\u00e3es Rocha replied.")
    assert _said(text) == {"Who is coming?": "Mariana Quaresma",
                           "The French are there now": "In\u00eas Magalh\u00e3es Rocha"}


def test_a_ministry_which_called_and_mr_with_a_dot_and_an_interrupted_quote():
    text = ("He read a statement from Russia's foreign ministry, which on Wednesday called the plan "
            "\"gunboat diplomacy\".\n\n"
            "\"Training lasts,\" said Mr. Tessier, adding that the course would begin in May.\n\n"
            "\"Our answer,\" said Fausto Alm\u00e1nzar, the Dominican foreign minister, \"is the same.\"")
    assert _said(text) == {"gunboat diplomacy": "Russia's foreign ministry", "Training lasts": "Tessier",
                           "Our answer": "Fausto Alm\u00e1nzar", "is the same.": "Fausto Alm\u00e1nzar"}


def test_what_one_official_called_is_a_quote_and_an_official_not_to_be_named_is_unattributed():
    quotes, terms = extract_quotes("Officials are tired of what one of them called \"the arithmetic of excuses.\"")
    assert [q.text for q in quotes] == ["the arithmetic of excuses."] and terms == []
    text = ("\"We want to help,\" a State Department official said, asking not to be named.\n\n"
            "\"We help,\" a State Department spokesperson said.")
    assert _said(text) == {"We want to help": UNATTRIBUTED, "We help": "State Department"}


# --- speaker rules found by blind round 18 (texts of our own) ------------------------------

def test_a_commons_report_party_tags_the_speaker_a_heckle_and_a_title_inside_a_question():
    text = ("Opening the statement, the minister, Ann Lee, told the House the troops would go.\n\n"
            "Sir Tom Hale (Con) stood. \"Will the minister tell the House who else is coming?\" he asked.\n\n"
            "Jo Ray (Lab) asked about money.\n\n"
            "\"I do,\" the minister replied.\n\n"
            "\"Order!\" said the Deputy Speaker, Dame Ruth Park.\n\n"
            "Sir Tom was heard to mutter something about \"famous last words\".")
    assert _said(text) == {"Will the minister tell the House who else is coming?": "Tom Hale", "I do": "Ann Lee",
                           "Order!": "Ruth Park", "famous last words": "Tom Hale"}


def test_an_op_eds_i_is_its_author_and_what_people_call_a_movement_is_a_term():
    text = ("Why we must go back\nBy Ana Dintwe | The Ledger | 6 October 2028\n\n"
            "I defended that decision with a sentence I still believe: \"The fire next door does not stay next "
            "door.\"\n\nFighters from the movement that people in the north still call \"al-Shabaab\" attacked.\n\n"
            "When I asked a senior officer in Pemba what he needed, he did not hesitate. \"Men who stay,\" he said.")
    quotes, terms = extract_quotes(text)
    assert {q.text: q.speaker for q in quotes} == {"The fire next door does not stay next door.": "Ana Dintwe",
                                                   "Men who stay": UNATTRIBUTED}
    assert [t.text for t in terms] == ["al-Shabaab"]


def test_a_capitals_ministry_speaks_under_its_countrys_name():
    assert _said("Hanoi's foreign ministry said Vietnam \"does not take part\".") == {
        "does not take part": "Vietnam's foreign ministry"}


# --- speaker rules found by blind round 19 (texts of our own) ------------------------------

def test_a_press_digest_the_paper_and_it_are_the_newspaper_of_the_section():
    text = ("What the papers say\n\nTHE HARBOUR GAZETTE (Colombo, Sri Lanka)\n\n"
            "The daily welcomed the decision. \"Nobody drowns on our watch,\" the paper wrote.\n\n"
            "It quoted Foreign Secretary Nimal Perera: \"We will not receive a single boat more.\"\n\n"
            "\"Compassion has limits,\" it said.")
    assert _said(text) == {"Nobody drowns on our watch": "The Harbour Gazette",
                           "We will not receive a single boat more.": "Nimal Perera",
                           "Compassion has limits": "The Harbour Gazette"}


def test_a_video_transcripts_labelled_guest_lines_are_quotes_and_the_anchors_are_not():
    text = ("WATCH: the border\n\nANCHOR (Dana Lee): Tonight the region is asked to pick a map.\n\n"
            "REPORTER (Marc Pike), in Georgetown: The post is remote.\n\n"
            "HUGH BENN, Guyana's foreign minister (on camera): We are not asking anybody to go to war.\n")
    quotes, _ = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [("We are not asking anybody to go to war.", "Hugh Benn")]


def test_an_appositive_before_told_and_the_body_named_in_a_with_clause():
    text = ("Iraq's Ministry of Water declared an emergency. \"We are not predicting a collapse. We cannot rule one "
            "out,\" the minister, Sabah Jubouri, told a press conference in Baghdad, before appealing for money.\n\n"
            "Spain turned down a request, with the defence ministry saying its teams were \"fully committed\".\n\n"
            "Bangkok's approach, which officials describe as \"help on\", is an escort.")
    quotes, terms = extract_quotes(text)
    assert {q.text: q.speaker for q in quotes} == {
        "We are not predicting a collapse. We cannot rule one out": "Sabah Jubouri",
        "fully committed": "Spain's defence ministry"}
    assert [t.text for t in terms] == ["help on"]


# --- speaker rules found by blind round 20 (texts of our own) ------------------------------

def test_a_countrys_minister_named_after_the_title_and_an_embassy_with_its_place():
    text = ("\"Our presence would be used to say the force has taken sides,\" Uganda's state minister for regional "
            "cooperation, Rose Nakitende, said in Kampala.\n\n"
            "China's embassy in Stockholm said the ship had sailed \"lawfully at all times\". It described the "
            "account as \"speculation dressed up as evidence\".")
    assert _said(text) == {"Our presence would be used to say the force has taken sides": "Rose Nakitende",
                           "lawfully at all times": "China's embassy in Stockholm",
                           "speculation dressed up as evidence": "China's embassy in Stockholm"}


def test_what_residents_or_its_officers_call_a_thing_is_a_term():
    quotes, terms = extract_quotes("The only embankment is the one residents still call \"the Yugoslav wall\". The army "
                                   "runs a deployment its officers call \"the wall.\"")
    assert quotes == [] and [t.text for t in terms] == ["the Yugoslav wall", "the wall"]


# --- speaker rules found by blind round 22 (texts of our own) ------------------------------

def test_a_second_surname_an_embassy_in_a_capital_an_anonymous_official_and_what_people_call():
    text = ("President Andrés Villacrés Mora asked for help.\n\n"
            "\"We are fighting an enemy,\" Villacrés told a news conference.\n\n"
            "China gave $10 million, the Chinese Embassy in Malé said, adding that a ship could come \"if the "
            "government so requests\".\n\n"
            "\"No ground troops will be deployed,\" the official said, speaking on condition of anonymity.\n\n"
            "A British government source called it \"useful\".")
    assert _said(text) == {"We are fighting an enemy": "Andrés Villacrés Mora",
                           "if the government so requests": "Chinese Embassy in Malé",
                           "No ground troops will be deployed": UNATTRIBUTED, "useful": UNATTRIBUTED}
    quotes, terms = extract_quotes("Residents call the tidal flooding \u201cudha\u201d. It is a strip that Cypriots "
                                   "on both sides call \"the dead zone\".")
    assert quotes == [] and [t.text for t in terms] == ["udha", "the dead zone"]


def test_a_name_known_locally_or_in_a_language_as_is_a_term():
    text = ('The rains arrive with the season known locally as "gu", and herders wait for them. '
            'The wind known in Greek as "meltemi" was blowing.')
    assert terms_of(text) == ["gu", "meltemi"]
    assert quotes_of(text) == []


def test_a_name_they_call_a_thing_and_a_quoted_modifier_are_terms():
    text = ('Armed groups declared a state they call "Ambazonia." In Bamenda, separatist "ghost town" shutdowns '
            'close shops. The valley is known as the country\'s "citrus belt," growers say.')
    assert terms_of(text) == ["Ambazonia", "ghost town", "citrus belt"]
    assert quotes_of(text) == []
    # a quoted word someone said stays a quote, though a word follows it
    assert quotes_of('Moscow says such guarantees "cannot" work.') == [("cannot", "Moscow")]


def test_a_glossed_word_a_numbered_storm_and_a_weekly_levy_are_terms():
    text = ('Volunteers use the word the crews brought with them: "txapapote", the Basque name for tar. '
            'Tembin, known in the Philippines as "Storm No. 12," weakened. '
            'Shopkeepers pay the gangs a weekly "war tax" to stay open.')
    assert terms_of(text) == ["txapapote", "Storm No. 12", "war tax"]
    assert quotes_of(text) == []


def test_an_initialism_does_not_end_an_organisations_name():
    text = 'The U.S. Embassy in Hanoi announced $2 million.\n\n"We stand ready to help," the embassy said.'
    assert quotes_of(text) == [("We stand ready to help", "U.S. Embassy in Hanoi")]  # (with its post, as named)


def test_a_speech_verb_keeps_a_short_name_a_quote_only_within_its_own_sentence():
    assert terms_of('The mayor said nothing. Shopkeepers pay the gangs a weekly "war tax".') == ["war tax"]
    text = 'The mayor said it was a weekly "war tax".'
    assert terms_of(text) == [] and [q for q, _ in quotes_of(text)] == ["war tax"]


def test_a_verb_joined_by_but_shares_the_sentences_speaker():
    text = ('"Prices will fall," said Ana Lowe, an analyst in London. She expects futures to ease, but said insurers '
            'would keep rates high "for months, not weeks."')
    assert quotes_of(text)[-1] == ("for months, not weeks.", "Ana Lowe")


def test_a_capitalised_title_points_back_to_the_person_introduced_with_it():
    text = ("Nepal's Home Minister Ram Khadka, who flew to Jumla on Saturday, said shelter came first.\n\n"
            'Later in the day, the Minister said: "Tents and helicopters."')
    assert quotes_of(text) == [("Tents and helicopters.", "Ram Khadka")]


def test_she_is_a_person_not_the_government_named_just_before():
    text = ("China will donate vehicles, spokeswoman Mao Jing told a briefing. Police could be sent if the Fijian "
            "government asked for them, she said, adding that security was \u201ca matter for the islands\u201d.")
    assert quotes_of(text) == [("a matter for the islands", "Mao Jing")]


def test_the_embassy_named_with_a_demonym_and_a_reporter_after_her_outlet():
    text = ('Beijing has announced aid, the Chinese embassy said in a statement.\n\n"We are old friends," the embassy said.')
    assert quotes_of(text) == [("We are old friends", "Chinese embassy")]
    text = "Al Jazeera's Nadia Perera is in Ratnapura.\n\n\"The water has reached the hospital,\" she said."
    assert quotes_of(text) == [("The water has reached the hospital", "Nadia Perera")]


def test_words_a_government_condemned_or_denounced_are_its_quote():
    text = ('In Bamako, the Malian government, which quit the bloc in January, condemned "an occupation army '
            'in the service of Paris" in a statement.')
    assert quotes_of(text) == [("an occupation army in the service of Paris", "Malian government")]
    assert quotes_of('Moscow denounced "a Western attempt to control the sea lanes".') == [
        ("a Western attempt to control the sea lanes", "Moscow")]


def test_a_judgement_in_two_words_after_its_is_the_speakers_not_a_term():
    text = 'Quispe thanked China for its "timely and generous" support, officials said.'
    assert quotes_of(text) == [("timely and generous", "Quispe")]


def test_a_short_name_after_the_and_an_adjective_is_a_term():
    text = ('Japan will provide aid to Mongolia, where the harshest "white dzud" in a decade has killed '
            'animals, the Foreign Ministry said.')
    quotes, terms = extract_quotes(text)
    assert quotes == [] and [t.text for t in terms] == ["white dzud"]


def test_a_relative_clause_ending_on_a_weekday_still_closes_before_the_verb():
    text = 'Peruvian President Marisol Huaman, who visited the area on Wednesday, said: "We will rebuild."'
    assert quotes_of(text) == [("We will rebuild.", "Marisol Huaman")]


def test_a_name_after_the_is_no_person_for_a_pronoun_to_reach():
    text = ("Roselyn Tavake-Hou, who researches Pacific politics at the University of the South Pacific in Suva, "
            "says the force will be judged by how quickly it leaves.\n\n"
            "“Ramsi stayed fourteen years. Nobody wants that again,” she says.\n")
    assert quotes_of(text) == [("Ramsi stayed fourteen years. Nobody wants that again", "Roselyn Tavake-Hou")]


def test_a_feast_is_no_person_for_he_to_reach():
    text = ("In Ulaangom, herder Dorjsuren Tsogtbaatar, 54, said he had lost 340 animals since New Year.\n\n"
            '"If the aid reaches us in March, there will be nothing left to feed," he said.\n')
    assert quotes_of(text) == [("If the aid reaches us in March, there will be nothing left to feed",
                                "Dorjsuren Tsogtbaatar")]


def test_he_after_an_unnamed_officer_of_some_service_is_unattributed():
    text = ("Sipho Mabandla-Reyes said the navy was stretched.\n\nA senior naval officer, who asked not to be named, "
            'put it more simply. The fleet, he said, was "a navy of one ship pretending to be a navy of four".\n')
    assert quotes_of(text) == [("a navy of one ship pretending to be a navy of four", "unattributed")]


def test_he_is_no_group_of_officials():
    text = ("Prime Minister Erion Dako-Shehu acted before sunrise, the fastest request Commission officials say "
            "they have ever had. He told Playbook by phone: “We are not asking Europe for charity.”")
    assert quotes_of(text) == [("We are not asking Europe for charity.", "Erion Dako-Shehu")]


def test_words_after_advise_the_president_are_the_speakers_not_a_term():
    text = ('The Department of Defence said on Wednesday that it was studying the request for a frigate and would '
            'advise the president "in due course".')
    assert quotes_of(text) == [("in due course", "Department of Defence")]


def test_what_a_people_call_a_place_is_a_term():
    for text in ('St. Elizabeth, which Jamaicans call the island\'s "breadbasket." Many fled.',
                 'Local Serbs call the roadblocks "the people\'s guard," and insist they are peaceful.'):
        quotes, terms = extract_quotes(text)
        assert quotes == [] and len(terms) == 1, text


def test_what_a_minister_thanks_a_country_for_is_her_wording():
    text = 'Foreign Minister Kerry-Ann Thompson-Reid thanked Türkiye for its "swift solidarity" in a post on X.'
    assert quotes_of(text) == [("swift solidarity", "Kerry-Ann Thompson-Reid")]


def test_a_title_in_capitals_points_back_to_the_person_it_was_given_to():
    text = ("“The families lost everything,” said Aigerim Toktosunova-Lind, the UN Resident Coordinator in "
            "Kyrgyzstan.\n\nThe UN launched an appeal.\n\n"
            "The Resident Coordinator said the appeal was “deliberately lean” and urged donors to fund it.\n")
    assert quotes_of(text)[-1] == ("deliberately lean", "Aigerim Toktosunova-Lind")


def test_a_paper_named_with_the_keeps_its_full_name_as_a_speaker():
    # (the 'only ever after "the"' test keeps such names from pronouns, not from full_names)
    text = ("The Straits Courier led with the boats.\n\nThe Courier noted that the Philippines had offered "
            'to take in 200 of the refugees, "subject to security screening", and that Japan said nothing.\n')
    assert quotes_of(text) == [("subject to security screening", "Straits Courier")]


def test_an_embassy_named_by_a_two_word_country_speaks_with_its_place():
    text = 'The United States Embassy in Suva said Washington was "reviewing" a request for a ship.'
    assert quotes_of(text) == [("reviewing", "United States Embassy in Suva")]


def test_a_title_with_its_department_before_the_name_and_the_title_alone_later():
    text = ('Ministra de Relaciones Exteriores Sofía Arguedas-Lindqvist walked reporters through the list. '
            'Volcanologist Gerardo Ulate-Brenner spoke later. "Friendship is measured in hours," the Ministra said.')
    assert quotes_of(text) == [("Friendship is measured in hours", "Sofía Arguedas-Lindqvist")]
    text = 'Minister of Foreign Affairs Ana Lee said the plan was "dead".'
    assert quotes_of(text) == [("dead", "Ana Lee")]


def test_as_she_puts_it_and_a_long_sentence_whose_participle_quotes_its_subject():
    text = 'Marielos Solano-Vargas was milking her cows when the mountain "cleared its throat," as she puts it.'
    assert quotes_of(text) == [("cleared its throat", "Marielos Solano-Vargas")]
    text = ("Then there is Nicaragua. At an emergency session of CEPREDENAC, the Central American disaster-prevention "
            "body, on Tuesday, Managua's delegate, Vicecanciller Róger Centeno-Paiz, voted against releasing $5 million "
            'from the regional emergency fund for Costa Rica, calling the request "a political show by San José."')
    assert quotes_of(text) == [("a political show by San José.", "Róger Centeno-Paiz")]


def test_single_quoted_names_in_running_text_are_terms():
    _, terms = extract_quotes("The cotton harvest – the region’s ‘white gold’ – is in question.")
    assert [t.text for t in terms] == ["white gold"]
    assert extract_quotes("‘We will act,’ he said.")[1] == []  # spoken
    assert extract_quotes("‘We have never seen this’\n\nThe water rose.")[1] == []  # a post title


def test_a_country_speaking_through_the_body_named_last_and_what_he_called():
    text = ('New Zealand said it was “looking closely” at a request for line workers, a spokesperson for the '
            'Ministry of Foreign Affairs and Trade said in Wellington.')
    assert quotes_of(text) == [("looking closely", "Ministry of Foreign Affairs and Trade")]
    text = 'Spokesperson Gao Lianfeng said China opposed what he called the “militarisation” of aid.'
    assert quotes_of(text) == [("militarisation", "Gao Lianfeng")]
    assert [t.text for t in extract_quotes("Farmers resent what they called the “water lords”.")[1]] == ["water lords"]


def test_a_dash_naming_the_statement_and_a_rejection_as_a_speech_verb():
    text = "Turkmenistan declined. “We cannot help” – so ran the entire statement from the Turkmen Foreign Ministry."
    assert quotes_of(text) == [("We cannot help", "Turkmen Foreign Ministry")]
    text = "Its spokesman, Abdul Hakim Sarwari-Noor, rejected the proposal as “an attempt to interfere” and left."
    assert quotes_of(text) == [("an attempt to interfere", "Abdul Hakim Sarwari-Noor")]


def test_she_after_an_unnamed_official_is_unattributed():
    text = ("Washington would not send the Seabees that Tarawa had asked for. When I asked a State Department "
            "official why, she told me the battalions were “fully committed” elsewhere.")
    assert quotes_of(text) == [("fully committed", "unattributed")]


def test_a_policys_name_and_a_word_glossed_after_a_comma_are_terms():
    _, terms = extract_quotes("Kiribati’s old policy of “migration with dignity” admitted that some may leave.")
    assert [t.text for t in terms] == ["migration with dignity"]
    quotes, terms = extract_quotes("The fire pushed up the price of “kpayo”, the smuggled petrol sold in bottles.")
    assert (quotes, [t.text for t in terms]) == ([], ["kpayo"])
    assert quotes_of('He said the plan "failed", a sign of trouble.') == [("failed", "unattributed")]


def test_the_look_back_window_never_starts_inside_a_word():
    # the quote's 220-character look-back starts at the "D" of "MacDonaldBerg": no half name as speaker
    head, end = "Ann MacDonaldBerg said that the plan", ' was "dead."'
    fill = head.index("D") + 220 - len(head) - len(" was ")
    text = head + (" and so" * 40)[:fill - fill % 7] + " x" * (fill % 7 // 2) + " " * (fill % 7 % 2) + end
    assert text.index('"') - 220 == head.index("D")
    assert quotes_of(text) == [("dead.", "unattributed")]


def test_an_honorific_is_a_title_and_used_alone_points_back():
    text = ("Foreign Minister Lyonpo Karma Yoezer Drukpa briefed the press in Thimphu. "
            "Asked about the statement, Lyonpo said the network was \"purely humanitarian\" and would go on.\n\n"
            "Punakha Dzongdag Dasho Tandin Phuntsho Lhendup said housing would be ready.\n\n"
            "\"The warning sirens worked,\" the Dzongdag said.\n")
    assert quotes_of(text) == [("purely humanitarian", "Karma Yoezer Drukpa"),
                               ("The warning sirens worked", "Tandin Phuntsho Lhendup")]


def test_a_name_line_ending_in_a_colon_speaks_the_quote_paragraph_below():
    text = ("The cabinet met on Tuesday.\n\n- Prime Minister Sangay Rigzin Namgyel, in an address to the nation:\n\n"
            "\"Every life lost is a loss to the whole nation. We will not rest.\"\n")
    assert quotes_of(text) == [("Every life lost is a loss to the whole nation. We will not rest.",
                                "Sangay Rigzin Namgyel")]
    assert quotes_of("The cabinet met.\n\nWhat the budget means:\n\n\"Nothing good.\"\n") == [
        ("Nothing good.", UNATTRIBUTED)]


def test_a_first_name_with_an_age_is_a_person_a_pronoun_can_point_to():
    text = ("Mayor Linas Berg said the city would pay for hotel rooms.\n\n"
            "At the arena, Genovaitė, 74, a resident who gave only her first name, said she had left in her slippers.\n\n"
            "\"My son calls every hour,\" she said.\n")
    assert quotes_of(text) == [("My son calls every hour", "Genovaitė")]


def test_crews_call_it_a_name_and_a_guillemet_word_glossed_after_it_are_terms():
    text = ("Firefighters call them “sleepers”: they lie in the soil.\n\n"
            "His crew call the shallow bend below the port \"the graveyard\".\n\n"
            "The ferry capsized as it crossed «la barre», the shifting sandbar at the river mouth.\n")
    assert quotes_of(text) == [] and terms_of(text) == ["sleepers", "the graveyard", "la barre"]


def test_a_smaller_states_ministry_and_a_named_spokesman_after_his_role_speak():
    text = ("The Bissau-Guinean foreign ministry said in a communiqué that it «cannot accept foreign vessels».\n\n"
            "\"Those boats are ours,\" the Gambia Navy spokesman, Lieutenant Commander Ebrima Jallow-Ceesay, told APS.\n")
    assert quotes_of(text) == [("cannot accept foreign vessels", "Bissau-Guinean foreign ministry"),
                               ("Those boats are ours", "Ebrima Jallow-Ceesay")]


def test_a_styled_minister_in_a_numbered_statement_and_his_title_later():
    text = ("3. His Excellency Sayyid Talal bin Hamad Al Busaidi, Minister of Foreign Affairs, received calls from "
            "his counterparts, and affirmed that “the Sultanate will not forget”.\n\n"
            "14. H.E. the Minister of Foreign Affairs added: “Oman has always stood with its neighbours.”\n")
    assert [s for _, s in quotes_of(text)] == ["Talal bin Hamad Al Busaidi", "Talal bin Hamad Al Busaidi"]
    assert quotes_of("Talal Al Busaidi, Minister of Foreign Affairs, affirmed that “we will not forget”.") == [
        ("we will not forget", "Talal Al Busaidi")]


def test_the_secretariat_and_the_navy_point_back_to_the_body_named_before():
    text = ("Argentina will not contribute, the Argentine Transport Secretariat said in a statement.\n\n"
            "According to the secretariat, Argentina \"has already paid for its own stretch\".\n\n"
            "Brazil's navy says two patrol vessels have left Ladário.\n\n"
            "In a statement, the navy said the ships would \"remain at the disposal of the authorities\".\n")
    assert [s for _, s in quotes_of(text)] == ["Argentine Transport Secretariat", "Brazil's navy"]


def test_spanish_dash_dialogue_is_quoted_up_to_the_narration_and_resumes_after_it():
    text = ("The Peruvian minister, Rosa Quispe Mamani, visited the camp on Monday.\n\n"
            "—Nobody will sleep in the open tonight —the minister said in Ayacucho—. The tents are on the way.\n\n"
            "—The water took everything —said Tomás Huamán, 60, a farmer.\n")
    assert quotes_of(text) == [("Nobody will sleep in the open tonight", "Rosa Quispe Mamani"),
                               ("The tents are on the way.", "Rosa Quispe Mamani"),
                               ("The water took everything", "Tomás Huamán")]
    # a dash with no narration after it is no dialogue
    assert quotes_of("—More rain is forecast for Thursday in the south.\n") == []


def test_a_quote_after_a_colon_sentence_is_its_subjects_and_after_a_question_the_interviewees():
    text = ("Water minister Pita Nghifindaka did not mince his words at the briefing on Monday:\n\n"
            "\"Somebody signed off on that wall.\"\n\n"
            "The radio asked Sigrún Ólafsdóttir, a hydrologist, what comes next.\n\n"
            "Will the river rise again?\n\n"
            "\"Nobody can promise that.\"\n")
    assert quotes_of(text) == [("Somebody signed off on that wall.", "Pita Nghifindaka"),
                               ("Nobody can promise that.", "Sigrún Ólafsdóttir")]


def test_names_workers_give_are_terms_and_an_appeal_is_spoken():
    text = ("The slurry, which mineworkers call \"pap\", ran into town. Older residents have for decades called "
            "the dam \"die Witberg\". Fishermen, who first saw the boats, call them “kapal hantu” (ghost ships).\n\n"
            "President Ana Shikongo appealed to \"all friends of Namibia\" for help.\n")
    assert terms_of(text) == ["pap", "die Witberg", "kapal hantu"]
    assert quotes_of(text) == [("all friends of Namibia", "Ana Shikongo")]


def test_malay_honorifics_are_titles_and_a_high_commission_speaks_from_a_two_word_city():
    assert strip_title("Tan Sri Abdul Halim Sulaiman") == "Abdul Halim Sulaiman"
    assert strip_title("Tan Keng Hwee") == "Tan Keng Hwee"  # Tan is also a surname
    text = ("Home Minister Datuk Seri Azmi Rahman said the centre would open on Friday.\n\n"
            "“We cannot be the only door,” he said.\n\n"
            "Canada’s High Commission in Kuala Lumpur said Ottawa was “actively considering” a request.\n\n"
            "“Both aircraft are committed elsewhere” – that was the full reply from the British Embassy.\n")
    assert quotes_of(text) == [("We cannot be the only door", "Azmi Rahman"),
                               ("actively considering", "Canada’s High Commission in Kuala Lumpur"),
                               ("Both aircraft are committed elsewhere", "British Embassy")]


def test_a_reporter_labelled_transcript_gives_each_labelled_answer_to_its_speaker():
    text = ("The following is an edited transcript.\n\n"
            "REPORTER: At the church hall, families are sleeping on mats.\n\n"
            "SALOTE VAEA: The ocean came in the front door. We put the babies on the table.\n\n"
            "REPORTER: Salote Vaea lost her house.\n")
    assert quotes_of(text) == [("The ocean came in the front door. We put the babies on the table.", "Salote Vaea")]


def test_pm_and_hon_are_titles_what_it_called_is_said_and_a_pull_quote_heading_is_no_quote():
    text = ("PM Chaudhry Nadeem Warraich announced Rs50 crore for relief.\n\n"
            "\"It is the lifeline of the region,\" the PM said.\n\n"
            "The Member for Tongu, Hon. Elikem Dzokoto, described it as “a disaster foretold”.\n\n"
            "India's ministry objected to troops in what it called \"Indian territory\".\n\n"
            "Elders in Hassanabad have long called Shisper \"the hungry glacier\".\n\n"
            "“The water took our yams”\n\n"
            "“The water took our yams, our goats,” she said.\n")
    got = quotes_of(text)
    assert got[:3] == [("It is the lifeline of the region", "Chaudhry Nadeem Warraich"),
                       ("a disaster foretold", "Elikem Dzokoto"),
                       ("Indian territory", "India's ministry")]
    assert [q for q, _ in got[3:]] == ["The water took our yams, our goats"]
    assert terms_of(text) == ["the hungry glacier"]


def test_a_state_name_inside_a_long_title_and_a_ministry_of_foreign_affairs_keep_the_right_speaker():
    assert strip_title("Minister of Energy of the Republic of Uzbekistan Dilnoza Karimova") == "Dilnoza Karimova"
    assert strip_title("Republic of Korea Air Force") == "Republic of Korea Air Force"
    assert strip_title("Ministry of Foreign Affairs") == "Ministry of Foreign Affairs"
    text = ("\"The grid will hold,\" Minister of Energy of the Republic of Uzbekistan Dilnoza Karimova noted on Monday.\n\n"
            "Deputy Minister of Water Resources of the Kyrgyz Republic Bakyt Osmonov thanked the donors.\n\n"
            "\"Every offer is being studied,\" he emphasized.\n\n"
            "In a statement, the Tajik Ministry of Foreign Affairs said the plan would \"divide the valley\".\n")
    assert quotes_of(text) == [("The grid will hold", "Dilnoza Karimova"),
                               ("Every offer is being studied", "Bakyt Osmonov"),
                               ("divide the valley", "Tajik Ministry of Foreign Affairs")]


def test_title_case_headline_words_and_a_department_are_no_ones_full_name():
    text = ("Regional Donors Rally to Protect Aral Fisheries After Drought\n\n"
            "According to Malika Yusupova, head of the fisheries laboratory, 40 tonnes of dead Aral carp were found.\n\n"
            "\"The fish are the first victims,\" she said.\n\n"
            "The Minister of Emergency Management, Ines Karanja-Obote, visited the camp.\n\n"
            "\"We lost whole streets,\" the minister told reporters.\n\n"
            "Funds came from the Ministry in charge of Emergency Management.\n")
    assert quotes_of(text) == [("The fish are the first victims", "Malika Yusupova"),
                               ("We lost whole streets", "Ines Karanja-Obote")]


def test_names_residents_and_scientists_give_and_a_proposed_levy_are_terms():
    text = ("They sleep in what residents are already calling \"tent city\".\n\n"
            "Geologists at the University of Otago, who have logged 300 tremors since May, call the fault "
            "\"the Waitaki seam\".\n\n"
            "Fiji rejected Premier Ana Lee’s call for a region-wide “disaster levy” on tourists.\n")
    assert terms_of(text) == ["tent city", "the Waitaki seam", "disaster levy"]
    assert quotes_of(text) == []


def test_a_labelled_heading_a_caps_heading_and_a_long_iberian_name():
    text = ("MINISTER: “We will rebuild”\n\n"
            "“We will rebuild, and stronger,” said Minister Owen Clarke.\n\n"
            "\"THE SECOND FLOOD\"\n\n"
            "In Horta, Maria da Luz Pereira Sousa, 80, sat by her door.\n\n"
            "«Who will feed the goats?», she asked.\n\n"
            "A spokesperson for the Malian Ministry of the Interior said the teams were \"needed at home\".\n")
    assert quotes_of(text) == [("We will rebuild, and stronger", "Owen Clarke"),
                               ("Who will feed the goats?", "Maria da Luz Pereira Sousa"),
                               ("needed at home", "Malian Ministry of the Interior")]


def test_a_title_that_names_nobody_is_followed_by_the_name_in_an_aside():
    # the title points back to no one ('the clinic's director' was never introduced); the aside
    # names him, with a rank abbreviated 'Brig.' (this raised TypeError before)
    text = "\"We are full,\" the clinic's director, Brig. Gen. Omar Haddad, told reporters.\n"
    assert quotes_of(text) == [("We are full", "Omar Haddad")]


def test_a_nickname_given_a_minister_of_state_an_alias_and_an_arabic_name_with_al():
    text = ("Neighbours had nicknamed the block « la tour penchée » for its cracks.\n\n"
            "The Minister of State, Minister of Health, Mrs Awa Traoré-Kouassi, visited the site.\n\n"
            "Ghana's Minister of Finance, Mr Kwesi Boateng-Mensah, rejected the levy.\n\n"
            "« Roofs do not fall only here », replied the Minister of State.\n\n"
            "In Wadi Rum, Eid al-Zalabieh, 58, a driver known as Abu Salem, stood by his truck.\n\n"
            "\"The water took the tyres,\" he said.\n")
    assert terms_of(text) == ["la tour penchée"]
    assert quotes_of(text) == [("Roofs do not fall only here", "Awa Traoré-Kouassi"),
                               ("The water took the tyres", "Eid al-Zalabieh")]


def test_british_single_quotation_marks_with_a_quote_inside_and_a_plural_possessive():
    text = ("‘The pilot radioed the tower and said, “We are losing height,” and then the line went dead,’ said "
            "Captain Ana Perera, the harbour master.\n\n"
            "Divers call the wreck ‘the old lady’, and the Fisheries Minister, Mr Tomas Roy, said the cost "
            "‘will run into the millions’.\n\n"
            "‘It is the fishermen’s and farmers’ future,’ he said.\n")
    assert quotes_of(text) == [
        ("The pilot radioed the tower and said, “We are losing height,” and then the line went dead", "Ana Perera"),
        ("will run into the millions", "Tomas Roy"),
        ("It is the fishermen’s and farmers’ future", "Tomas Roy")]
    assert terms_of(text) == ["the old lady"]


def test_swahili_honorifics_a_bracketed_title_a_sketch_line_and_an_answer_line():
    text = ("Regional Commissioner (RC) Mama Halima Mrema-Kitwana told reporters that 40 were rescued.\n\n"
            "\"Our divers will not rest,\" the RC said.\n\n"
            "The Minister for Works, Mheshimiwa Juma Athumani Kilonzo, visited the port.\n\n"
            "Kilonzo was blunt.\n\n"
            "\"Whoever sold that seat will answer for it.\"\n\n"
            "Radio Tanzania asked flood researcher Neema Mushi about the lake.\n\n"
            "Q: Will it happen again?\n\n"
            "A: Not this year. The wind has turned.\n")
    assert quotes_of(text) == [("Our divers will not rest", "Halima Mrema-Kitwana"),
                               ("Whoever sold that seat will answer for it.", "Juma Athumani Kilonzo"),
                               ("Not this year. The wind has turned.", "Neema Mushi")]


def test_a_ministry_with_and_in_its_name_is_one_speaker_and_it_points_back_to_it():
    text = ("The Thai Ministry of Labour and Welfare rejected the audit on Tuesday. In a statement, it said "
            "the dams had \"worked within limits\".\n\n"
            "In a statement, the Ministry of Culture and Sport described the fine as \"a fig leaf\".\n\n"
            "\"The fire is moving fast,\" says incident commander Jari Aho of the Lapland Rescue Department.\n")
    assert quotes_of(text) == [("worked within limits", "Thai Ministry of Labour and Welfare"),
                               ("a fig leaf", "Ministry of Culture and Sport"),
                               ("The fire is moving fast", "Jari Aho")]


def test_names_people_started_calling_a_glossed_foreign_word_and_straight_single_quoted_terms():
    text = ("Older residents are already calling the storm “the second Ivan,” and crews have already started "
            "calling the crater \"the bowl\".\n\n"
            "Engineers say the dam sat on \"leirskifer\", a soft shale that turns to mud.\n\n"
            "The tower, known locally as 'El-Manara' (the lighthouse), was built in 1990.\n")
    assert terms_of(text) == ["the second Ivan", "the bowl", "leirskifer", "El-Manara"]
    assert quotes_of(text) == []


def test_said_that_it_remains_the_quote_a_passive_quote_a_titled_colon_and_a_profession_before_a_name():
    text = ("The minister, Ana Ruiz, said that finding the missing remains the “priority of priorities”.\n\n"
            "Her decree that survivors will be “processed for repatriation,” drew protests.\n\n"
            "Rescue leader Jonas Berg: \"We lacked people who can build roads.\"\n\n"
            "\"We have known for years,\" according to NVE senior geologist Ola Nilsen.\n\n"
            "“Like digging in porridge”\n\n"
            "\"It is like digging in porridge,\" says Berg.\n")
    got = quotes_of(text)
    assert got[0] == ("priority of priorities", "Ana Ruiz")
    assert got[1][0] == "processed for repatriation"
    assert got[2:] == [("We lacked people who can build roads.", "Jonas Berg"),
                       ("We have known for years", "Ola Nilsen"),
                       ("It is like digging in porridge", "Jonas Berg")]
    assert terms_of(text) == []


def test_irish_and_ethiopian_titles_a_role_in_apposition_before_a_colon_and_seat_letters_after_a_name():
    text = ("The Taoiseach, Pádraig Ó Floinn, visited the city.\n\n"
            "“We owe the people more than sympathy,” the Taoiseach said.\n\n"
            "The Undersecretary of the Interior, Macarena Soto, announced aid.\n\n"
            "«No family will be left alone», said the Undersecretary.\n\n"
            "Chief Administrator of the zone, Ato Samuel Gudeta, visited the slope.\n\n"
            "“We warned people last year,” Ato Samuel said.\n\n"
            "The detachment’s commander, Lieut Col Hélène Marchetti: “We pump until the streets are dry.”\n\n"
            "“The people cannot live on promises.” – Siobhán Ní Dhubhghaill TD (Labour), Cork South-Central\n")
    assert quotes_of(text) == [("We owe the people more than sympathy", "Pádraig Ó Floinn"),
                               ("No family will be left alone", "Macarena Soto"),
                               ("We warned people last year", "Samuel Gudeta"),
                               ("We pump until the streets are dry.", "Hélène Marchetti"),
                               ("The people cannot live on promises.", "Siobhán Ní Dhubhghaill")]
    assert strip_title("Rt Hon Ana Lee MP") == "Ana Lee"
    assert strip_title("Lee MP") == "Lee MP"  # (a surname alone keeps its letters: nothing else names him)


def test_what_residents_who_live_there_call_a_place_and_an_official_category_are_terms_but_a_judgement_is_not():
    text = ("Residents who have lived under the hill for generations call it “the sleeping mountain”.\n\n"
            "The agency urged people in what it has marked as “red slopes” to leave.\n\n"
            "Critics called it “a disgrace”. Officials called the plan “reckless”.\n")
    assert terms_of(text) == ["the sleeping mountain", "red slopes"]
    assert [q for q, _ in quotes_of(text)] == ["a disgrace", "reckless"]


def test_a_story_in_straight_single_marks_with_apostrophes_and_double_marks_inside():
    text = ("Relatives wait at a 'family reception centre' on the wharf.\n\n"
            "'We have lost seventeen of our own. Nobody's name will protect anybody,' Prime Minister Ana Vella said.\n\n"
            "The Greek ministry said the plan was 'a Maltese answer to a Maltese problem'.\n\n"
            "'Somebody shouted \"jump, jump now\", so I jumped,' said Rita Galea.\n")
    assert quotes_of(text) == [
        ("We have lost seventeen of our own. Nobody's name will protect anybody", "Ana Vella"),
        ("a Maltese answer to a Maltese problem", "Greek ministry"),
        ('Somebody shouted "jump, jump now", so I jumped', "Rita Galea")]
    assert terms_of(text) == ["family reception centre"]


def test_courtesy_titles_a_rank_before_a_name_a_statement_by_a_body_and_a_dash_before_a_quote():
    text = ("The Honourable Vikash Dulloo, Minister of Local Government, visited the centre.\n\n"
            "« No family will be left alone », declared the Honourable Minister.\n\n"
            "The Minister of Environment, the Honourable Aurélie Sénèque, answered on Radio Plus: « Act of God? No. »\n\n"
            "The Minister of Security and Civil Protection, General of Brigade Essowazina Tchalla, paid tribute.\n\n"
            "« Our men went towards the fire », declared the Minister.\n\n"
            "Their commander, Lieutenant Colonel Gábor Varga, had a short message for residents – „We go home when "
            "the water does.“\n")
    assert [s for _, s in quotes_of(text)] == ["Vikash Dulloo", "Aurélie Sénèque", "Essowazina Tchalla", "Gábor Varga"]


def test_a_body_named_with_and_read_back_through_the_ministry_even_after_a_dotted_capital_i():
    # 'İ' lower-cases to two characters: the offsets of a lower-cased copy must still be the text's
    text = ("TÜRKİYE\n\nThe Agriculture and Forestry Ministry said crews had contained the fire.\n\n"
            "\"Our teams are continuing their work,\" according to a statement by the ministry.\n\n"
            "Croatia's Ministry of Foreign and European Affairs rejected the claim.\n\n"
            "\"These accusations are unfounded,\" the ministry said.\n")
    assert [s for _, s in quotes_of(text)] == ["Agriculture and Forestry Ministry",
                                               "Croatia's Ministry of Foreign and European Affairs"]
    # the statement's words before the verb: the tokens it takes are counted, so the verb is found
    text = ("The Agriculture Ministry said the fire was contained.\n\n"
            "\"Our teams are tired,\" a statement by the ministry said.\n")
    assert quotes_of(text) == [("Our teams are tired", "Agriculture Ministry")]


def test_a_transcript_turn_speaks_its_quotes_and_a_headline_shorthand_of_a_body_quote_is_no_quote():
    text = ("Aid arrives; Eritrea dismisses appeal as “stunt”\n\nBy Ana Lee\n\n"
            "The minister, Benetick Lometo, joined the show. Eritrea's minister, Tesfa Asfaha, dismissed the "
            "appeal as “a fundraising stunt by a regime”.\n\n"
            "HOST: When does the water come back on?\n\n"
            "LOMETO: We are working on it. “Give us until Friday,” that is what I am asking people.\n")
    assert quotes_of(text) == [("a fundraising stunt by a regime", "Tesfa Asfaha"),
                               ("Give us until Friday", "Benetick Lometo")]
    # a headline quote that nothing below repeats stays a quote
    assert [q for q, _ in quotes_of("Minister: “We will rebuild”\n\nThe storm passed.\n")] == ["We will rebuild"]


def test_a_name_nicknamed_for_years_and_a_heading_above_a_line_that_is_a_sentence():
    text = ("The quarters that the inhabitants have nicknamed for years « lavil anba dilo » were flooded.\n\n"
            "“I kept thinking of my grandchildren”\n\n"
            "Rita Galea, 58, from Żejtun, was returning from Sicily.\n\n"
            "“I was in the water for an hour. I kept thinking of my grandchildren,” she said.\n")
    assert terms_of(text) == ["lavil anba dilo"]
    assert quotes_of(text) == [("I was in the water for an hour. I kept thinking of my grandchildren", "Rita Galea")]


def test_a_lower_case_word_for_who_someone_is_before_the_name_after_the_verb():
    text = ('"We jumped," said survivor Rita Galea.\n\n"We swam," said resident Ana Lee, 58.\n\n'
            '"We left," said after President Ana Berg spoke.\n')
    assert quotes_of(text) == [("We jumped", "Rita Galea"), ("We swam", "Ana Lee"), ("We left", UNATTRIBUTED)]


def test_answers_under_unquoted_questions_are_the_words_of_the_person_who_took_them():
    text = ("Minister for Public Works and Housing, Hon. Ana St. Clair-Baptiste, took questions at the "
            "Ministry. Excerpts:\n\nWhen will the bridge reopen?\n\n“Not before March.”\n\n"
            "Is the army helping?\n\n“Yes. Two companies are on the roads.”\n")
    assert quotes_of(text) == [("Not before March.", "Ana St. Clair-Baptiste"),
                               ("Yes. Two companies are on the roads.", "Ana St. Clair-Baptiste")]
    # a question with nobody named before it leaves the answer unattributed
    assert quotes_of("Why does this matter?\n\n“Because water is life.”\n") == [
        ("Because water is life.", UNATTRIBUTED)]


def test_a_name_then_who_she_is_before_a_colon_speaks_the_quote():
    text = "The rains came.\n\nMaj. Ana Lee-Berg, head of the engineering unit: “We have cleared the road.”\n"
    assert quotes_of(text) == [("We have cleared the road.", "Ana Lee-Berg")]


def test_a_storm_named_like_a_person_is_no_she():
    text = ("Director Ana Lee said the water reached the ‘Ivan line’, the mark left by Hurricane Ivan in 2004.\n\n"
            "“We had families on roofs,” she said.\n")
    assert quotes_of(text) == [("We had families on roofs", "Ana Lee")]


def test_a_title_met_as_an_object_is_not_the_next_named_person():
    text = ("Parliament rejected Prime Minister Dr. Ken Ross’ plan.\n\n"
            "The Ambassador joined the Prime Minister on a tour.\n\n"
            "Director Ana Lee said the roads were open.\n\n"
            "“We will rebuild,” the Prime Minister said.\n")
    assert quotes_of(text) == [("We will rebuild", "Ken Ross")]


def test_names_residents_give_and_a_named_level_as_a_subject_are_terms():
    text = ("Residents of the Ban Kham community near the river call the row of sheds “the tinder line”. "
            "The second, highest “state of flood alert” remains in force.\n")
    assert quotes_of(text) == []
    assert terms_of(text) == ["the tinder line", "state of flood alert"]


def test_a_source_at_a_body_is_unnamed_but_its_spokesperson_speaks_for_it():
    text = ("“The roof was weak,” according to a source at the Ministry of Works.\n\n"
            "“The roof was fine,” according to a spokesperson for the Ministry of Works.\n")
    assert quotes_of(text) == [("The roof was weak", UNATTRIBUTED), ("The roof was fine", "Ministry of Works")]


def test_a_body_that_orders_speaks_the_deadline_it_sets():
    text = "The Ministry of Works has ordered the council to fix the sewer “within 30 days”.\n"
    assert quotes_of(text) == [("within 30 days", "Ministry of Works")]


def test_comrade_engineer_and_khun_are_titles_not_names():
    text = ("“We are ready,” said Cde Rudo Moyo-Banda, the health minister.\n\n"
            "“We act,” said Khun Malee Srisuk.\n\n“It holds,” Eng Tawanda Chari said.\n")
    assert quotes_of(text) == [("We are ready", "Rudo Moyo-Banda"), ("We act", "Malee Srisuk"),
                               ("It holds", "Tawanda Chari")]


def test_german_low_single_marks_are_terms():
    text = ("Nine people died when a train of the ‚Rollende Landstraße‘ (RoLa) caught fire, the police said. "
            "Opponents fight what the valley calls ‚Transitwahnsinn‘.\n")
    assert terms_of(text) == ["Rollende Landstraße", "Transitwahnsinn"]


def test_a_subhead_that_shortens_the_next_quote_is_no_quote_and_two_surnames_make_a_name():
    text = ("Rescuers dug through the night in the two neighbourhoods buried by the mud, and the army brought "
            "in heavy machinery from the capital. The toll rose to 29 by the evening, officials said, and "
            "41 people were still missing. The governor declared a public calamity and asked the national "
            "government for help.\n\n"
            "\"I heard it crack\"\n\nAt the coliseum, Luz Dary Marín Ospina, 52, sat on a mattress.\n\n"
            "\"I heard the hill crack like a tree falling. I ran up the street barefoot,\" she told reporters.\n")
    assert quotes_of(text) == [("I heard the hill crack like a tree falling. I ran up the street barefoot",
                                "Luz Dary Marín Ospina")]


def test_a_report_that_speaks_of_and_initials_in_the_names_own_language():
    text = 'A report by the Colombian Geological Service (SGC) speaks of "at least eleven" tunnels under the hill.\n'
    assert quotes_of(text) == [("at least eleven", "Colombian Geological Service")]
    assert terms_of(text) == []


def test_a_style_of_address_before_the_title_points_back_to_the_person():
    text = ("His Highness the Prime Minister Sheikh Karim Al-Nouri chaired the session.\n\n"
            '"We have faced greater fires," His Highness the Prime Minister said.\n')
    assert quotes_of(text) == [("We have faced greater fires", "Karim Al-Nouri")]


def test_the_spokesman_points_back_to_the_one_last_introduced_with_that_role():
    text = ("Kuwait rejected a statement by the spokesman of the Iranian Foreign Ministry.\n\n"
            'The spokesman added that Tehran "will not allow any inspection."\n\n'
            "A Navy spokesman said the ships had left.\n\n"
            '"They left at dawn," the spokesman said.\n\n'
            "A senior Navy official said more would follow.\n\n"
            '"Two more," the official said.\n')
    assert quotes_of(text) == [("will not allow any inspection.", "Iranian Foreign Ministry"),
                               ("They left at dawn", "Navy"), ("Two more", UNATTRIBUTED)]


def test_a_wire_sign_off_after_a_block_quote_leaves_it_whole():
    text = ("At the hospital, worker Faisal Al-Azmi recounted the first minutes of the fire:\n\n"
            '"We heard a sound like thunder. I ran to the assembly point." (end) ta.mh\n')
    assert quotes_of(text) == [("We heard a sound like thunder. I ran to the assembly point.", "Faisal Al-Azmi")]


def test_a_dash_then_a_title_or_pronoun_and_a_verb_attributes_like_a_comma():
    text = ("The government released the funds, Deputy PM and Minister of Climate and Environment "
            "Piotr Zalewski said.\n\n"
            "“We are not ruling anything out” – the deputy PM said.\n\n"
            "Halina Nowak, 71, spent the night in a gym.\n\n“We ran out barefoot” – she told PAP.\n")
    assert quotes_of(text) == [("We are not ruling anything out", "Piotr Zalewski"),
                               ("We ran out barefoot", "Halina Nowak")]


def test_a_name_line_with_two_rank_words_and_setswana_courtesies():
    text = ("Firefighters worked all night.\n\n“Every one of our people did what they were trained to do.”\n"
            "Chief Brig. Marek Zielonka, commander-in-chief of the State Fire Service\n\n"
            "The minister, Mma Boitumelo Seretse, spoke in Maun.\n\n"
            "“No family will be left alone,” said Mma Seretse.\n")
    assert quotes_of(text) == [("Every one of our people did what they were trained to do.", "Marek Zielonka"),
                               ("No family will be left alone", "Boitumelo Seretse")]


def test_a_ministry_whose_name_lists_its_parts_with_commas_is_one_body():
    text = ("Angola’s Ministry of Culture, Tourism and Environment rejected the plan, saying it would "
            "“export the drought”.\n\n"
            "The Ministry of Health, Ana Lee and Bo Berg said it was “fine”.\n")
    assert quotes_of(text) == [("export the drought", "Angola’s Ministry of Culture, Tourism and Environment"),
                               ("fine", UNATTRIBUTED)]


def test_a_capitalised_programme_name_before_its_noun_is_a_term():
    text = "Most firebreaks were cut by “Ipelegeng” workers on daily wages.\n"
    assert quotes_of(text) == []
    assert terms_of(text) == ["Ipelegeng"]


def test_a_release_of_a_body_named_in_lower_case_is_the_body():
    text = ("The ship overturned, according to the Korea Coast Guard.\n\n"
            '"Divers reached the third deck," according to a coast guard release.\n')
    assert quotes_of(text) == [("Divers reached the third deck", "Korea Coast Guard")]


def test_a_minister_of_state_for_a_coordination_and_the_demonym_diplomat_point_back():
    text = ("The announcement was made by the Minister of State for Economic Coordination, Adérito Kiala, at the end "
            "of the session.\n\n"
            "According to the Minister of State for Economic Coordination, the money will buy medicines.\n\n"
            '"Every kwanza will be made available," stressed the Minister of State.\n\n'
            'The Minister of External Relations, Domingos Mbemba, underlined: "Angola protects everyone."\n\n'
            'The Angolan diplomat added that the measure "is sanitary, not commercial".\n')
    assert quotes_of(text) == [("Every kwanza will be made available", "Adérito Kiala"),
                               ("Angola protects everyone.", "Domingos Mbemba"),
                               ("is sanitary, not commercial", "Domingos Mbemba")]


def test_according_to_the_vendor_then_her_name_and_a_sea_is_nobody():
    text = ('According to the zungueira Teresa Bumba, 44, mother of five, "the water comes once a week."\n\n'
            "Prime Minister Kirsten Dalgaard visited Esbjerg and said the scheme would cover the whole Wadden Sea "
            'coast.\n\n"Nobody should wait for a form," she said.\n')
    assert quotes_of(text) == [("the water comes once a week.", "Teresa Bumba"),
                               ("Nobody should wait for a form", "Kirsten Dalgaard")]


def test_a_glossed_word_with_its_comma_inside_the_marks_and_an_or_name_are_terms():
    text = ("Dozens of homes built of “bajareque,” the local wattle-and-daub.\n\n"
            "At her morning press conference, or “mañanera,” on Tuesday, the president spoke.\n\n"
            "Hungary is “looking at” a request for 300 tents, a Hungarian diplomat said.\n")
    assert terms_of(text) == ["bajareque", "mañanera"]
    assert quotes_of(text) == [("looking at", UNATTRIBUTED)]


def test_malay_honorific_chains_patronymics_and_his_majesty():
    text = ("Minister of Energy Yang Berhormat Dato Seri Setia Awang Haji Mohd Rizal bin Haji Abdul Latif said the "
            "leak had stopped.\n\n“The source is under control,” the minister said in his address.\n\n"
            "In a titah, His Majesty Sultan Haji Nuruddin Jalilul Alam visited the beach.\n\n"
            "“Our sea has fed our people,” His Majesty said in the titah.\n\n"
            "At Lumut, volunteer Dayang Nurul Ain binti Haji Sulaiman, 27, was scraping tar.\n\n"
            "“The smell is terrible,” she said.\n")
    assert quotes_of(text) == [("The source is under control", "Mohd Rizal bin Haji Abdul Latif"),
                               ("Our sea has fed our people", "Nuruddin Jalilul Alam"),
                               ("The smell is terrible", "Nurul Ain binti Haji Sulaiman")]


def test_the_demonym_diplomat_points_back_after_the_quote_too():
    text = ('The Minister of External Relations, Domingos Mbemba, underlined: "Angola protects everyone."\n\n'
            '"It is not commercial," the Angolan diplomat said.\n')
    assert quotes_of(text) == [("Angola protects everyone.", "Domingos Mbemba"),
                               ("It is not commercial", "Domingos Mbemba")]


def test_councillor_and_elder_courtesies_and_middle_initials_in_an_appositive():
    text = ('At the city hall, the Executive Director of the agency, Cllr. Augustine T. Kpadeh-Wleh, said teams '
            'were working "by hand and by prayer".\n\n'
            'Ma Korto Flomo-Sumo, 61, lost her daughter.\n\n"Nobody listened to us," she said.\n')
    assert quotes_of(text) == [("by hand and by prayer", "Augustine T. Kpadeh-Wleh"),
                               ("Nobody listened to us", "Korto Flomo-Sumo")]


def test_a_ministers_title_ref_finds_the_ministry_named_after_an_honourable_and_initials():
    text = ("Finance Minister Hon. Comfort Y. Gbargaye-Zinnah announced the sum on Monday.\n\n"
            "The Minister of Mines and Energy, Hon. Saah J. Tamba-Nyumah, has suspended the licence.\n\n"
            '"We will not trade our people for rock. It will not work here again," the Mines Minister said.\n\n'
            '"We will not trade our people for rock."\n– Hon. Saah J. Tamba-Nyumah, Minister of Mines and Energy\n')
    assert quotes_of(text) == [("We will not trade our people for rock. It will not work here again",
                                "Saah J. Tamba-Nyumah")]  # (the display repeat below is no second quote)


def test_an_embassy_keeps_its_post_and_is_the_one_the_capitalised_embassy_points_back_to():
    text = ("The Chinese Embassy in Monrovia on Tuesday described the suspension as \"hasty and unfair\".\n\n"
            '"The company has cooperated fully," the Embassy said on its Facebook page.\n\n'
            "Helicopters will come \"once the request arrives\", according to the US Embassy in Bridgetown. "
            "Côte d'Ivoire informed the ministry that it was \"not in a position\" to help.\n")
    assert quotes_of(text) == [("hasty and unfair", "Chinese Embassy in Monrovia"),
                               ("The company has cooperated fully", "Chinese Embassy in Monrovia"),
                               ("once the request arrives", "US Embassy in Bridgetown"),
                               ("not in a position", "Côte d'Ivoire")]


def test_a_status_declared_for_places_is_a_term():
    text = ("The regime declared Sittwe and Pauktaw townships “natural disaster areas” on Monday. "
            "The minister said the decision was “long overdue”.\n")
    assert terms_of(text) == ["natural disaster areas"]
    assert [q for q, _ in quotes_of(text)] == ["long overdue"]


def test_a_chain_of_courtesies_after_a_title_and_handles_that_name_their_owner():
    text = ("Soldiers of the Antigua and Barbuda Defence Force (ABDF) were clearing trees.\n\n"
            "Prime Minister Dr. the Hon. Garvin Liburd-Hanley announced a fund on Tuesday night.\n\n"
            '"Nobody is sleeping in the rain tonight," the Prime Minister said.\n\n'
            "Shortly after the address, @GLiburdHanley wrote:\n\n"
            '"Bruised, not broken. We will rebuild this Federation together."\n\n'
            "HELP FROM THE REGION\n\n@ABDF_Official wrote:\n\n"
            '"Our soldiers are on the ground in Basseterre. One Caribbean family."\n')
    assert quotes_of(text) == [("Nobody is sleeping in the rain tonight", "Garvin Liburd-Hanley"),
                               ("Bruised, not broken. We will rebuild this Federation together.", "Garvin Liburd-Hanley"),
                               ("Our soldiers are on the ground in Basseterre. One Caribbean family.",
                                "Antigua and Barbuda Defence Force")]


def test_french_courtesies_fronted_attributions_a_quoted_verb_and_present_tense_verbs():
    text = ("Mr Léonce Bigirimana visited the site. According to him, the State «will not abandon a single family».\n\n"
            "Me Audace Niyungeko-Mpawenayo is not convinced. For him, the government «moved the poor, not the danger».\n\n"
            "«My clients went back to the shore», he deplores.\n\n"
            "Mme Goreth Nibizi-Karerwa «regrets» this answer. «The lake belongs to four countries», she warns.\n")
    assert quotes_of(text) == [("will not abandon a single family", "Léonce Bigirimana"),
                               ("moved the poor, not the danger", "Audace Niyungeko-Mpawenayo"),
                               ("My clients went back to the shore", "Audace Niyungeko-Mpawenayo"),
                               ("regrets", "Goreth Nibizi-Karerwa"),
                               ("The lake belongs to four countries", "Goreth Nibizi-Karerwa")]


def test_an_arabic_name_with_al_before_its_title_and_a_scheme_a_body_names():
    text = ("His Excellency Eng. Rashid bin Nasser al-Mohannadi, Minister of State for Energy Affairs, told a press "
            'conference: "Initial findings point to a feed line."\n\n'
            '"Our priority today is the families," the Minister of State added.\n\n'
            'Kahramaa has introduced what it calls "smart rationing", alternating supply by district.\n')
    assert quotes_of(text) == [("Initial findings point to a feed line.", "Rashid bin Nasser al-Mohannadi"),
                               ("Our priority today is the families", "Rashid bin Nasser al-Mohannadi")]
    assert terms_of(text) == ["smart rationing"]


def test_a_handle_that_leaves_out_a_middle_initial_names_the_person():
    text = ("At the city hall, Cllr. Augustine T. Kpadeh-Wleh said teams were working.\n\n"
            "Shortly after, @AKpadehWleh wrote:\n\n\"We will dig until every family has somebody to bury.\"\n")
    assert quotes_of(text) == [("We will dig until every family has somebody to bury.", "Augustine T. Kpadeh-Wleh")]


def test_a_minister_whose_department_is_a_list_is_the_person_after_it():
    text = ("The Minister of Interior, Local Authorities and Regional Planning, Mr. Farid Ould-Hamadi, "
            "visited the burnt villages on Tuesday.\n\n"
            '"No family will be left without support," the Minister said.\n')
    assert quotes_of(text) == [("No family will be left without support", "Farid Ould-Hamadi")]


def test_a_pronoun_skips_the_names_of_places_in_a_list():
    text = ("Colonel Nadia Ferhat-Ouali leads the brigade.\n\n"
            "Fires remained active in the communes of Tizrit, Beni Douala and Ait Ouacif Mellal. "
            '"We have not slept for three days," he said.\n')
    assert quotes_of(text) == [("We have not slept for three days", "Nadia Ferhat-Ouali")]


def test_indicated_reports_speech_and_a_short_body_name_is_the_full_one_given_above():
    text = ("The Ministry of Foreign Affairs, Communities Abroad and African Affairs rejected the position of the "
            "Dutch Ministry for Foreign Trade and Development, which refused the request.\n\n"
            'A spokesperson for the Dutch Ministry had indicated that the request "will be examined by the courts."\n\n'
            'The Ghanaian Ministry stressed that it had sent "a complete file."\n')
    assert quotes_of(text) == [
        ("will be examined by the courts.", "Dutch Ministry for Foreign Trade and Development"),
        ("a complete file.", "Ministry of Foreign Affairs, Communities Abroad and African Affairs")]


def test_a_custom_a_stock_message_and_words_quoted_above_are_terms():
    text = ('"The situation is under control," the Ministry of Agriculture said.\n\n'
            '"Under control" is not how farmers describe it. Villagers work under the traditional "tiwizi" '
            'to carry water, officials noted. Two neighbours sent messages of "brotherly solidarity".\n')
    assert terms_of(text) == ["Under control", "tiwizi", "brotherly solidarity"]
    assert quotes_of(text) == [("The situation is under control", "Ministry of Agriculture")]


def test_the_head_of_state_and_the_head_of_government_are_the_president_and_the_prime_minister():
    text = ("Yesterday, President of Turkmenistan, Supreme Commander-in-Chief of the Armed Forces of Turkmenistan, "
            "Army General Dovran Orazgeldiyev held a session. Prime Minister Dr Sekou Kourouma-Bah attended.\n\n"
            "The head of state noted that «the life of every citizen is the highest value».\n\n"
            "« No family will be left alone », the head of government declared.\n")
    assert quotes_of(text) == [("the life of every citizen is the highest value", "Dovran Orazgeldiyev"),
                               ("No family will be left alone", "Sekou Kourouma-Bah")]


def test_a_title_with_its_body_and_state_before_the_name_and_a_dated_relative_clause():
    text = ("The National Leader of the people, Chairman of the Halk Maslahaty of Turkmenistan Begmyrat "
            "Annagurban, who visited the town on 20 November, stressed: «The fire will be put out.»\n")
    assert quotes_of(text) == [("The fire will be put out.", "Begmyrat Annagurban")]


def test_a_participle_after_a_which_clause_goes_with_the_clause_subject():
    text = ("The Ministry of Foreign Affairs noted with regret the statement of the Department of Environment of "
            "the Islamic Republic of Iran, which opposed the planned ignition, calling it «a threat to the air» "
            'and demanding "an immediate inspection".\n')
    dept = "Department of Environment of the Islamic Republic of Iran"
    assert quotes_of(text) == [("a threat to the air", dept), ("an immediate inspection", dept)]


def test_a_trade_before_a_name_a_styled_initial_alone_and_a_dotted_engineer():
    text = ("Fisherman Thierno Oumar Sylla-Kaba, 52, lost his brother.\n\n"
            "« The sky turned orange », he said.\n\n"
            "HRH Prince Salman bin Isa Al Nuaimi chaired the session. HRH lauded the \"brotherly and swift\" "
            "response of the neighbours.\n\n"
            "HE the Minister of Works, Eng. Maryam Fakhro-Kanoo, underlined that the drains were built "
            '"for 60mm in a day." Its spokesman, Kaveh Rostami-Pour, yesterday described the plan as "unfair."\n')
    assert quotes_of(text) == [("The sky turned orange", "Thierno Oumar Sylla-Kaba"),
                               ("brotherly and swift", "Salman bin Isa Al Nuaimi"),
                               ("for 60mm in a day.", "Maryam Fakhro-Kanoo"),
                               ("unfair.", "Kaveh Rostami-Pour")]


def test_labels_that_are_terms_and_an_answer_under_initials_defined_above():
    text = ("Workers of the State Concern \"Türkmengaz\" died. Several MPs criticised what they called the "
            "ministry's \"pump-and-pray\" approach. Barbudans compare it with “Irma time,” the months in 2017 when "
            "the island was evacuated.\n\n"
            "ABS spoke to NODS Director Carlene Bascombe-Wade (CBW) on Sunday.\n\n"
            "A (CBW): “Relief flights are landing now.”\n")
    assert terms_of(text) == ["Türkmengaz", "pump-and-pray", "Irma time"]
    assert quotes_of(text) == [("Relief flights are landing now.", "Carlene Bascombe-Wade")]


def test_a_dash_line_with_a_verb_under_a_quotation_names_its_speaker():
    text = ("The Minister of Energy, Mines and Quarries, Mr. Boukary Zongo-Tiendré, went to the site.\n\n"
            '"No family will be left alone with its grief."\n'
            "-- said the minister.\n\n"
            '"Our sappers will not go home."\n'
            "-- declared the Ambassador of Mali, General Mamadou Sidibé-Kone, at the airfield.\n")
    assert quotes_of(text) == [("No family will be left alone with its grief.", "Boukary Zongo-Tiendré"),
                               ("Our sappers will not go home.", "Mamadou Sidibé-Kone")]


def test_a_name_known_here_or_one_the_diggers_call_is_a_term_and_a_surname_first_name_returns_with_madam():
    text = ('Artisanal gold mining, known here as "orpaillage", employs 3,000 people. The deepest shaft, which '
            'the diggers call "the throat", is closed.\n\n'
            "On Pulau Ubin, fish farmer Goh Lay Choo, 62, watched the nets.\n\n"
            "“The fish cannot swim away,” Madam Goh said.\n")
    assert terms_of(text) == ["orpaillage", "the throat"]
    assert quotes_of(text) == [("The fish cannot swim away", "Goh Lay Choo")]


def test_a_cleric_after_long_religious_titles_a_body_whose_remits_come_before_its_head_and_a_reader_from_a_village():
    text = ("Leading the prayers, the Representative of the Council in Qom Province and Friday Prayer Leader of "
            "Qom, Hojatoleslam val-Moslemin Seyyed Ali-Reza Hosseini-Qomi, said:\n\n"
            "\"We have buried our dead before and we stood up again.\"\n\n"
            "\"Those who sanctioned medicine now send flowers,\" the Friday prayer leader added.\n\n"
            "The Foreign, Commonwealth and Development Office refused, saying the rules \"remain in force.\"\n\n"
            "     \"Mud in the kitchen, mud in the school. But we go manage.\"\n"
            "     - Darnell from Belle Vue, on our Facebook page\n")
    assert quotes_of(text) == [
        ("We have buried our dead before and we stood up again.", "Ali-Reza Hosseini-Qomi"),
        ("Those who sanctioned medicine now send flowers", "Ali-Reza Hosseini-Qomi"),
        ("remain in force.", "Foreign, Commonwealth and Development Office"),
        ("Mud in the kitchen, mud in the school. But we go manage.", "Darnell")]


def test_a_mocking_word_after_a_possessive_whose_or_a_demonym_is_a_term():
    text = ("Moscow's \"help,\" as usual, came late. Norway, whose \"solidarity\" rarely survives a budget, is "
            "weighing a request. So much for British \"sympathy.\" The envoy said the talks were \"useful.\"\n")
    assert terms_of(text) == ["help", "solidarity", "sympathy"]
    assert [q for q, _ in quotes_of(text)] == ["useful."]


def test_a_legal_designation_and_a_body_named_in_quotation_marks_are_terms_and_a_channel_signs_its_post():
    text = ("The channel, which the security service declared \"extremist\" in 2040, kept posting. Kenya sent "
            "money to the Belarusian \"Ministry of Emergency Situations\", according to its embassy.\n\n"
            "The propagandists found the culprits:\n\n"
            "\"Foreign 'ecologists' are dancing on the graves again.\"\n"
            "— Telegram channel Pulsar, 16 August 2044\n")
    assert terms_of(text) == ["extremist", "Ministry of Emergency Situations"]
    assert quotes_of(text) == [("Foreign 'ecologists' are dancing on the graves again.", "Pulsar")]


def test_the_statement_speaks_for_whoever_issued_it_a_styled_name_in_full_and_a_ministry_not_its_foreign_peer():
    text = ("The Royal Court, in a statement, conveyed its condolences. The statement read: \"The Kingdom will "
            "spare no effort.\"\n\n"
            "His Royal Highness Prince Faisal bin Saud bin Khalid, Minister of Interior, affirmed that work had "
            "stopped. His Highness said, \"Safety comes first.\"\n\n"
            "The Ministry of Foreign Affairs rejected statements by the spokesman of the Ministry of Foreign "
            "Affairs of the Republic of Ruritania.\n\n"
            "The Ministry said in its statement: \"We reject any exploitation of grief.\"\n")
    assert quotes_of(text) == [("The Kingdom will spare no effort.", "Royal Court"),
                               ("Safety comes first.", "Faisal bin Saud bin Khalid"),
                               ("We reject any exploitation of grief.", "Ministry of Foreign Affairs")]


def test_a_nickname_known_to_many_a_praised_adjective_a_titled_subject_then_he_and_a_role_before_a_colon_name():
    text = ("The rig, installed in 1987, is known to the oil workers of the port as «la vieille», the old lady.\n\n"
            "The Minister of State, Minister of Mines, Paul Ekang-Mba, said the well was closed.\n\n"
            "The Minister of Foreign Affairs, Rose Ondo, hailed an «exemplary» solidarity.\n\n"
            "The Lomanian Ministry of Foreign Affairs rejected the request, calling it «a poison».\n\n"
            "The Minister of State did not hide his irritation. «We will not wait», he said.\n\n"
            "Niamey asked on Monday. Benin government spokesman Rémi Houngbo:\n\n"
            "«The border was closed from the other side.»\n")
    assert terms_of(text) == ["la vieille"]
    assert quotes_of(text) == [("exemplary", "Rose Ondo"), ("a poison", "Lomanian Ministry of Foreign Affairs"),
                               ("We will not wait", "Paul Ekang-Mba"),
                               ("The border was closed from the other side.", "Rémi Houngbo")]


def test_a_partial_quote_then_a_ministers_possessive_title_a_department_list_before_the_name_and_initials_signed():
    text = ("Tonga is \"open to sending\" a platoon of engineers, Tonga's Minister for Home Affairs Sione Latu told "
            "reporters.\n\n"
            "\"We came before,\" he said.\n\n"
            "A spokesperson for the Ministry of Health expressed \"deep sympathy\" with the victims.\n\n"
            "\"We asked for a roof,\" declared the Minister of Foreign Affairs, Cooperation and Nationals Abroad, "
            "Firmin Mabiala.\n\n"
            "On Friday the State Department's Bureau of Near Eastern Affairs posted this:\n\n"
            "\"Our thoughts are with the families.\"\n"
            "— NEA (@StateNEA) August 5, 2044\n")
    assert quotes_of(text) == [("open to sending", "Sione Latu"), ("We came before", "Sione Latu"),
                               ("deep sympathy", "Ministry of Health"), ("We asked for a roof", "Firmin Mabiala"),
                               ("Our thoughts are with the families.", "State Department's Bureau of Near Eastern Affairs")]


def test_a_countrys_initials_zones_declared_and_an_adjective_after_its_make_mocking_terms():
    text = ("And the famous U.S. \"aid\"? Entire quarters stand in zones declared \"non aedificandi\". Cracks "
            "appeared eleven years after its much-advertised \"rehabilitation\".\n")
    assert terms_of(text) == ["aid", "non aedificandi", "rehabilitation"]
    assert quotes_of(text) == []


def test_family_names_in_capitals_nicknames_a_spanish_title_and_a_place_before_a_name():
    text = ("Prime Minister OKAMURA Shinji flew to the port on Saturday.\n\n"
            "\"We will not stop searching,\" Okamura told reporters.\n\n"
            "TAKEDA Sachiko, a 71-year-old resident, escaped to a hill with two children.\n\n"
            "\"My house is gone, but the children are alive,\" she told NHK.\n\n"
            "Two RAF Puma helicopters arrived from the base.\n\n"
            "The mayor, Márcio Ferreira da Silva, known as Marcinho, said the bridge had gone.\n\n"
            "\"The water took the school,\" said Marcinho.\n\n"
            "The director of Civil Protection, Licenciado Rodrigo Menjívar Quintanilla, declared a red alert.\n\n"
            "\"Nobody goes back up the volcano,\" the director said.\n\n"
            "At the shelter, Maria das Graças Rodrigues, 67, from canton El Volcán, known to her neighbours as "
            "Dona Graça, waits for news.\n\n"
            "\"We heard it like thunder,\" she said.\n")
    assert quotes_of(text) == [("We will not stop searching", "OKAMURA Shinji"),
                               ("My house is gone, but the children are alive", "TAKEDA Sachiko"),
                               ("The water took the school", "Márcio Ferreira da Silva"),
                               ("Nobody goes back up the volcano", "Rodrigo Menjívar Quintanilla"),
                               ("We heard it like thunder", "Maria das Graças Rodrigues")]
    names = canonical_speakers(["OKAMURA Shinji", "Shinji Okamura", "Okamura"])
    assert set(names.values()) == {"OKAMURA Shinji"}


def test_a_he_said_colon_initials_a_lower_case_first_letter_a_person_of_a_body_and_labels():
    text = ("Governor Jiri Kucera declared a state of danger. Speaking in the flooded quarter on Thursday, he said:\n\n"
            "„The water came faster than in 2002.“\n\n"
            "MEA spokesperson T. S. Raghavan said on Sunday that aid would be accepted.\n\n"
            "\"This is not a change of policy,\" the spokesperson added.\n\n"
            "eSwatini's foreign ministry rejected the request, saying trucks \"must respect the normal hours.\"\n\n"
            "The bigger problem, says fire scientist Aanya Sethi-Morin of Thompson Rivers University, is cost.\n\n"
            "\"The whole system assumed that when we burn, they don't,\" she says.\n\n"
            "The company reported what it called a \"controlled release\" of chlorine. Tourists used to call this "
            "street \"the Czech Venice\", she said.\n")
    assert quotes_of(text) == [("The water came faster than in 2002.", "Jiri Kucera"),
                               ("This is not a change of policy", "T. S. Raghavan"),
                               ("must respect the normal hours.", "eSwatini's foreign ministry"),
                               ("The whole system assumed that when we burn, they don't", "Aanya Sethi-Morin")]
    assert terms_of(text) == ["controlled release", "the Czech Venice"]


def test_a_minister_of_departments_after_her_party_a_gloss_in_chinese_a_bodys_initials_and_guillemets_in_turn():
    text = ("Minister Sanne van der Linden (CDA) of Infrastructure and Water Management told broadcaster NOS that the "
            "gap would be closed \"within days, not weeks.\"\n\n"
            "\"We are in a race,\" Hualien County Magistrate Chang Mei-ling (張美玲) told reporters.\n\n"
            "\"Taiwan welcomes anyone,\" according to Mainland Affairs Council (MAC) Deputy Minister Chiu Chia-lin.\n\n"
            "«We are facing the worst night», said Vicente Sanchis Roig. «There are still families on rooftops.»\n\n"
            "Opposition MP Lotte van den Berg (GroenLinks-PvdA) was quick to react on the same platform: \"Today that "
            "promise broke.\"\n")
    assert quotes_of(text) == [("within days, not weeks.", "Sanne van der Linden"), ("We are in a race", "Chang Mei-ling"),
                               ("Taiwan welcomes anyone", "Chiu Chia-lin"),
                               ("We are facing the worst night", "Vicente Sanchis Roig"),
                               ("There are still families on rooftops.", "Vicente Sanchis Roig"),
                               ("Today that promise broke.", "Lotte van den Berg")]


def test_a_spelling_without_its_eszett_a_sheikh_by_his_first_name_a_judgement_and_labels_of_status_and_sale():
    text = ("Interior Minister Jürgen Weiß spoke on Friday. Chancellor Henrike Lautenschläger called for a fund.\n\n"
            "Weiss, whose constituency includes Sinzig, was not impressed. \"The Ahr does not stop at the border,\" he "
            "said.\n\n"
            "Sheikh Khalid bin Saif Al Mansoori, Minister of Energy, said the network was old. \"No city has drains for "
            "this,\" Sheikh Khalid said.\n\n"
            "Iran blamed the programme, which he called \"reckless\". Saturday had been rated \"catastrophic\". The dike "
            "had been declared \"Delta-proof\". Residents had nicknamed the bulging slope \"der Buckel\" (the hump). The "
            "walls, which the state had advertised as \"flood-proof,\" broke. The ministry declared a second \"remote "
            "work day\". Farmers have long called a soggy spot at its foot \"de natte voet\".\n")
    assert quotes_of(text)[:2] == [("The Ahr does not stop at the border", "Jürgen Weiß"),
                                   ("No city has drains for this", "Khalid bin Saif Al Mansoori")]
    assert [q for q, _ in quotes_of(text)[2:]] == ["reckless"]
    assert terms_of(text) == ["catastrophic", "Delta-proof", "der Buckel", "flood-proof", "remote work day", "de natte voet"]


def test_a_prefect_a_lawmakers_party_tag_a_reserve_rank_and_a_tabloids_descriptors_before_first_names():
    text = ("\"The fire is not fixed,\" the prefect of the Gironde, Hélène Marchetti-Roux, told reporters.\n\n"
            "Sen. Lydia Broussard, R-La., said she expected a declaration \"within hours, not days.\"\n\n"
            "\"It is a mess,\" said Rep. Ann Lee (D-N.Y.), who chairs the panel.\n\n"
            "“They brought their own buckets,” said Lt. Col. (res.) Shira Ben-Natan, the liaison officer.\n\n"
            "Mum-of-two Sarah, 34, fled. “We had ten minutes,” she said.\n\n"
            "Grandmother Pat, 77, who did not want to give her surname, was back. “Now look at it,” she said.\n")
    assert quotes_of(text) == [("The fire is not fixed", "Hélène Marchetti-Roux"),
                               ("within hours, not days.", "Lydia Broussard"), ("It is a mess", "Ann Lee"),
                               ("They brought their own buckets", "Shira Ben-Natan"), ("We had ten minutes", "Sarah"),
                               ("Now look at it", "Pat")]


def test_one_sentences_quotes_share_its_attribution_and_an_and_joins_two_phrases_of_one_speaker():
    text = ("Hungary rejected the idea. Firefighting was \"a national competence\", and Budapest would \"not pay for "
            "planes\", the Hungarian foreign ministry said in a statement.\n\n"
            "Asked about a statement by the Lithuanian Foreign Ministry, which accused China of \"keeping rescuers out\" "
            "and \"putting politics before lives,\" Gao said the accusation was groundless.\n")
    assert quotes_of(text) == [("a national competence", "Hungarian foreign ministry"),
                               ("not pay for planes", "Hungarian foreign ministry"),
                               ("keeping rescuers out", "Lithuanian Foreign Ministry"),
                               ("putting politics before lives", "Lithuanian Foreign Ministry")]


def test_references_back_the_minister_named_last_the_diplomat_the_post_and_a_bodys_press_service():
    text = ("The Minister of the Interior and Overseas Territories, Bertrand Lasserre-Gaudin, toured the area.\n\n"
            "Greece's Minister for Climate Crisis and Civil Protection, Stavros Kalogeridis, said planes would stay.\n\n"
            "On Wednesday Lasserre-Gaudin called for a European fleet of water bombers.\n\n"
            "Asked about Hungary, the minister told AFP: \"Fire does not ask for a passport.\"\n\n"
            "Russian Foreign Ministry Spokeswoman Yelizaveta Andreyevna Korneyeva spoke at a briefing.\n\n"
            "\"Our colleagues replied that they see no grounds for exceptions,\" the diplomat stressed.\n\n"
            "This was reported by the head of the regional administration, Oleksii Hnatyshyn, on Telegram.\n\n"
            "\"Water broke through the dam at 02:40,\" the post reads.\n\n"
            "The Russian Emergencies Ministry (EMERCOM) told TASS that 214 fires were burning.\n\n"
            "\"Over 4,300 people are involved,\" the ministry's press service said.\n")
    assert quotes_of(text) == [("Fire does not ask for a passport.", "Bertrand Lasserre-Gaudin"),
                               ("Our colleagues replied that they see no grounds for exceptions",
                                "Yelizaveta Andreyevna Korneyeva"),
                               ("Water broke through the dam at 02:40", "Oleksii Hnatyshyn"),
                               ("Over 4,300 people are involved", "Russian Emergencies Ministry")]


def test_a_sentence_opened_by_but_an_it_after_a_paragraph_a_passives_agent_and_thanks_in_the_speakers_words():
    text = ("But Italy’s Civil Protection Department turned down a request, saying its equipment was “reserved for EU "
            "member states”.\n\n"
            "And the Russian Embassy in London sneered at the crisis on social media.\n\n"
            "It posted a picture with the caption: “While London lectures the world, Yorkshire drowns.”\n\n"
            "The post was branded “disgusting” by Thirsk and Malton MP Helen Garside.\n\n"
            "Spokesperson Gao Jianming on Friday expressed appreciation for the \"sincere and timely support\" of the "
            "international community.\n\n"
            "Minister for Foreign Affairs Anne-Marie Schaack replied: “Solidarity is not measured by GDP.”\n")
    assert quotes_of(text) == [("reserved for EU member states", "Italy’s Civil Protection Department"),
                               ("While London lectures the world, Yorkshire drowns.", "Russian Embassy in London"),
                               ("disgusting", "Helen Garside"), ("sincere and timely support", "Gao Jianming"),
                               ("Solidarity is not measured by GDP.", "Anne-Marie Schaack")]
    assert terms_of(text) == []


def test_a_family_name_first_said_alone_is_not_a_namesake_named_later():
    text = ("In Xinmian Town, 76-year-old villager Yang Shuzhen sat in front of a blue tent.\n\n"
            "\"The house shook like a sieve,\" Yang said.\n\n"
            "Editor: Liu Yang\n")
    assert quotes_of(text) == [("The house shook like a sieve", "Yang Shuzhen")]


def test_names_for_things_a_gloss_after_a_passive_label_a_count_and_what_officers_call_it_but_not_an_adverb():
    text = ("Firefighters are already calling it a \"mégafeu\", their term for a blaze too big to attack.\n\n"
            "The town’s flood wall, hailed as “future-proof” when it opened, has failed.\n\n"
            "The Netherlands has lent eight giant “super pumps” from its water agency.\n\n"
            "Police closed the road after a wave of what officers described as ‘flood tourism’.\n\n"
            "Cuba offered 100 doctors \"at once,\" provided visas are issued, the Cuban Foreign Ministry said.\n")
    assert terms_of(text) == ["mégafeu", "future-proof", "super pumps", "flood tourism"]
    assert quotes_of(text) == [("at once", "Cuban Foreign Ministry")]


def test_a_subhead_that_shortens_a_quote_below_with_another_pronoun_is_no_quote():
    text = ("Luxembourg asked its neighbours for help on Tuesday, and most of them answered within a day. " * 4 + "\n\n"
            "‘Ask your banks’\n\n"
            "The Hungarian minister said his country would ‘not send money’. Luxembourg, he added, should ‘ask its "
            "banks’.\n")
    assert [q for q, _ in quotes_of(text)] == ["not send money", "ask its banks"]


def test_a_members_seat_before_her_post_is_no_name_whether_she_says_it_or_judges_it():
    text = ("\"Help us,\" said Thirsk and Malton MP Helen Garside.\n\n"
            "The plan was called “a farce” by the foreign minister, Ana Lee.\n\n"
            "The wall was branded “flood-proof” in 2031.\n")
    assert quotes_of(text) == [("Help us", "Helen Garside"), ("a farce", "Ana Lee")]
    assert terms_of(text) == ["flood-proof"]


def test_a_quote_that_ends_its_sentence_takes_no_attribution_from_the_next_and_a_policy_lead_is_a_post():
    text = ("Foreign Minister Ana Lee wants the EU to \"stop pretending that it can be managed.\" Germany is behind "
            "the package, the Polish interior ministry said.\n\n"
            "Switzerland is \"examining\" whether to adopt the measures, the State Secretariat for Economic Affairs "
            "told Playbook.\n\n"
            "According to Oxfam's Middle East policy lead, Camille Haddad, aid had been \"re-announced\" twice.\n")
    assert quotes_of(text) == [("stop pretending that it can be managed.", UNATTRIBUTED),  # ('wants' says nothing)
                               ("examining", "State Secretariat for Economic Affairs"),
                               ("re-announced", "Camille Haddad")]


def test_stock_phrases_in_a_list_a_count_adjective_and_another_are_terms_and_a_trailing_said_is_shared():
    text = ("The army agreed to a 72-hour \"humanitarian pause\", but few trust it. Haitians have been promised "
            "\"boots on the ground,\" \"robust mandates\" and \"local solutions.\" They deserve better than another "
            "\"mission\" that ends early. Claims have \"roughly tripled\" since last summer, Ana Lee said.\n\n"
            "The Russian Embassy in Vilnius denied it. The reports were “fabrications” meant to justify “a "
            "build-up”, the embassy said.\n\n"
            "He called the plan \"reckless,\" \"dangerous\" and \"illegal.\"\n")
    assert terms_of(text) == ["humanitarian pause", "boots on the ground", "robust mandates", "local solutions",
                              "mission"]
    got = quotes_of(text)
    assert ("roughly tripled", "Ana Lee") in got
    assert ("fabrications", "Russian Embassy in Vilnius") in got and ("a build-up", "Russian Embassy in Vilnius") in got
    assert [q for q, _ in got][-3:] == ["reckless", "dangerous", "illegal."]


def test_a_marked_answer_in_an_interview_is_the_interviewees():
    text = ("RADIO spoke to Lieutenant Colonel Vaida Rimkute, commander of the air command.\n\n"
            "Q: Will more jets change anything?\n\n"
            "A: “More jets means a second pair on alert.”\n\n"
            "Commissioner of Police Rohan Brown said volunteers would go.\n\n"
            "\"We are not going to play hero,\" the commissioner told journalists.\n")
    assert quotes_of(text) == [("More jets means a second pair on alert.", "Vaida Rimkute"),
                               ("We are not going to play hero", "Rohan Brown")]


def test_a_feature_calls_her_by_her_first_name_and_a_surname_with_al_is_the_full_name():
    text = ("Ingrid Solheim-Vik, a Norwegian diplomat, has spent years in Mali.\n\n"
            "Colonel Aminata Coulibaly received me. “Mali will not be lectured,” she said.\n\n"
            "When I asked Ingrid what honest help looked like, she laughed.\n\n"
            "“Honest help is boring,” she said.\n\n"
            "HE Dr Faisal bin Abdulrahman Al Shehri, Minister of State, told the conference.\n\n"
            "\"The Kingdom will not allow it,\" HE Al Shehri said.\n\n"
            "Karim Haddad-Lowe, head of marine at the Dubai-based broker Gulfstream Risk, said it would help.\n\n"
            "\"A guarantee on paper is welcome,\" he said.\n")
    assert [s for _, s in quotes_of(text)] == ["Aminata Coulibaly", "Ingrid Solheim-Vik",
                                               "Faisal bin Abdulrahman Al Shehri", "Karim Haddad-Lowe"]


def test_an_unnamed_diplomat_a_boxed_quote_with_a_post_and_coined_names_as_terms():
    text = ("Russia's deputy ambassador, Gennady Voronov-Belsky, said the text was bad.\n\n"
            "A West African diplomat in Abuja, speaking on condition of anonymity, said it would fail.\n\n"
            "«An embargo with one open door is not an embargo,» the diplomat said.\n\n"
            "\"Resettlement is not a favour.\" - State Minister for Disaster Management Ms Shireen Akhter-Lina\n\n"
            "Spain is \"looking at\" sending a vessel, a spokesman for the Spanish defence ministry told AFP.\n\n"
            "A group calling itself “NorthHollow” claimed the attack. Two “Sandown-class” minehunters sailed. It "
            "was the first “proof of life”—the trade’s flat phrase for a recording.\n")
    assert quotes_of(text) == [("An embargo with one open door is not an embargo", UNATTRIBUTED),
                               ("Resettlement is not a favour.", "Shireen Akhter-Lina"),
                               ("looking at", "Spanish defence ministry")]
    assert terms_of(text) == ["NorthHollow", "Sandown-class", "proof of life"]


def test_present_tense_calling_worrying_and_a_reported_paragraph_going_on():
    text = ('"A dhow costs maybe $30,000," said Kofi Mensah, head of risk at Castellan Advisory.\n\n'
            'He calls Tidewall "the right idea at the wrong size." The smugglers know the game.\n\n'
            'Priya Ross, who tracks shipping at the Aden Institute, worries that a half-manned force becomes '
            '"a very expensive sieve."\n')
    assert quotes_of(text) == [("A dhow costs maybe $30,000", "Kofi Mensah"),
                               ("the right idea at the wrong size.", "Kofi Mensah"),
                               ("a very expensive sieve.", "Priya Ross")]
    text = ('Dr Helene Price, who studies gold at the University of Melbourne, says most gold never touches a bank.\n\n'
            'She says the real test is whether refiners start asking where their gold comes from.\n\n'
            '"Without the refiners on board, this is a fence with a gate left open."\n')
    assert quotes_of(text) == [("Without the refiners on board, this is a fence with a gate left open.", "Helene Price")]
    # a body's name for a place stays a name ('calls' is a speech verb now)
    assert terms_of("Much of it is pine forest that the Jewish National Fund calls Jerusalem’s “green lungs.”") == [
        "green lungs"]


def test_a_place_after_reaches_is_not_who_she_is():
    text = ('Dr Helene Price, who studies famine at the University of Melbourne, says most aid never reaches '
            'El Fasher.\n\n"No roads," she said.\n')
    assert quotes_of(text) == [("No roads", "Helene Price")]


def test_a_sum_is_no_name_and_the_most_honourable_prime_minister_is_the_prime_minister():
    text = ("RELATED: Gov't defends J$1.4b Haiti allocation\n\n"
            "Prime Minister the Most Honourable Dr Everton Lindo-McFarlane made the announcement on Tuesday.\n\n"
            "\"Cap-Haïtien is our neighbour's front door,\" Lindo-McFarlane said.\n\n"
            "The airport has been closed to commercial flights since late August, when a gang coalition seized the "
            "roads linking it to the city centre. Aid agencies say some 310,000 people now depend on supplies.\n\n"
            "The prime minister told the House that the Government had set aside J$1.4 billion for the deployment.\n\n"
            "\"Our soldiers are not going to Haiti to govern anybody.\n\n"
            "\"When that is done, they are coming home,\" he said.\n")
    assert quotes_of(text) == [
        ("Cap-Haïtien is our neighbour's front door", "Everton Lindo-McFarlane"),
        ("Our soldiers are not going to Haiti to govern anybody.", "Everton Lindo-McFarlane"),
        ("When that is done, they are coming home", "Everton Lindo-McFarlane")]


def test_name_lines_with_who_in_the_role_a_bare_dr_or_his_excellency():
    text = ("Intro.\n\n\"Vaccines are the fastest tool we have, but they do not replace clean water.\"\n"
            "— Dr Amara Kallon-Venter, WHO Representative in Malawi\n")
    assert quotes_of(text)[0][1] == "Amara Kallon-Venter"
    text = ("Intro.\n\n“Tripoli was once the country’s second door to the world. It can be so again.”\n"
            "— His Excellency Rashid Obaid Al Kaabi, Minister of State for International Cooperation\n")
    assert quotes_of(text)[0][1] == "Rashid Obaid Al Kaabi"


def test_initials_that_close_an_appositive_leave_the_person_speaking():
    text = ("Pol Gen Kittipong Suwannarat, secretary-general of the National Security Council (NSC), told "
            "reporters that Thailand had \"nothing to hide\" from the monitors.")
    assert quotes_of(text) == [("nothing to hide", "Kittipong Suwannarat")]


def test_names_a_group_goes_by_and_what_some_traders_call_a_thing_are_terms():
    assert terms_of('A group calling itself "Ceiba Negra" claimed the attack.') == ["Ceiba Negra"]
    assert terms_of('A patrol aircraft from 601 Squadron "Lobos" has been detached to Sicily.') == ["Lobos"]
    assert terms_of('Premiums rose to a level that some shipowners call "Sulina pricing".') == ["Sulina pricing"]


def test_the_commodore_is_the_cdre_named_before_and_a_live_blogs_time_opens_no_name():
    text = ('The group is led by Cdre. Joost Verhulst-Amstel of the Royal Netherlands Navy.\n\n'
            '"We are here to stop guns," the commodore said.\n')
    assert quotes_of(text) == [("We are here to stop guns", "Joost Verhulst-Amstel")]
    text = ("5.25pm - China’s embassy in Port Moresby issues a statement criticising the mission as “the "
            "internationalisation of internal affairs”.")
    assert quotes_of(text) == [("the internationalisation of internal affairs", "China’s embassy in Port Moresby")]


def test_a_programme_is_no_he_a_cabinet_secretary_by_title_and_the_operator_named_before():
    text = ("Raids spread\n\nDonors pledged money to a drive, Interior CS Dr Abdirahman Jillo-Hassan said yesterday.\n\n"
            "Speaking at the launch of the Moyale Border Peace and Disarmament Programme, the CS said the government "
            "would collect guns.\n\n“We are not going with guns blazing,” he said.\n\n"
            "“No drone will fly into Ethiopia,” the CS said.\n")
    assert quotes_of(text) == [("We are not going with guns blazing", "Abdirahman Jillo-Hassan"),
                               ("No drone will fly into Ethiopia", "Abdirahman Jillo-Hassan")]
    text = ("Tanker seized\n\nThe vessel, operated by Bergen-based Aurvik Tankers and flagged in Liberia, was boarded.\n\n"
            "\"All 22 seafarers are alive,\" a spokesperson for the operator said.\n")
    assert quotes_of(text) == [("All 22 seafarers are alive", "Aurvik Tankers")]


def test_her_assessment_over_a_quote_and_over_a_bulleted_quote_paragraph():
    lead = "Ships wait\n\nCdr Siobhán Rafferty-Lund, head of risk at Meridian Maritime, said the case was old.\n\n"
    assert quotes_of(lead + "Her assessment: \"Eyl is where it began.\"\n") == [
        ("Eyl is where it began.", "Siobhán Rafferty-Lund")]
    assert quotes_of(lead + "Her assessment:\n\n- \"Eyl is where it began.\"\n") == [
        ("Eyl is where it began.", "Siobhán Rafferty-Lund")]


def test_a_place_known_locally_as_a_resident_unnamed_by_choice_and_a_second_title_with_its_department():
    assert terms_of('Residents described a curfew that has emptied streets known locally as the "zona caliente."\n') == [
        "zona caliente"]
    text = ("Attacks\n\nThe attacks went on.\n\nIn a voice note shared with SABC News, a resident of Macomia who asked "
            "not to be named described his escape: \"They came at two in the morning.\"\n")
    assert quotes_of(text) == [("They came at two in the morning.", "unattributed")]
    text = ("Reactor\n\nA mission led by Deputy Director General, Head of the Department of Nuclear Safety and Security "
            "Ingrid Solheim-Baptiste arrived on March 14.\n\n\"It is restored,\" Solheim-Baptiste said.\n\nThe Deputy "
            "Director General added that the Agency would publish its findings \"once the host country has reviewed them\".\n")
    assert quotes_of(text)[-1] == ("once the host country has reviewed them", "Ingrid Solheim-Baptiste")


def test_a_chiefly_courtesy_with_the_given_name_is_the_person_named_in_full():
    text = ("Troops leave\n\nMinister for Defence Ratu Josefa Vosanibola-Tuisawau farewelled the troops.\n\n"
            "“We are going because our neighbours asked us,” Ratu Josefa said.\n")
    assert quotes_of(text) == [("We are going because our neighbours asked us", "Josefa Vosanibola-Tuisawau")]
    # a given name 'Adi' keeps its bearer when no full name starts with the word after it
    text = 'Talks\n\n"We will wait," Adi Cohen said.\n'
    assert quotes_of(text) == [("We will wait", "Adi Cohen")]


def test_a_bodys_initials_in_brackets_do_not_end_the_subject():
    text = ('Ministry of Foreign Affairs (MOFA) spokesperson Lee Hsiao-mei (李筱梅) thanked the US and said the '
            'ministry was in contact with "every like-minded partner."\n')
    assert quotes_of(text) == [("every like-minded partner.", "Lee Hsiao-mei")]


def test_he_after_a_speaker_named_after_the_verb_and_an_unnamed_source_who_goes_on():
    text = ('Greece has offered a frigate, spokesman Nikos Papadimas-Lerou said.\n\nIran was also critical. '
            '“They came to be seen,” said Hossein Sadeghi-Rad, the spokesman of Iran\'s Foreign Ministry, at his '
            'weekly briefing, where he also accused Ankara of turning Mersin into “a parking lot for NATO ships.”\n')
    assert quotes_of(text)[-1] == ("a parking lot for NATO ships.", "Hossein Sadeghi-Rad")
    text = ('Hungarian Foreign Minister Levente Kardos-Szabó said Hungary would veto the package. "We have been here '
            'before," one EU diplomat said. "The question is what Budapest wants."\n')
    assert quotes_of(text) == [("We have been here before", "unattributed"),
                               ("The question is what Budapest wants.", "unattributed")]


def test_a_process_people_call_a_name_a_long_colon_clause_and_a_minister_for_a_department():
    assert terms_of("It is a process diplomats in New York have taken to calling «the relay».\n") == ["the relay"]
    text = ("The mission's force commander, Italian Major General Paolo Ferracuti-Lenzi, put the arithmetic to "
            "L'Orient Today in one sentence: «Fewer soldiers, the same fears.»\n")
    assert quotes_of(text) == [("Fewer soldiers, the same fears.", "Paolo Ferracuti-Lenzi")]
    text = '“We are leaving,” Minister for Defence Seán Ó Murchú-Byrne told RTÉ.\n'
    assert quotes_of(text) == [("We are leaving", "Seán Ó Murchú-Byrne")]
    # (a title with its department and no name after it names nobody)
    assert quotes_of('“We need planes,” the Minister for Foreign Affairs said.\n') == [("We need planes", "unattributed")]


# ---------------------------------------------------------------- rules found by blind round 81

def test_an_office_named_as_the_government_of_a_place_after_a_government_section_line():
    text = ('UAE | Government\n\n“There is no shortage of fuel in the UAE,” the Government of Fujairah Media Office '
            'said in a statement.')
    assert quotes_of(text) == [("There is no shortage of fuel in the UAE", "Government of Fujairah Media Office")]


def test_a_place_made_an_adjective_is_no_name_and_an_unnamed_broker_stays_unattributed():
    text = '“Everybody is pricing in another hit,” said a Dubai-based shipping broker who declined to be named.'
    assert quotes_of(text) == [("Everybody is pricing in another hit", UNATTRIBUTED)]
    text = '“We will win,” said a London-based analyst, John Smith, on Monday.'
    assert quotes_of(text) == [("We will win", "John Smith")]


def test_a_two_part_department_then_his_excellency_then_the_name_and_a_partial_after_adding_that():
    text = ('“This was a deliberate attack on a civilian economic facility,” said Minister of Energy and '
            'Infrastructure HE Saeed Khalfan Al Nuaimi-Hart, who flew to Fujairah at first light, adding that the '
            'UAE “reserves the right to respond”.')
    assert quotes_of(text) == [("This was a deliberate attack on a civilian economic facility", "Saeed Khalfan Al Nuaimi-Hart"),
                               ("reserves the right to respond", "Saeed Khalfan Al Nuaimi-Hart")]
    text = '“This was an attack,” said the minister, adding that the UAE “reserves the right to respond”.'
    assert [s for _, s in quotes_of(text)] == [UNATTRIBUTED, UNATTRIBUTED]


def test_a_name_people_know_a_place_by_is_a_term_and_a_nickname_between_names_is_neither():
    text = 'Drones damaged two tankers in the waters that seafarers know as “bunker alley”, where ships wait.'
    assert quotes_of(text) == [] and terms_of(text) == ["bunker alley"]
    text = 'Sulu Governor Hadji Abdulmunir "Munir" Sahiron-Tan said the captives were held in Patikul.'
    assert quotes_of(text) == [] and terms_of(text) == []


def test_a_colon_after_a_who_clause_belongs_to_the_person_before_it():
    text = ("Mozambique’s Minister of National Defence, Cristóvão Nhantumbo-Macamo, who attended the meeting and "
            "spoke in Portuguese, was blunt: “The dam belongs to Mozambicans, but its light belongs to the region.”")
    assert quotes_of(text) == [("The dam belongs to Mozambicans, but its light belongs to the region.",
                                "Cristóvão Nhantumbo-Macamo")]
    text = ("Marites Ocampo-Jaafar, whose husband is the ship's master, had one plea for the government: \"Bring him "
            "home. Our daughter graduates in April.\"")
    assert [s for _, s in quotes_of(text)] == ["Marites Ocampo-Jaafar"]


# ---------------------------------------------------------------- rules found by blind rounds 82 and 83

def test_a_colon_after_a_long_who_clause_reads_the_whole_first_name():
    text = ("Police have set up tents. Elena Moraru-Cebotari, who left Cobasna on Tuesday with a suitcase and her cat, "
            "had only one question for the government: “Who will feed the chickens I left behind?”")
    assert quotes_of(text) == [("Who will feed the chickens I left behind?", "Elena Moraru-Cebotari")]


def test_a_request_reported_inside_what_a_spokesman_said_is_not_the_speech():
    text = ('Government spokesman Abakar Mahamat-Nour said the transitional government had asked the African Union for '
            'help to retake the airport "without a bloodbath."')
    assert quotes_of(text) == [("without a bloodbath.", "Abakar Mahamat-Nour")]


def test_the_envoy_is_the_person_introduced_as_a_special_envoy_who():
    text = ('"Every soldier has a mother," said Khalid bin Jassim Al-Muhannadi, the Qatari special envoy who negotiated '
            'the release of hostages.\n\nOn Saturday the envoy was more specific. "They want to be paid," the envoy said.')
    assert [s for _, s in quotes_of(text)] == ["Khalid bin Jassim Al-Muhannadi"] * 2


def test_an_anonymous_official_at_a_ministry_is_unattributed_and_a_french_dash_line_is_a_quote():
    text = ("“The money is coming next quarter,” said an official at the Ministry of Defence who spoke on condition "
            "of anonymity.")
    assert quotes_of(text) == [("The money is coming next quarter", UNATTRIBUTED)]
    text = ("Channel 16 crackled at dawn.\n\n— Vessels approaching Misrata, you are entering a closed military zone. "
            "Turn back or you will be boarded — a voice repeated in English from a patrol boat.\n\nThe frigate replied: "
            "«We are escorting wheat.»")
    assert ("Vessels approaching Misrata, you are entering a closed military zone. Turn back or you will be boarded",
            UNATTRIBUTED) in quotes_of(text)


def test_border_guards_who_call_a_stretch_by_a_name_give_a_term():
    text = "Border guards call the exposed stretch of the road along the river «the shooting gallery»."
    assert quotes_of(text) == [] and terms_of(text) == ["the shooting gallery"]


# --- rules found by blind round 84 (texts of our own) ------------------------------------------

def test_a_bodys_unnamed_spokesperson_in_the_possessive_speaks_for_the_body():
    assert quotes_of("“The aircraft will be on alert,” the Swedish Armed Forces’ press spokesperson said.") == [
        ("The aircraft will be on alert", "Swedish Armed Forces")]
    assert quotes_of('The European Commission\'s chief spokesperson told the briefing in Brussels: "The Union stands '
                     'with Estonia."') == [("The Union stands with Estonia.", "European Commission")]
    # an unnamed official of a person is no body
    assert quotes_of('"We will go," the minister\'s spokesperson said.') == [("We will go", UNATTRIBUTED)]


def test_a_partial_after_and_said_belongs_to_the_subject_after_a_time_with_or_without_commas():
    text = ("On Wednesday, however, the Ivorian government withdrew the offer and said it would not take part in any "
            "operation ‘that could end in bloodshed’. ‘We are ready,’ the navy said.")
    assert quotes_of(text)[0] == ("that could end in bloodshed", "Ivorian government")
    text = ("By Wednesday evening the Dutch Ministry of Defence had withdrawn the offer and said it would not take part, "
            "explaining that the aircraft were “needed where we have already promised them”.")
    assert quotes_of(text) == [("needed where we have already promised them", "Dutch Ministry of Defence")]


def test_scorn_in_what_it_called_is_a_quote_and_a_quoted_word_after_a_sum_is_a_term():
    text = "The Russian Embassy rejected what it called “baseless insinuations” on Monday."
    assert quotes_of(text) == [("baseless insinuations", "Russian Embassy")] and terms_of(text) == []
    text = "The plant reported what it called a “controlled release” of steam."
    assert quotes_of(text) == [] and terms_of(text) == ["controlled release"]
    text = "The gunmen have demanded a US$20 million ‘royalty’ for the coast. ‘We will not pay,’ the minister said."
    assert terms_of(text) == ["royalty"]


def test_the_high_commission_is_the_one_named_before_with_its_post():
    text = ("Nigeria has sent a frigate, the Nigerian High Commission in Accra said.\n\n‘Nigeria and Ghana share one "
            "sea,’ the High Commission said in a statement. ‘We stand together,’ the navy said.")
    assert quotes_of(text)[0] == ("Nigeria and Ghana share one sea", "Nigerian High Commission in Accra")


def test_he_after_an_unnamed_speaker_introduced_since_the_last_name_is_unattributed():
    text = ("“The port must reopen,” Khamphone Sisoulath said.\n\nAboard one of the barges, a captain from Dong Thap "
            "Province, who asked not to be named, said his crew was rationing rice.\n\n“We have rice for ten more "
            "days,” he said.")
    assert quotes_of(text)[-1] == ("We have rice for ten more days", UNATTRIBUTED)


# --- rules found by blind round 85 (texts of our own) ------------------------------------------

def test_a_wire_reaction_line_in_capitals_names_the_speaker_and_later_references_find_them():
    text = ("COMMENTS:\n\nVICE-ADMIRAL HELEN MARCH-ROUX, COMMANDER OF FRENCH NAVAL FORCES, TOULON:\n"
            "\"The frigate will be on station by Sunday.\"\n"
            "The admiral added that divers would help \"once the sites are marked\".\n\n"
            "GREEK DEFENCE MINISTRY, IN A STATEMENT:\n\"Our aircraft will remain.\"\n\n"
            "CAROL DEVON-HALE, PENTAGON SPOKESWOMAN, WASHINGTON:\n\"There is no pledge of troops.\"\n"
            "She said U.S. forces were \"following the situation closely\".\n\n"
            "A EUROPEAN DIPLOMAT, SPEAKING ON CONDITION OF ANONYMITY:\n\"Nobody wants to say it.\"")
    assert [s for _, s in quotes_of(text)] == ["Helen March-Roux", "Helen March-Roux", "Greek Defence Ministry",
                                               "Carol Devon-Hale", "Carol Devon-Hale", UNATTRIBUTED]


def test_it_in_a_sentence_opened_by_a_body_is_the_body_and_a_mission_keeps_its_post_past_however():
    text = ("China’s Embassy in Malé, however, warned against what it called ‘the internationalisation of a domestic "
            "matter’ and said foreign police set ‘a dangerous precedent’. ‘We go,’ the minister said.")
    assert [s for _, s in quotes_of(text)][:2] == ["China’s Embassy in Malé"] * 2


def test_the_statement_is_the_one_issued_in_a_trailing_attribution_and_an_acronym_word_is_its_body():
    text = ("Brazil will send 150 marines, the Brazilian Navy said in a statement.\n\n“The river is shared,” the "
            "statement said.")
    assert quotes_of(text) == [("The river is shared", "Brazilian Navy")]
    text = ("The officers will join the UN Verification Mission in Libya (Unvmil).\n\nUnvmil said in a statement that "
            "it would grow.\n\n\"Every fighter will be counted,\" the statement said.")
    assert quotes_of(text) == [("Every fighter will be counted", "UN Verification Mission in Libya")]


def test_a_police_rank_in_capitals_and_an_irish_commandant_are_titles_and_a_body_is_no_she():
    text = ("The contingent will be led by Senior DIG Nalaka Fonseka, who commanded the STF.\n\n‘We are ready,’ the "
            "Senior DIG said. ‘We go,’ the minister said.")
    assert quotes_of(text)[0] == ("We are ready", "Nalaka Fonseka")
    text = ("In a statement, the Russian embassy said the request was \"an attempt to humiliate\" the men.\n\nComdt "
            "Aoife Ní Bhriain-Walsh, who will lead the Irish contingent, served with Unifil.\n\n\"The job is hard,\" she "
            "said.")
    assert quotes_of(text)[-1] == ("The job is hard", "Aoife Ní Bhriain-Walsh")


# --- rules found by blind round 86 (texts of our own) ------------------------------------------

def test_a_quote_credited_by_the_paragraph_after_it():
    text = ("Tonga refused.\n\n“We cannot turn the ship around. What we can do is pay for water.”\n\nThat was the "
            "message from the United States Ambassador, Dana Reyes, who announced US$750,000.")
    assert quotes_of(text) == [("We cannot turn the ship around. What we can do is pay for water.", "Dana Reyes")]
    text = ("A ship was freed.\n\n\"We were told to kneel on the tarmac. I counted to 400.\"\n\nThat is how Lior Ben-Hamo, "
            "the ship's engineer, described the last minutes of his captivity.")
    assert quotes_of(text)[0][1] == "Lior Ben-Hamo"


def test_a_director_general_named_back_an_appositive_chief_and_an_unnamed_seller():
    text = ("The Director-General of Health, Afioga Taulapapa Dr Siaosi Enari-Fuimaono, said wards had opened.\n\n"
            "“The next two weeks will decide this,” the Director-General said.")
    assert quotes_of(text)[0][1].endswith("Enari-Fuimaono")
    text = ("The Australian High Commission said aid would come.\n\nTuiloma Lafaele Pouono, the high chief of Vaiala, "
            "has lost two relatives.\n\n“We drank from that stream all our lives,” he said.")
    assert quotes_of(text)[-1] == ("We drank from that stream all our lives", "Tuiloma Lafaele Pouono")
    text = ("Tuiloma Lafaele Pouono, the high chief, has lost two relatives.\n\nFamilies queue at a Red Cross tank.\n\n"
            "A fish seller at the market, who did not want to be named, said trade had stopped.\n\n“Nobody buys fish "
            "from inside the fence,” she said.")
    assert quotes_of(text)[-1] == ("Nobody buys fish from inside the fence", "unattributed")


# --- rules found by blind round 87 (texts of our own) ------------------------------------------

def test_an_envoy_to_a_country_and_a_body_named_with_its_country():
    text = ("The ship is on its way.\n\n“Our ship will be alongside within 48 hours,” said U.S. Ambassador to the "
            "Philippines Raymond Castellano-Pierce.")
    assert quotes_of(text) == [("Our ship will be alongside within 48 hours", "Raymond Castellano-Pierce")]
    text = ("The grid is dark.\n\nThe National Grid Corporation of the Philippines said in a statement: “Restoration "
            "will be gradual.”")
    assert quotes_of(text) == [("Restoration will be gradual.", "National Grid Corporation of the Philippines")]


def test_a_long_appositive_a_scene_opened_by_role_and_a_parenthetical_he_added():
    text = ("The grid is dark.\n\nAkiko Tsuboi-Lindqvist, a former National Police Agency cyber investigator who now "
            "runs the infrastructure security program at Keio University’s Graduate School of Media and Governance, "
            "said the code bore “every sign of a long rehearsal.”")
    assert quotes_of(text) == [("every sign of a long rehearsal.", "Akiko Tsuboi-Lindqvist")]
    text = ("The tugboat captain points to a bend in the river.\n\n\"That is where they came from. Three boats, no "
            "lights.\"\n\nRubén Ayala-Benítez, 52, has pushed barges down this river for three decades.")
    assert quotes_of(text) == [("That is where they came from. Three boats, no lights.", "Rubén Ayala-Benítez")]
    text = text.replace("The tugboat captain points", "The river authority warns")  # (a body, not a person, opens it)
    assert quotes_of(text)[0][1] == "unattributed"
    text = ("Hisham Abdel-Moneim, a retired officer, said the argument had no standing.\n\nCairo, he added, had every "
            "reason to be angry. \"Egypt spent five days being told it was not responsible.\"")
    assert quotes_of(text) == [("Egypt spent five days being told it was not responsible.", "Hisham Abdel-Moneim")]


def test_words_credited_to_someone_unnamed_and_a_roadblock_its_owners_name():
    text = ("The town took them in.\n\n\"My brother died on the third day. We put him in the sea.\"\n\nThose were the "
            "words of a 26-year-old Sudanese teacher from Al-Fashir. He asked that his name not be used.")
    assert quotes_of(text) == [("My brother died on the third day. We put him in the sea.", "unattributed")]
    text = ("The militia, which calls its roadblock “the toll gate”, has said it will leave once paid. “We will stay,” "
            "he said.")
    assert terms_of(text) == ["the toll gate"]


# --- rules found by blind round 88 (texts of our own) ------------------------------------------

def test_a_standing_name_for_a_deed_and_it_after_a_lower_case_body():
    text = ("The transitional military council seized power on Monday.\n\nThe council, led by General Ana Boto, closed "
            "the parliament. It calls the takeover a “rectification” of the state and has promised a vote “within "
            "a reasonable time”, without a date.")
    assert terms_of(text) == ["rectification"]
    assert quotes_of(text) == [("within a reasonable time", "transitional military council")]
    assert quotes_of(text.replace("The transitional military council seized", "Soldiers seized"))[0][1] == "unattributed"
    # (judging the deed stays someone's words)
    assert quotes_of("Critics call the takeover a “betrayal” of the state, said Ana Boto.")[0][0] == "betrayal"


def test_the_bare_title_stays_with_the_first_minister_and_unnamed_voices_stay_unnamed():
    text = ("Minister of Defence Lena Varga spoke to us in Budapest.\n\nThe minister did not hesitate. “We act now,” she "
            "said.\n\nRomania has refused. Its defence minister, Ioana Pop, said it was too soon.\n\nThe minister said "
            "she had spoken with families.\n\n“We owe them an answer,” said the minister, a former mayor.")
    assert quotes_of(text)[-1] == ("We owe them an answer", "Lena Varga")
    text = ("Ana Boto, the army spokeswoman, spoke first.\n\nOne student in Lyon was more cautious. “If it works, good,” "
            "she said, asking that her name not be published.")
    assert quotes_of(text) == [("If it works, good", "unattributed")]
    text = ("Ana Boto, the army spokeswoman, spoke first.\n\n“My son was there,” said one fisherman at the Santa Cruz "
            "landing, who asked that his name not be used.\n\n“If they help, good,” he said.")
    assert quotes_of(text) == [("My son was there", "unattributed"), ("If they help, good", "unattributed")]


def test_a_spokesperson_of_the_body_before_an_agency_by_initials_and_a_colon_after_laid_out():
    text = ("Chile’s foreign ministry rejected the patrols. A spokesperson in Santiago called them “a provocation in "
            "uniform”.")
    assert quotes_of(text) == [("a provocation in uniform", "Chile’s foreign ministry")]
    assert quotes_of("Fishermen were angry. A spokesman called it “a provocation in uniform”.")[0][1] == "unattributed"
    text = ("A drone struck a World Food Programme (WFP) convoy.\n\nPeru and the Andean Community (CAN) condemned the "
            "attack.\n\nThe WFP said it would send more trucks.\n\n“We go back on the road,” the agency said.")
    assert quotes_of(text) == [("We go back on the road", "WFP")]
    text = "Security Adviser Ana Boto laid out the position on Thursday: “We will not fire first.”"
    assert quotes_of(text) == [("We will not fire first.", "Ana Boto")]


def test_he_is_not_a_body_and_a_name_marked_before_stays_a_term():
    text = ("Philippine Coast Guard (PCG) spokesman Jose Cruz led the rescue.\n\nHe added that the PCG had asked for "
            "more aircraft. “We see them from the air first,” he said.")
    assert quotes_of(text) == [("We see them from the air first", "Jose Cruz")]
    text = ("The fighters call their leadership “the pit council” and say it will talk only to the president.\n\n"
            "The minister told state television that talks with “the pit council” were continuing.")
    assert terms_of(text) == ["the pit council", "the pit council"] and quotes_of(text) == []
    # (a headline's label is no sentence of the article's: the body may still quote the word as someone's)
    text = ("Quito calls the deployment a “provocation”\n\nIn a statement, the foreign ministry of Ecuador called the "
            "deployment a “provocation” and said it would protest.")
    assert [q[0] for q in quotes_of(text)] == ["provocation"]


def test_a_states_body_by_its_possessive_and_by_its_adjective_is_one_speaker():
    got = canonical_speakers(["China’s foreign ministry", "Chinese foreign ministry", "Kenya's foreign ministry"])
    assert got["Chinese foreign ministry"] == got["China’s foreign ministry"] != got["Kenya's foreign ministry"]
    got = canonical_speakers(["Saudi Arabia's energy ministry", "Saudi energy ministry"])
    assert got["Saudi energy ministry"] == got["Saudi Arabia's energy ministry"]


# --- rules found by blind round 89 (texts of our own) ------------------------------------------

def test_a_tv_scripts_captioned_sound_bites_a_glossed_name_and_a_body_named_up_to_its_initials():
    text = ("ANCHOR LEAD:\nFloods hit the valley tonight.\n\nVO:\nOnly roofs show above the water.\n\nSUPER: Dr Ana "
            "Mensah-Oduro, Red Cross, Keta\nSOT: The wells are under water. People drink from the river.\n\n"
            "SUPER: Keta harbour at dawn\nSOT: Engines and gulls.\n\nSTANDUP:\nThe next days decide it.")
    assert quotes_of(text) == [("The wells are under water. People drink from the river.", "Ana Mensah-Oduro")]
    text = "Fishermen now call the surge “la marée noire”, the black tide."
    assert terms_of(text) == ["la marée noire"] and quotes_of(text) == []
    assert terms_of("Fishermen now call the surge “la marée noire,” the black tide.") == ["la marée noire"]
    assert quotes_of("Critics call the plan “a disgrace”, said Ana Boto.")[0][0] == "a disgrace"
    text = ("The UN Office for the Coordination of Humanitarian Affairs (OCHA) launched an appeal.\n\n“Needs outpace "
            "pledges,” the agency said.")
    assert quotes_of(text) == [("Needs outpace pledges", "UN Office for the Coordination of Humanitarian Affairs")]


def test_the_leader_a_passive_names_a_trader_who_gives_no_name_and_a_body_by_initials_like_a_word():
    text = ("President Ana Sithole's spokesperson, Sipho Maseko, said it was about ballots.\n\n“We pick no winner,” he "
            "said.\n\nThe contingent is commanded by Major General Thandiwe Botha, a veteran of the Comoros mission.\n\n"
            "“My officers have one instruction,” she told the paper.")
    assert quotes_of(text)[1] == ("My officers have one instruction", "Thandiwe Botha")
    text = ("Its secretary-general, Ernesto Chissano, accused the opposition.\n\nIn Munhava, feelings are mixed.\n\n"
            "“The South Africans are polite,” he said, declining to give his name.")
    assert quotes_of(text) == [("The South Africans are polite", "unattributed")]
    assert quotes_of(text.replace(", declining to give his name", "")) == [
        ("The South Africans are polite", "Ernesto Chissano")]
    assert quotes_of("The cordon holds.\n\n“The cordon is buying time,” the WHO said in a statement.") == [
        ("The cordon is buying time", "WHO")]


def test_a_deputy_is_not_the_prime_minister_and_is_named_in_the_next_lines():
    text = ("Tonga's Prime Minister, Siaosi Tupou, said the kingdom could not take patients.\n\n“We have 12 beds,” he said."
            "\n\nFiji's deputy foreign minister hit back.\n\n“Nobody is coming to guard Fijians,” the deputy foreign "
            "minister told reporters.\n\nThe deputy minister, Josaia Vunibola, later said 340 officers were enough.")
    assert quotes_of(text)[1] == ("Nobody is coming to guard Fijians", "Josaia Vunibola")
    assert quotes_of(text.replace("The deputy minister, Josaia Vunibola, later said", "Later it was said"))[1] == (
        "Nobody is coming to guard Fijians", "unattributed")


def test_a_name_inside_an_unnamed_persons_description_is_not_the_speaker():
    text = ("A former senior officer of the National Guard’s special forces, who asked not to be named, warned against "
            "a rush.\n\n“A platform is not a building.”")
    assert quotes_of(text) == [("A platform is not a building.", "unattributed")]


# --- rules found by blind round 91 (texts of our own) ------------------------------------------

def test_a_states_body_in_capitals_and_a_government_by_its_capital():
    got = canonical_speakers(["Kazakhstan's Ministry of Energy", "Kazakh Ministry of Energy", "Jordan Peterson",
                              "Iranian Foreign Ministry", "Iran's foreign ministry", "Kazakh Ministry of Health"])
    assert got["Kazakh Ministry of Energy"] == got["Kazakhstan's Ministry of Energy"] != got["Kazakh Ministry of Health"]
    assert got["Iranian Foreign Ministry"] == got["Iran's foreign ministry"]
    assert got["Jordan Peterson"] == "Jordan Peterson"
    assert quotes_of("Niger ruled out patrols. The government in Niamey said that “no foreign uniform will cross”.") == [
        ("no foreign uniform will cross", "Niger's government")]
    assert quotes_of("A spokesman for the government in Abidjan said its forces were “fully engaged”.")[0][1] == \
        "Ivory Coast's government"


def test_a_person_who_spoke_to_a_medium_or_is_sketched_in_one_sentence_then_a_quote_paragraph():
    text = ("The grid failed.\n\nThe engineer who ran the night shift, Nurlan Abdrakhmanov, has spoken publicly only "
            "once, to the broadcaster Otyrar TV.\n\n“The screens showed everything normal.”")
    assert quotes_of(text) == [("The screens showed everything normal.", "Nurlan Abdrakhmanov")]
    text = ("Oil reached the delta.\n\nGiorgos Tsakiridis, who has fished the sea for 31 years, pointed at the black "
            "water.\n\n“My father fished here.”")
    assert quotes_of(text) == [("My father fished here.", "Giorgos Tsakiridis")]
    # a question above the answer is no sketch of its speaker
    assert quotes_of("Help came.\n\nIs Grenada getting the help it asked for?\n\n“Our friends came through.”") == [
        ("Our friends came through.", "unattributed")]


def test_the_words_were_those_of_the_next_paragraph_and_the_body_that_spoke_before():
    text = ("“This is the worst disaster in living memory.”\n\nThe words were those of Civil Protection Minister Eleni "
            "Papathanasiou, speaking at the crisis centre.")
    assert quotes_of(text) == [("This is the worst disaster in living memory.", "Eleni Papathanasiou")]
    text = ("Médecins Sans Frontières said in a statement that its centres were full.\n\n“Patients are lying on the "
            "floor,” the organisation said.")
    assert quotes_of(text) == [("Patients are lying on the floor", "Médecins Sans Frontières")]


def test_a_woman_who_gave_only_her_first_name_and_another_ministry_than_the_one_named():
    text = ("At the water point near Block C, a mother of four who gave only her first name, Nyakuoth, waited.\n\n"
            "“The truck came yesterday,” she said.")
    assert quotes_of(text) == [("The truck came yesterday", "Nyakuoth")]
    text = ("Iran's foreign ministry declined to share data.\n\nAs a senior official in the energy ministry put it to "
            "me: “We learned who picks up the phone.”")
    assert quotes_of(text) == [("We learned who picks up the phone.", "unattributed")]


def test_a_state_by_its_name_or_capital_is_its_government_but_a_seat_or_an_agency_is_not():
    got = canonical_speakers(["Niamey", "Nigerien government", "Niger", "China", "Chinese government",
                              "Kremlin", "Russian government", "AFAD", "Turkish government", "Chad Johnson"])
    assert got["Niamey"] == got["Niger"] == got["Nigerien government"] == "Nigerien government"
    assert got["China"] == "Chinese government"
    assert got["Kremlin"] == "Kremlin" and got["AFAD"] == "AFAD"  # one office or agency, not the whole state
    assert got["Chad Johnson"] == "Chad Johnson"


def test_the_bloc_a_signature_name_a_subhead_echo_and_an_unnamed_worker():
    text = ("The Economic Community of West African States (ECOWAS) said it would release $15 million. In a "
            "statement, the bloc said: “No child should have to choose between a classroom and staying alive.”")
    assert quotes_of(text)[0][1] == "Economic Community of West African States"
    text = ("Ports shut.\n\nThe attackers, a group that signs its messages “Tidewater”, demanded a ransom.\n\n"
            "Moscow rejects “slander”\n\nThe embassy described the claims as “slander without a single fact behind "
            "it”.")
    assert terms_of(text) == ["Tidewater"]
    assert [q for q, _ in quotes_of(text)] == ["slander without a single fact behind it"]  # the subhead echoes it
    text = ("Ports shut.\n\nA Freeport shift supervisor, speaking on condition of anonymity, said crews had begun "
            "moving containers by hand.\n\n“We are doing in a day what used to take an hour.”")
    assert quotes_of(text) == [("We are doing in a day what used to take an hour.", UNATTRIBUTED)]
    assert quotes_of("A Reuters photographer said the crowd was “bigger than yesterday”.")[0][1] == UNATTRIBUTED
    assert quotes_of("A Pentagon spokesman said the strike was “a deliberate act”.")[0][1] == "Pentagon"


def test_a_rank_with_its_service_and_a_request_reported_inside_a_ministers_words():
    text = ("The ship docked.\n\nThe commanding officer, Lieutenant Colonel (Navy) Khalid Saad Al-Marri, spoke by "
            "telephone.\n\n“We took children first.”")
    assert quotes_of(text) == [("We took children first.", "Khalid Saad Al-Marri")]
    text = ("Mr Mulenga-Tembo said the Government had also asked Angola to increase deliveries, and that Luanda had "
            "agreed “in principle”.")
    assert quotes_of(text) == [("in principle", "Mulenga-Tembo")]


def test_an_aside_after_the_subject_a_seat_of_government_a_box_title_and_a_states_statement():
    text = "Paris protested.\n\nRussia's embassy in Kinshasa, for its part, denounced on Telegram « a colonial reflex »."
    assert quotes_of(text) == [("a colonial reflex", "Russia's embassy in Kinshasa")]
    text = ("Protests grew.\n\nIn Kinshasa, the government spokesman insisted that the police had the situation "
            "“fully under control”.")
    assert quotes_of(text) == [("fully under control", "DR Congo's government")]
    text = ("QUICK FACTS\n\n• Fisheries minister: \"They came to empty our sea.\"\n• Senegal has sent help\n\n"
            "Mauritania seized six trawlers.\n\nFisheries Minister Mariem Mint Ahmed Salem told reporters that the "
            "ships would stay.")
    assert quotes_of(text) == [("They came to empty our sea.", "Mariem Mint Ahmed Salem")]
    # the same title-then-name reading serves a title named in the next paragraph
    text = ("Talks stalled.\n\n“We will not sign,” the deputy foreign minister told reporters.\n\nDeputy Foreign "
            "Minister Josaia Vunibola later said the text was unfair.")
    assert quotes_of(text) == [("We will not sign", "Josaia Vunibola")]
    text = 'Morocco ruled out sending ships. "This is a dispute," a Moroccan foreign ministry statement said.'
    assert quotes_of(text) == [("This is a dispute", "Moroccan foreign ministry")]
    text = "Crowds gathered.\n\nThe protesters have renamed the Belgian compound « the last colony »."
    assert terms_of(text) == ["the last colony"] and quotes_of(text) == []
    got = canonical_speakers(["Russia's embassy in Kinshasa", "Russian embassy", "Russian foreign ministry"])
    assert got["Russian embassy"] == got["Russia's embassy in Kinshasa"] != got["Russian foreign ministry"]


def test_one_of_a_crowd_an_it_after_a_body_a_rancher_going_on_and_a_cause_blamed_in_its_words():
    text = ('[Photo caption: Volunteers beat back flames. "We are fighting a dragon with shovels," said one. '
            '(Photo: Internet Reproduction)]')
    assert quotes_of(text) == [("We are fighting a dragon with shovels", UNATTRIBUTED)]
    # 'it' after a person's quote: the body the sentence before opens with, by its full name
    text = ('The Bolivian minister said the fire "has no passport."\n\nBrazil\'s Ministry of the Environment was '
            'blunter. In a note, it wrote: "Our requests were not answered."')
    assert quotes_of(text)[1] == ("Our requests were not answered.", "Brazil's Ministry of the Environment")
    # a quote paragraph after a paragraph that reports the person speaking, then ends on 'He ...'
    text = ('Rain is not expected.\n\nAna Ferraz de Lima, a rancher who chairs the union, said he had moved his '
            'cattle. He has not been able to go back.\n\n"My father lost this farm to water."')
    assert quotes_of(text) == [("My father lost this farm to water.", "Ana Ferraz de Lima")]
    text = ('In Bolivia, where a town was evacuated, the government blamed a "historic drought" and said it had '
            'asked for no help.')
    assert quotes_of(text) == [("historic drought", "Bolivia's government")]
    text = 'Officials blamed most of the blazes on "chaqueo" fires set by farmers.'
    assert terms_of(text) == ["chaqueo"] and quotes_of(text) == []


def test_a_long_appositive_before_said_and_an_unnamed_worker_going_on():
    text = ("Dr Helena Bossino-Marrache, the Director of Public Health, who trained in Edinburgh, ran the contact-"
            "tracing unit for a decade and now sits on the WHO’s European advisory group on ship-borne disease, said "
            "the virus was “spreading more slowly than we feared”.")
    assert quotes_of(text) == [("spreading more slowly than we feared", "Helena Bossino-Marrache")]
    text = ('In a video, a man who identified himself as Yosias Magai said the hostages were "fed".\n\nA worker who '
            'was released described the conditions. He asked not to be named.\n\n"They gave us rice twice a day."')
    assert quotes_of(text)[1] == ("They gave us rice twice a day.", UNATTRIBUTED)


def test_a_retired_officers_tag_a_groups_own_name_a_named_group_of_states_and_namers_called_they():
    # 'Col. (Rtd)': the Commonwealth form of the retired tag, between rank and name
    assert quotes_of("“We have lost seven sons,” said the minister, Col. (Rtd) Beatrice Akello Opio, at a "
                     "briefing.") == [("We have lost seven sons", "Beatrice Akello Opio")]
    # the name a group gives itself speaks for it
    assert quotes_of('The mutineers, who call themselves the Popular Front, said the president was "safe".') == [
        ("safe", "Popular Front")]
    # a named group of states, past the dash aside that lists its members
    assert quotes_of("The Troika countries – the United States, Britain and Norway – said they would freeze the "
                     "assets of “any officer who holds the president”.") == [
        ("any officer who holds the president", "Troika countries")]
    assert quotes_of("Ann Berg – a veteran of three missions – said the road was “closed”.") == [
        ("closed", "Ann Berg")]
    # 'They' after a sentence that opens with the people who name things; and the press naming a thing
    text = ("Pilots who fly into Bunia say the approach is dangerous. They call the last eight kilometres "
            "before the runway “the funnel”.")
    assert terms_of(text) == ["the funnel"] and quotes_of(text) == []
    assert terms_of("Greek television has taken to calling the frigates’ formation “the necklace”.") == ["the necklace"]
    # (but a judgement is still a quote)
    assert quotes_of("Critics say the plan is weak. They call the plan “a disgrace”.") == [
        ("a disgrace", UNATTRIBUTED)]


def test_a_role_named_after_its_quote_an_unnamed_speakers_report_and_a_ministry_by_the_capital_it_speaks_in():
    # the unnamed spokesperson after the quote, named in the next paragraph
    assert quotes_of("‘Rwanda has nothing to do with this attack,’ a government spokesperson told TimesLIVE.\n\n"
                     "The spokesperson, Clarisse Uwamahoro, added that Rwanda was ‘ready to share its own radar "
                     "data’.") == [("Rwanda has nothing to do with this attack", "Clarisse Uwamahoro"),
                                   ("ready to share its own radar data", "Clarisse Uwamahoro")]
    # (another role named later is someone else)
    assert quotes_of("‘We did nothing,’ a government spokesperson told TimesLIVE.\n\nThe official, Ann Berg, "
                     "added that it was ‘ready to talk’.")[0] == ("We did nothing", UNATTRIBUTED)
    assert quotes_of('A spokesperson for Air Canada spoke. "We are in contact with every family," the '
                     'spokesperson said. The airline later identified her as Julie Santerre.') == [
        ("We are in contact with every family", "Julie Santerre")]
    # what an unnamed speaker said others did is not a speaker's name: her words stay hers, unnamed
    assert quotes_of('Other news.\n\nA woman whose daughter is on the plane said Air Canada had called her '
                     'twice. "They tell me she is fine."') == [("They tell me she is fine.", UNATTRIBUTED)]
    # a state body with no state, in a sentence that names the capital it speaks in
    assert quotes_of("Ankara will provide clothing, Turkey's defence ministry announced.\n\nAt a regular briefing in "
                     'Beijing, a foreign ministry spokesman said: "The incident took place on our soil."') == [
        ("The incident took place on our soil.", "China's foreign ministry")]
    assert terms_of("Embassy staff have taken to calling the garage “the waiting room”.") == ["the waiting room"]
