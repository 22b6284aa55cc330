"""Embedded DuckDB storage: ``Store`` holds articles, sentences, mentions, real events and
the actor registry; ``tidings.store.schema`` holds the versioned migrations."""

from tidings.store.store import Store

__all__ = ["Store"]
