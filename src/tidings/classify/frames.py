"""Clues for training from the rules' own frames, so training sees what inference sees."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from tidings.classify.corpus import Example, Span
from tidings.classify.features import Clue

ClueMaker = Callable[[Example, Language], tuple[Clue, str | None]]


def overlap(a: Span | None, b: tuple[int | None, int | None] | None) -> int:
    if a is None or b is None or b[0] is None or b[1] is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pair_score(example_source: Span | None, example_target: Span | None, source, target) -> int:
    """How well a candidate's actors cover the marked spans (either direction)."""
    spans = [(a.start, a.end) if a is not None else None for a in (source, target)]
    straight = overlap(example_source, spans[0]) + overlap(example_target, spans[1])
    crossed = overlap(example_source, spans[1]) + overlap(example_target, spans[0])
    both = min(overlap(example_source, spans[0]), overlap(example_target, spans[1]))
    return straight * 2 + (1 if both else 0) if straight >= crossed else crossed


def pipeline_clue_maker(use_rules: bool = True) -> tuple[Language, ClueMaker]:
    """spaCy plus, when the extractor is available, a maker that uses the rules' frames."""
    from tidings.annotate import load_model

    if not use_rules:
        from tidings.classify.train import gold_clue

        return load_model(), gold_clue
    try:
        from tidings.pipeline import Coder, CoderOptions

        coder = Coder.load(CoderOptions(use_classifier=False))
    except Exception:
        from tidings.classify.train import gold_clue

        return load_model(), gold_clue
    return coder.nlp, _frame_maker(coder)


def _frame_maker(coder) -> ClueMaker:
    ontology = coder.ontology

    def make(example: Example, nlp: Language) -> tuple[Clue, str | None]:
        doc = nlp(example.text)
        memory = coder.actors.memory()
        best, best_score = None, 0
        for sentence in doc.sents:
            for frame in coder.extractor.frames(sentence, memory):
                score = pair_score(example.source, example.target, frame.source, frame.target)
                if best is None or score > best_score:
                    best, best_score = (frame, sentence), score
        if best is None:
            return Clue(doc[:], None, example.source, example.target), None
        frame, sentence = best
        source = example.source if example.source else None
        clue = Clue(
            sentence,
            frame.trigger,
            _span(frame.source) or source,
            _span(frame.target) or example.target,
            frame.cameo,
        )
        return clue, ontology.plover_of(frame.cameo)[0]

    return make


def _span(actor) -> Span | None:
    if actor is None or actor.start is None or actor.end is None:
        return None
    return actor.start, actor.end
