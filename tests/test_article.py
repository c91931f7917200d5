"""tui.core.article: decoding raw bytes, and titles, bylines, outlets and dates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.core.article import ArticleError, decode_bytes, find_date, parse_text_article
from tui.core.models import content_hash

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# --------------------------------------------------------------------------- decode_bytes

SAMPLE = "café – “quoted” naïve"


def test_decode_utf8():
    assert decode_bytes(SAMPLE.encode("utf-8")) == SAMPLE


def test_decode_utf8_bom_is_dropped():
    assert decode_bytes(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8")) == SAMPLE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_decode_utf16_and_32_with_bom(encoding):
    data = SAMPLE.encode(encoding)
    if not encoding.endswith(("-le", "-be")):
        assert data[:2] in (b"\xff\xfe", b"\xfe\xff")  # Python's codec writes the BOM
    else:
        data = ("\ufeff" + SAMPLE).encode(encoding)
    assert decode_bytes(data) == SAMPLE


def test_decode_cp1252_short():
    data = "café – “quoted”".encode("cp1252")
    assert data == b"caf\xe9 \x96 \x93quoted\x94"
    assert decode_bytes(data) == "café – “quoted”"


def test_decode_cp1252_paragraph():
    text = "Müller sagte: „Wir werden helfen“ – 26 Länder, déjà vu à la française."
    assert decode_bytes(text.encode("cp1252")) == text


def test_decode_latin1_bytes():
    text = "Le ministre a déclaré que la Défense était prête."
    assert decode_bytes(text.encode("latin-1")) == text


def test_decode_cyrillic_legacy():
    text = "Президент заявил, что страна готова направить миротворцев после прекращения огня."
    assert decode_bytes(text.encode("cp1251")) == text


@pytest.mark.parametrize("raw, expected", [
    (b"one\r\ntwo\r\n", "one\ntwo\n"),
    (b"one\rtwo\rthree", "one\ntwo\nthree"),
    (b"a\r\n\r\nb\rc\n", "a\n\nb\nc\n"),
])
def test_decode_normalises_newlines(raw, expected):
    assert decode_bytes(raw) == expected
    assert decode_bytes(raw.decode().encode("utf-16")) == expected


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    bytes(range(256)) * 8,
    b"%PDF-1.4\n\x00\x01\x02stream",
    b"\x01\x02\x03\x04\x05\x06" * 200,
    b"text with a NUL \x00 in it",
])
def test_decode_binary_raises(data):
    with pytest.raises(ArticleError, match="binary"):
        decode_bytes(data)


def test_decode_keeps_a_few_control_chars():
    text = "Plain words \x1b[31mred\x1b[0m and a bell \x07 in a normal sentence here."
    assert decode_bytes(text.encode()) == text


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("text, iso", [
    ("By Team | Sep 05, 2025", "2025-09-05"),
    ("Published September 4, 2025 in Paris", "2025-09-04"),
    ("On Sept. 4, 2025 leaders met", "2025-09-04"),
    ("Updated 2025-09-04 10:00", "2025-09-04"),
    ("Paris, 4 September 2025 -", "2025-09-04"),
    ("on the 1st of March 2024,", "2024-03-01"),
    ("dated Dec 31 1999", "1999-12-31"),
])
def test_find_date_formats(text, iso):
    assert find_date(text)[0] == iso


@pytest.mark.parametrize("text", ["September 31, 2025", "2025-13-01", "26 countries", "May 2025", ""])
def test_find_date_rejects_non_dates(text):
    assert find_date(text) is None


def test_find_date_takes_the_earliest():
    assert find_date("Written 2024-01-02 about events of March 3, 2023")[0] == "2024-01-02"
    assert find_date("Events of March 3, 2023 written up 2024-01-02")[0] == "2023-03-03"


# --------------------------------------------------------------------------- seeds

def _seed(name_prefix: str):
    path = next(SEEDS.glob(f"{name_prefix}_*.txt"))
    text = decode_bytes(path.read_bytes())
    return path, text, parse_text_article(text, str(path))


def _expected_date(text: str) -> str:
    """The date as written in the file, read here with an independent regex."""
    months = {m: i for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
    m = re.search(r"\b([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}), (\d{4})", text)
    return f"{m.group(3)}-{months[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_title_text_and_id(prefix):
    path, text, article = _seed(prefix)
    first_line = next(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    assert article.title == first_line.strip()
    assert article.text == path.read_text(encoding="utf-8")  # spans index the file as read
    assert article.source_id == content_hash(article.text)
    assert article.path == str(path)
    assert article.chars == len(article.text)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_date_is_the_first_date_written(prefix):
    _path, text, article = _seed(prefix)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.date)
    assert article.date == _expected_date(text)


def test_seed_with_byline():
    path, text, article = _seed("001")
    byline_line = [line for line in text.splitlines() if line.strip()][1]
    assert byline_line.startswith("By ")
    name = byline_line[3:].split("|")[0].strip()
    assert article.byline == name
    assert article.date == "2025-09-05"  # "Sep 05, 2025" in the byline
    # A "... Team" byline names the outlet behind it.
    assert article.outlet and name.startswith(article.outlet)


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_seed_without_byline_has_no_invented_outlet(prefix):
    _path, _text, article = _seed(prefix)
    assert article.byline == ""
    # Citations such as "(Reuters)." mid-paragraph or "via AP)" in a photo credit are not datelines.
    assert article.outlet == ""


def test_seed_dates_known():
    assert _seed("003")[2].date == "2025-09-04"  # "Sept. 4, 2025" in a photo caption
    assert _seed("004")[2].date == "2025-09-04"  # "On Sept. 4, 2025 in Paris"


# --------------------------------------------------------------------------- own texts

BODY = ("Leaders met on Thursday to discuss the plan. Several countries said they would help.\n"
        "Others asked for more time before they decide.\n")


def test_byline_name_pipe_date():
    a = parse_text_article(f"Big headline\nBy Jane Q. Public | Mar 3, 2024\n{BODY}", "a.txt")
    assert (a.title, a.byline, a.outlet, a.date) == ("Big headline", "Jane Q. Public", "", "2024-03-03")


def test_byline_name_only():
    a = parse_text_article(f"Headline here\nBy John Smith\n{BODY}", "a.txt")
    assert (a.byline, a.outlet, a.date) == ("John Smith", "", "")


def test_byline_name_comma_reuters():
    a = parse_text_article(f"Headline here\nJohn Irish, Reuters\n{BODY}", "a.txt")
    assert (a.byline, a.outlet) == ("John Irish", "Reuters")


def test_byline_with_outlet_and_date():
    a = parse_text_article(f"Headline\nBy Anna Berg | The Baltic Times | 4 September 2025\n{BODY}", "a.txt")
    assert (a.byline, a.outlet, a.date) == ("Anna Berg", "The Baltic Times", "2025-09-04")


def test_sentence_starting_with_by_is_not_a_byline():
    a = parse_text_article(f"Headline\nBy the time leaders met, the plan had changed a lot.\n{BODY}", "a.txt")
    assert a.byline == "" and a.outlet == ""


def test_dateline_outlet():
    text = f"Headline\nKYIV, Ukraine (AP) — Officials said on Friday that talks would go on.\n{BODY}"
    assert parse_text_article(text, "a.txt").outlet == "AP"
    text = f"Headline\nPARIS (Reuters) - France said it would lead the force.\n{BODY}"
    assert parse_text_article(text, "a.txt").outlet == "Reuters"


def test_citation_is_not_a_dateline():
    text = f"Headline\n{BODY}Italy will not send troops (Reuters). Germany waits.\n"
    assert parse_text_article(text, "a.txt").outlet == ""


def test_source_line_outlet():
    text = f"Headline\n{BODY}Source: Example Wire Service\n"
    assert parse_text_article(text, "a.txt").outlet == "Example Wire Service"


def test_date_in_lead_beats_later_date():
    text = f"Headline\nOn 2 May 2023 ministers met.\n{BODY}A summit on June 9, 2021 was recalled.\n"
    assert parse_text_article(text, "a.txt").date == "2023-05-02"


def test_date_deep_in_text_is_used_when_lead_has_none():
    lead = "\n".join(f"Paragraph {i} tells of the talks and what came of them." for i in range(10))
    text = f"Headline\n{lead}\nThe deal was signed on 2024-11-05 in Geneva.\n"
    assert parse_text_article(text, "a.txt").date == "2024-11-05"


def test_no_date_is_empty_not_guessed():
    assert parse_text_article(f"Headline\n{BODY}", "a.txt").date == ""


def test_markdown_heading_title():
    a = parse_text_article(f"\n\n# The title of it\n\n{BODY}", "a.md")
    assert a.title == "The title of it"


def test_text_is_kept_verbatim_with_newlines_normalised():
    raw = f"  Title  \n\n{BODY}".replace("\n", "\r\n")
    a = parse_text_article(raw, "a.txt")
    assert a.text == raw.replace("\r\n", "\n")
    assert a.title == "Title"
    assert a.source_id == content_hash(a.text)


def test_long_title_is_clipped():
    line = "word " * 2000
    a = parse_text_article(line + "\n" + BODY, "a.txt")
    assert len(a.title) <= 301 and a.title.endswith("\u2026")
    assert a.text.startswith(line)


@pytest.mark.parametrize("text", ["", "   \n\n ", "1234 5678 90 -- !!", "12 abc 34 def", "\u2014" * 500,
                                  "[bold]x[/]"])
def test_no_sentences(text):
    with pytest.raises(ArticleError, match="no sentences"):
        parse_text_article(text, "a.txt")


def test_unicode_scripts_are_text():
    a = parse_text_article("عنوان الخبر\nقال الوزير إن بلاده ستساهم في قوة حفظ السلام بعد وقف إطلاق النار.", "a.txt")
    assert a.title == "عنوان الخبر"


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Allies weigh peacekeeping mission | The Daily Ledger</title>
<meta property="og:title" content="Allies weigh peacekeeping mission">
<meta property="og:site_name" content="The Daily Ledger">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-12T08:30:00Z">
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav>
<aside class="ad advertisement">ADVERTISEMENT Buy discount sneakers today</aside>
<main><article>
<h1>Allies weigh peacekeeping mission</h1>
<p class="byline">By Jane Doe</p>
<time datetime="2024-03-12">12 March 2024</time>
<p>Foreign ministers from twelve countries met in Vienna on Tuesday to discuss a monitoring mission along the disputed border, officials said.</p>
<p>"We are ready to contribute observers once a ceasefire holds," the Austrian minister told reporters after the talks ended late in the evening.</p>
<p>Norway said it would fund the logistics of the mission for at least two years, while Portugal offered naval patrols in the region.</p>
<p>Diplomats cautioned that any deployment would need approval from the national parliaments of every participating country.</p>
</article></main>
<footer><p>Copyright 2024 Ledger Media Group. Privacy policy. Terms of use. Contact us.</p></footer>
</body></html>"""

