"""Clues for training from the rules' own frames, so training sees what inference sees."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from tidings.classify.corpus import Example, Span
from tidings.classify.features import Clue, actor_offsets, actor_sector

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


def pipeline_clue_maker(
    use_rules: bool = True,
) -> tuple[Language, ClueMaker, Callable[[Doc], Clue | None] | None]:
    """spaCy, a clue maker (the rules' frames when the extractor is available) and the
    fallback's clue maker for the "no event" gate (None without the pipeline)."""
    from tidings.annotate import load_model
    from tidings.classify.train import gold_clue

    try:
        from tidings.pipeline import Coder, CoderOptions

        coder = Coder.load(CoderOptions(use_classifier=False))
    except Exception:
        return load_model(), gold_clue, None
    make = _frame_maker(coder) if use_rules else gold_clue
    return coder.nlp, make, fallback_guesser(coder)


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
            actor_offsets(frame.source) or source,
            actor_offsets(frame.target) or example.target,
            frame.cameo,
            actor_sector(frame.source),
            actor_sector(frame.target),
        )
        return clue, ontology.plover_of(frame.cameo)[0]

    return make


def fallback_guesser(coder) -> Callable[[Doc], Clue | None]:
    """The clue the classifier's fallback would see in a parsed text (first sentence with one)."""
    from tidings.classify.fallback import guess

    def make(doc: Doc) -> Clue | None:
        memory = coder.actors.memory()
        for sentence in doc.sents:
            found = guess(sentence, coder.actors, memory)
            if found is not None:
                return found.clue
        return None

    return make
