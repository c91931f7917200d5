"""The pure core of PledgeScope: text in, records out. No Textual, no file I/O."""
