"""Article-level completion: agentless reports, relatives, replies, and what is published."""

from __future__ import annotations

from tidings.model import Action, Actor, Mention, Sentence
from tidings.publish import published
from tidings.resolve.addressee import address_replies
from tidings.resolve.agentless import inherit_agents
from tidings.resolve.completion import complete_actors

ASSAULT = Action("181", "ASSAULT", None, -9.0, 4)
REJECT = Action("120", "REJECT", None, -4.0, 3)
CONSULT = Action("040", "CONSULT", None, 1.0, 1)
PRAISE = Action("051", "SUPPORT", None, 3.4, 1)


def actor(text: str, country: str | None, sector: str | None, name: str | None = None) -> Actor:
    code = (country or "") + (sector or "") or None
    return Actor(text, code, country, sector, name)


def mention(
    index: int,
    text: str,
    action: Action,
    source: Actor | None,
    target: Actor | None,
    trigger: str,
) -> Mention:
    start = index * 1000
    at = text.index(trigger)
    return Mention(
        doc_id="d",
        sentence=Sentence(index, start, start + len(text), text),
        action=action,
        trigger=trigger,
        trigger_start=start + at,
        trigger_end=start + at + len(trigger),
        source=source,
        target=target,
        confidence=0.75,
    )


PRK = actor("North Korea", "PRK", "GOV")
JPN = actor("Japan", "JPN", "GOV")
JAPANESE = actor("13 Japanese", "JPN", "CVL")


def test_agentless_abduction_takes_the_earlier_abductor_and_victims_country() -> None:
    first = mention(0, "North Korea kidnapped 13 Japanese.", ASSAULT, PRK, JAPANESE, "kidnapped")
    yokota = actor("Megumi Yokota", None, "CVL", "Megumi Yokota")
    later = mention(1, "Megumi Yokota was abducted in 1977.", ASSAULT, None, yokota, "abducted")
    result = inherit_agents([first, later])
    assert result[1].source is not None and result[1].source.code == "PRKGOV"
    assert result[1].source.start is None  # not a span of the later sentence
    assert result[1].target is not None and result[1].target.code == "JPNCVL"
    assert result[1].confidence < later.confidence


def test_agentless_event_of_another_kind_or_without_antecedent_stays_agentless() -> None:
    talks = mention(0, "Japan met North Korea.", CONSULT, JPN, PRK, "met")
    victim = actor("a farmer", None, "CVL")
    later = mention(1, "A farmer was abducted.", ASSAULT, None, victim, "abducted")
    assert inherit_agents([talks, later])[1].source is None
    assert inherit_agents([later])[0].source is None


def test_relatives_share_the_country_of_the_person_named() -> None:
    yokota = actor("Megumi Yokota", "JPN", "CVL", "Megumi Yokota")
    parents = actor("the ageing parents of Megumi Yokota", None, "CVL")
    first = mention(0, "Agents abducted Megumi Yokota.", ASSAULT, PRK, yokota, "abducted")
    meet = mention(1, "The ageing parents of Megumi Yokota met.", CONSULT, parents, None, "met")
    completed = complete_actors([first, meet])
    assert completed[1].source is not None and completed[1].source.code == "JPNCVL"


def test_reply_is_addressed_to_the_latest_counterpart() -> None:
    talks = mention(0, "Japan and North Korea held talks.", CONSULT, JPN, PRK, "held talks")
    text = "Kim repeated his position, but Sasae responded that it was unacceptable."
    sasae = actor("Sasae", "JPN", "GOV", "Sasae")
    reply = mention(1, text, REJECT, sasae, None, "unacceptable")
    result = address_replies([talks, reply])
    assert result[1].target is not None and result[1].target.code == "PRKGOV"


def test_without_a_cue_no_target_is_invented() -> None:
    talks = mention(0, "Japan and North Korea held talks.", CONSULT, JPN, PRK, "held talks")
    sasae = actor("Sasae", "JPN", "GOV", "Sasae")
    plain = mention(1, "Sasae said the plan was unacceptable.", REJECT, sasae, None, "unacceptable")
    assert address_replies([talks, plain])[1].target is None


def test_sourceless_verbal_acts_are_not_published_but_material_acts_are() -> None:
    praise = mention(0, "The meeting was welcomed.", PRAISE, None, PRK, "welcomed")
    bomb = mention(1, "Two soldiers were killed.", ASSAULT, None, JAPANESE, "killed")
    kept = published([praise, bomb])
    assert [m.action.plover for m in kept] == ["ASSAULT"]


