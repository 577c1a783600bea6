"""Realistic demo conferences (Stovner, Bjerke) that have gone through every phase."""

from dialog.core.demo.builder import DEMOS, build_demo

__all__ = ["DEMOS", "build_demo"]
