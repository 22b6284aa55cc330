"""What one article has established about its actors, and the words that refer back to it.

Owns :class:`ActorMemory` (persons by full name and surname, the countries seen, the last
person and group coded) and the pronouns that take their actor from it ("he", "its spies").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from tidings.model import Actor

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
GROUP_PRONOUNS = frozenset({"it", "its", "itself", "they", "them", "their", "theirs"})
_PEOPLE_SECTORS = frozenset({"CVL", "REF"})


@dataclass
class ActorMemory:
    """What one article has established so far: persons, the last actors, countries seen."""

    persons: dict[str, Actor] = field(default_factory=dict)
    countries: set[str] = field(default_factory=set)
    last_person: Actor | None = None
    last_group: Actor | None = None
    recent_persons: list[Actor] = field(default_factory=list)
    recent_groups: list[Actor] = field(default_factory=list)
    headed_groups: list[tuple[str, Actor]] = field(default_factory=list)

    def person(self, name: str) -> Actor | None:
        """The remembered person called ``name`` (full name, family name or surname)."""
        for candidate in _name_keys(name):
            found = self.persons.get(candidate)
            if found is not None:
                return found
        return None

    def remember(self, actor: Actor, person: bool = False, head: str | None = None) -> None:
        """Note a coded actor; ``person`` when it names a person (not an organisation);
        ``head`` the lemma of its phrase's head, which a later "the council" or "the
        officers" names it by."""
        if actor.country and actor.country.isalpha():
            self.countries.add(actor.country)
        if person and actor.name:
            known = self.person(actor.name)
            if known is None or _more_specific(actor, known):
                for candidate in _name_keys(actor.name):
                    self.persons[candidate] = actor
            self.last_person = actor
            _keep_recent(self.recent_persons, actor)
        elif actor.country and actor.sector not in _PEOPLE_SECTORS:
            self.last_group = actor
            _keep_recent(self.recent_groups, actor)
            if head:
                self.headed_groups.append((head, actor))
                del self.headed_groups[:-_REFERENTS]

    def know(self, actor: Actor) -> None:
        """Note a person the text introduced outside any coded event ("Nicaraguan President
        Daniel Ortega withdrew ...") so that a later "Ortega" is coded; unlike ``remember`` it
        leaves the latest actors, which pronouns refer to, as they are."""
        if actor.name and self.person(actor.name) is None:
            for candidate in _name_keys(actor.name):
                self.persons[candidate] = actor

    def persons_in_order(self) -> list[Actor]:
        """Every person the article has named so far, in coded events or not, in text order
        (the latest last)."""
        unique = {id(actor): actor for actor in [*self.persons.values(), *self.recent_persons]}
        return sorted(unique.values(), key=lambda actor: actor.start or -1)

    def antecedent(self, pronoun: Span, person: bool) -> Actor | None:
        """The latest coded person or group the text names before the pronoun: the parser's
        order codes a clause's object before an earlier subject ("the army said its soldiers
        shot a gunman"), and a pronoun refers back, not forward."""
        recent = self.recent_persons if person else self.recent_groups
        for actor in reversed(recent):
            if actor.start is None or actor.start < pronoun.start_char:
                return actor
        return self.last_person if person else self.last_group


_RECENT = 8
# how many groups a description may still refer back to ("the bloc" five sentences later)
_REFERENTS = 30


def _keep_recent(recent: list[Actor], actor: Actor) -> None:
    recent.append(actor)
    del recent[:-_RECENT]


def _more_specific(new: Actor, old: Actor) -> bool:
    return (new.country, new.sector, new.role) != (old.country, old.sector, old.role) and bool(
        new.country or new.sector
    )


def _name_keys(name: str) -> list[str]:
    words = name.replace("-", " ").split()
    keys = [name.lower()]
    if len(words) > 1:
        keys.extend([words[-1].lower(), words[0].lower()])
    return keys


def resolve_pronoun(span: Span, root: Token, memory: ActorMemory) -> tuple[Actor, bool] | None:
    """The actor a pronoun refers back to, moved to the pronoun's span, and whether it is a
    person ("he" the last person, "they" the last group)."""
    word = root.lower_
    antecedent = None
    if word in PERSON_PRONOUNS:
        antecedent = memory.antecedent(span, person=True)
    elif word in GROUP_PRONOUNS:
        antecedent = memory.antecedent(span, person=False)
    if antecedent is None:
        return None
    moved = replace(antecedent, text=span.text, start=span.start_char, end=span.end_char)
    return moved, word in PERSON_PRONOUNS


def possessor_country(root: Token, memory: ActorMemory) -> str | None:
    """ "its spies" / "their embassies": the country of the pronoun's antecedent."""
    for child in root.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            found = resolve_pronoun(child.doc[child.i : child.i + 1], child, memory)
            if found is not None and found[0].country and found[0].country.isalpha():
                return found[0].country
    return None


def known_person(span: Span, name: str, memory: ActorMemory) -> Actor:
    """A person named without a country or sector: the remembered one of that name (a later
    surname), else a bare named actor."""
    known = memory.person(name)
    if known is not None:
        return replace(known, text=span.text, start=span.start_char, end=span.end_char)
    return Actor(text=span.text, name=name, start=span.start_char, end=span.end_char)
