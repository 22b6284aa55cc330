"""Run the actor resolver over the seed articles and compare with the gold actors.

For every gold event, looks in the sentence that holds its evidence for a coded actor with
the gold source (and target) country and an accepted sector (and the name, when gold has
one). Prints every coded phrase with ``-v``. Not a scorer of events: ``tidings eval`` is.
Run: .venv/bin/python scripts/actors_on_seeds.py [../shared] [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from spacy.tokens import Doc

from tidings.annotate import load_model
from tidings.model import Actor
from tidings.resolve.actors import ActorResolver, noun_phrase
from tidings.resolve.gazetteer import Gazetteer

HEADS = frozenset({"NOUN", "PROPN", "PRON"})
INNER = frozenset({"compound", "amod", "flat", "case", "nmod"})


def coded_actors(resolver: ActorResolver, doc: Doc) -> list[Actor]:
    """Every noun phrase head of the document, resolved in reading order."""
    memory = resolver.memory()
    found = []
    for token in doc:
        if token.pos_ in HEADS and token.dep_ not in INNER:
            actor = resolver.resolve(noun_phrase(token), memory)
            if actor is not None:
                found.append(actor)
    return found


def _fits(actor: Actor, gold: dict) -> bool:
    if actor.country != gold["country"]:
        return False
    if gold["sectors"] and actor.sector not in gold["sectors"]:
        return False
    return not gold.get("name") or actor.name == gold["name"]


def _sentence_actors(doc: Doc, actors: list[Actor], evidence: str) -> list[Actor]:
    for sentence in doc.sents:
        if evidence[:40] in sentence.text:
            return [a for a in actors if sentence.start_char <= (a.start or 0) < sentence.end_char]
    return []


def measure(shared: Path, verbose: bool) -> None:
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    nlp, resolver = load_model(), ActorResolver(Gazetteer.load())
    docs, actors = {}, {}
    for doc_id in gold["documents"]:
        text = (shared / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8")
        docs[doc_id] = nlp(text)
        actors[doc_id] = coded_actors(resolver, docs[doc_id])
        if verbose:
            for actor in actors[doc_id]:
                print(f"{doc_id[:3]} {actor.text[:60]!r:64} {actor.code} {actor.name} {actor.role}")
    hits = total = 0
    for event in gold["events"]:
        in_sentence = _sentence_actors(docs[event["doc"]], actors[event["doc"]], event["evidence"])
        for side in ("source", "target"):
            if event[side] is None:
                continue
            total += 1
            ok = any(_fits(actor, event[side]) for actor in in_sentence)
            hits += ok
            if not ok:
                want = (event[side]["country"], event[side]["sectors"], event[side]["name"])
                got = sorted({(a.code, a.name) for a in in_sentence}, key=str)
                print(f"MISS {event['doc'][:3]} {side} {want} in {event['evidence'][:50]!r}: {got}")
    print(f"gold actors found in their sentence (country, sector, name): {hits}/{total}")


if __name__ == "__main__":
    arguments = [arg for arg in sys.argv[1:] if arg != "-v"]
    root = Path(arguments[0]) if arguments else Path(__file__).resolve().parents[2] / "shared"
    measure(root, "-v" in sys.argv)
