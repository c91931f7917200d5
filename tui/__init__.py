"""PledgeScope: a keyboard-first terminal explorer for news coverage of one event."""

__version__ = "0.1.0"
