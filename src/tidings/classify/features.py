"""Sparse string features of one candidate event, hashed into a fixed space.

The classifier sees the sentence (lemmas, bigrams), the trigger and its dependents, the
words between the two actors, the dependency path joining them, negation and modal
words, the CAMEO root the rules proposed and the sectors of the resolved actors.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tidings.model import Actor

CharSpan = tuple[int, int]
N_BUCKETS = 1 << 20
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall"})
_INTENT = frozenset(
    {
        "plan",
        "intend",
        "vow",
        "pledge",
        "promise",
        "offer",
        "agree",
        "hope",
        "want",
        "seek",
        "threaten",
        "warn",
        "prepare",
        "propose",
        "consider",
    }
)
_ARGS = frozenset(
    {
        "dobj",
        "xcomp",
        "ccomp",
        "prep",
        "pobj",
        "attr",
        "acomp",
        "prt",
        "agent",
        "dative",
        "oprd",
        "compound",
        "amod",
        "nsubjpass",
        "advcl",
        "conj",
    }
)


@dataclass(frozen=True)
class Clue:
    """What the classifier knows about one candidate event (offsets are Doc characters)."""

    sentence: Span
    trigger: Token | None = None
    source: CharSpan | None = None
    target: CharSpan | None = None
    rule_cameo: str | None = None
    # The resolved actors' sector codes ("GOV", "COP", "" for a bare country), when known.
    source_sector: str | None = None
    target_sector: str | None = None


def actor_sector(actor: Actor | None) -> str | None:
    """An actor's sector code for a ``Clue``: "" when coded without one, None without an actor."""
    return None if actor is None else actor.sector or ""


def actor_offsets(actor: Actor | None) -> CharSpan | None:
    """An actor's character offsets for a ``Clue``; None without an actor or its offsets."""
    if actor is None or actor.start is None or actor.end is None:
        return None
    return actor.start, actor.end


def bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % N_BUCKETS


def _lemma(token: Token) -> str:
    return token.lemma_.lower() if token.lemma_ else token.lower_


def _content(tokens: Iterable[Token]) -> list[str]:
    return [
        _lemma(t)
        for t in tokens
        if (t.is_alpha and not t.is_stop)
        or t.lower_ in _MODALS
        or t.dep_ == "neg"
        or t.lower_ in {"not", "no", "never"}
    ]


def _tokens(sentence: Span, span: CharSpan | None) -> Span | None:
    if span is None:
        return None
    found = sentence.doc.char_span(span[0], span[1], alignment_mode="expand")
    return found if found is not None and len(found) else None


def _ancestors(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def find_trigger(sentence: Span, source: Span | None, target: Span | None) -> Token:
    """The predicate joining the two actors: their lowest common ancestor, else the root."""
    if source is not None and target is not None:
        up = _ancestors(source.root)
        seen = {t.i for t in up}
        for token in _ancestors(target.root):
            if token.i in seen:
                return token
    if source is not None:
        return source.root.head
    if target is not None:
        return target.root.head
    return sentence.root


def _path(a: Token, b: Token) -> str:
    up_a, up_b = _ancestors(a), _ancestors(b)
    ids_b = [t.i for t in up_b]
    for i, token in enumerate(up_a):
        if token.i in ids_b:
            j = ids_b.index(token.i)
            left = [t.dep_ for t in up_a[:i]]
            right = [t.dep_ for t in up_b[:j]]
            return "^".join(left) + f"|{_lemma(token)}|" + "v".join(reversed(right))
    return "none"


def _trigger_features(trigger: Token) -> list[str]:
    lemma = _lemma(trigger)
    out = [f"tl={lemma}", f"tp={trigger.pos_}"]
    for child in trigger.children:
        if child.dep_ in _ARGS:
            out.append(f"tc={child.dep_}:{_lemma(child)}")
            out.append(f"tlc={lemma}:{_lemma(child)}")
            out.extend(
                f"tgc={_lemma(child)}:{_lemma(g)}"
                for g in child.children
                if g.dep_ in {"pobj", "dobj", "xcomp", "compound", "amod"}
            )
        if child.dep_ == "neg":
            out.append("neg")
        if child.dep_ == "aux" and child.lower_ in _MODALS:
            out.append(f"modal={child.lower_}")
        if child.dep_ == "auxpass":
            out.append("passive")
    head = trigger.head
    if head.i != trigger.i and trigger.dep_ in {"xcomp", "ccomp", "advcl", "pcomp"}:
        out.append(f"gov={_lemma(head)}")
        out.append(f"govt={_lemma(head)}:{lemma}")
        if _lemma(head) in _INTENT:
            out.append("intent")
    return out


def _between(sentence: Span, source: Span, target: Span) -> list[str]:
    left, right = sorted([source, target], key=lambda s: s.start)
    words = _content(sentence.doc[left.end : right.start])
    order = "st" if source.start <= target.start else "ts"
    return [
        f"order={order}",
        *(f"b={w}" for w in words),
        *(f"bb={a}_{b}" for a, b in itertools.pairwise(words)),
    ]


def features(clue: Clue) -> list[str]:
    """The feature strings of one candidate event."""
    sentence = clue.sentence
    words = _content(sentence)
    out = ["bias", *(f"w={w}" for w in words)]
    out.extend(f"ww={a}_{b}" for a, b in itertools.pairwise(words))
    source, target = _tokens(sentence, clue.source), _tokens(sentence, clue.target)
    trigger = clue.trigger if clue.trigger is not None else find_trigger(sentence, source, target)
    out.extend(_trigger_features(trigger))
    if source is not None and target is not None:
        out.extend(_between(sentence, source, target))
        out.append(f"path={_path(source.root, target.root)}")
    for name, actor in (("s", source), ("t", target)):
        if actor is not None:
            out.append(f"{name}dep={actor.root.dep_}")
            out.append(f"{name}head={_lemma(actor.root.head)}")
    if clue.rule_cameo:
        out.append(f"rc={clue.rule_cameo[:2]}")
        out.append(f"rc3={clue.rule_cameo[:3]}")
    out.extend(_sector_features(clue.source_sector, clue.target_sector))
    return out


def _sector_features(source: str | None, target: str | None) -> list[str]:
    """Who acts on whom: police on civilians is more often an arrest than an attack, a
    government on a government rarely a protest ("-" stands for a bare country)."""
    out = []
    if source is not None:
        out.append(f"ssec={source or '-'}")
    if target is not None:
        out.append(f"tsec={target or '-'}")
    if source is not None and target is not None:
        out.append(f"sec={source or '-'}_{target or '-'}")
    return out


def hashed(clue: Clue) -> list[int]:
    return sorted({bucket(f) for f in features(clue)})
