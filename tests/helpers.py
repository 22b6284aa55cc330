"""Helpers shared by the test modules (fixtures live in conftest.py)."""

from __future__ import annotations

from tidings.extract import Frame
from tidings.model import Actor, Article, Mention
from tidings.ontology import yield_type
from tidings.resolve.actors import ActorResolver, noun_phrase


def frames_of(coder, text: str) -> list[Frame]:
    """Frames of the last sentence of ``text``, earlier sentences feeding the article memory."""
    doc = coder.nlp(text)
    memory = coder.actors.memory()
    found: list[Frame] = []
    for sentence in doc.sents:
        found = coder.extractor.frames(sentence, memory)
    return found


def mentions_of(coder, text: str) -> tuple[Mention, ...]:
    """The mentions ``text`` publishes, coded as one article (article rules included)."""
    return next(iter(coder.code([Article(doc_id="t", text=text)]))).mentions


def best(coder, text: str) -> Frame:
    """The best supported frame of the last sentence of ``text``."""
    frames = frames_of(coder, text)
    assert frames, f"no event in {text!r}"
    return frames[0]


def plover(coder, frame: Frame) -> str:
    """The frame's PLOVER type, CONCEDE and RETREAT counted as YIELD."""
    return yield_type(coder.ontology.plover_of(frame.cameo)[0])


def countries(frame: Frame) -> tuple[str | None, str | None]:
    return (
        frame.source.country if frame.source else None,
        frame.target.country if frame.target else None,
    )


def only(frames: list[Frame], root: str) -> Frame:
    matching = [frame for frame in frames if frame.cameo.startswith(root)]
    assert matching, [(f.cameo, countries(f)) for f in frames]
    return matching[0]


def subject(nlp, resolver: ActorResolver, text: str) -> Actor | None:
    """The actor the resolver makes of the sentence's subject token."""
    doc = nlp(text)
    token = next(token for token in doc if token.dep_ in ("nsubj", "nsubjpass"))
    return resolver.resolve_token(token, resolver.memory())


def subject_phrase(nlp, resolver: ActorResolver, text: str) -> Actor | None:
    """The actor the resolver makes of the subject's whole noun phrase."""
    doc = nlp(text)
    token = next(token for token in doc if token.dep_ in ("nsubj", "nsubjpass"))
    return resolver.resolve(noun_phrase(token), resolver.memory())
