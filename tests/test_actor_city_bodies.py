"""Countries the resolver used to miss: a demonym spaCy tags as a person, a body named by
its city ("Delhi Police") tagged as one name, the "PM" abbreviation; and times of day that
are no one."""

from __future__ import annotations

from helpers import subject


def test_a_demonym_tagged_as_a_person_still_names_the_country(nlp, resolver):
    actor = subject(nlp, resolver, "Sri Lankan troops shelled the rebel positions.")
    assert actor is not None and actor.code == "LKAMIL"


def test_a_demonym_before_an_ethnic_group_still_names_the_country(nlp, resolver):
    actor = subject(nlp, resolver, "Sri Lankan Tamil rebels attacked an army camp.")
    assert actor is not None and actor.code == "LKAREB"


def test_a_demonym_that_is_a_common_surname_stays_a_name(nlp, resolver):
    actor = subject(nlp, resolver, "Bill English criticised the budget.")
    assert actor is None or actor.country is None


def test_a_body_named_by_its_city_is_in_the_citys_country(nlp, resolver):
    for text in ("Delhi Police arrested three men.", "Mumbai Police detained the protesters."):
        actor = subject(nlp, resolver, text)
        assert actor is not None and actor.code == "INDCOP", text


def test_a_common_word_that_is_also_a_town_is_no_city(nlp, resolver):
    actor = subject(nlp, resolver, "Federal Police launched an investigation.")
    assert actor is not None and actor.sector == "COP" and actor.country is None


def test_the_pm_abbreviation_is_a_head_of_government(nlp, resolver):
    actor = subject(nlp, resolver, "Japan PM's office said the talks would resume.")
    assert actor is not None and actor.code == "JPNGOV"


def test_a_time_of_day_names_no_one(nlp, resolver):
    doc = nlp("The talks ended at 5 pm on Monday.")
    token = next(token for token in doc if token.lower_ == "pm")
    assert resolver.resolve_token(token, resolver.memory()) is None
