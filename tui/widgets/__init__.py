"""The panes and dialogs of PledgeScope, one module each."""
