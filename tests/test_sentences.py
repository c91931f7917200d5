"""The shared sentence fragments: one list of dotted titles for every extractor."""

from __future__ import annotations

from tests.test_quotes import _said
from tui.core.sentences import DASH_ASIDE, PAPER_HEADING, split_sentences


def test_a_dotted_title_ends_no_sentence_and_names_its_speaker():
    text = "The fleet sailed under Adm. Ana Lee. \"Go,\" said Cmdr. Ben Ruiz."
    assert [text[s:e] for s, e in split_sentences(text)] == ["The fleet sailed under Adm. Ana Lee.",
                                                             "\"Go,\" said Cmdr. Ben Ruiz."]
    assert _said(text) == {"Go": "Ben Ruiz"}


def test_a_dash_aside_and_a_press_digest_heading():
    assert DASH_ASIDE.match(" - no longer the one I served in - has offered").group() == \
        " - no longer the one I served in -"
    m = PAPER_HEADING.search("Intro.\n\nTHE HARBOUR GAZETTE (Colombo, Western Province, Sri Lanka)\n\nText.")
    assert (m.group("paper"), m.group("place")) == ("THE HARBOUR GAZETTE", "Sri Lanka")


def test_a_currency_or_unit_written_with_a_dot_ends_no_sentence():
    text = "Bhutan gave Nu. 50 million. Nepal thanked it. He said so. 50 people came."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Bhutan gave Nu. 50 million.", "Nepal thanked it.", "He said so.", "50 people came."]
