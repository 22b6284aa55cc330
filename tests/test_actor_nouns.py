"""Common actor nouns and organisations of sectors.tsv / organisations.tsv, on short sentences."""

from __future__ import annotations

import csv

import pytest

from helpers import subject
from tidings import data
from tidings.model import Actor
from tidings.resolve.actors import ActorResolver, noun_phrase
from tidings.resolve.gazetteer import key

SECTORS = frozenset(
    {"GOV", "MIL", "COP", "REB", "OPP", "PTY", "JUD", "LEG", "MED", "BUS", "SPY", "CVL", "REF"}
    | {"REL", "LAB", "AGR", "CRM", "EDU", "HLH", "NGO"}
)
KINDS = frozenset({"institution", "weak", "title", "person", "diplomatic"})


def _rows(name: str) -> list[dict[str, str]]:
    with data.path(name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_sector_rows_are_well_formed_and_unique() -> None:
    rows = _rows("sectors.tsv")
    texts = [row["text"] for row in rows]
    assert len(texts) == len(set(texts))
    for row in rows:
        assert row["text"] == row["text"].strip().lower(), row
        assert row["sector"] in SECTORS, row
        assert row["kind"] in KINDS, row
        assert not row["country"] or (len(row["country"]) == 3 and row["country"].isupper()), row


def test_organisation_rows_are_well_formed_and_unique() -> None:
    rows = _rows("organisations.tsv")
    coded: dict[tuple[bool, str], tuple[str, ...]] = {}
    for row in rows:
        values = (row["country"], row["org"], row["sector"], row["name"])
        # the same lookup key may be listed twice ("al-Qaeda", "Al-Qaeda") but never differ
        assert coded.setdefault(key(row["text"]), values) == values, row
    for row in rows:
        assert row["name"], row
        if row["country"] in ("IGO", "NGO", "IMG"):
            assert len(row["org"]) <= 3 and not row["sector"], row
        else:
            assert row["sector"] in SECTORS and not row["org"], row


def direct_object(nlp, resolver: ActorResolver, text: str) -> Actor | None:
    doc = nlp(text)
    token = next(token for token in doc if token.dep_ == "dobj")
    return resolver.resolve_token(token, resolver.memory())


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Several left-wing US Jewish organisations have rejected the plan.", "USANGO"),
        ("Rights groups criticised the verdict.", "NGO"),
        ("Hungarian NGOs criticised the new law.", "HUNNGO"),
        ("Aid agencies appealed for access to the city.", "NGO"),
        ("Kenyan teachers went on strike.", "KENEDU"),
        ("French nurses walked out on Monday.", "FRAHLH"),
        ("Brazilian truck drivers blocked the roads.", "BRALAB"),
        ("Chinese hackers attacked the network.", "CHNCRM"),
        ("Russian peacekeepers arrived in the region.", "RUSMIL"),
        ("Iraqi warplanes bombed the village.", "IRQMIL"),
        ("A Chadian armed group attacked the camp.", "TCDREB"),
        ("Syrian opposition parties boycotted the vote.", "SYROPP"),
        ("Kremlin critics denounced the ruling.", "RUSOPP"),
        ("A French lawyer filed a complaint.", "FRAJUD"),
        ("German investors welcomed the decision.", "DEUBUS"),
        ("Egyptian imams condemned the attack.", "EGYREL"),
        ("A Canadian man was detained in Beijing.", "CANCVL"),
        ("The ELN released the hostages.", "COLREB"),
        ("Farc released the soldiers.", "COLREB"),
        ("Nato condemned the attack.", "IGONAT"),
        ("The UN envoy met the rebels.", "IGOUNO"),
        ("The IDF struck targets in Gaza.", "ISRMIL"),
        ("ICE detained the migrants.", "USACOP"),
        ("The Syrian Democratic Forces captured the town.", "SYRREB"),
        ("Al-Shabaab attacked the base.", "SOMREB"),
    ],
)
def test_codes_common_actor_nouns(nlp, resolver: ActorResolver, text: str, code: str) -> None:
    actor = subject(nlp, resolver, text)
    assert actor is not None and actor.code == code


@pytest.mark.slow
def test_vietnamese_surname_ngo_is_not_an_ngo(nlp, resolver: ActorResolver) -> None:
    text = "Vietnamese defense chief Gen. Ngo Xuan Lich arrived in Delhi."
    actor = subject(nlp, resolver, text)
    assert actor is not None and actor.code == "VNMMIL"


@pytest.mark.slow
def test_organisation_outranks_weak_people_nouns(nlp, resolver: ActorResolver) -> None:
    prisoners = direct_object(nlp, resolver, "Kabul freed 100 Taliban prisoners.")
    assert prisoners is not None and prisoners.code == "AFGREB"
    workers = direct_object(nlp, resolver, "The militia kidnapped two United Nations aid workers.")
    assert workers is not None and workers.code == "IGOUNO"


@pytest.mark.slow
def test_people_nouns_take_the_country_of_the_phrase(nlp, resolver: ActorResolver) -> None:
    memory = resolver.memory()
    doc = nlp("Italian police arrested a 20-year-old Somali man.")
    found = [
        resolver.resolve(noun_phrase(token), memory)
        for token in doc
        if token.dep_ in ("nsubj", "dobj")
    ]
    assert [actor.code if actor else None for actor in found] == ["ITACOP", "SOMCVL"]
