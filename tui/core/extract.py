"""One entry point: an article's text in, all its facts out."""

from __future__ import annotations

from tui.core.countries import find_countries
from tui.core.figures import extract_figures
from tui.core.models import Facts
from tui.core.pledges import extract_pledges
from tui.core.quotes import extract_quotes
from tui.core.stances import extract_stances


def extract_facts(text: str) -> Facts:
    """Quotes, terms, countries, pledges, stances and figures of one article's text."""
    quotes, terms = extract_quotes(text)
    mentions, flagged = find_countries(text)
    pledges = extract_pledges(text, mentions)
    stances = extract_stances(text, mentions, pledges)
    figures = extract_figures(text)
    return Facts(quotes=quotes, terms=terms, countries=mentions, pledges=pledges,
                 stances=stances, figures=figures, flagged=flagged)
