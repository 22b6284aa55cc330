"""Constructions that report an act without an action verb of their own, and codes that follow
what the act is for: standing roles ("remains the largest donor"), receiving ("received aid
from X"), passive resolve ("is committed to"), orders that impose restrictions, force sent to
help, calls made to congratulate, warrants, ship seizures, blockades, strikes on a target."""

from __future__ import annotations

from helpers import best, countries, frames_of, plover
from tidings.extract.lexicon import parse_line
from tidings.model import Article, Modality


def test_standing_donor_role_reports_aid_by_the_subject(coder) -> None:
    frame = best(coder, "Norway remains the biggest donor to the Palestinian Authority.")
    assert plover(coder, frame) == "AID"
    assert countries(frame) == ("NOR", "PSE")


def test_one_of_the_donors_reports_aid_by_the_subject(coder) -> None:
    frame = best(coder, "Sweden is one of the largest donors of aid to Somalia.")
    assert plover(coder, frame) == "AID"
    assert countries(frame)[0] == "SWE"


def test_arms_supplier_role_is_military_aid(coder) -> None:
    frame = best(coder, "Russia is the largest arms supplier to India.")
    assert frame.cameo == "072"
    assert countries(frame) == ("RUS", "IND")


def test_role_nouns_are_no_event_unless_said_of_someone(coder) -> None:
    assert not frames_of(coder, "Donors from Norway met in Oslo on Monday.")
    assert not frames_of(coder, "China is the largest supplier of solar panels.")


def test_negated_standing_role_is_negated(coder) -> None:
    frame = best(coder, "Japan is no longer the largest donor to Cambodia.")
    assert frame.modality is Modality.NEGATED or plover(coder, frame) != "AID"


def test_received_from_turns_the_giver_into_the_source(coder) -> None:
    frame = best(coder, "Kenya has received humanitarian aid from the European Union.")
    assert plover(coder, frame) == "AID"
    assert frame.source is not None and frame.source.code == "IGOEUR"
    assert countries(frame)[1] == "KEN"


def test_received_weapons_is_military_aid_from_the_giver(coder) -> None:
    frame = best(coder, "The Kurdish fighters received weapons from Germany last year.")
    assert frame.cameo == "072"
    assert countries(frame)[0] == "DEU"


def test_coordinated_objects_satisfy_object_conditions(coder) -> None:
    frame = best(coder, "Chad has received training and financial support from France.")
    assert plover(coder, frame) == "AID"
    assert countries(frame) == ("FRA", "TCD")


def test_passive_resolve_is_the_subjects_own_intent(coder) -> None:
    frame = best(coder, "The Nigerian government is committed to holding talks with the rebels.")
    assert plover(coder, frame) == "AGREE"
    assert countries(frame)[0] == "NGA"


def test_order_to_suspend_publication_is_censorship(coder) -> None:
    frame = best(coder, "Egypt's government ordered the daily Al-Masry to suspend publication.")
    assert frame.cameo == "1721"
    assert plover(coder, frame) == "COERCE"
    assert countries(frame)[0] == "EGY"


def test_passive_order_without_source_is_still_a_published_coercion(coder) -> None:
    text = "Three opposition newspapers in Sudan were ordered to suspend publication."
    frame = best(coder, text)
    assert plover(coder, frame) == "COERCE"
    coded = next(coder.code([Article(doc_id="t", text=text)]))
    assert [m.action.plover for m in coded.mentions] == ["COERCE"]


def test_order_to_do_something_else_stays_a_demand(coder) -> None:
    frame = best(coder, "The court ordered the minister to appear for questioning.")
    assert frame.cameo.startswith("10")


def test_offer_to_send_troops_to_help_is_an_offer_of_military_aid(coder) -> None:
    text = "Ghana offered to send troops to Mali to help the government restore order."
    frame = best(coder, text)
    assert plover(coder, frame) == "AGREE"
    assert frame.modality is Modality.INTENDED
    assert frame.cameo == "0334"


def test_troops_sent_to_help_are_military_aid(coder) -> None:
    frame = best(coder, "France sent soldiers to Mali to help the army.")
    assert frame.cameo == "074"
    assert countries(frame) == ("FRA", "MLI")


def test_troops_sent_without_a_helping_purpose_remain_a_show_of_force(coder) -> None:
    frame = best(coder, "Russia sent troops to the Ukrainian border.")
    assert frame.cameo.startswith("15")


def test_call_made_to_congratulate_is_praise(coder) -> None:
    text = "The German chancellor called Emmanuel Macron on Sunday to congratulate him."
    frame = best(coder, text)
    assert plover(coder, frame) == "SUPPORT"
    assert countries(frame)[0] == "DEU"
    assert frame.trigger.lemma_ == "call"


def test_call_made_to_discuss_stays_a_call(coder) -> None:
    frame = best(coder, "Angela Merkel called Emmanuel Macron on Sunday to discuss Brexit.")
    assert plover(coder, frame) == "CONSULT"


def test_advice_to_stay_calm_is_no_demand(coder) -> None:
    frames = frames_of(coder, "The minister said the country should remain calm.")
    assert not any(frame.cameo.startswith("10") for frame in frames)


def test_reported_obligation_to_act_is_still_a_demand(coder) -> None:
    frame = best(coder, "The EU said Belgrade must extradite the suspects.")
    assert plover(coder, frame) == "REQUEST"


def test_warrant_against_someone_is_legal_coercion(coder) -> None:
    frame = best(coder, "A Kenyan court issued a warrant against the former governor.")
    assert frame.cameo == "173"
    assert countries(frame)[0] == "KEN"


def test_seizing_a_ship_is_hijacking(coder) -> None:
    frame = best(coder, "Iranian commandos seized a British tanker in the Strait of Hormuz.")
    assert frame.cameo == "181"
    assert plover(coder, frame) == "ASSAULT"


def test_seizing_goods_stays_confiscation(coder) -> None:
    frame = best(coder, "Police in Peru seized two tonnes of cocaine from the cartel.")
    assert plover(coder, frame) == "COERCE"


def test_imposed_blockade_is_a_blockade(coder) -> None:
    frame = best(coder, "Egypt imposed a blockade on the Gaza Strip.")
    assert frame.cameo == "191"
    assert countries(frame)[0] == "EGY"


def test_strike_aimed_at_someone_is_military_force(coder) -> None:
    frame = best(coder, "Pakistan launched a strike against militant hideouts in Afghanistan.")
    assert plover(coder, frame) == "ASSAULT"
    assert countries(frame)[0] == "PAK"


def test_labour_strike_on_a_day_is_no_attack(coder) -> None:
    frames = frames_of(coder, "Dockworkers in Chile began a strike on Monday.")
    assert not any(plover(coder, frame) == "ASSAULT" for frame in frames)


def test_flags_are_read_from_the_lexicon_row() -> None:
    entry = parse_line("donor\tnoun\t070\t-\t-\tevent\tagent")
    assert entry.agentive and not entry.converse and not entry.symmetric
    entry = parse_line("receive\tverb\t070\tfrom\taid\tevent\tconverse")
    assert entry.converse and not entry.agentive


def test_event_noun_subject_lends_its_leader_as_source(coder) -> None:
    frame = best(coder, "A US-led offensive destroyed the militant base.")
    assert plover(coder, frame) == "ASSAULT"
    assert countries(frame)[0] == "USA"


def test_event_noun_subject_lends_its_possessor_as_source(coder) -> None:
    frames = frames_of(coder, "Israel's raid killed two Palestinian teenagers.")
    killed = next(frame for frame in frames if frame.trigger.lemma_ == "kill")
    assert countries(killed)[0] == "ISR"
