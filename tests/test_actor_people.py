"""People named by nationality and occupation, faith or people, former posts, companies,
and well-known leaders by surname: the phrases that used to come out uncoded."""

from __future__ import annotations

import pytest

from helpers import best, subject
from tidings.resolve.actors import ActorResolver, noun_phrase


def _object(nlp, resolver: ActorResolver, text: str):
    """The actor the resolver makes of the sentence's first direct object."""
    doc = nlp(text)
    token = next(token for token in doc if token.dep_ == "dobj")
    return resolver.resolve_token(token, resolver.memory())


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A Chinese actor was detained in Beijing on Tuesday.", "CHNCVL"),
        ("Two Kenyan pilots were killed when their plane crashed.", "KENCVL"),
        ("French engineers were abducted near the dam.", "FRACVL"),
        ("An American missionary was seized in Haiti.", "USAREL"),
        ("A Burmese poet was arrested by the junta.", "MMRCVL"),
        ("Three Filipino housemaids were deported from Kuwait.", "PHLLAB"),
        ("Peruvian street vendors clashed with the police.", "PERBUS"),
        ("Egyptian air force pilots bombed the camps.", "EGYMIL"),
        ("Two homeguards were killed in the ambush.", "COP"),
        ("Army engineers repaired the bridge.", "MIL"),
        ("Syrian Kurds rejected the deal.", "SYRCVL"),
        ("The Rohingya fled across the border.", "CVL"),
        ("Shiites marched through the capital.", "CVL"),
        ("Israeli Arabs protested against the law.", "ISRCVL"),
        ("Sikhs in Canada demanded an inquiry.", "CANCVL"),
    ],
)
def test_codes_people_by_nationality_occupation_and_community(
    nlp, resolver: ActorResolver, text: str, code: str
) -> None:
    actor = subject(nlp, resolver, text)
    assert actor is not None and actor.code == code, (text, actor)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gunmen killed at least 19 Christians in Nigeria.", "NGACVL"),
        ("The army freed 110 more individuals, mostly soldiers.", "MIL"),
        ("Police arrested two ex-ministers of the ousted government.", "GOV"),
        ("Workers staged a sit-in against Siemens AG.", None),
        ("Regulators fined Acme Holdings Ltd. for price fixing.", "BUS"),
        ("Merkel telephoned Erdogan after the coup attempt.", "TURGOV"),
    ],
)
def test_codes_counted_groups_former_members_companies_and_leaders(
    nlp, resolver: ActorResolver, text: str, code: str | None
) -> None:
    if code is None:
        doc = nlp(text)
        company = next(token for token in doc if token.text == "AG")
        actor = resolver.resolve(noun_phrase(company), resolver.memory())
        assert actor is not None and actor.code == "BUS", actor
        return
    actor = _object(nlp, resolver, text)
    assert actor is not None and actor.code == code, (text, actor)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Xi said the talks had gone well.", "CHNGOV"),
        ("Shoigu inspected the troops near the front.", "RUSMIL"),
        ("Hariri resigned on Saturday.", "LBNGOV"),
        ("Sistani called for calm.", "IRQREL"),
        # a given name spelt another way: the surname, without its Arabic article
        ("Prime Minister Nuri al-Maliki condemned the bombing.", "IRQGOV"),
        ("President Abdel Fattah el-Sisi met the delegation.", "EGYGOV"),
    ],
)
def test_codes_well_known_leaders_by_surname(
    nlp, resolver: ActorResolver, text: str, code: str
) -> None:
    actor = subject(nlp, resolver, text)
    assert actor is not None and actor.code == code, (text, actor)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Apple chief executive Tim Cook met the president.",
        "The actor Adam Driver spoke to reporters.",
    ],
)
def test_an_occupation_that_is_a_surname_stays_a_name(
    nlp, resolver: ActorResolver, text: str
) -> None:
    doc = nlp(text)
    surname = next(token for token in doc if token.text in ("Cook", "Driver"))
    actor = resolver.resolve(noun_phrase(surname), resolver.memory())
    assert actor is not None and actor.name is not None, actor
    assert surname.text in actor.name and actor.role not in ("cook", "driver"), actor


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Muslim clerics condemned the attack.",
        "Christian militiamen attacked the village.",
        "Kurdish fighters captured the town.",
    ],
)
def test_a_faith_or_people_adjective_leaves_the_head_its_sector(
    nlp, resolver: ActorResolver, text: str
) -> None:
    actor = subject(nlp, resolver, text)
    assert actor is not None and actor.sector in ("REL", "REB"), (text, actor)


@pytest.mark.slow
def test_a_kidnapped_foreign_engineer_is_the_target(coder) -> None:
    frame = best(coder, "Gunmen kidnapped a Chinese engineer in southwestern Pakistan.")
    assert frame.target is not None and frame.target.code == "CHNCVL"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a provincial council member in Mosul.",
        "Gunmen shot dead a city councilman in Juarez.",
    ],
)
def test_local_officials_are_government(coder, text: str) -> None:
    frame = best(coder, text)
    assert frame.target is not None and frame.target.sector == "GOV"
