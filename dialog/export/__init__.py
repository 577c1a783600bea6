"""Exports of a conference: the versioned JSON form now, Word minutes and CSV later.

No Textual here: exports run from the CLI, the TUI's workers and scripts alike.
"""