PARAGRAPHS = re.findall(r"<p>(.*?)</p>", PAGE.split("<article>")[1].split("</article>")[0])


def test_html_article_text_and_metadata():
    from tui.core.article import parse_html_article

    a = parse_html_article(PAGE, "page.html")
    assert len(PARAGRAPHS) == 4
    for paragraph in PARAGRAPHS:
        assert paragraph in a.text.split("\n")  # each paragraph is one line
    for junk in ("cookies", "Subscribe", "sneakers", "ADVERTISEMENT", "Copyright", "Privacy", "Sport"):
        assert junk not in a.text
    assert a.title == "Allies weigh peacekeeping mission"
    assert a.date == "2024-03-12"
    assert a.byline == "Jane Doe"
    assert a.outlet == "The Daily Ledger"
    assert a.source_id == content_hash(a.text)


def test_html_date_from_text_when_no_metadata():
    from tui.core.article import parse_html_article

    page = ("<html><body><nav><a href='/'>Home</a> <a href='/x'>World news</a></nav><article>"
            "<h2>Talks resume</h2><p>On 7 October 2024, delegates from both sides met again in Geneva "
            "to discuss the exchange of prisoners and the monitoring of the front line.</p>"
            "<p>They agreed to meet again within a month, the mediators said in a statement.</p>"
            "</article></body></html>")
    a = parse_html_article(page, "p.htm")
    assert "delegates from both sides" in a.text
    assert a.date == "2024-10-07"


@pytest.mark.parametrize("page", [
    "<html><body></body></html>",
    "<html><body><nav><a href='/'>Home</a></nav></body></html>",
    "",
    "<<<>>>",
])
def test_html_without_article_raises(page):
    from tui.core.article import parse_html_article

    with pytest.raises(ArticleError):
        parse_html_article(page, "empty.html")


def test_parse_article_dispatches_on_suffix():
    from tui.core.article import parse_article

    assert parse_article(PAGE.encode("utf-8"), "x.HTML").title == "Allies weigh peacekeeping mission"
    assert parse_article(PAGE.encode("utf-8"), "x.txt").title == "<!DOCTYPE html>"


def test_core_article_module_imports_no_textual_or_trafilatura():
    import subprocess
    import sys

    code = ("import sys, tui.core.article; "
            "bad = [m for m in ('textual', 'trafilatura') if m in sys.modules]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent, check=True)
    assert out.stdout.strip() == "[]"
