"""Pilot tests of searching quotes and marking facts in the real app."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import screen_text
from tui.app import make_app
from tui.store import MarksStore
from tui.widgets.article_view import ArticleView
from tui.widgets.fact_tables import PledgeTable, QuoteTable
from tui.widgets.history_screen import HistoryScreen
from tui.widgets.mark_dialog import MarkDialog
from tui.widgets.search_screen import SearchScreen
from tui.widgets.sources import SourceList
from tui.widgets.stance_table import StanceTable

SIZE = (140, 44)


def some_quote_word(app) -> tuple[str, dict]:
    """A distinctive word from a quote of the corpus, and that quote."""
    quotes = sorted(app.corpus.all("quotes"), key=lambda q: -len(q["text"]))
    quote = quotes[0]
    word = max(quote["text"].split(), key=len).strip(".,;:\u201c\u201d\"'")
    return word, quote


async def test_search_type_jump_and_step(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        word, quote = some_quote_word(app)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*word.lower())
        await pilot.pause()
        hits = app.screen.hits
        assert hits, word
        assert any(quote["id"] in h.members or h.quote["id"] == quote["id"] for h in hits)
        assert word.lower() in screen_text(app).lower()
        context = str(app.screen.query_one("#search-context").render())
        top = hits[0].quote
        around = app.corpus.text(top["source"])[max(top["start"] - 70, 0):top["start"]]
        assert " ".join(around.split())[-20:] in context  # a little context before the quote
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, SearchScreen)
        view = app.query_one(ArticleView)
        first = hits[0].quote
        assert app.current == first["source"]
        assert view.current_item is not None
        assert view.text[view.current_item.start:view.current_item.end] == first["text"]
        if len(hits) > 1:
            await pilot.press("n")
            assert app._search[2] == 1
            await pilot.press("N")
            assert app._search[2] == 0


async def test_search_speaker_filter(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        speakers = [q["speaker"] for q in app.corpus.all("quotes") if q["speaker"] != "unattributed"]
        surname = speakers[0].split()[-1]
        await pilot.press("slash")
        await pilot.press(*f"speaker:{surname.lower()}")
        await pilot.pause()
        hits = app.screen.hits
        assert hits
        assert all(surname.lower() in h.quote["speaker"].lower() for h in hits)


async def test_mark_verify_dispute_note_restart(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")  # pledges table
        pledge = app.query_one(PledgeTable).current_fact()
        assert pledge is not None
        await pilot.press("v")
        await pilot.pause()
        # on disk before the screen shows it
        assert MarksStore(data_dir).get(pledge["id"])["status"] == "verified"
        assert "\u2713" in str(app.query_one(PledgeTable).get_cell(pledge["id"], "mark"))
        assert "1/" in app.sub_title
        row = app.query_one(SourceList).row(pledge["source"])
        assert row[1].startswith("1/")
        await pilot.press("t")  # quotes table
        quote = app.query_one(QuoteTable).current_fact()
        await pilot.press("x", "e")
        await pilot.pause()
        assert isinstance(app.screen, MarkDialog)
        await pilot.press(*"not in the transcript")
        await pilot.press("enter")
        await pilot.pause()
        saved = MarksStore(data_dir).get(quote["id"])
        assert saved["status"] == "disputed" and saved["note"] == "not in the transcript"
        await pilot.press("slash", *quote["text"].split()[0].lower())
        await pilot.pause()
        assert "\u2717 \u201c" in screen_text(app)  # the disputed mark shows in search results too
        await pilot.press("escape")
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert "not in the transcript" in screen_text(app)
        await pilot.press("escape", "q")

    again = make_app(data_dir)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.statuses.get(pledge["id"]) == "verified"
        assert again.statuses.get(quote["id"]) == "disputed"
        assert "1 disputed" in again.sub_title


async def test_mark_a_stance_cell_and_an_item_in_the_text(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", "right")
        table = app.query_one(StanceTable)
        for _ in range(len(app.sources)):  # to the first source column with a stance
            await pilot.press("right")
            if table.cursor_coordinate.column >= 2 and table.current_fact() is not None:
                break
        stance = table.current_fact()
        assert stance is not None and stance["kind"] == "stance"
        assert table.cursor_coordinate.column >= 2
        await pilot.press("v")
        await pilot.pause()
        assert MarksStore(data_dir).get(stance["id"])["status"] == "verified"
        cell = app.query_one(StanceTable).get_cell(stance["country"], stance["source"])
        assert "\u2713" in str(cell)
        await pilot.press("2", "right_square_bracket")
        item = app.query_one(ArticleView).current_item
        assert item is not None and item.fact is not None
        await pilot.press("x")
        assert MarksStore(data_dir).get(item.fact["id"])["status"] == "disputed"
        view = app.query_one(ArticleView)
        gutter = [view.render_line(y).text[:2] for y in range(view.size.height)]
        assert any("\u2717" in g for g in gutter)  # a symbol, not colour alone
        await pilot.press("u")
        assert MarksStore(data_dir).get(item.fact["id"])["status"] == "unverified"


async def test_nothing_to_mark_says_so(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("1", "v")
        await pilot.pause(0.3)
        assert MarksStore(data_dir).all() == {}
        assert "Choose a quote" in screen_text(app)


async def mark_a_quote(data: Path, key: str) -> tuple[dict, Path]:
    """Mark the first quote of the first source with `key`, quit; the quote and its seed file."""
    app = make_app(data)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "t", key)
        quote = app.query_one(QuoteTable).current_fact()
    return quote, Path(app.corpus.source(quote["source"])["path"])


async def test_marks_survive_a_changed_article(data_dir: Path, seeds_dir: Path) -> None:
    from tui.ingest import ensure_corpus
    from tui.store import CorpusStore

    data = data_dir
    quote, seed = await mark_a_quote(data, "v")
    assert seed.parent == seeds_dir
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA paragraph added later.\n", encoding="utf-8")
    assert ensure_corpus(CorpusStore(data), seeds_dir) is not None
    again = make_app(data)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        moved = [q for q in again.corpus.all("quotes") if q["text"] == quote["text"]]
        assert moved and moved[0]["id"] != quote["id"]  # the source hash changed
        assert again.statuses.get(moved[0]["id"]) == "verified"


def _folder_with(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "extra"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder


async def _type_folder(pilot, folder: Path) -> None:
    """Open the ingest prompt with `i` and type the folder's path, as a user does (not yet `enter`)."""
    await pilot.press("i")
    await pilot.pause()
    await pilot.press(*str(folder))


