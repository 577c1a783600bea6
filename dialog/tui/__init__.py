"""The Textual app: screens under ``screens/``, widgets under ``widgets/``."""
