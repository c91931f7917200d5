"""Messages the panes send to the app."""

from __future__ import annotations

from textual.message import Message
from textual.widget import Widget


class JumpRequested(Message):
    """The user asked to see a fact (a quote, pledge, figure or stance) in its article."""

    def __init__(self, sender: Widget, fact: dict) -> None:
        super().__init__()
        self.sender = sender
        self.fact = fact

    @property
    def control(self) -> Widget:
        return self.sender
