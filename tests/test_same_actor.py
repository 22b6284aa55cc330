"""When two participants of one act are one actor: a named person and the government of
their country are two actors, a pronoun's reference is whoever it points back at, and a
person speaks for, and owns the acts of, their own government."""

from __future__ import annotations

from helpers import frames_of, only
from tidings.extract.extractor import _same
from tidings.model import Actor


def _named(code: str, name: str) -> Actor:
    return Actor(text=name, code=code, country=code[:3], sector=code[3:], name=name)


def _unnamed(code: str, text: str) -> Actor:
    return Actor(text=text, code=code, country=code[:3], sector=code[3:])


def test_a_person_and_their_countrys_government_are_two_actors():
    assert not _same(_named("DEUGOV", "Angela Merkel"), _unnamed("DEUGOV", "Germany"))
    assert not _same(_unnamed("ISRGOV", "Israel's president"), _named("ISRGOV", "Ehud Olmert"))


def test_two_names_are_one_actor_only_when_they_are_the_same_name():
    assert _same(_named("PRKGOV", "Kim Kye Gwan"), _named("PRKGOV", "Kim Kye Gwan"))
    assert not _same(_named("PRKGOV", "Kim Kye Gwan"), _named("PRKGOV", "Kim Jong Un"))


def test_unnamed_actors_are_one_actor_when_their_codes_agree():
    assert _same(_unnamed("RUSGOV", "Moscow"), _unnamed("RUSGOV", "the Kremlin"))
    assert not _same(_unnamed("RUSGOV", "Moscow"), _unnamed("RUSMIL", "the army"))


def test_a_pronoun_reference_is_the_named_actor_it_points_back_at():
    kim = _named("PRKGOV", "Kim Kye Gwan")
    assert _same(kim, _unnamed("PRKGOV", "their delegations"))
    assert _same(_unnamed("USAGOV", "himself"), _named("USAGOV", "Joe Biden"))
    assert not _same(kim, _unnamed("JPNGOV", "their delegations"))


def test_a_leader_defending_their_countrys_policy_supports_the_country(coder):
    text = "President Emmanuel Macron defended France's pension reform on Tuesday."
    frame = only(frames_of(coder, text), "05")
    assert frame.source is not None and frame.source.name == "Emmanuel Macron"
    assert frame.target is not None and frame.target.code == "FRAGOV"
    assert frame.target.name is None


def test_a_government_criticising_its_own_leader_keeps_the_leader(coder):
    text = "The Japanese government criticised Prime Minister Shinzo Abe over the scandal."
    frame = only(frames_of(coder, text), "11")
    assert frame.source is not None and frame.source.code == "JPNGOV"
    assert frame.target is not None and frame.target.name == "Shinzo Abe"


def test_a_person_named_inside_the_object_is_a_target(coder):
    text = "The Israeli government lifted restrictions imposed on former premier Ehud Olmert."
    frame = only(frames_of(coder, text), "08")
    assert frame.target is not None and frame.target.name == "Ehud Olmert"


def test_an_envoy_promising_their_governments_support_aims_it_at_no_one_of_their_own(coder):
    text = "US Ambassador John Bass promised Washington's support for the reforms."
    frame = only(frames_of(coder, text), "05")
    assert frame.source is not None and frame.source.name == "John Bass"
    assert frame.target is None


def test_a_leader_speaking_for_their_country_is_its_own_voice(coder):
    text = "Prime Minister Narendra Modi said India would send aid to Nepal."
    frame = only(frames_of(coder, text), "03")
    assert frame.source is not None and frame.source.code == "INDGOV"
    assert frame.attributed_to is None