def test_plain_statements_to_no_one_are_not_published() -> None:
    said = Action("010", "STATEMENT", None, 0.0, 1)
    hope = Action("013", "STATEMENT", None, 0.4, 1)
    plain = mention(0, "Details will follow, he said.", said, JPN, None, "said")
    told = mention(1, "Abe told Kim it would follow.", said, JPN, PRK, "told")
    hoped = mention(2, "Abe expressed hope for progress.", hope, JPN, None, "expressed")
    assert [m.sentence.index for m in published([plain, told, hoped])] == [1, 2]


def test_a_one_party_meeting_is_with_the_articles_other_leading_state() -> None:
    talks = mention(0, "Japan and North Korea held talks.", CONSULT, JPN, PRK, "held talks")
    again = mention(1, "Japan and North Korea met again.", CONSULT, JPN, PRK, "met")
    parents = actor("the parents", "JPN", "CVL")
    meet = mention(
        2, "The parents were allowed to meet her daughter.", CONSULT, parents, None, "meet"
    )
    completed = complete_actors([talks, again, meet])
    assert completed[2].target is not None and completed[2].target.code == "PRKGOV"
    assert completed[2].confidence < meet.confidence
    lone = complete_actors([meet])[0]
    assert lone.target is None  # no article context, no counterpart


def test_the_meeting_takes_the_date_of_the_meeting_it_refers_back_to() -> None:
    from datetime import date

    from tidings.model import EventDate, Precision
    from tidings.resolve.anaphora import resolve_references

    sunday = EventDate(date(2014, 3, 30), date(2014, 3, 30), Precision.DAY, "Sunday")
    august = EventDate(date(2005, 8, 1), date(2005, 8, 31), Precision.MONTH, "August")
    talks = mention(0, "Japan and North Korea on Sunday held talks.", CONSULT, JPN, PRK, "talks")
    talks = talks.__class__(**{**talks.__dict__, "date": sunday})
    later = mention(1, "The meeting comes amid mixed signals.", CONSULT, JPN, PRK, "meeting")
    other = mention(2, "A meeting of ministers is planned.", CONSULT, JPN, PRK, "meeting")
    in_august = mention(3, "He said in the August meeting that ...", CONSULT, JPN, PRK, "meeting")
    in_august = in_august.__class__(**{**in_august.__dict__, "date": august})
    result = resolve_references([talks, later, other, in_august])
    assert result[1].date == sunday
    assert result[2].date is None  # indefinite: a new meeting, not the one before
    assert result[3].date == august  # Sunday, 30 March is not inside August 2005


def test_her_parents_share_the_country_of_the_person_named_before() -> None:
    yokota = actor("Megumi Yokota", "JPN", "CVL", "Megumi Yokota")
    first = mention(0, "Agents abducted Megumi Yokota.", ASSAULT, PRK, yokota, "abducted")
    parents = actor("Her parents", None, "CVL")
    meet = mention(1, "Her parents met officials.", CONSULT, parents, None, "met")
    completed = complete_actors([first, meet])
    assert completed[1].source is not None and completed[1].source.country == "JPN"


def test_an_agentless_release_comes_from_the_other_side_but_an_attack_does_not() -> None:
    release = Action("0841", "RETREAT", None, 7.0, 2)
    talks = mention(0, "Japan and North Korea held talks.", CONSULT, JPN, PRK, "held talks")
    again = mention(1, "Japan and North Korea met again.", CONSULT, JPN, PRK, "met")
    freed = mention(
        2, "Five abductees were repatriated to Japan.", release, None, JPN, "repatriated"
    )
    hit = mention(3, "Two Japanese were killed.", ASSAULT, None, JAPANESE, "killed")
    completed = complete_actors([talks, again, freed, hit])
    assert completed[2].source is not None and completed[2].source.code == "PRKGOV"
    assert completed[3].source is None


def test_the_two_leaders_are_the_articles_two_leading_states() -> None:
    talks = mention(0, "Japan and North Korea held talks.", CONSULT, JPN, PRK, "held talks")
    again = mention(1, "Japan and North Korea met again.", CONSULT, JPN, PRK, "met")
    leaders = actor("The two leaders", None, "GOV")
    signed = mention(2, "The two leaders signed a declaration.", PRAISE, leaders, None, "signed")
    completed = complete_actors([talks, again, signed])
    assert {completed[2].source.country, completed[2].target.country} == {"JPN", "PRK"}
