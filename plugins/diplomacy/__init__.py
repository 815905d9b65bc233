"""City-diplomacy archive plugin for Pelican: capture reader, tagger, bilingual pages."""

from .plugin import register

__all__ = ["register"]
