"""Drive the real app with Pilot: keys a user presses, then what is on screen and in the store."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import screen_text
from tui.app import make_app
from tui.widgets.article_view import ArticleView
from tui.widgets.fact_tables import PledgeTable, QuoteTable
from tui.widgets.fact_tabs import FactsPane
from tui.widgets.help_screen import HelpScreen
from tui.widgets.sources import SourceList
from tui.widgets.stance_table import StanceTable

SIZE = (120, 40)


def first_line(path: Path) -> str:
    return path.read_text(encoding="utf-8").splitlines()[0].strip()


async def test_opens_with_every_source(data_dir: Path, seeds_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.query_one(SourceList)
        assert table.row_count == 5
        titles = {table.row_at(r)[2] for r in range(5)}
        for seed in seeds_dir.glob("*.txt"):
            assert first_line(seed) in titles, seed.name
        assert app.focused is table
        assert app.query_one(StanceTable).row_count > 5
        flagged = app.corpus.source(app.current).get("flagged") or []
        assert all(name in screen_text(app) for name in flagged)  # non-countries in a country list


async def test_the_up_arrow_moves_back_in_the_sources_and_the_stance_table(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "down", "up")
        await pilot.pause(0.3)
        assert app.current == app.sources[1]["id"]
        await pilot.press("4", "down", "down", "up")
        await pilot.pause()
        table = app.query_one(StanceTable)
        assert app.focused is table and table.cursor_coordinate.row == 1


async def test_moving_to_third_source_shows_its_title_and_text(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "down")
        await pilot.pause(0.3)  # fast moves: the article follows when the keys pause
        third = app.sources[2]
        assert app.current == third["id"]
        view = app.query_one(ArticleView)
        assert third["title"][:40] in view.border_title
        assert view.text == app.corpus.text(third["id"])
        assert view.visible_text().splitlines()[0] in view.text
        assert app.query_one(PledgeTable).row_count == len(app.corpus.facts(third["id"])["pledges"])
        await pilot.press("k")
        await pilot.pause(0.3)
        assert app.current == app.sources[1]["id"]


async def test_tab_and_number_keys_focus_panes(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        assert app.focused.id == "article"
        await pilot.press("4")
        assert app.focused.id == "stances"
        await pilot.press("3")
        assert app.focused.id == "pledges"
        await pilot.press("t")
        assert app.focused.id == "quotes"
        assert app.query_one("#facts", FactsPane).active == "tab-quotes"
        await pilot.press("1", "3")  # back to the facts pane: the tab it was on
        assert app.focused.id == "quotes"
        await pilot.press("t", "t")  # figures, then round to pledges
        assert app.focused.id == "pledges"
        assert app.query_one("#facts", FactsPane).active == "tab-pledges"
        await pilot.press("1")
        assert app.focused.id == "sources"
        await pilot.press("tab")
        assert app.focused.id != "sources"
        await pilot.press("shift+tab")
        assert app.focused.id == "sources"


async def test_help_opens_and_closes(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(120, 70)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = screen_text(app)
        for needle in ("Search", "Verify", "Dispute", "Quit", "Next item"):
            assert needle in keys
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        await pilot.press("question_mark")
        assert not isinstance(app.screen, HelpScreen)


async def test_q_quits(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_enter_on_a_quote_jumps_to_it_in_the_text(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "t")
        table = app.query_one(QuoteTable)
        assert table.row_count > 0
        await pilot.press("j", "enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert app.focused is view
        item = view.current_item
        quote = table.current_fact()
        assert item is not None and item.fact is not None
        assert (item.start, item.end) == (quote["start"], quote["end"])
        assert view.text[item.start:item.end] == quote["text"]
        assert quote["text"].split()[0] in view.visible_text()


async def test_store_is_built_once(tmp_path: Path, seeds_dir: Path) -> None:
    from tui.ingest import ensure_corpus
    from tui.store import CorpusStore

    data = tmp_path / "d"
    first = ensure_corpus(CorpusStore(data), seeds_dir)
    assert first is not None and len(first.added) == 5
    before = (data / "corpus.json").read_bytes()
    assert ensure_corpus(CorpusStore(data), seeds_dir) is None
    app = make_app(data)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert len(app.sources) == 5
    assert (data / "corpus.json").read_bytes() == before
    assert len(CorpusStore(data).sources()) == 5


HOSTILE = (
    "[bold]Breaking[/] news [/ from [link=x]nowhere[/link]\n"
    "Officials said the plan [@click=app.quit]click me[/] would \x1b[5mblink\x1b[0m and "
    "\x1b]0;pwned\x07 set a title. \"[red]This[/] is a quote,\" the [b]spokesman[/b] said.\n"
    "France will send troops [/ once a ceasefire is reached.\n"
)


async def test_markup_and_escapes_in_an_article_show_literally(tmp_path: Path) -> None:
    from tui.ingest import ingest_paths
    from tui.store import CorpusStore

    src = tmp_path / "in"
    src.mkdir()
    (src / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    data = tmp_path / "d"
    report = ingest_paths([src], CorpusStore(data))
    assert report.added, report.skipped
    app = make_app(data)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await pilot.pause()
        assert app.is_running  # [@click=app.quit] did not quit, [/] did not crash
        table = app.query_one(SourceList)
        assert table.row_at(0)[2].startswith("[bold]Breaking[/] news [/ from [link=x]")
        assert "[bold]Breaking[/] news [/ from" in table.visible_rows()[0]
        view = app.query_one(ArticleView)
        shown = view.visible_text()
        assert "[@click=app.quit]click me[/]" in shown
        assert "\x1b" not in shown and "\x07" not in shown
        assert "\u241b[5mblink" in shown and "\u241b]0;pwned\u2407" in shown
        await pilot.click("#article")
        await pilot.press("3", "t", "enter")
        await pilot.press("2", "right_square_bracket", "v")
        await pilot.pause()
        assert app.is_running
        # nothing the terminal would act on is in what the screen shows, notifications included
        rendered = screen_text(app)
        assert "\x1b" not in rendered and "\x07" not in rendered
        assert "[@click=app.quit]" in rendered


async def test_layout_holds_small_and_large(data_dir: Path) -> None:
    for size in ((80, 24), (200, 60)):
        app = make_app(data_dir)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            for pane in ("#sources", "#article", "#facts", "#stances"):
                region = app.query_one(pane).region
                assert region.width >= 10 and region.height >= 3, (size, pane, region)
                assert region.right <= size[0] and region.bottom <= size[1]


def test_core_imports_no_textual() -> None:
    import subprocess
    import sys

    code = (
        "import sys, tui.core.extract, tui.core.search, tui.core.corroborate, tui.core.anchoring,"
        " tui.core.article, tui.core.speakers, tui.core.display\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tinydb', 'filelock'))\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


async def test_holding_down_a_key_moves_the_list_and_the_article_follows(data_dir: Path) -> None:
    from tui.app import FOLLOW_DELAY

    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        shown: list[str] = []
        real_show = app.show_source
        app.show_source = lambda sid: (shown.append(sid), real_show(sid))[1]
        for _ in range(4):  # faster than FOLLOW_DELAY apart, like a held key
            app.query_one(SourceList).action_cursor_down()
        await pilot.pause(FOLLOW_DELAY * 3)
        assert app.query_one(SourceList).cursor_row == 4
        assert app.current == app.sources[4]["id"]
        # the article was drawn for the first step and the last, not for those in between
        assert shown == [app.sources[1]["id"], app.sources[4]["id"]]


async def test_a_big_corpus_shows_stance_counts_from_the_stored_summary(tmp_path: Path) -> None:
    from tui.ingest import ingest_paths
    from tui.store import CorpusStore
    from tui.widgets.stance_table import MAX_SOURCE_COLUMNS

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(MAX_SOURCE_COLUMNS + 5):
        stance = "will send troops" if n % 3 == 0 else "has ruled out sending troops"
        (folder / f"a{n:03}.txt").write_text(
            f"Report {n} on the mission\nNorway {stance} to the mission, officials said on day {n}.\n"
            f"Sweden, Finland and Denmark were among the countries at the talks in report {n}.\n",
            encoding="utf-8")
    data = tmp_path / "data"
    assert len(ingest_paths([folder], CorpusStore(data)).added) == MAX_SOURCE_COLUMNS + 5
    app = make_app(data)
    real_all = app.corpus.all
    read: list[str] = []
    app.corpus.all = lambda kind: (read.append(kind), real_all(kind))[1]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.query_one(StanceTable)
        assert "stances" not in read  # counts came from the summary stored at ingest
        assert [str(c.label) for c in table.columns.values()][2:] == [
            "troops", "support", "undecided", "opposed", "listed"]
        row = table.get_row("NO")
        assert "\u26a0" in str(row[1])  # sources disagree about Norway
        assert int(str(row[2])) == len([n for n in range(MAX_SOURCE_COLUMNS + 5) if n % 3 == 0])


async def test_source_list_keys_and_mouse(data_dir: Path) -> None:
    from tui.app import FOLLOW_DELAY

    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        table = app.query_one(SourceList)
        await pilot.press("G")
        await pilot.pause(FOLLOW_DELAY * 3)
        assert table.cursor_row == 4 and app.current == app.sources[4]["id"]
        await pilot.press("g")
        await pilot.pause(FOLLOW_DELAY * 3)
        assert table.cursor_row == 0 and app.current == app.sources[0]["id"]
        await pilot.press("pagedown")
        assert table.cursor_row == 4  # a page is longer than five rows: to the end
        await pilot.click("#sources", offset=(10, 3))  # border, header, then the second row
        await pilot.pause(FOLLOW_DELAY * 3)
        assert table.cursor_row == 1 and app.current == app.sources[1]["id"]
        await pilot.press("enter")
        assert app.focused is app.query_one(ArticleView)


async def test_the_article_pages_and_items_step_in_order(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        view = app.query_one(ArticleView)
        first_line = view.visible_text().splitlines()[0]
        await pilot.press("space")
        assert view.scroll_offset.y > 0 and view.visible_text().splitlines()[0] != first_line
        await pilot.press("b")
        assert view.scroll_offset.y == 0
        seen = []
        for n in range(1, 4):
            await pilot.press("right_square_bracket")
            seen.append(view.current_item)
            assert f"{seen[-1].kind} {n}/" in str(view.border_subtitle)  # the border says what it is on
        assert [it.start for it in seen] == sorted(it.start for it in seen) and len({(it.kind, it.start, it.end) for it in seen}) == 3
        await pilot.press("left_square_bracket")
        assert view.current_item == seen[1]


async def test_palette_goes_to_a_source(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        target = app.sources[3]
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*target["title"][:24].lower())
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current == target["id"]
        assert app.query_one(SourceList).cursor_row == 3


async def test_the_mouse_and_arrows_on_the_facts_tab_bar_and_a_click_on_a_table_row(data_dir: Path) -> None:
    from tui.widgets.fact_tabs import FactTabs

    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        facts = app.query_one("#facts", FactsPane)
        await pilot.pause()
        await pilot.click(FactTabs, offset=(12, 0))  # " Pledges " then " Quotes "
        await pilot.pause()
        assert facts.active == "tab-quotes"
        assert app.query_one("#quotes").display and not app.query_one("#pledges").display
        assert isinstance(app.focused, FactTabs)
        await pilot.press("right")
        assert facts.active == "tab-figures" and app.query_one("#figures").display
        await pilot.press("left", "left")
        assert facts.active == "tab-pledges" and app.query_one("#pledges").display
        pledges = app.query_one("#pledges", PledgeTable)
        await pilot.click(PledgeTable, offset=(5, 3))  # the header, then the third row
        await pilot.pause()
        assert app.focused is pledges and pledges.cursor_coordinate.row == 2


async def test_stance_table_keys_move_the_cell_cursor_by_rows_pages_and_columns(data_dir: Path) -> None:
    """The stance pane is line-drawn (LineTable): the keys a user would try all move its cursor."""
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        table = app.query_one(StanceTable)
        assert app.focused is table
        last_row, last_col = table.row_count - 1, len(table.columns) - 1
        assert last_row > 10  # more rows than fit: paging has something to do
        await pilot.press("G")
        assert table.cursor_coordinate.row == last_row
        await pilot.press("g")
        assert table.cursor_coordinate.row == 0
        await pilot.press("pagedown")
        page = table.cursor_coordinate.row
        assert 0 < page < last_row  # one page, not the end
        assert table.scroll_offset.y > 0  # and the view followed it
        await pilot.press("pageup")
        assert table.cursor_coordinate.row == 0
        await pilot.press("j", "j", "k")
        assert table.cursor_coordinate.row == 1
        await pilot.press("end")
        assert table.cursor_coordinate == (1, last_col)
        await pilot.press("home")
        assert table.cursor_coordinate == (1, 0)
        await pilot.press("right")
        assert table.cursor_coordinate == (1, 1)
        await pilot.press("ctrl+end")  # the bottom row, the column kept
        assert table.cursor_coordinate == (last_row, 1)
        await pilot.press("ctrl+home")
        assert table.cursor_coordinate == (0, 1)
