"""The in-process runner: cleaned articles in, coded articles out.

``Coder`` owns the loaded resources (spaCy pipeline, ontology, gazetteer, lexicon,
classifier) and wires the stages; each stage stays a small component of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from tidings.annotate import AnnotateOptions, annotate, load_model, parse, sentences
from tidings.annotate_dateline import dateline_place
from tidings.annotate_headlines import HeadlineCase
from tidings.classify import EventClassifier
from tidings.extract import EventExtractor, Frame, PredicateLexicon
from tidings.model import Article, CodedArticle, Mention, Place, Sentence
from tidings.ontology import Ontology
from tidings.publish import published
from tidings.resolve._places_index import PlaceIndex
from tidings.resolve.actors import ActorMemory, ActorResolver
from tidings.resolve.addressee import address_replies
from tidings.resolve.agentless import inherit_agents
from tidings.resolve.anaphora import resolve_references
from tidings.resolve.completion import complete_actors
from tidings.resolve.dates import DateResolver, filed_on
from tidings.resolve.discourse import Discourse
from tidings.resolve.gazetteer import Gazetteer
from tidings.resolve.places import PlaceResolver, placed_at_dateline
from tidings.resolve.reactions import aim_reactions

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CoderOptions:
    annotate: AnnotateOptions = field(default_factory=AnnotateOptions)
    use_classifier: bool = True
    sentence_vectors: bool = False  # the slower, more accurate classifier (MiniLM embedding)


class Coder:
    """Codes articles into event mentions. Build once, reuse for many articles."""

    def __init__(
        self,
        nlp: Language,
        ontology: Ontology,
        extractor: EventExtractor,
        actors: ActorResolver,
        dates: DateResolver,
        places: PlaceResolver,
        classifier: EventClassifier | None,
        options: CoderOptions = CoderOptions(),
        headlines: HeadlineCase | None = None,
    ) -> None:
        self.nlp = nlp
        self.headlines = headlines
        self.ontology = ontology
        self.extractor = extractor
        self.actors = actors
        self.dates = dates
        self.places = places
        self.classifier = classifier
        self.options = options

    @classmethod
    def load(cls, options: CoderOptions = CoderOptions()) -> Coder:
        ontology = Ontology.load()
        gazetteer = Gazetteer.load()
        place_index = PlaceIndex.load()
        actors = ActorResolver(gazetteer, place_index)
        predicates = PredicateLexicon.load()
        extractor = EventExtractor(predicates, actors, ontology)
        classifier = (
            EventClassifier.load(ontology, vectors=options.sentence_vectors)
            if options.use_classifier
            else None
        )
        nlp = load_model()
        return cls(
            nlp=nlp,
            ontology=ontology,
            extractor=extractor,
            actors=actors,
            dates=DateResolver(),
            places=PlaceResolver(place_index, gazetteer),
            classifier=classifier,
            options=options,
            headlines=HeadlineCase.load(nlp, gazetteer, place_index, predicates.lemmas()),
        )

    def code(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code many articles, parsing them in batches."""
        for article, doc in annotate(self.nlp, articles, self.options.annotate, self.headlines):
            yield self.code_doc(article, doc)

    def parse(self, text: str) -> Doc:
        """One text parsed as ``code`` parses it (Title-Case headlines from a case-normalised
        copy); for tools that look at frames sentence by sentence."""
        return parse(self.nlp, text, self.headlines)

    def code_doc(self, article: Article, doc: Doc) -> CodedArticle:
        """Code one parsed article."""
        sentence_rows = sentences(doc)
        by_start = {sentence.start: sentence for sentence in sentence_rows}
        memory = self.actors.memory()
        reference = filed_on(doc, article.published) or article.published
        discourse = Discourse(published=reference)
        mentions: list[Mention] = []
        for span in doc.sents:
            sentence = _sentence_of(span, by_start)
            if sentence is None:
                continue
            frames = self.extractor.frames(span, memory)
            if self.classifier is not None:
                frames = self.classifier.fallback(frames, span, self.actors, memory)
            new = [
                self._mention(article, sentence, frame, span, discourse, primary=(n == 0))
                for n, frame in enumerate(frames)
            ]
            mentions.extend(new)
            self.actors.note_persons(span, memory)
            discourse = discourse.after_sentence(span, new)
        completed = address_replies(complete_actors(inherit_agents(mentions)))
        completed = aim_reactions(resolve_references(completed))
        completed = placed_at_dateline(completed, self._filed_from(doc))
        return CodedArticle(
            article=article, sentences=sentence_rows, mentions=tuple(published(completed))
        )

    def _filed_from(self, doc: Doc) -> Place | None:
        """The place of the story's wire dateline, when it names a known place."""
        city = dateline_place(doc)
        return self.places.named(city.text) if city is not None else None

    def _mention(
        self,
        article: Article,
        sentence: Sentence,
        frame: Frame,
        span: Span,
        discourse: Discourse,
        primary: bool = True,
    ) -> Mention:
        action = self.ontology.action(frame.cameo)
        method = "rules"
        confidence = frame.confidence
        if self.classifier is not None:
            decision = self.classifier.decide(frame, span, primary)
            action, method, confidence = decision.action, decision.method, decision.confidence
        mention = Mention(
            doc_id=article.doc_id,
            sentence=sentence,
            action=action,
            trigger=frame.trigger_span.text,
            trigger_start=frame.trigger_span.start_char,
            trigger_end=frame.trigger_span.end_char,
            source=frame.source,
            target=frame.target,
            symmetric=frame.symmetric,
            modality=frame.modality,
            confidence=confidence,
            method=method,
            attributed_to=frame.attributed_to,
        )
        return replace(
            mention,
            date=self.dates.resolve(frame.trigger, discourse.published, discourse),
            location=self.places.resolve(frame.trigger, discourse, _actor_countries(frame)),
        )


def _actor_countries(frame: Frame) -> frozenset[str]:
    """The countries of an event's coded actors: a place name several countries share is
    likeliest in one of theirs."""
    return frozenset(a.country for a in (frame.source, frame.target) if a and a.country)


def _sentence_of(span: Span, by_start: dict[int, Sentence]) -> Sentence | None:
    stripped_start = span.start_char + (len(span.text) - len(span.text.lstrip()))
    return by_start.get(stripped_start)


__all__ = ["ActorMemory", "Coder", "CoderOptions"]
