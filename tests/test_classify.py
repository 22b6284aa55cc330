"""The learned event classifier: corpus reading, the linear model, and decisions on frames."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from tidings.classify import Decision, EventClassifier, Mode
from tidings.classify.corpus import is_heldout, parse_marked
from tidings.classify.features import Clue, bucket, features
from tidings.classify.linear import LinearModel, load_models, save_models
from tidings.extract import Frame
from tidings.model import Actor, Modality
from tidings.ontology import Ontology


def test_parse_marked_returns_plain_text_and_spans():
    text, source, target = parse_marked("<s>Iran</s> freed <t>the sailors </t>on Monday.")
    assert text == "Iran freed the sailors on Monday."
    assert text[source[0] : source[1]] == "Iran"
    assert text[target[0] : target[1]] == "the sailors"


def test_heldout_split_is_deterministic_and_about_thirty_percent():
    keys = [str(n) for n in range(2000)]
    share = sum(is_heldout(k) for k in keys) / len(keys)
    assert 0.25 < share < 0.35
    assert [is_heldout(k) for k in keys] == [is_heldout(k) for k in keys]


def test_buckets_are_stable_across_runs():
    assert bucket("tl=arrest") == bucket("tl=arrest")
    assert bucket("tl=arrest") != bucket("tl=release")


def test_linear_model_round_trips_through_npz(tmp_path):
    model = LinearModel.from_arrays(
        ["A", "B"], np.array([3, 7]), np.array([[1.0, -1.0], [-2.0, 2.0]]), np.zeros(2)
    )
    assert model.best([3])[0] == "A" and model.best([7])[0] == "B"
    file = tmp_path / "m.npz"
    save_models(file, {"type": model}, {"threshold": 0.4})
    models, settings = load_models(file)
    assert settings["threshold"] == pytest.approx(0.4)
    assert models["type"].best([7, 99])[0] == "B"
    assert models["type"].probabilities([]).sum() == pytest.approx(1.0)


@pytest.mark.slow
def test_features_see_trigger_actors_and_path(nlp):
    text, source, target = parse_marked("<s>Police</s> arrested <t>the opposition leader</t>.")
    doc = nlp(text)
    found = features(Clue(doc[:], None, source, target, "173"))
    assert "tl=arrest" in found and "rc=17" in found
    assert any(f.startswith("path=") for f in found)


def _frame(nlp, text: str, cameo: str, source: str, target: str) -> tuple[Frame, object]:
    doc = nlp(text)
    s, t = text.index(source), text.index(target)
    verb = next(tok for tok in doc if tok.pos_ == "VERB")
    frame = Frame(
        trigger=verb,
        trigger_span=doc[verb.i : verb.i + 1],
        cameo=cameo,
        source=Actor(text=source, start=s, end=s + len(source)),
        target=Actor(text=target, start=t, end=t + len(target)),
        symmetric=False,
        modality=Modality.ASSERTED,
        attributed_to=None,
        rule="test",
        confidence=0.5,
    )
    return frame, doc[:]


@pytest.mark.slow
def test_classifier_decisions_are_consistent_with_the_ontology(nlp):
    ontology = Ontology.load()
    classifier = EventClassifier.load(ontology)
    frame, sentence = _frame(
        nlp,
        "Kenyan police arrested dozens of opposition supporters in Nairobi.",
        "010",
        "Kenyan police",
        "dozens of opposition supporters",
    )
    decision = classifier.decide(frame, sentence)
    assert isinstance(decision, Decision)
    assert decision.action.plover == ontology.plover_of(decision.action.cameo)[0]
    assert 0.0 <= decision.confidence <= 1.0
    assert classifier.with_mode(Mode.CLASSIFIER).decide(frame, sentence).action.plover == "COERCE"


@pytest.mark.slow
def test_rules_mode_keeps_the_lexicon_code(nlp):
    ontology = Ontology.load()
    classifier = EventClassifier.load(ontology, mode="rules")
    frame, sentence = _frame(
        nlp,
        "Japan hosted South Korean diplomats in Tokyo.",
        "043",
        "Japan",
        "South Korean diplomats",
    )
    decision = classifier.decide(frame, sentence)
    assert (decision.action.cameo, decision.method) == ("043", "rules")


def test_dense_weights_round_trip_and_move_the_scores(tmp_path):
    dense = np.array([[2.0, -2.0], [0.0, 0.0]])  # first vector component favours A
    model = LinearModel.from_arrays(
        ["A", "B"], np.array([3]), np.array([[0.0, 0.0]]), np.zeros(2), dense
    )
    assert model.uses_vectors
    assert model.best([3], np.array([1.0, 0.0]))[0] == "A"
    assert model.best([3], np.array([-1.0, 0.0]))[0] == "B"
    save_models(tmp_path / "m.npz", {"type": model}, {})
    loaded, _ = load_models(tmp_path / "m.npz")
    assert np.allclose(loaded["type"].dense, dense)


class _CountingEncoder:
    def __init__(self) -> None:
        self.calls = 0

    def encode(self, texts, batch_size=32, max_tokens=128):
        self.calls += len(texts)
        return np.ones((len(texts), 2), dtype=np.float32)


def test_the_vector_model_is_asked_only_when_the_quick_model_is_unsure(nlp):
    from tidings.classify.vectors import SentenceVectors

    empty = (np.array([], dtype=np.int64), np.zeros((0, 2)))
    sure = LinearModel.from_arrays(["A", "B"], *empty, np.array([9.0, 0.0]))
    unsure = LinearModel.from_arrays(["A", "B"], *empty, np.zeros(2))
    dense = np.array([[-5.0, 5.0], [-5.0, 5.0]])  # the vector says B
    types = LinearModel.from_arrays(["A", "B"], *empty, np.zeros(2), dense)
    clue = Clue(nlp("Iran freed the sailors on Monday.")[:])

    def classifier(quick: LinearModel, encoder: _CountingEncoder) -> EventClassifier:
        vectors = SentenceVectors(encoder)
        return EventClassifier(
            Ontology.load(), types, None, vectors=vectors, quick=quick, cascade=0.9
        )

    encoder = _CountingEncoder()
    assert classifier(sure, encoder).predict(clue)[0] == "A" and encoder.calls == 0
    encoder = _CountingEncoder()
    asked = classifier(unsure, encoder)
    assert asked.predict(clue)[0] == "B" and encoder.calls == 1
    asked.predict(clue)
    assert encoder.calls == 1  # one encoding per sentence


def test_the_vector_is_not_read_when_the_quick_model_already_sides_with_the_rules(nlp):
    from tidings.classify.vectors import SentenceVectors

    empty = (np.array([], dtype=np.int64), np.zeros((0, 2)))
    unsure = LinearModel.from_arrays(["A", "B"], *empty, np.array([0.1, 0.0]))
    types = LinearModel.from_arrays(["A", "B"], *empty, np.zeros(2), np.ones((2, 2)))
    sentence = nlp("Iran freed the sailors on Monday.")[:]

    def asked(settled: str | None, quick_only: bool = False) -> int:
        encoder = _CountingEncoder()
        classifier = EventClassifier(
            Ontology.load(),
            types,
            None,
            vectors=SentenceVectors(encoder),
            quick=unsure,
            cascade=0.9,
        )
        classifier._predict([], sentence, settled, quick_only)
        return encoder.calls

    assert asked(None) == 1
    assert asked("B") == 1  # the quick model reads A: the rules' B is not settled
    assert asked("A") == 0
    assert asked(None, quick_only=True) == 0


def test_the_quick_model_runs_with_its_own_override_threshold(tmp_path, monkeypatch):
    from tidings.classify import decide

    empty = (np.array([], dtype=np.int64), np.zeros((0, 2)))
    quick = LinearModel.from_arrays(["A", "B"], *empty, np.zeros(2))
    types = LinearModel.from_arrays(["A", "B"], *empty, np.zeros(2), np.ones((2, 2)))
    file = tmp_path / "classifier.npz"
    save_models(file, {"type": types, "quick": quick}, {"threshold": 0.2, "quick_threshold": 0.7})
    monkeypatch.setattr(decide, "path", lambda name: file)
    loaded = EventClassifier.load(Ontology.load())
    assert loaded.types is not types and not loaded.types.uses_vectors
    assert loaded.threshold == pytest.approx(0.7)


def test_cross_validation_scores_each_model_under_its_own_keys():
    from tidings.classify.corpus import Example
    from tidings.classify.train import Row, cross_validate

    rows, labels = [], []
    for n in range(40):
        label = ("ASSAULT", "AGREE")[n % 2]
        clue_word = bucket(f"tl={label}")
        origin = "pairs" if n < 30 else "own"
        example = Example(f"k{n}", "", label, origin=origin)
        rows.append(Row(example, [clue_word, bucket(f"noise={n % 7}")], "ASSAULT"))
        labels.append(label)
    scores = cross_validate(rows, labels, use_vectors=False, prefix="quick_")
    assert scores["cv_quick_classifier_macro_f1"] == pytest.approx(1.0)
    assert scores["cv_quick_combined_macro_f1"] == pytest.approx(1.0)
    assert 0.0 <= scores["quick_threshold"] <= 1.0
    assert scores["cv_rules_macro_f1"] < 1.0


@pytest.mark.slow
def test_features_see_the_sectors_of_the_frame_actors(nlp):
    from tidings.classify.decide import clue_of

    frame, sentence = _frame(
        nlp, "Kenyan police detained Uganda.", "173", "Kenyan police", "Uganda"
    )
    frame = dataclasses.replace(
        frame,
        source=dataclasses.replace(frame.source, sector="COP"),
        target=dataclasses.replace(frame.target, country="UGA"),
    )
    found = features(clue_of(frame, sentence))
    assert {"ssec=COP", "tsec=-", "sec=COP_-"} <= set(found)
    assert not any(f.startswith("ssec=") for f in features(Clue(sentence)))


def test_the_override_threshold_prefers_the_rules_when_scores_are_close():
    from tidings.classify.train import choose_threshold

    gold, rules = ["AGREE", "ASSAULT"], ["AGREE", "AGREE"]
    learned = [("AGREE", 0.9), ("ASSAULT", 0.32)]
    assert choose_threshold(gold, rules, learned, tolerance=0.0) == (0.3, pytest.approx(1.0))
    threshold, score = choose_threshold(gold, rules, learned, tolerance=0.7)
    assert threshold == 1.0 and score < 0.5
