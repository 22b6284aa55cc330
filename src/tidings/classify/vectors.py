"""Sentence vectors on demand, each sentence encoded once.

A sentence with several candidate events is classified several times; the embedding is
the same each time. ``SentenceVectors`` remembers the latest sentences it encoded (a
bounded memo, so a long run does not grow without end).

One sentence is a few small matrix products: BLAS threads only fight over the cores with
spaCy's parsing processes (measured: 15 ms a sentence on one thread, 30 ms to 300 ms on two
under load), so each encoding runs on one BLAS thread.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Protocol

import numpy as np
from threadpoolctl import ThreadpoolController


class Encoder(Protocol):
    def encode(self, texts: list[str], batch_size: int = 32, max_tokens: int = 128) -> np.ndarray:
        """One unit-length vector per text."""
        ...


class SentenceVectors:
    def __init__(self, encoder: Encoder, keep: int = 256) -> None:
        self.encoder = encoder
        self.keep = keep
        self._memo: OrderedDict[str, np.ndarray] = OrderedDict()
        self._threads = ThreadpoolController()

    def __call__(self, text: str) -> np.ndarray:
        found = self._memo.get(text)
        if found is None:
            with self._threads.limit(limits=1, user_api="blas"):
                found = self.encoder.encode([text])[0]
            self._memo[text] = found
            if len(self._memo) > self.keep:
                self._memo.popitem(last=False)
        else:
            self._memo.move_to_end(text)
        return found

    def many(self, texts: list[str]) -> np.ndarray:
        """Vectors for many texts at once (batched; used in training)."""
        return self.encoder.encode(texts)
