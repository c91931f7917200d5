"""Stable fact keys: made in one place, read back in one place."""

from tui.core.models import Quote, fact_key, fact_records, parse_fact_key


def test_a_fact_key_names_its_kind_and_source() -> None:
    key = fact_key("quote", "abc123", "We will  be there.")
    assert key.startswith("quote:abc123:")
    assert parse_fact_key(key) == ("quote", "abc123")
    assert key == fact_key("quote", "abc123", "we will be there.")  # normalised text


def test_repeats_get_a_suffix_that_still_parses() -> None:
    rows = fact_records("quote", "src", [Quote("Yes.", 0, 4), Quote("Yes.", 10, 14)])
    assert rows[1]["id"] == rows[0]["id"] + "#2"
    assert parse_fact_key(rows[1]["id"]) == ("quote", "src")


def test_anything_else_is_not_a_fact_key() -> None:
    for bad in ("", "quote", "quote:src", "::", None, 42, "quote::x"):
        assert parse_fact_key(bad) is None
