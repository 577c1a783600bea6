"""The conference model and its storage: plain Python, no Textual.

Everything here can be used from scripts, the CLI, the web server and the TUI.
"""