async def test_ingest_from_the_app(data_dir: Path, tmp_path: Path) -> None:
    extra = _folder_with(tmp_path, "new.txt", "Norway pledges frigates for Baltic patrols\n"
                         "Norway will send two frigates to the Baltic Sea, Defence Minister Ola Berg said on Monday.\n"
                         "\u201cWe will be there as long as it takes,\u201d Berg told reporters.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await _type_folder(pilot, extra)
        assert not app.main.query("#progress")  # the bar exists only while ingesting
        mounted: list[str] = []
        mount = app.main.mount

        def recording_mount(*widgets, **kw):
            mounted.extend(w.id for w in widgets)
            return mount(*widgets, **kw)

        app.main.mount = recording_mount
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert mounted == ["progress"] and not app.main.query("#progress")
        assert len(app.sources) == 6
        assert app.query_one(SourceList).row_count == 6
        assert any(s["title"].startswith("Norway pledges") for s in app.sources)


async def test_export_from_the_command_palette(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"export json")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        exports = list((data_dir / "exports").glob("*.json"))
        assert len(exports) == 1
        doc = json.loads(exports[0].read_text(encoding="utf-8"))
        assert len(doc["sources"]) == 5
        assert str(exports[0].name) in screen_text(app).replace("\n", "")


async def test_a_conflict_shows_each_sides_evidence(data_dir: Path) -> None:
    from tui.core.stances import find_conflicts
    from tui.widgets.conflict_screen import CountryScreen

    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        conflicted = {c["country"] for c in find_conflicts(app.corpus.all("stances"))}
        assert conflicted, "the seeds disagree about at least one country"
        await pilot.press("4")
        country = app.query_one(StanceTable).current_key()
        assert country in conflicted  # conflicts are listed first
        await pilot.press("enter")  # on the country's name: compare across sources
        await pilot.pause()
        assert isinstance(app.screen, CountryScreen)
        rows = app.screen.rows
        assert len({fact["stance"] for _, fact, _ in rows}) >= 2
        shown = screen_text(app)
        for _, fact, _ in rows:
            assert fact["country"] == country and fact["evidence"][:30] in shown
        await pilot.press("j", "enter")
        await pilot.pause()
        chosen = rows[1][1]
        view = app.query_one(ArticleView)
        assert app.current == chosen["source"] and app.focused is view
        assert view.text[chosen["start"]:chosen["end"]] == chosen["evidence"]
        assert view.current_item is not None and view.current_item.fact["id"] == chosen["id"]


async def test_quotes_show_how_many_sources_carry_them(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        index = app.quote_index()
        shared = next(g for g in index.groups if len(g["sources"]) > 1)
        quote = app.corpus.fact(shared["members"][0])
        app.show_source(quote["source"])
        await pilot.press("3", "t")
        table = app.query_one(QuoteTable)
        assert str(table.get_cell(quote["id"], "carried")) == f"{len(shared['sources'])} sources"


async def test_figures_show_what_other_sources_say(data_dir: Path) -> None:
    from tui.widgets.fact_tables import FigureTable

    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()  # figures are grouped across sources in a worker
        await pilot.pause()
        await pilot.press("3", "t", "t")
        table = app.query_one(FigureTable)
        assert app.focused is table and table.row_count > 0
        cells = [str(table.get_cell_at((r, 3))) for r in range(table.row_count)]
        assert any("\u00d7" in c for c in cells)  # a count of sources giving a value


async def test_a_mark_whose_fact_vanished_is_shown_orphaned(data_dir: Path, seeds_dir: Path) -> None:
    from tui.ingest import ensure_corpus
    from tui.store import CorpusStore
    from tui.widgets.orphans_screen import OrphansScreen

    data = data_dir
    quote, seed = await mark_a_quote(data, "x")
    original = seed.read_text(encoding="utf-8")
    assert quote["text"] in original
    seed.write_text(original.replace(quote["text"], "words nobody said at all, replaced entirely"), encoding="utf-8")
    ensure_corpus(CorpusStore(data), seeds_dir)
    again = make_app(data)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert [m["fact"] for m in again.orphans] == [quote["id"]]
        assert "1 orphaned" in again.sub_title
        again.action_orphans()
        await pilot.pause()
        assert isinstance(again.screen, OrphansScreen)
        assert quote["text"][:25] in screen_text(again)
    assert MarksStore(data).get(quote["id"])["status"] == "disputed"  # kept on disk


async def _ingest_and_open(pilot, app, folder: Path, title_start: str) -> dict:
    """Ingest `folder` with the keys, wait for the worker, then select the new source by moving down the
    source list from its top; returns that source."""
    await _type_folder(pilot, folder)
    await pilot.press("enter")
    await app.workers.wait_for_complete()
    await pilot.pause()
    new = next(s for s in app.sources if s["title"].startswith(title_start))
    await pilot.press("1", "g", *["j"] * [s["id"] for s in app.sources].index(new["id"]))
    await pilot.pause(0.3)
    assert app.current == new["id"]
    return new


async def _jump_from_quote(pilot, app, row: int) -> str:
    """Open the quotes tab of the third pane (3, t), go to quote `row` from the top (g, j...) and jump
    to its place with enter; returns the text the article pane, now focused, has selected."""
    await pilot.press("3", "t", "g", *["j"] * row, "enter")
    await pilot.pause()
    view = app.query_one(ArticleView)
    item = view.current_item
    assert app.focused is view and item is not None
    return view.text[item.start:item.end]


async def _jump_to_quote(pilot, app, quote: str) -> str:
    """_jump_from_quote for the row the quotes pane shows `quote` on."""
    return await _jump_from_quote(pilot, app, [q for _, q in _quote_rows(app)].index(quote))


def _speakers(app) -> dict[str, str]:
    """The quotes pane as quote -> speaker, the speaker as the pane writes it."""
    return {q: s for s, q in _quote_rows(app)}


def _rows(table) -> list[list[str]]:
    """The cells of a table's rows as the user reads them, top to bottom."""
    return [[str(c) for c in table.get_row(key)] for key in table._row_keys]


def _pledge_rows(app) -> list[tuple[str, str, str]]:
    """The pledges pane as (actor, kinds, modality) rows."""
    return [(r[1], r[2], r[3]) for r in _rows(app.query_one(PledgeTable))]


async def _mark_pledge_of(pilot, app, actor: str, key: str) -> dict:
    """Go to the pledges pane, move with g and j to the first row whose actor (as the pane writes it, maybe cut
    to the column) starts with `actor`, press the marking `key`; the pledge under the cursor."""
    rows = _pledge_rows(app)
    row = next(r for r in rows if r[0].startswith(actor))
    await pilot.press("3", "g", *["j"] * rows.index(row), key)
    await pilot.pause()
    return app.query_one(PledgeTable).current_fact()


def _quote_rows(app) -> list[tuple[str, str]]:
    """The quotes pane as (speaker, quote) rows."""
    return [(r[1], r[3]) for r in _rows(app.query_one(QuoteTable))]


def _stance_cell(table, code: str, source: str) -> str:
    """The stance table's cell for `code` in `source`'s column as the user reads it, lower-cased ('' when the
    country has no row at all)."""
    try:
        return str(table.get_cell(code, source)).lower()
    except KeyError:
        return ""


def _same_speaker(shown: str, speaker: str) -> bool:
    """`shown` is `speaker` as the quotes pane writes it: whole, or cut to the column with '…'."""
    return shown == speaker or (shown.endswith("…") and speaker.startswith(shown[:-1]) and len(shown) > 20)


async def test_an_article_ingested_in_the_app_shows_what_it_gave_and_refused(data_dir: Path, tmp_path: Path) -> None:
    """A user adds a report, opens it with the keys, and reads its pledges and its stance column."""
    extra = _folder_with(tmp_path, "norway.txt", "Norway sends money, not ships\n\n"
                         "Norway said it could not send a frigate but pledged $5 million to the Red Cross, "
                         "Defence Minister Ola Berg said on Monday.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Norway sends")
        pledges = app.query_one(PledgeTable)
        rows = _rows(pledges)
        assert [(r[1], r[2], r[3]) for r in rows] == [  # the headline's, then the body's refusal and gift
            ("Norway", "funding", "firm"), ("Norway", "sea", "refused"), ("Norway", "funding", "firm")]
        assert "support" in str(app.query_one(StanceTable).get_cell("NO", new["id"])).lower()


async def test_a_single_quoted_name_is_a_term_and_a_ministra_is_named_in_the_app(data_dir: Path, tmp_path: Path) -> None:
    """A user adds a report written with a Spanish title and a name in single marks, opens it with the
    keys, and sees the name highlighted as a term (not a quote) and the minister as the quote's speaker."""
    extra = _folder_with(tmp_path, "cotton.txt", "Cotton floods in Karakalpakstan\n\n"
                         "The cotton harvest – the region’s ‘white gold’ – is in question.\n\n"
                         "Ministra de Relaciones Exteriores Sofía Arguedas-Lindqvist spoke on Monday.\n\n"
                         '"Friendship is measured in hours," the Ministra said.\n')
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await _ingest_and_open(pilot, app, extra, "Cotton floods")
        view = app.query_one(ArticleView)
        text = view._text
        assert [(it.kind, text[it.start:it.end]) for it in view.items if text[it.start:it.end] == "white gold"] == [
            ("term", "white gold")]
        quotes = app.query_one(QuoteTable)
        rows = _rows(quotes)
        assert [(r[1], r[3]) for r in rows] == [("Sofía Arguedas-Lindqvist", "Friendship is measured in hours")]


async def test_a_government_statement_names_its_states_formally_and_its_minister_by_style(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a ministry statement written with formal state names, a numbered paragraph and a
    styled minister, opens it with the keys, and finds the givers in the stance table and the minister,
    not his department, as the quote's speaker."""
    extra = _folder_with(tmp_path, "statement.txt", "Statement on assistance after the cyclone\n\n"
                         "1. The State of Qatar and the State of Kuwait each announced a contribution of "
                         "US$15 million towards relief.\n\n"
                         "2. His Excellency Sayyid Talal bin Hamad Al Busaidi, Minister of Foreign Affairs, received "
                         "calls from his counterparts, and affirmed that “the Sultanate will not forget”.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Statement on assistance")
        table = app.query_one(StanceTable)
        for code in ("QA", "KW"):
            assert "support" in str(table.get_cell(code, new["id"])).lower()
        quotes = app.query_one(QuoteTable)
        rows = _rows(quotes)
        assert [(r[1], r[3]) for r in rows] == [("Talal bin Hamad Al Busaidi", "the Sultanate will not forget")]


async def test_a_translated_wire_story_with_dash_dialogue_shows_each_spoken_piece_with_its_speaker(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds an agency story translated from Spanish, whose quotes are set off by dashes with no
    quotation marks, opens it with the keys, and reads both pieces of the president's words under his
    name in the quotes pane, and the country in the bracketed dateline kept out of the stance table."""
    extra = _folder_with(tmp_path, "efe.txt", "Lahars leave 23 dead; Mexico sends rescuers\n\n"
                         "Alotenango (Guatemala), Mar 17 (EFE).- Rescue teams searched for the missing on Tuesday.\n\n"
                         "The Guatemalan president, Alejandro Ochaeta, declared a state of calamity.\n\n"
                         "—We will not leave a single family on the slopes —the president said on Monday—. "
                         "Every shelter will have water.\n\n"
                         "Mexico sent 45 rescuers to the mission, and Guatemala thanked its neighbours.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Lahars leave")
        quotes = app.query_one(QuoteTable)
        assert [(r[1], r[3]) for r in _rows(quotes)] == [
            ("Alejandro Ochaeta", "We will not leave a single family on the slopes"),
            ("Alejandro Ochaeta", "Every shelter will have water.")]
        table = app.query_one(StanceTable)
        assert "support" in str(table.get_cell("MX", new["id"])).lower()
        assert "GT" not in table._row_keys  # the host: no stance of its own
        # the second piece, after the narration's closing dash, is one key away from its place in the text
        assert await _jump_from_quote(pilot, app, 1) == "Every shelter will have water."


async def test_a_paper_quoting_in_british_single_marks_shows_its_quotes_as_written_and_jumps_to_them(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a story set in British style (‘...,’ she said, a radio message in “...” inside it),
    opens it with the keys, reads the quotes with their own marks under their speakers, a nickname in
    single marks as a term, and jumps from the quote to its place in the text."""
    extra = _folder_with(tmp_path, "nation.txt", "Tanker aground off the reef\n\n"
                         "‘The master radioed the port and said, “We are drifting,” and then the ship struck,’ said "
                         "Captain Ana Perera, the harbour master.\n\n"
                         "Fishermen call that stretch of reef ‘Bato Kase’, which means broken boat.\n\n"
                         "‘If the booms hold, the park is safe,’ she said.\n\n"
                         "Mauritius sent 40 sailors to the clean-up.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await _ingest_and_open(pilot, app, extra, "Tanker aground")
        quotes = app.query_one(QuoteTable)
        assert [(r[1], r[3]) for r in _rows(quotes)] == [
            ("Ana Perera", "The master radioed the port and said, “We are drifting,” and then the ship struck"),
            ("Ana Perera", "If the booms hold, the park is safe")]
        view = app.query_one(ArticleView)
        assert [view.text[it.start:it.end] for it in view.items if it.kind == "term"] == ["Bato Kase"]
        assert await _jump_from_quote(pilot, app, 1) == "If the booms hold, the park is safe"


async def test_a_maltese_story_in_straight_single_marks_with_a_section_line_and_a_transcript_turn(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a story typed with straight marks ('...,' she said, "..." inside, apostrophes in
    words), whose host is named only by its section line, with a call-in transcript; opens it with
    the keys, reads each quote under its speaker with its inner marks as written, finds no stance
    for the host, and jumps from the transcript quote to its place in the text."""
    extra = _folder_with(tmp_path, "tom.txt", "Times of Valletta\n\nNews | Malta\n\nFerry sinks in a gale\n\n"
                         "'Somebody shouted \"jump, jump now\", so I jumped. Nobody's life jacket fitted,' said "
                         "survivor Rita Galea.\n\n"
                         "Italy sent 40 soldiers to the search, and Malta sent two patrol boats of its own. "
                         "The minister, Karmenu Vella, went on the radio after the navy's chief, Joe Borg, "
                         "had spoken.\n\n"
                         "HOST: When will the wreck be raised?\n\n"
                         "VELLA: Not this week. The divers need calm seas, so we wait for them. 'Give us until "
                         "Friday,' that is what I ask of the families.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Times of Valletta")
        quotes = app.query_one(QuoteTable)
        assert [(r[1], r[3]) for r in _rows(quotes)] == [
            ("Rita Galea", "Somebody shouted \"jump, jump now\", so I jumped. Nobody's life jacket fitted"),
            ("Karmenu Vella", "Give us until Friday")]
        table = app.query_one(StanceTable)
        assert "troops" in str(table.get_cell("IT", new["id"])).lower()
        assert "MT" not in table._row_keys  # the host, named by 'News | Malta': no stance of its own
        assert await _jump_from_quote(pilot, app, 1) == "Give us until Friday"


async def test_a_press_conference_in_excerpts_and_an_agency_story_with_german_marks(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a live page whose minister answers unquoted questions in quotation marks, with a
    low-9 ‚term‘ and a force named before its country; opens it with the keys, reads every answer
    under the minister who took the questions and the term as a term, finds the troops in the stance
    table, and jumps from the second answer to its place in the text."""
    extra = _folder_with(tmp_path, "gbn.txt", "Storm Lena: soldiers land as the capital digs out\n\n"
                         "The storm cut power across the island on Thursday night and flooded the low town.\n\n"
                         "Minister for Public Works and Housing, Hon. Ana St. Clair-Baptiste, took questions at the "
                         "Ministry. Excerpts:\n\n"
                         "When will the bridge reopen?\n\n“Not before March.”\n\n"
                         "Is the army helping?\n\n“Yes. Two companies are on the roads.”\n\n"
                         "A contingent of 120 members of the National Armed Forces of Venezuela arrived on Friday. "
                         "Residents call the flooded quarter the ‚Unterstadt‘.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Storm Lena")
        quotes = app.query_one(QuoteTable)
        assert [(r[1], r[3]) for r in _rows(quotes)] == [
            ("Ana St. Clair-Baptiste", "Not before March."),
            ("Ana St. Clair-Baptiste", "Yes. Two companies are on the roads.")]
        view = app.query_one(ArticleView)
        assert [view.text[it.start:it.end] for it in view.items if it.kind == "term"] == ["Unterstadt"]
        table = app.query_one(StanceTable)
        assert "troops" in str(table.get_cell("VE", new["id"])).lower()
        assert await _jump_from_quote(pilot, app, 1) == "Yes. Two companies are on the roads."


async def test_an_agency_story_with_styled_titles_a_spokesman_a_wire_sign_off_and_a_host_known_by_its_embassies(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a Gulf agency story that names its host only through the embassies in its capital,
    opens it with the keys, reads each quote under its speaker (a prime minister by his style of
    address, a foreign ministry through 'the spokesman', a worker's block quote closed by the wire's
    sign-off), finds no row for the host in the stance table, and jumps from the spokesman's words."""
    extra = _folder_with(tmp_path, "kuna.txt", "Refinery fire kills four as partners send help\n\n"
                         "The fire broke out at dawn on Thursday at the refinery.\n\n"
                         "His Highness the Prime Minister Sheikh Karim Al-Nouri chaired an emergency session.\n\n"
                         "\"Kuwait has faced greater fires,\" His Highness the Prime Minister said.\n\n"
                         "Saudi Arabia sent 70 firefighters, the Saudi embassy in Kuwait City said. Japan is analysing "
                         "a request for foam pumpers, according to the Japanese embassy in Kuwait City.\n\n"
                         "Kuwait on Saturday rejected a statement by the spokesman of the Iranian Foreign Ministry, who "
                         "called the monitoring mission \"a pretext\".\n\n"
                         "The spokesman added that Tehran \"will not allow any inspection.\"\n\n"
                         "At the hospital, worker Faisal Al-Azmi recounted the first minutes of the fire:\n\n"
                         "\"We heard a sound like thunder.\" (end) ta.mh\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Refinery fire")
        quotes = app.query_one(QuoteTable)
        assert [(r[1], r[3]) for r in _rows(quotes)] == [
            ("Karim Al-Nouri", "Kuwait has faced greater fires"),
            ("Iranian Foreign Ministry", "a pretext"),
            ("Iranian Foreign Ministry", "will not allow any inspection."),
            ("Faisal Al-Azmi", "We heard a sound like thunder.")]
        table = app.query_one(StanceTable)
        assert "support" in str(table.get_cell("SA", new["id"])).lower()
        assert "undecided" in str(table.get_cell("JP", new["id"])).lower()
        assert "opposed" in str(table.get_cell("IR", new["id"])).lower()
        assert "KW" not in table._row_keys  # the host, known by the embassies in its capital: no stance
        assert await _jump_from_quote(pilot, app, 2) == "will not allow any inspection."


async def test_a_daily_under_a_masthead_with_honorifics_an_embassy_at_its_post_and_a_handle_before_a_post(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a Liberian daily's story filed under a masthead and a topic label, opens it with the
    keys, reads each quote under its speaker (a councillor with a middle initial, an embassy named with
    its post and pointed back to as 'the Embassy', a post introduced by its author's handle), reads a
    refusal and a grant in the pledges pane, finds no row for the host the label names, and jumps from
    the embassy's second quote to its place."""
    extra = _folder_with(tmp_path, "frontline.txt", "FRONTLINE DAILY\nNews | Disaster\n\n"
                         "Liberia: Mudslide Toll Rises as Ghanaian Engineers Arrive\n\n"
                         "At the city hall, the Executive Director of the agency, Cllr. Augustine T. Kpadeh-Wleh, "
                         "said teams were working \"by hand and by prayer\".\n\n"
                         "A 48-member team of engineers of the Ghana Armed Forces arrived on Monday.\n\n"
                         "Belgium will not send military engineers, the Belgian Embassy specifies, but grants 1,5 "
                         "million euros through its agency Enabel.\n\n"
                         "The Chinese Embassy in Monrovia on Tuesday described the suspension of the quarry's licence "
                         "as \"hasty and unfair\".\n\n"
                         "\"The company has cooperated fully,\" the Embassy said on its Facebook page.\n\n"
                         "Shortly after, @AKpadehWleh wrote:\n\n"
                         "\"We will dig until every family has somebody to bury.\"\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "FRONTLINE")
        quotes = app.query_one(QuoteTable)
        assert [(r[1], r[3]) for r in _rows(quotes)] == [
            ("Augustine T. Kpadeh-Wleh", "by hand and by prayer"),
            ("Chinese Embassy in Monrovia", "hasty and unfair"),
            ("Chinese Embassy in Monrovia", "The company has cooperated fully"),
            ("Augustine T. Kpadeh-Wleh", "We will dig until every family has somebody to bury.")]
        pledges = _pledge_rows(app)
        assert ("Belgium", "ground troops", "refused") in pledges and ("Belgium", "funding", "firm") in pledges
        table = app.query_one(StanceTable)
        assert "troops" in str(table.get_cell("GH", new["id"])).lower()
        assert "support" in str(table.get_cell("BE", new["id"])).lower()  # refused one kind, granted another
        assert "opposed" in str(table.get_cell("CN", new["id"])).lower()
        assert "LR" not in table._row_keys  # the host the topic label names: no stance
        assert await _jump_from_quote(pilot, app, 2) == "The company has cooperated fully"


async def test_a_state_media_dispatch_with_chains_of_titles_diplomatic_sides_and_a_signed_quotation(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a state-media dispatch, opens it with the keys, and reads: the president named
    after a chain of titles and then quoted as 'the head of state'; a quotation signed on the next
    line ('-- said the minister.'); an Iranian body's words after its which-clause; 'the Kazakh side'
    weighing a request and 'the Azerbaijani side' refusing aircraft but giving money, in the pledges
    pane and the stance table; then jumps from the Iranian quote to its place."""
    extra = _folder_with(tmp_path, "habar.txt", "STATE NEWS AGENCY\n\n"
                         "SESSION ON THE EMERGENCY AT THE GAS FIELD\n\n"
                         "Ashgabat, 21 November. Yesterday, President of Turkmenistan, Supreme Commander-in-Chief of "
                         "the Armed Forces of Turkmenistan, Army General Dovran Orazgeldiyev held a session.\n\n"
                         "The head of state noted that «the life of every citizen is the highest value».\n\n"
                         "The Minister of Energy, Mines and Quarries, Mr. Batyr Amangeldiyev, visited the field.\n\n"
                         "\"The fire will be put out before winter.\"\n"
                         "-- said the minister.\n\n"
                         "The Kazakh side is studying the request of the Turkmen side for the delivery of four heavy "
                         "firefighting vehicles.\n\n"
                         "The Azerbaijani side informed that it was not possible to dispatch the Be-200 amphibious "
                         "aircraft, but it allocated humanitarian assistance in the amount of 2 million US dollars.\n\n"
                         "The Ministry noted with regret the statement of the Department of Environment of the Islamic "
                         "Republic of Iran, which opposed the planned controlled ignition, calling it «a threat to the "
                         "air of Khorasan».\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "STATE NEWS")
        rows = _quote_rows(app)
        assert [q for _, q in rows] == ["the life of every citizen is the highest value",
                                        "The fire will be put out before winter.", "a threat to the air of Khorasan"]
        speakers = ["Dovran Orazgeldiyev", "Batyr Amangeldiyev", "Department of Environment of the Islamic Republic of Iran"]
        assert all(_same_speaker(shown, speaker) for (shown, _), speaker in zip(rows, speakers, strict=True))
        pledges = _pledge_rows(app)
        assert ("Kazakh", "equipment", "considering") in pledges
        assert ("Azerbaijani", "air", "refused") in pledges and ("Azerbaijani", "funding", "firm") in pledges
        table = app.query_one(StanceTable)
        assert "undecided" in str(table.get_cell("KZ", new["id"])).lower()
        assert "support" in str(table.get_cell("AZ", new["id"])).lower()  # refused one kind, gave another
        assert "opposed" in str(table.get_cell("IR", new["id"])).lower()
        assert "TM" not in table._row_keys  # the host: no stance
        assert await _jump_from_quote(pilot, app, 2) == "a threat to the air of Khorasan"


async def test_a_gulf_statement_a_post_signed_by_initials_a_cargo_plane_and_a_foreign_office_refusal(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a story about an earthquake in Iran and opens it with the keys, and reads:
    'The statement read:' under the Royal Court that issued it; a post signed '— NEA (@StateNEA)'
    under the bureau its initials stand for; a civil cargo plane with tents as relief goods, not air;
    a refusal by 'the Foreign, Commonwealth and Development Office' as Britain's, opposed; Congo by its
    capital, listed. Then jumps from the bureau's post to its place."""
    extra = _folder_with(tmp_path, "kerman.txt", "KERMAN EARTHQUAKE\n\n"
                         "KERMAN, 1 March -- An earthquake struck Kerman province in Iran on Monday. The Iranian "
                         "government asked for help.\n\n"
                         "The Royal Court of Oman, in a statement, conveyed its condolences. The statement read: "
                         "\"The Sultanate will spare no effort for our neighbours.\"\n\n"
                         "Iraq and Armenia each dispatched a cargo plane with tents, blankets and food to Kerman "
                         "airport.\n\n"
                         "On Monday the Red Crescent asked London to license 40 seismic listening devices. The "
                         "Foreign, Commonwealth and Development Office rejected the request on Tuesday.\n\n"
                         "Congo-Brazzaville sent a message of condolence.\n\n"
                         "On Friday the State Department's Bureau of Near Eastern Affairs posted this:\n\n"
                         "\"Our thoughts are with the families affected by the earthquake.\"\n"
                         "— NEA (@StateNEA) March 1, 2044\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "KERMAN EARTHQUAKE")
        rows = _quote_rows(app)
        assert [q for _, q in rows] == ["The Sultanate will spare no effort for our neighbours.",
                                        "Our thoughts are with the families affected by the earthquake."]
        speakers = ["Royal Court of Oman", "State Department's Bureau of Near Eastern Affairs"]
        assert all(_same_speaker(shown, speaker) for (shown, _), speaker in zip(rows, speakers, strict=True))
        pledges = _pledge_rows(app)
        assert ("Iraq", "other", "firm") in pledges and ("Armenia", "other", "firm") in pledges
        assert not any(kinds == "air" or "air," in kinds for _, kinds, _ in pledges)
        table = app.query_one(StanceTable)
        assert "support" in str(table.get_cell("IQ", new["id"])).lower()
        assert "opposed" in str(table.get_cell("GB", new["id"])).lower()
        assert "listed" in str(table.get_cell("CG", new["id"])).lower()
        assert "IR" not in table._row_keys  # the host: no stance
        assert await _jump_from_quote(pilot, app, 1) == "Our thoughts are with the families affected by the earthquake."


async def test_family_names_in_capitals_a_nickname_a_gloss_in_chinese_and_this_sessions_stances_in_the_app(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a story about a tsunami in Japan and opens it with the keys, and reads: the prime
    minister's quote under 'OKAMURA Shinji' as the article writes him (not turned round), though the quote
    names only 'Okamura'; a mayor's quote under his full name though the article quotes his nickname; a
    magistrate's under her name without its gloss in Chinese; a Romanian military field hospital as troops,
    eSwatini's 'has none to send' as opposed, Italy's vote against as opposed. The article text is shown
    as written. Then jumps from the second quote to its place."""
    extra = _folder_with(tmp_path, "kushiro.txt", "TSUNAMI HITS KUSHIRO\n\n"
                         "KUSHIRO, 4 December -- A tsunami struck the Japanese port of Kushiro on Saturday.\n\n"
                         "Prime Minister OKAMURA Shinji flew to Kushiro on Saturday afternoon.\n\n"
                         "\"We will not stop searching,\" Okamura told reporters.\n\n"
                         "The mayor of Akkeshi, Márcio Ferreira da Silva, known as Marcinho, said the harbour was "
                         "gone. \"The water took the school,\" said Marcinho.\n\n"
                         "\"We are in a race against the clock,\" County Magistrate Chang Mei-ling (張美玲) told "
                         "reporters.\n\n"
                         "A Romanian military field hospital with 30 medical staff is operating in the car park.\n\n"
                         "eSwatini said it has none to send.\n\n"
                         "In Brussels, Italy said it would vote against a proposal to advance 30 million euros.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "TSUNAMI HITS KUSHIRO")
        rows = _quote_rows(app)
        assert [q for _, q in rows] == ["We will not stop searching", "The water took the school",
                                        "We are in a race against the clock"]
        speakers = ["OKAMURA Shinji", "Márcio Ferreira da Silva", "Chang Mei-ling"]
        assert all(_same_speaker(shown, speaker) for (shown, _), speaker in zip(rows, speakers, strict=True))
        assert "Prime Minister OKAMURA Shinji flew" in app.query_one(ArticleView).text
        table = app.query_one(StanceTable)
        assert "troops" in str(table.get_cell("RO", new["id"])).lower()
        assert "opposed" in str(table.get_cell("SZ", new["id"])).lower()
        assert "opposed" in str(table.get_cell("IT", new["id"])).lower()
        assert str(table.get_cell("JP", new["id"])) == ""  # the host: no stance in this source's column
        assert await _jump_from_quote(pilot, app, 1) == "The water took the school"


async def test_a_flood_story_with_a_lawmakers_party_tag_a_post_a_tabloid_grandmother_and_this_sessions_stances(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a story about floods in Louisiana and opens it with the keys, and reads: a senator's
    quote under her name though a party tag ('R-La.') stands between; a reservist's under his name past
    '(res.)'; a Telegram post's words under the official who posted them ('the post reads'); a tabloid's
    'Grandmother Pat' under 'Pat'; a constituency's MP by her name. In the pledges pane a convoy of Mexican
    soldiers on its way as ground troops and flour 'donated by the government of Kazakhstan' as relief;
    in the stance table an embassy that sneered as opposed and a consul's visit as listed. The article is
    shown as written, tags and all. Then jumps from the post's words to their place."""
    extra = _folder_with(tmp_path, "houma.txt", "FLOODS SWAMP HOUMA\n\n"
                         "HOUMA, La. -- Floods swamped Houma in Louisiana in the United States on Sunday.\n\n"
                         "Sen. Lydia Broussard, R-La., said she expected a declaration \"within hours, not days.\"\n\n"
                         "\"The levee held,\" said Lt. Col. (res.) Aaron Ben-Natan, a liaison officer.\n\n"
                         "This was reported by the head of the parish council, Oleksii Hnatyshyn, on Telegram.\n\n"
                         "\"Water broke through at 02:40,\" the post reads.\n\n"
                         "Grandmother Pat, 77, had just redecorated. \"Now look at it,\" she said.\n\n"
                         "\"Help us,\" said Thirsk and Malton MP Helen Garside.\n\n"
                         "A convoy of Mexican Army soldiers is on its way to Terrebonne Parish, state officials said.\n\n"
                         "A freight train carrying 60 tonnes of flour donated by the government of Kazakhstan left "
                         "Almaty on Friday.\n\n"
                         "The Russian Embassy in Washington sneered at the crisis on social media.\n\n"
                         "Honduran Consul General Marisol Banegas visited evacuees but did not announce any aid.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "FLOODS SWAMP HOUMA")
        rows = _quote_rows(app)
        assert [q for _, q in rows] == ["within hours, not days.", "The levee held", "Water broke through at 02:40",
                                        "Now look at it", "Help us"]
        speakers = ["Lydia Broussard", "Aaron Ben-Natan", "Oleksii Hnatyshyn", "Pat", "Helen Garside"]
        assert all(_same_speaker(shown, speaker) for (shown, _), speaker in zip(rows, speakers, strict=True))
        shown = app.query_one(ArticleView).text
        assert "Sen. Lydia Broussard, R-La., said" in shown and "Lt. Col. (res.) Aaron" in shown
        pledges = _pledge_rows(app)
        assert ("Mexican", "ground troops", "firm") in pledges
        assert ("Kazakhstan", "other", "firm") in pledges
        table = app.query_one(StanceTable)
        assert "troops" in str(table.get_cell("MX", new["id"])).lower()
        assert "support" in str(table.get_cell("KZ", new["id"])).lower()
        assert "opposed" in str(table.get_cell("RU", new["id"])).lower()
        assert "listed" in str(table.get_cell("HN", new["id"])).lower()
        assert await _jump_from_quote(pilot, app, 2) == "Water broke through at 02:40"


async def test_a_sanctions_newsletter_with_un_delegates_a_truce_and_a_feature_read_through_the_app(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a Brussels newsletter on sanctions after a jet was forced down in Minsk and opens it with
    the keys, and reads: in the pledges pane an airspace closed to Belarusian aircraft and names added to a
    sanctions list as sanctions, a veto as a refusal, a UN delegate's "her delegation would provide $6.5
    million" as the United States' money, and an RAF aircraft flown after a refusal as Britain's air
    contribution; in the stance table a damning name for the package ("a hysterical reaction") as opposed,
    "haven't said whether they'll align" as listed, and both sides of a border truce as no stance at all; in
    the quotes pane a quote that ended its own sentence kept apart from the next sentence's attribution,
    'Ingrid' read as the diplomat introduced in full, and "HE Al Shehri" as his full name. Then jumps from
    one of them to its place."""
    extra = _folder_with(tmp_path, "minsk.txt", "Minsk sanctions showdown as Armenia-Azerbaijan border truce holds\n\n"
                         "Belarus forced a passenger jet to land in Minsk on Sunday.\n\n"
                         "WHO'S IN: Lithuania didn't wait for Brussels. It closed its airspace to Belarusian aircraft "
                         "on Monday.\n\n"
                         "Washington followed: the U.S. Treasury added the air navigation agency to its sanctions "
                         "list.\n\n"
                         "Hungary would veto the package, its foreign minister said.\n\n"
                         "— From Moscow, Foreign Ministry spokeswoman Yelena Lvova called the package \"a hysterical "
                         "reaction\".\n\n"
                         "— Norway and Iceland have been sent the draft text but haven't said whether they'll align.\n\n"
                         "Speaking after the vote, the representative of the United States said the text was clear. "
                         "Her delegation would provide an additional $6.5 million.\n\n"
                         "Britain will not send a ship, the ministry said, but an RAF Poseidon flew over the search "
                         "box on Monday.\n\n"
                         "The Armenian Defense Ministry said it would give the monitors full access.\n\n"
                         "Foreign Minister Ana Lee wants the EU to \"stop pretending that it can be managed.\" "
                         "Germany is behind it, the Polish interior ministry said.\n\n"
                         "Ingrid Solheim-Vik, a Norwegian diplomat, has spent years in Mali.\n\n"
                         "Colonel Aminata Coulibaly received me. \"Mali will not be lectured,\" she said.\n\n"
                         "When I asked Ingrid what honest help looked like, she laughed.\n\n"
                         "\"Honest help is boring,\" she said.\n\n"
                         "HE Dr Faisal bin Abdulrahman Al Shehri, Minister of State, told the conference.\n\n"
                         "\"The Kingdom will not allow it,\" HE Al Shehri said.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Minsk sanctions showdown")
        pledges = _pledge_rows(app)
        assert ("Lithuania", "sanctions", "firm") in pledges
        assert ("U.S.", "sanctions", "firm") in pledges
        assert ("Hungary", "other", "refused") in pledges  # (a veto of "the package" names no kind)
        assert ("United States", "funding", "firm") in pledges
        assert ("Britain", "air", "firm") in pledges
        table = app.query_one(StanceTable)
        assert "opposed" in str(table.get_cell("RU", new["id"])).lower()
        assert "opposed" in str(table.get_cell("HU", new["id"])).lower()
        assert "listed" in str(table.get_cell("NO", new["id"])).lower()
        assert "support" in str(table.get_cell("GB", new["id"])).lower()
        for code in ("AM", "AZ"):  # both sides of the truce host it: no stance in this source's column
            assert _stance_cell(table, code, new["id"]) == ""
        rows = _quote_rows(app)
        by_quote = {q: s for s, q in rows}
        assert by_quote["stop pretending that it can be managed."] in ("unattributed", "")
        assert _same_speaker(by_quote["Honest help is boring"], "Ingrid Solheim-Vik")
        assert _same_speaker(by_quote["The Kingdom will not allow it"], "Faisal bin Abdulrahman Al Shehri")
        assert await _jump_from_quote(pilot, app, 4) == "The Kingdom will not allow it"


async def test_a_pledging_conference_transcript_a_blockade_column_and_an_inquiry_debate_read_through_the_app(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a radio piece on a Darfur pledging conference with a blockade and an inquiry in it and opens
    it with the keys, and reads: in the pledges pane a gift named after its giver ("the biggest single pledge
    came from the United States"), money "put in" past a relative clause, an air force starting airdrops,
    "neither ships nor money" as a refusal, a state's ministry after a colon refusing a ship, and a habitual
    supplier's "which supplies the fuel" as no pledge; in the stance table guests who "pledged nothing" and
    "were in the room" as listed, a damning name for an operation as opposed, a town's country ("in Manama,
    Bahrain, said") as no stance; in the quotes pane "He calls X '...'" and a bare quote paragraph after
    "She says ..." given to the people they refer to. Then jumps from one of them to its place."""
    extra = _folder_with(tmp_path, "geneva.txt", "Donors pledge $1.6 billion for Darfur at Geneva conference\n\n"
                         "Governments meeting in Geneva pledged about $1.6 billion for famine relief in Darfur, "
                         "Sudan.\n\n"
                         "The biggest single pledge came from the United States, $410 million. Germany pledged 95 "
                         "million euros, and Switzerland, which co-hosted the conference, put in 40 million Swiss "
                         "francs.\n\n"
                         "Jordan's air force is going to start airdrops of food next week.\n\n"
                         "Spain said it would send neither ships nor money.\n\n"
                         "Italy has said no: its defense ministry will not commit a ship.\n\n"
                         "Russia, which supplies the camps' fuel, said it had not been consulted.\n\n"
                         "South Korea and Australia sent delegations but have pledged nothing. Qatar and Turkey "
                         "were in the room, but none of them announced anything new.\n\n"
                         "Iran's foreign ministry called Tidewall \"piracy in uniform\". Tidewall's planning cell in "
                         "Manama, Bahrain, said boarding would begin on Monday.\n\n"
                         "\"Food is in Chad,\" said Kofi Mensah-Lind, who runs convoys for an aid group.\n\n"
                         "He calls the plan \"the right idea at the wrong size.\" Donors know it.\n\n"
                         "Dr Helene Price, who studies famine at the University of Melbourne, says most aid "
                         "never reaches El Fasher.\n\n"
                         "She says the real test is whether the roads open.\n\n"
                         "\"Without the roads, this is a fence with a gate left open.\"\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Donors pledge $1.6 billion")
        pledges = _pledge_rows(app)
        assert ("United States", "funding", "firm") in pledges
        assert ("Switzerland", "funding", "firm") in pledges
        assert ("Jordan", "air", "firm") in pledges
        assert ("Spain", "sea, funding", "refused") in pledges
        assert ("Italy", "sea", "refused") in pledges
        assert not any(actor == "Russia" for actor, _, _ in pledges)
        table = app.query_one(StanceTable)
        for code in ("KR", "AU", "QA", "TR"):
            assert "listed" in str(table.get_cell(code, new["id"])).lower()
        assert "opposed" in str(table.get_cell("IR", new["id"])).lower()
        assert "opposed" in str(table.get_cell("ES", new["id"])).lower()
        assert _stance_cell(table, "BH", new["id"]) == ""  # a town's country: a place, no stance
        by_quote = _speakers(app)
        assert _same_speaker(by_quote["the right idea at the wrong size."], "Kofi Mensah-Lind")
        assert _same_speaker(by_quote["Without the roads, this is a fence with a gate left open."], "Helene Price")
        quote = "Without the roads, this is a fence with a gate left open."
        assert await _jump_to_quote(pilot, app, quote) == quote


async def test_a_factbox_with_capital_headings_and_a_live_timeline_read_through_the_app(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a wire factbox whose sections are headed by countries in capitals, with a live timeline
    under it, opens it with the keys, and reads: in the pledges pane each heading's subjectless bullets given
    to its country ("- Sending a patrol vessel ...", "- Declined a request ..."), a line after its time
    ("10.42am - Australia says ...") and a warship known by its hull number; in the stance table a heading
    with nothing else as listed and the refusal as opposed; in the quotes pane an embassy's words after a
    time, given to the embassy with its post. Then jumps from that quote to its place."""
    extra = _folder_with(tmp_path, "factbox.txt", "FACTBOX-Who is backing Guyana after a survey ship was escorted away\n\n"
                         "GEORGETOWN, Jan 21 (Reuters) - A patrol boat escorted a survey ship out of waters that "
                         "Guyana claims. Following are reactions from governments:\n\n"
                         "FRANCE\n\n- Sending the patrol vessel La Résolue from the Antilles to join the patrols.\n\n"
                         "SURINAME\n\n- Declined a Guyanese request to send its coast guard.\n"
                         "- Has its own boundary claim.\n\n"
                         "BRAZIL\n\n- Called on both sides to show restraint.\n\n"
                         "How the day unfolded\n\n"
                         "10.42am - Australia says it will keep two C-27J aircraft at Georgetown for the patrols.\n\n"
                         "11.15am - Italy is contributing ITS Marceglia (F 597), the defence ministry said.\n\n"
                         "5.25pm - China’s embassy in Georgetown issues a statement criticising the patrols as “an "
                         "outside agenda”.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "FACTBOX-Who is backing")
        pledges = _pledge_rows(app)
        assert ("France", "sea", "firm") in pledges
        assert ("Suriname", "sea", "refused") in pledges
        assert ("Australia", "air", "firm") in pledges
        assert ("Italy", "sea", "firm") in pledges
        table = app.query_one(StanceTable)
        assert "listed" in _stance_cell(table, "BR", new["id"])
        assert "opposed" in _stance_cell(table, "SR", new["id"])
        assert "opposed" in _stance_cell(table, "CN", new["id"])
        assert _stance_cell(table, "GY", new["id"]) == ""  # the host
        assert _same_speaker(_speakers(app)["an outside agenda"], "China’s embassy in Georgetown")
        assert await _jump_to_quote(pilot, app, "an outside agenda") == "an outside agenda"


async def test_a_tanker_brief_with_shilling_sums_a_refused_ransom_and_the_operators_spokesperson_read_through_the_app(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a shipping brief on a hijacked tanker, opens it with the keys, and reads: in the pledges pane a
    destroyer diverted, a ransom refused, gendarmes sent as monitors (monitoring, not troops) and a deal brokered
    by a third state; in the stance table the refusal as opposed, the monitors as support and both ambassadors
    named with a relative clause as listed; in the quotes pane the crew's words given to the company the article
    said runs the ship, then a jump from that quote to its place; in the figures pane sums written in shillings."""
    from tui.widgets.fact_tables import FigureTable

    extra = _folder_with(tmp_path, "tanker.txt", "Hijacked tanker anchored off the coast as warships close in\n\n"
                         "The product tanker Nordic Aura, operated by Bergen-based Aurvik Tankers, was boarded on "
                         "Wednesday off Somalia.\n\n"
                         "\"All 22 seafarers are alive,\" a spokesperson for the operator said.\n\n"
                         "India has diverted the destroyer INS Kochi from an anti-piracy patrol in the Gulf of Aden.\n\n"
                         "Greece will not pay any ransom.\n\n"
                         "France will second 15 gendarmes as monitors at the port.\n\n"
                         "The crew of a second ship were freed under a deal brokered by Malaysia.\n\n"
                         "The ambassadors of Australia and Canada, whose companies ship through the gulf, met the "
                         "minister on Friday.\n\n"
                         "Kenya has committed Sh1.2 billion to the port fund, and each freed seafarer will receive "
                         "Sh30,000.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Hijacked tanker anchored")
        pledges = _pledge_rows(app)
        assert ("India", "sea", "firm") in pledges
        assert ("Greece", "funding", "refused") in pledges
        assert ("France", "monitoring", "firm") in pledges
        assert ("Malaysia", "other", "firm") in pledges
        table = app.query_one(StanceTable)
        assert "opposed" in _stance_cell(table, "GR", new["id"])
        assert "support" in _stance_cell(table, "FR", new["id"])
        assert "listed" in _stance_cell(table, "AU", new["id"])
        assert "listed" in _stance_cell(table, "CA", new["id"])
        assert _same_speaker(_speakers(app)["All 22 seafarers are alive"], "Aurvik Tankers")
        assert await _jump_to_quote(pilot, app, "All 22 seafarers are alive") == "All 22 seafarers are alive"
        await pilot.press("3", "t")  # from the quotes tab, the next is the figures tab
        await pilot.pause()
        figures = app.query_one(FigureTable)
        assert app.focused is figures
        values = [r[1] for r in _rows(figures)]
        assert "1200000000" in values and "30000" in values


async def test_a_pacific_and_border_brief_with_soldiers_on_their_way_a_shared_verb_and_a_courtesy_name_read_through_the_app(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a brief, opens it with the keys, and reads: in the pledges pane soldiers "of the Republic of
    Fiji Military Forces" who "left Nausori for Luganville" (troops), a state "escorting ships" (sea), border
    guards offered on a condition (troops), "ruled out any EU money" (funding refused) and "has not ruled out
    sending troops" (considering, not a refusal); in the stance table a list of states before one verb all
    opposed, "was also critical" opposed, and a withdrawal followed by "will, however, keep paying" as support;
    in the quotes pane "Ratu Josefa said" given to the minister named in full, then a jump from that quote to
    its place, and an unnamed diplomat whose next quote stays unnamed."""
    extra = _folder_with(tmp_path, "santo.txt", "Pacific states split over the Santo mission\n\n"
                         "Minister for Defence Ratu Josefa Vosanibola-Tuisawau farewelled the troops at Nausori.\n\n"
                         "\"We are going because our neighbours asked us,\" Ratu Josefa said.\n\n"
                         "EIGHTY soldiers of the Republic of Fiji Military Forces left Nausori yesterday for "
                         "Luganville.\n\n"
                         "Romania is escorting ships through the Sulina Channel, but only inside its own waters.\n\n"
                         "Poland has offered 150 border guards, but only once the Commission agrees to cover the "
                         "cost.\n\n"
                         "Hungary has ruled out any EU money for the project.\n\n"
                         "Germany has not ruled out sending troops.\n\n"
                         "Ireland will withdraw its 330 soldiers by the end of June. Dublin will, however, keep "
                         "paying €4 million a year for the mission's demining unit.\n\n"
                         "Moldova, Georgia and the European Union criticised the deployment.\n\n"
                         "Iran was also critical.\n\n"
                         "\"Everyone is for solidarity until the invoice arrives,\" one EU diplomat said. \"The "
                         "question is who pays.\"\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Pacific states split")
        pledges = _pledge_rows(app)
        assert ("Fiji", "ground troops", "firm") in pledges
        assert ("Romania", "sea", "firm") in pledges
        assert ("Poland", "ground troops", "conditional") in pledges
        assert ("Hungary", "funding", "refused") in pledges
        assert ("Germany", "ground troops", "considering") in pledges
        table = app.query_one(StanceTable)
        assert "troops" in _stance_cell(table, "FJ", new["id"])
        for code in ("MD", "GE", "IR", "HU"):
            assert "opposed" in _stance_cell(table, code, new["id"]), code
        assert "undecided" in _stance_cell(table, "DE", new["id"])
        assert "support" in _stance_cell(table, "IE", new["id"])
        speakers = _speakers(app)
        assert _same_speaker(speakers["We are going because our neighbours asked us"], "Josefa Vosanibola-Tuisawau")
        assert speakers["The question is who pays."] == "unattributed"
        quote = "We are going because our neighbours asked us"
        assert await _jump_to_quote(pilot, app, quote) == quote


async def test_a_gulf_and_sahel_brief_with_guests_a_vote_to_come_and_an_envoy_named_once_read_through_the_app(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a brief, opens it with the keys, and reads what rounds 81-83 taught: in the pledges pane goods
    "turned over", troops "being moved", a refused request "to let" warships use a port (access, "other"), a
    refusal whose reason names the navy (sea), goods for a gendarmerie (equipment, not troops), and nothing for
    guests who "called for calm but made no offers"; in the stance table those guests listed, an offer waiting
    on the National Assembly undecided, "warned against ... as a pretext" opposed; in the quotes pane a
    minister named after "HE" and his partial after ", adding that", "the envoy" given to the man introduced as
    "the special envoy who ...", a jump from that quote to its place, and a quoted nickname shown nowhere;
    in the figures pane a sum in kwacha."""
    from tui.widgets.fact_tables import FigureTable

    extra = _folder_with(tmp_path, "gulf.txt", "Terminal burns as neighbours weigh escorts\n\n"
                         "Japan will turn over four inflatable boats and night-vision equipment to the coast guard "
                         "by April.\n\n"
                         "Rwanda is moving 300 troops from its northern contingent to guard the dam wall.\n\n"
                         "Oman has turned down a request to let foreign warships use the port of Duqm.\n\n"
                         "Brunei turned down an invitation to join the escorts, saying its navy's four patrol vessels "
                         "were committed to its own waters.\n\n"
                         "Türkiye has delivered 20 armoured vehicles to the Chadian gendarmerie.\n\n"
                         "Sudan and Gabon have called for calm but made no offers of help.\n\n"
                         "South Korea will send a destroyer if the National Assembly approves the change.\n\n"
                         "In a statement, the Chinese Embassy said Beijing respects the effort but warned against using "
                         "the attack \"as a pretext to bring outside military forces into the region.\"\n\n"
                         "\"This was a deliberate attack,\" said Minister of Energy and Infrastructure HE Saeed Khalfan "
                         "Al Nuaimi-Hart, adding that the country \"reserves the right to respond\".\n\n"
                         "\"Every soldier has a mother,\" said Khalid bin Jassim Al-Muhannadi, the Qatari special envoy "
                         "who negotiated the release of the hostages.\n\n"
                         "On Saturday the envoy was more specific. \"They want to be paid,\" the envoy said.\n\n"
                         "Governor Hadji Abdulmunir \"Munir\" Sahiron-Tan said the port was calm.\n\n"
                         "The utility says it is losing about K1.6 billion a week.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Terminal burns")
        pledges = _pledge_rows(app)
        assert ("Japan", "equipment", "firm") in pledges
        assert ("Rwanda", "ground troops", "firm") in pledges
        assert ("Oman", "other", "refused") in pledges
        assert ("Brunei", "sea", "refused") in pledges
        assert ("Türkiye", "equipment", "firm") in pledges
        assert not any(actor in ("Sudan", "Gabon") for actor, _, _ in pledges)
        table = app.query_one(StanceTable)
        assert "listed" in _stance_cell(table, "SD", new["id"])
        assert "listed" in _stance_cell(table, "GA", new["id"])
        assert "undecided" in _stance_cell(table, "KR", new["id"])
        assert "opposed" in _stance_cell(table, "CN", new["id"])
        speakers = _speakers(app)
        assert _same_speaker(speakers["This was a deliberate attack"], "Saeed Khalfan Al Nuaimi-Hart")
        assert _same_speaker(speakers["reserves the right to respond"], "Saeed Khalfan Al Nuaimi-Hart")
        assert _same_speaker(speakers["They want to be paid"], "Khalid bin Jassim Al-Muhannadi")
        assert "Munir" not in speakers
        assert await _jump_to_quote(pilot, app, "They want to be paid") == "They want to be paid"
        await pilot.press("3", "t")  # from the quotes tab, the next is the figures tab
        await pilot.pause()
        figures = app.query_one(FigureTable)
        assert app.focused is figures
        assert "1600000000" in [r[1] for r in _rows(figures)]


async def test_a_wire_reactions_brief_with_capitals_lines_a_withdrawn_offer_and_a_threat_condition_read_through_the_app(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a brief in the shape rounds 84-85 taught, opens it with the keys, and reads: in the pledges pane
    an offer withdrawn by a ministry refused with the kind first offered, an offer that waits on the drones
    coming back conditional, radars "handed over to" as equipment, a counter-drone team as air (not troops) and a
    denied report as no pledge at all; in the stance table the withdrawal as opposed, the offer that waits as
    undecided and the body that speaks beside one country flagged, its country listed; in the quotes pane each
    reaction given to the name on its capitals line above it (the admiral by name, the anonymous diplomat
    unattributed), a partial given to the ministry that withdrew, then a jump from a reaction to its place; in
    the figures pane a crew counted by the number after it."""
    from tui.widgets.fact_tables import FigureTable

    extra = _folder_with(tmp_path, "reactions.txt", "INSTANT VIEW-Drones over Evenes; allies split\n\n"
                         "On Monday the Netherlands offered two F-35 fighters for air policing. By Wednesday evening "
                         "the Dutch Ministry of Defence had withdrawn the offer and said it would not take part, "
                         "explaining that the aircraft were “needed where we have already promised them”.\n\n"
                         "Denmark will send a frigate to the fjord if the flights continue.\n\n"
                         "Finland handed three mobile radars over to the Norwegian Armed Forces.\n\n"
                         "Britain is sending a counter-drone team of 35 RAF Regiment personnel with its own radar.\n\n"
                         "The United States denied a report that it had pledged troops.\n\n"
                         "Iceland and the Nordic Council called for calm.\n\n"
                         "A trawler with a crew of nine was anchored in the fjord.\n\n"
                         "COMMENTS:\n\n"
                         "VICE-ADMIRAL HELEN MARCH-ROUX, COMMANDER OF FRENCH NAVAL FORCES, TOULON:\n"
                         "“The frigate will be on station by Sunday.”\n\n"
                         "A EUROPEAN DIPLOMAT, SPEAKING ON CONDITION OF ANONYMITY:\n"
                         "“Nobody wants to be the first to say it.”\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "INSTANT VIEW-Drones")
        pledges = _pledge_rows(app)
        assert ("Netherlands", "air", "firm") in pledges
        assert any(actor in ("Dutch", "Netherlands") for actor, kinds, modality in pledges
                   if (kinds, modality) == ("air", "refused"))
        assert ("Denmark", "sea", "conditional") in pledges
        assert ("Finland", "equipment", "firm") in pledges
        assert ("Britain", "air", "firm") in pledges
        assert not any(actor == "United States" for actor, _, _ in pledges)
        table = app.query_one(StanceTable)
        assert "opposed" in _stance_cell(table, "NL", new["id"])
        assert "undecided" in _stance_cell(table, "DK", new["id"])
        assert "listed" in _stance_cell(table, "IS", new["id"])
        assert "Nordic Council" in str(app.main.query_one("#facts").border_subtitle)
        speakers = _speakers(app)
        assert _same_speaker(speakers["The frigate will be on station by Sunday."], "Helen March-Roux")
        assert speakers["Nobody wants to be the first to say it."] == "unattributed"
        assert _same_speaker(speakers["needed where we have already promised them"], "Dutch Ministry of Defence")
        assert await _jump_to_quote(pilot, app, "The frigate will be on station by Sunday.") == \
            "The frigate will be on station by Sunday."
        await pilot.press("3", "t")  # from the quotes tab, the next is the figures tab
        await pilot.pause()
        figures = app.query_one(FigureTable)
        assert app.focused is figures
        assert ("9", "crew") in [(r[1], r[2]) for r in _rows(figures)]


async def test_a_relief_story_with_a_counted_group_a_pair_of_givers_and_a_credit_after_the_quote_read_through_the_app(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a story in the shape rounds 86-87 taught, opens it with the keys, and reads: in the stance
    table the three Gulf states as the three named just before (none of the other Gulf members guessed), an
    offer taken back in its own sentence as opposed and countries that only welcomed the arrests as listed; in
    the pledges pane "the two neighbours" as the two givers named before and a named ambassador's sum as her
    country's; in the quotes pane a quote paragraph given to the envoy the next paragraph credits, then a jump
    to it; in the figures pane a group counted in an aside after its noun."""
    from tui.widgets.fact_tables import FigureTable

    extra = _folder_with(tmp_path, "relief.txt", "Relief flights resume as partners split over the crossing\n\n"
                         "Qatar, Kuwait and Oman kept channels open to the militia. The three Gulf states will also pay "
                         "for the released men to be resettled.\n\n"
                         "Japan will send 200 soldiers. South Korea is sending two helicopters. The two neighbours "
                         "will also jointly fund $40 million in food.\n\n"
                         "Turkey had offered a navy landing ship to carry the survivors to a port of their choosing, "
                         "but withdrew the offer on Monday after the authorities objected.\n\n"
                         "Rwanda and Burundi welcomed the arrests.\n\n"
                         "“We cannot turn the ship around. What we can do is pay for clean water.”\n\n"
                         "That was the message from the United States Ambassador, Dana Reyes, who on Wednesday "
                         "announced $750,000 for water tanks.\n\n"
                         "The ministry said Japanese nationals in the city, estimated at about 17,000, were safe.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Relief flights resume")
        table = app.query_one(StanceTable)
        for code in ("QA", "KW", "OM"):
            assert "support" in _stance_cell(table, code, new["id"])
        assert _stance_cell(table, "SA", new["id"]) == "" and _stance_cell(table, "BH", new["id"]) == ""
        assert "opposed" in _stance_cell(table, "TR", new["id"])
        assert "listed" in _stance_cell(table, "RW", new["id"])
        pledges = _pledge_rows(app)
        assert any(actor.startswith("Japan, South Korea") and (kinds, modality) == ("funding", "firm")
                   for actor, kinds, modality in pledges)
        assert ("United States", "funding", "firm") in pledges
        speakers = _speakers(app)
        assert speakers["We cannot turn the ship around. What we can do is pay for clean water."] == "Dana Reyes"
        assert await _jump_to_quote(pilot, app, "We cannot turn the ship around. What we can do is pay for clean "
                                    "water.") == "We cannot turn the ship around. What we can do is pay for clean water."
        await pilot.press("3", "t")  # from the quotes tab, the next is the figures tab
        await pilot.pause()
        figures = app.query_one(FigureTable)
        assert ("17000", "nationals") in [(r[1], r[2]) for r in _rows(figures)]


async def test_a_coup_story_with_a_tv_script_a_kept_title_and_a_spokesperson_for_the_body_before_read_through_the_app(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a story in the shape rounds 88-89 taught, opens it with the keys, and reads: in the stance
    table sanctions joined only after a condition as undecided, sanctions ruled out as opposed, a condemned coup
    as listed and the country where power was seized as no one's contributor; in the pledges pane people flown
    out on a state's military aircraft as its air contribution; in the quotes pane a bare "the minister" kept
    for the first minister, a spokesperson speaking for the ministry the sentence before names, and a TV
    script's sound bite credited to its caption, then a jump to that bite; in the figures pane a convoy
    counted by its trucks."""
    from tui.widgets.fact_tables import FigureTable

    extra = _folder_with(tmp_path, "coup.txt", "Partners split over sanctions on the Niger junta\n\n"
                         "Canada imposed travel bans on 12 members of the junta that seized power in Niger on 2 May.\n\n"
                         "Minister of Foreign Affairs Lena Varga spoke to us in Ottawa. The minister did not hesitate.\n\n"
                         "Austria will join the sanctions only after the African Union names the officers.\n\n"
                         "Brazil has ruled out sanctions of any kind. Its foreign minister, Ioana Pires, said it was "
                         "too soon.\n\n"
                         "Ghana and Peru condemned the coup.\n\n"
                         "The embassy said 400 people had been flown out on Italian military aircraft.\n\n"
                         "“We owe them an answer,” said the minister, a former mayor.\n\n"
                         "Chile’s foreign ministry rejected the bans. A spokesperson in Santiago called them “a "
                         "provocation in uniform”.\n\n"
                         "The 31-truck convoy was stopped at the border.\n\n"
                         "SUPER: Dr Ana Mensah-Oduro, Red Cross, Niamey\n"
                         "SOT: The wells are under water. People drink from the river.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Partners split over sanctions")
        table = app.query_one(StanceTable)
        assert "undecided" in _stance_cell(table, "AT", new["id"])
        assert "opposed" in _stance_cell(table, "BR", new["id"])
        assert "listed" in _stance_cell(table, "GH", new["id"]) and "listed" in _stance_cell(table, "PE", new["id"])
        assert _stance_cell(table, "NE", new["id"]) == ""
        # (the pane names a pledge read off a demonym by the demonym: "Italian", as for "A Turkish frigate ...")
        assert any(actor.startswith("Ital") and (kinds, modality) == ("air", "firm")
                   for actor, kinds, modality in _pledge_rows(app))
        speakers = _speakers(app)
        assert speakers["We owe them an answer"] == "Lena Varga"
        assert speakers["a provocation in uniform"] == "Chile’s foreign ministry"
        bite = "The wells are under water. People drink from the river."
        assert speakers[bite] == "Ana Mensah-Oduro"
        assert await _jump_to_quote(pilot, app, bite) == bite
        await pilot.press("3", "t")  # from the quotes tab, the next is the figures tab
        await pilot.pause()
        assert ("31", "trucks") in [(r[1], r[2]) for r in _rows(app.query_one(FigureTable))]


async def test_a_jailbreak_story_with_speakers_named_around_the_quote_read_through_the_app(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a story in the shapes rounds 89 and 91 taught, opens it with the keys, and reads in the
    quotes pane: a quote paragraph credited to the minister the next paragraph names ("The words were those
    of ..."), a government by its capital, a charity by "the organisation", a woman who gave only her first
    name, a quote after "has spoken publicly only once, to ...", a speaker who declined to give his name left
    unnamed, and a ministry named by its country's possessive and by its adjective as one speaker, found so by
    a speaker search; then a jump to one of them. In the stance table a call on both parties is listed and an
    embassy's consular care is no stance; in the pledges pane officers contributed are troops."""
    extra = _folder_with(tmp_path, "jailbreak.txt", "Fugitives cross the river after the Kandi jailbreak\n\n"
                         "“This is the worst breach in living memory.”\n\n"
                         "The words were those of Interior Minister Adjoa Mensah-Kpodo, speaking in Cotonou.\n\n"
                         "Niger has ruled out joint patrols. The government in Niamey said that “no foreign uniform "
                         "will cross”.\n\n"
                         "Médecins Sans Frontières said in a statement that its clinics were full.\n\n"
                         "“Patients are lying on the floor,” the organisation said.\n\n"
                         "At the water point, a mother of four who gave only her first name, Nyakuoth, waited.\n\n"
                         "“The truck came yesterday,” she said.\n\n"
                         "The warden, Koffi Adjovi, has spoken publicly only once, to Radio Parakou.\n\n"
                         "“The walls fell in ten minutes.”\n\n"
                         "“They will be back,” a trader said, declining to give his name.\n\n"
                         "Togo will send 60 police officers. Ghana has yet to decide whether to contribute officers.\n\n"
                         "Malawi and Angola have called on both parties to show restraint.\n\n"
                         "The Philippine embassy said two consular officers had been sent to Kandi.\n\n"
                         "Kazakhstan's Ministry of Energy said its grid was “fully restored”.\n\n"
                         "“No data was lost,” the Kazakh Ministry of Energy said.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Fugitives cross the river")
        table = app.query_one(StanceTable)
        assert "listed" in _stance_cell(table, "MW", new["id"]) and "listed" in _stance_cell(table, "AO", new["id"])
        assert _stance_cell(table, "PH", new["id"]) == ""
        assert "undecided" in _stance_cell(table, "GH", new["id"])
        assert ("Ghana", "ground troops", "considering") in _pledge_rows(app)
        speakers = _speakers(app)
        assert speakers["This is the worst breach in living memory."] == "Adjoa Mensah-Kpodo"
        assert speakers["no foreign uniform will cross"] == "Niger's government"
        assert speakers["Patients are lying on the floor"] == "Médecins Sans Frontières"
        assert speakers["The truck came yesterday"] == "Nyakuoth"
        assert speakers["The walls fell in ten minutes."] == "Koffi Adjovi"
        assert speakers["They will be back"] == "unattributed"
        # one state's body, by its possessive and by its adjective, is one speaker in the pane and in search
        assert speakers["fully restored"] == speakers["No data was lost"]
        quote = "The walls fell in ten minutes."
        assert await _jump_to_quote(pilot, app, quote) == quote
        await pilot.press("slash", *"speaker:kazakh")
        await pilot.pause()
        assert {h.quote["text"] for h in app.screen.hits} == {"fully restored", "No data was lost"}


async def test_a_blockade_story_with_bodies_leaders_and_bare_refusals_read_and_marked_through_the_app(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a story in the shapes rounds 91 and 93 taught and reads, with the keys alone: in the pledges
    pane a body named with its initials as the giver, a group led by a state, a bare "Iran refused." after a
    request to Tehran, a lede that opens with its country in capitals and "said late Sunday that it would"; in
    the stance table the group's leader, the refuser, an offer on a term and a condemnation; then verifies the
    body's pledge and jumps to its sentence."""
    extra = _folder_with(tmp_path, "blockade.txt", "Army to escort fuel tankers as Nacala blockade bites\n\n"
                         "ZAMBIA will deploy 250 soldiers to escort fuel tankers to the border.\n\n"
                         "The International Organization for Migration (IOM) said it would pay for onward flights "
                         "home for 1,500 migrant workers.\n\n"
                         "Eleven countries, led by Estonia, have offered to connect the port to a shared "
                         "early-warning network.\n\n"
                         "Investigators asked Tehran for its logs. Iran refused.\n\n"
                         "Chad said late Sunday that it would send 300 soldiers.\n\n"
                         "France has offered 30 instructors, as long as the training takes place in Parakou.\n\n"
                         "Senegal condemned the abduction and called for the students' immediate release.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Army to escort")
        rows = _pledge_rows(app)
        assert ("Zambia", "ground troops", "firm") in rows  # (named as the rest of the app names it, not "ZAMBIA")
        body = next(r for r in rows if r[0].startswith("International Organization"))  # (cut to the column)
        assert body[1:] == ("funding", "firm")
        assert ("11 countries", "intelligence", "firm") in rows
        assert ("Iran", "intelligence", "refused") in rows and ("Chad", "ground troops", "firm") in rows
        assert ("France", "training", "conditional") in rows
        table = app.query_one(StanceTable)
        assert "troops" in _stance_cell(table, "ZM", new["id"]) and "troops" in _stance_cell(table, "TD", new["id"])
        assert "support" in _stance_cell(table, "EE", new["id"])
        assert "opposed" in _stance_cell(table, "IR", new["id"])
        assert "undecided" in _stance_cell(table, "FR", new["id"])
        assert "listed" in _stance_cell(table, "SN", new["id"])
        # verify the body's pledge, then jump from it to its sentence
        pledge = await _mark_pledge_of(pilot, app, "International Organization", "v")
        assert pledge["actor"] == "International Organization for Migration"
        assert MarksStore(data_dir).get(pledge["id"])["status"] == "verified"
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert app.focused is view and view.current_item is not None
        assert view.text[view.current_item.start:view.current_item.end].startswith(
            "The International Organization for Migration (IOM) said it would pay")


async def test_a_seizure_story_with_a_link_line_a_late_arrival_and_judged_seizures_read_through_the_app(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a story in the shapes round 94 taught and reads, with the keys alone: no pledge from a
    "Related news:" line, a contingent credited to the ministry that announced it, a refused joint
    investigation and euros written after the sum; in the stance table a capital's administration and a
    seizure called piracy as opposed, a welcome as listed; then marks the sum disputed."""
    extra = _folder_with(tmp_path, "seizure.txt", "Navy seizes arms ship bound for Myanmar\n\n"
                         "The Indonesian Navy seized a cargo ship carrying weapons off Belawan.\n\n"
                         "Related news: Indonesia to tighten checks on Strait of Malacca transits\n\n"
                         "A contingent of 150 soldiers flew into Medan late on Saturday to guard the port, the "
                         "Turkish Defense Ministry said.\n\n"
                         "Russia's Defense Ministry has ruled out any joint investigation.\n\n"
                         "Luxembourg has released 750,000 euros to charter civilian flights.\n\n"
                         "The military administration in Naypyidaw rejected the seizure.\n\n"
                         "Brunei and Vietnam welcomed Indonesia's action.\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Navy seizes")
        rows = _pledge_rows(app)
        assert not any(r[0] == "Indonesia" for r in rows)  # (the link line is another story's headline)
        assert ("Turkish", "ground troops", "firm") in rows
        assert ("Russia", "other", "refused") in rows and ("Luxembourg", "funding", "firm") in rows
        table = app.query_one(StanceTable)
        assert "opposed" in _stance_cell(table, "MM", new["id"]) and "opposed" in _stance_cell(table, "RU", new["id"])
        assert "listed" in _stance_cell(table, "BN", new["id"]) and "troops" in _stance_cell(table, "TR", new["id"])
        pledge = await _mark_pledge_of(pilot, app, "Luxembourg", "x")
        assert pledge["actor"] == "Luxembourg"
        assert MarksStore(data_dir).get(pledge["id"])["status"] == "disputed"


async def test_a_bloc_a_capital_and_an_unnamed_worker_are_named_as_the_article_names_them_in_the_quotes_pane(
        data_dir: Path, tmp_path: Path) -> None:
    """A user adds a story in the shapes round 93 taught and reads the quotes pane with the keys alone: "the
    bloc said:" under the bloc named before, "Niamey said" under the Nigerien government the story also
    quotes by that name, an unnamed shift supervisor as unattributed, a subhead's echo of a quote not listed
    twice; then finds the capital's words by searching for them."""
    extra = _folder_with(tmp_path, "abduction.txt", "Gunmen seize 120 pupils in Zamfara\n\n"
                         "The Economic Community of West African States (ECOWAS) said it would release $15 million. "
                         "In a statement, the bloc said: “No child should have to choose between a classroom and "
                         "staying alive.”\n\n"
                         "Niamey rejects “corridor”\n\n"
                         "Niamey said in a statement that its airspace “is not a corridor for other armies”.\n\n"
                         "The Nigerien government later said it was “watching the frontier”.\n\n"
                         "A Freeport shift supervisor, speaking on condition of anonymity, said crews had begun "
                         "moving containers by hand.\n\n"
                         "“We are doing in a day what used to take an hour.”\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await _ingest_and_open(pilot, app, extra, "Gunmen seize")
        await pilot.press("t")  # the quotes table
        await pilot.pause()
        said = _speakers(app)
        assert _same_speaker(said["No child should have to choose between a classroom and staying alive."],
                             "Economic Community of West African States")
        assert said["is not a corridor for other armies"] == said["watching the frontier"] == "Nigerien government"
        assert said["We are doing in a day what used to take an hour."] == "unattributed"
        assert "corridor" not in said  # the subhead's word echoes the quote below it
        await pilot.press("slash", *"not a corridor")
        await pilot.pause()
        assert "Nigerien government" in screen_text(app)


async def test_a_wildfire_and_quarantine_story_read_and_marked_through_the_app(data_dir: Path, tmp_path: Path) -> None:
    """A user adds a story in the shapes round 95 taught and reads, with the keys alone: firefighters an
    agency says will arrive credited to its state, satellite maps as intelligence, an air ambulance on
    standby as air, a done charter with no condition, a refusal whose kinds stop at the next clause; in the
    quotes pane a bystander's "said one" as unattributed and a rancher's words under his name; in the stance
    table a list closed by an agency as listed and a leader's damning name for a cordon as opposed; then marks
    the refusal verified."""
    extra = _folder_with(tmp_path, "wildfire.txt", "Wildfire crosses into Pantanal\n\n"
                         "Volunteers beat back flames on Tuesday. \"We are fighting a dragon with shovels,\" said one.\n\n"
                         "Chile's forestry agency, Conaf, said 80 forest firefighters would reach Corumbá by road on "
                         "Thursday.\n\n"
                         "The United States is providing hourly satellite hotspot maps to the civil defense.\n\n"
                         "South Korea has placed an air ambulance on standby at Campo Grande.\n\n"
                         "The three Baltic states have jointly chartered a flight to take home their nationals once "
                         "they are released.\n\n"
                         "Spain, however, will not contribute medical staff, and the frontier remains closed to anyone "
                         "who has been on board the ship.\n\n"
                         "Portugal, Belgium and the European Centre for Disease Prevention and Control (ECDC) have "
                         "urged all governments to keep their ports open.\n\n"
                         "Vanuatu's Prime Minister Jotham Naupa-Tari went further, calling the security cordon around "
                         "the park \"a siege of a whole people\".\n\n"
                         "Sebastião Ferraz de Almeida, a 71-year-old rancher, said he had moved his cattle. He has not "
                         "been able to go back.\n\n"
                         "\"My father lost this farm to water. I am going to lose it to fire.\"\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Wildfire crosses")
        rows = _pledge_rows(app)
        assert ("Chile", "other", "firm") in rows and ("United States", "intelligence", "firm") in rows
        assert ("South Korea", "air", "firm") in rows and ("Spain", "other", "refused") in rows
        assert ("Baltic states", "other", "firm") in rows
        table = app.query_one(StanceTable)
        assert "listed" in _stance_cell(table, "PT", new["id"]) and "listed" in _stance_cell(table, "BE", new["id"])
        assert "opposed" in _stance_cell(table, "VU", new["id"])
        pledge = await _mark_pledge_of(pilot, app, "Spain", "v")
        assert pledge["actor"] == "Spain"
        assert MarksStore(data_dir).get(pledge["id"])["status"] == "verified"
        await pilot.press("t")  # the quotes table
        await pilot.pause()
        said = _speakers(app)
        assert said["We are fighting a dragon with shovels"] == "unattributed"
        assert said["My father lost this farm to water. I am going to lose it to fire."] == "Sebastião Ferraz de Almeida"


async def test_a_mutiny_and_standoff_story_read_and_marked_through_the_app(data_dir: Path, tmp_path: Path) -> None:
    """A user adds a story in the shapes round 96 taught and reads, with the keys alone: a group whose members
    stand between dashes as one sanctions pledge, a team its states will run, shared forensic analysis as
    intelligence, calls rejected as a refusal, ships kept clear as no pledge; in the stance table a claim that
    the rig works illegally as opposed; in the quotes pane a retired colonel by name, a group by the name it
    gives itself and by its own name, and the pilots' name for the approach as a term; then disputes the
    refusal."""
    extra = _folder_with(tmp_path, "mutiny.txt", "Mutineers hold president as rig standoff deepens\n\n"
                         "The mutineers, who call themselves the Patriotic Salvation Council, said the president was "
                         "\"safe and treated with respect\".\n\n"
                         "The Troika countries – the United States, Britain and Norway – said in a joint statement "
                         "that they would freeze the assets of \"any officer who holds the president\".\n\n"
                         "The Baltic states – Estonia, Latvia and Lithuania – will jointly run a 14-member cyber "
                         "incident-response team in Juba.\n\n"
                         "Japan has shared its own forensic analysis of the code with the investigators.\n\n"
                         "Sudan rejected calls to close its frontier crossings to the mutineers.\n\n"
                         "She said Canada would keep its ships \"well clear\" of the rig. Turkey says the rig is "
                         "operating illegally.\n\n"
                         "\"We have lost seven sons,\" said the minister, Col. (Rtd) Beatrice Akello Opio, at a "
                         "briefing.\n\n"
                         "Pilots who fly into Bunia say the approach is dangerous. They call the last eight "
                         "kilometres \"the funnel\".\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Mutineers hold")
        rows = _pledge_rows(app)
        assert any(r[0].startswith("United States, Britain") and r[1:] == ("sanctions", "firm") for r in rows)
        assert ("Estonia, Latvia, Lithuania", "other", "firm") in rows
        assert ("Japan", "intelligence", "firm") in rows and ("Sudan", "other", "refused") in rows
        assert not any(r[0] == "Canada" for r in rows)
        table = app.query_one(StanceTable)
        assert "support" in _stance_cell(table, "NO", new["id"]) and "opposed" in _stance_cell(table, "TR", new["id"])
        pledge = await _mark_pledge_of(pilot, app, "Sudan", "x")
        await pilot.press("e")  # a note on the dispute
        await pilot.pause()
        assert isinstance(app.screen, MarkDialog)
        await pilot.press(*"calls, not a request", "enter")
        await pilot.pause()
        assert pledge["actor"] == "Sudan"
        saved = MarksStore(data_dir).get(pledge["id"])
        assert saved["status"] == "disputed" and saved["note"] == "calls, not a request"
        await pilot.press("t")  # the quotes table
        await pilot.pause()
        said = _speakers(app)
        assert said["safe and treated with respect"] == "Patriotic Salvation Council"
        assert said["any officer who holds the president"] == "Troika countries"
        assert said["We have lost seven sons"] == "Beatrice Akello Opio"
        assert "the funnel" not in said
        view = app.query_one(ArticleView)
        assert [view.text[it.start:it.end] for it in view.items if it.kind == "term"] == ["the funnel"]


async def test_an_evacuation_and_border_clash_story_read_and_marked_through_the_app(data_dir: Path, tmp_path: Path) -> None:
    """A user adds a story in the shapes round 98 taught and reads, with the keys alone: a capital's refusal
    past 'on the other hand', 'consulting allies on whether' as considering, a second giver after 'but that',
    a rebuffed request and rejected calls as refusals; in the stance table an offer that asks both sides to
    withdraw as undecided; in the quotes pane a spokesperson named after the quote, an unnamed woman's words
    as unattributed, a ministry by the capital it speaks in, and the staff's name for a garage as a term; then
    verifies the considering pledge."""
    extra = _folder_with(tmp_path, "bedel.txt", "Evacuations begin as border clash spreads\n\n"
                         "Beijing, on the other hand, will not take part in any multinational evacuation.\n\n"
                         "India is consulting allies on whether to send naval vessels to the Andaman Sea.\n\n"
                         "Malawi said its troops would stay in their positions but that Lilongwe will not take part "
                         "in any retaliatory operation.\n\n"
                         "Kigali has rebuffed a SADC request to allow investigators onto its territory.\n\n"
                         "Kazakhstan has offered to host talks in Almaty, provided that both withdraw their troops "
                         "from the ridge.\n\n"
                         "\"We are in contact with every family,\" the spokesperson said. The airline later "
                         "identified her as Julie Santerre.\n\n"
                         "A woman whose daughter is on the plane said the airline had called her twice. \"They tell "
                         "me she is fine.\"\n\n"
                         "At a regular briefing in Beijing, a foreign ministry spokesman said: \"There is nothing "
                         "for outsiders to investigate.\"\n\n"
                         "Embassy staff have taken to calling the garage \"the waiting room\".\n")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        new = await _ingest_and_open(pilot, app, extra, "Evacuations begin")
        rows = _pledge_rows(app)
        assert ("Beijing", "other", "refused") in rows and ("India", "sea", "considering") in rows
        assert ("Lilongwe", "other", "refused") in rows and ("Kigali", "other", "refused") in rows
        table = app.query_one(StanceTable)
        assert "undecided" in _stance_cell(table, "KZ", new["id"]) and "opposed" in _stance_cell(table, "CN", new["id"])
        pledge = await _mark_pledge_of(pilot, app, "India", "v")
        assert pledge["actor"] == "India" and pledge["modality"] == "considering"
        assert MarksStore(data_dir).get(pledge["id"])["status"] == "verified"
        await pilot.press("t")  # the quotes table
        await pilot.pause()
        said = _speakers(app)
        assert said["We are in contact with every family"] == "Julie Santerre"
        assert said["They tell me she is fine."] == "unattributed"
        assert said["There is nothing for outsiders to investigate."] == "China's foreign ministry"
        view = app.query_one(ArticleView)
        assert [view.text[it.start:it.end] for it in view.items if it.kind == "term"] == ["the waiting room"]
