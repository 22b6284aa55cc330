"""The classifier's fallback: an event from raw text when the rules found none."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from tidings.classify import EventClassifier, Mode
from tidings.classify.decide import EVENT
from tidings.classify.fallback import RULE, guess, main_predicate
from tidings.classify.linear import LinearModel
from tidings.model import Modality

pytestmark = pytest.mark.slow


def _sentence(nlp, text: str):
    return next(iter(nlp(text).sents))


def _gate(says: str) -> LinearModel:
    """A gate that answers ``says`` whatever the sentence."""
    bias = np.array([5.0, -5.0]) if says == EVENT else np.array([-5.0, 5.0])
    return LinearModel.from_arrays(
        [EVENT, "NONE"], np.array([], dtype=np.int32), np.zeros((0, 2)), bias
    )


def test_main_predicate_is_the_reported_clause(nlp):
    sentence = _sentence(nlp, "Officials said Turkish troops shelled Kurdish positions in Syria.")
    assert main_predicate(sentence).lemma_ == "shell"


def test_guess_puts_the_subject_first_and_the_object_second(coder, nlp):
    sentence = _sentence(nlp, "Turkish troops shelled Kurdish fighters near the border.")
    found = guess(sentence, coder.actors, coder.actors.memory())
    assert found is not None
    assert found.predicate.lemma_ == "shell"
    assert found.source.country == "TUR" and "Turkish" in found.source.text
    assert "Kurdish" in found.target.text


def test_guess_reads_the_agent_of_a_passive_as_the_source(coder, nlp):
    sentence = _sentence(nlp, "The Sudanese villagers were shelled by Chadian troops.")
    found = guess(sentence, coder.actors, coder.actors.memory())
    assert found is not None
    assert found.source.country == "TCD"
    assert found.target.country == "SDN"


def test_no_guess_for_negated_or_state_sentences(coder, nlp):
    memory = coder.actors.memory()
    for text in (
        "Russian troops did not shell Ukrainian positions.",
        "Relations between Peru and Chile have been tense for years.",
        "It rained heavily in the morning.",
    ):
        assert guess(_sentence(nlp, text), coder.actors, memory) is None, text


def test_guess_leaves_the_article_memory_alone(coder, nlp):
    memory = coder.actors.memory()
    guess(_sentence(nlp, "Kenyan police arrested Ugandan traders."), coder.actors, memory)
    assert memory.countries == set()


def test_fallback_adds_a_classifier_event_when_the_gate_says_yes(coder, nlp):
    sentence = _sentence(nlp, "Kenyan police arrested dozens of Ugandan traders in Nairobi.")
    classifier = replace_gate(coder.classifier, _gate(EVENT))
    frames = classifier.fallback([], sentence, coder.actors, coder.actors.memory())
    assert len(frames) == 1
    frame = frames[0]
    assert frame.rule == RULE and frame.modality is Modality.ASSERTED
    assert frame.source.country == "KEN" and frame.target is not None
    decision = classifier.decide(frame, sentence)
    assert decision.method == "classifier"
    assert decision.action.cameo == frame.cameo


def test_fallback_stays_quiet_on_gate_no_rules_mode_and_found_frames(coder, nlp):
    sentence = _sentence(nlp, "Kenyan police arrested dozens of Ugandan traders in Nairobi.")
    memory = coder.actors.memory()
    quiet = replace_gate(coder.classifier, _gate("NONE"))
    assert quiet.fallback([], sentence, coder.actors, memory) == []
    rules = replace_gate(coder.classifier, _gate(EVENT)).with_mode(Mode.RULES)
    assert rules.fallback([], sentence, coder.actors, memory) == []
    found = coder.extractor.frames(sentence, coder.actors.memory())
    assert found, "the rules code this sentence themselves"
    assert coder.classifier.fallback(found, sentence, coder.actors, memory) == found


def replace_gate(classifier: EventClassifier, gate: LinearModel) -> EventClassifier:
    changed = classifier.with_mode(classifier.mode)
    changed.gate, changed.gate_threshold = gate, 0.5
    return changed


def test_frames_from_the_fallback_are_ordinary_frames(coder, nlp):
    sentence = _sentence(nlp, "Kenyan police arrested dozens of Ugandan traders in Nairobi.")
    classifier = replace_gate(coder.classifier, _gate(EVENT))
    frame = classifier.fallback([], sentence, coder.actors, coder.actors.memory())[0]
    assert replace(frame, confidence=0.1).key() == frame.key()
    assert 0.0 < frame.confidence <= 1.0


def test_fallback_replaces_bare_statements_but_not_coded_acts(coder, nlp):
    sentence = _sentence(nlp, "Kenyan police arrested dozens of Ugandan traders in Nairobi.")
    classifier = replace_gate(coder.classifier, _gate(EVENT))
    memory = coder.actors.memory()
    [coded] = [f for f in coder.extractor.frames(sentence, memory) if f.source is not None][:1]
    bare = replace(coded, cameo="010", target=None)
    assert bare.is_bare_statement and not coded.is_bare_statement
    [learned] = classifier.fallback([bare], sentence, coder.actors, memory)
    assert learned.rule == RULE
    assert classifier.fallback([coded], sentence, coder.actors, memory) == [coded]
    quiet = replace_gate(coder.classifier, _gate("NONE"))
    assert quiet.fallback([bare], sentence, coder.actors, memory) == [bare]


def _always(label: str, labels: tuple[str, ...] = ("ASSAULT", "COERCE")) -> LinearModel:
    """A type model that reads ``label`` whatever the clue."""
    bias = np.array([5.0 if name == label else -5.0 for name in labels])
    return LinearModel.from_arrays(
        list(labels), np.array([], dtype=np.int32), np.zeros((0, len(labels))), bias
    )


def test_the_fallback_types_its_clue_with_the_guess_model_when_the_artifact_has_one(coder, nlp):
    sentence = _sentence(nlp, "Kenyan police arrested dozens of Ugandan traders in Nairobi.")
    classifier = replace_gate(coder.classifier, _gate(EVENT))
    classifier.types, classifier.quick, classifier.vectors = _always("ASSAULT"), None, None
    memory = coder.actors.memory()
    classifier.guesses = _always("COERCE")
    [frame] = classifier.fallback([], sentence, coder.actors, memory)
    assert coder.ontology.action(frame.cameo).plover == "COERCE"
    classifier.guesses = None
    [frame] = classifier.fallback([], sentence, coder.actors, memory)
    assert coder.ontology.action(frame.cameo).plover == "ASSAULT"


def test_the_guess_model_learns_from_the_gate_events_with_their_types():
    from tidings.classify.corpus import Example
    from tidings.classify.train import Row, guess_rows

    rows = [
        Row(Example("a", "", "RETREAT"), [1], None),
        Row(Example("b", "", "NONE"), [2], None),
        Row(Example("c", "", "ASSAULT"), [3], None),
    ]
    chosen, labels = guess_rows(rows, [EVENT, "NONE", EVENT])
    assert [row.example.key for row in chosen] == ["a", "c"]
    assert labels == ["YIELD", "ASSAULT"]
