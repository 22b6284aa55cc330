"""A small linear softmax model over hashed features, stored as a compressed ``.npz``.

Only the hashed buckets seen in training are stored (``buckets`` -> row of ``weights``),
so the artifact stays small and loads with numpy alone. A model may also weigh a dense
vector (a sentence embedding, see ``tidings.classify.encoder``): ``dense`` maps it to the
class scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class LinearModel:
    classes: tuple[str, ...]
    rows: dict[int, int]  # hashed bucket -> row of ``weights``
    weights: np.ndarray  # (n_rows, n_classes) float32
    bias: np.ndarray  # (n_classes,)
    dense: np.ndarray | None = None  # (vector dim, n_classes) float32, or None

    @classmethod
    def from_arrays(
        cls,
        classes: list[str],
        buckets: np.ndarray,
        weights: np.ndarray,
        bias: np.ndarray,
        dense: np.ndarray | None = None,
    ) -> LinearModel:
        rows = {int(b): i for i, b in enumerate(buckets.tolist())}
        return cls(
            tuple(classes),
            rows,
            weights.astype(np.float32),
            bias.astype(np.float32),
            None if dense is None else dense.astype(np.float32),
        )

    @property
    def uses_vectors(self) -> bool:
        return self.dense is not None

    def probabilities(self, buckets: list[int], vector: np.ndarray | None = None) -> np.ndarray:
        hit = [self.rows[b] for b in buckets if b in self.rows]
        scores = self.bias + self.weights[hit].sum(axis=0) if hit else self.bias.copy()
        if self.dense is not None and vector is not None:
            scores = scores + vector @ self.dense
        scores = scores - scores.max()
        exp = np.exp(scores)
        return exp / exp.sum()

    def best(self, buckets: list[int], vector: np.ndarray | None = None) -> tuple[str, float]:
        probs = self.probabilities(buckets, vector)
        index = int(probs.argmax())
        return self.classes[index], float(probs[index])

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        buckets = np.array(sorted(self.rows, key=self.rows.__getitem__), dtype=np.int32)
        out = {
            f"{prefix}classes": np.array(self.classes),
            f"{prefix}buckets": buckets,
            f"{prefix}weights": self.weights.astype(np.float16),
            f"{prefix}bias": self.bias,
        }
        if self.dense is not None:
            out[f"{prefix}dense"] = self.dense
        return out


def load_models(file: Path) -> tuple[dict[str, LinearModel], dict[str, float]]:
    """All models stored in one ``.npz`` (keyed by prefix) and its numeric settings."""
    with np.load(file, allow_pickle=False) as data:
        prefixes = {key.split(".")[0] for key in data.files if key.endswith(".classes")}
        models = {
            p: LinearModel.from_arrays(
                [str(c) for c in data[f"{p}.classes"]],
                data[f"{p}.buckets"],
                data[f"{p}.weights"],
                data[f"{p}.bias"],
                data[f"{p}.dense"] if f"{p}.dense" in data.files else None,
            )
            for p in prefixes
        }
        settings = {k.split(".", 1)[1]: float(data[k]) for k in data.files if k.startswith("set.")}
    return models, settings


def save_models(file: Path, models: dict[str, LinearModel], settings: dict[str, float]) -> None:
    arrays: dict[str, np.ndarray] = {}
    for prefix, model in models.items():
        arrays.update(model.arrays(f"{prefix}."))
    arrays.update({f"set.{k}": np.array(v) for k, v in settings.items()})
    np.savez_compressed(file, **arrays)
