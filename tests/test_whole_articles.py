"""Whole-article resolution: flashbacks, residents and the story's home state, reactions aimed at
the act they react to, and wire datelines (the filing day in the dateline, the filing city)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tidings.annotate_dateline import dateline_place
from tidings.cli import default_documents
from tidings.model import Article, Mention


def coded(coder, text: str, published: str) -> list[Mention]:
    article = Article(doc_id="t", text=text, published=date.fromisoformat(published))
    [result] = list(coder.code([article]))
    return list(result.mentions)


def first(mentions: list[Mention], plover: str, words: str) -> Mention:
    found = [m for m in mentions if m.action.plover == plover and words in m.sentence.text]
    assert found, [(m.action.plover, m.sentence.text[:40]) for m in mentions]
    return found[0]


def code(actor) -> str | None:
    return actor.code if actor is not None else None


def test_a_past_perfect_flashback_does_not_move_the_narrative(coder):
    text = (
        "ABIDJAN, March 12 (Reuters) - Troops loyal to Laurent Gbagbo shelled a market in the "
        "north of Abidjan on Friday, killing nine people.\n\n"
        "The African Union had warned Gbagbo's army on Wednesday that it would face sanctions.\n\n"
        "Alassane Ouattara condemned the attack as a massacre."
    )
    condemned = first(coded(coder, text, "2011-03-12"), "ACCUSE", "condemned")
    assert condemned.date is not None and condemned.date.start == date(2011, 3, 11)


def test_a_dated_announcement_of_an_earlier_result_sets_the_narrative_day(coder):
    text = (
        "The election commission announced on Tuesday that President Mamadou Diallo had won 51 "
        "percent of the vote in Sunday's election.\n\nThe opposition rejected the result."
    )
    rejected = first(coded(coder, text, "2009-06-18"), "REJECT", "rejected")
    assert rejected.date is not None and rejected.date.start == date(2009, 6, 16)


def test_residents_and_local_forces_belong_to_the_place_of_the_event(coder):
    fired = coded(
        coder, "Riot police fired tear gas at students in Caracas on Monday.", "2014-02-18"
    )
    assert (code(fired[0].source), code(fired[0].target)) == ("VENCOP", "VENEDU")
    beaten = coded(coder, "Soldiers beat protesters in Harare on Tuesday.", "2008-04-02")
    assert (code(beaten[0].source), code(beaten[0].target)) == ("ZWEMIL", "ZWECVL")


def test_domestic_actors_with_no_country_belong_to_the_story_s_home_state(coder):
    text = (
        "KAMPALA (AFP) - Ugandan police arrested opposition leader Kizza Besigye on Tuesday.\n\n"
        "The government accused the opposition of planning riots.\n\n"
        "Police detained dozens of supporters."
    )
    mentions = coded(coder, text, "2016-02-17")
    assert code(first(mentions, "ACCUSE", "accused").source) == "UGAGOV"
    assert code(first(mentions, "COERCE", "dozens").source) == "UGACOP"


def test_a_foreign_counterpart_keeps_the_home_rule_out(coder):
    text = (
        "Japanese and Chinese officials met in Beijing on Monday.\n\n"
        "Japan's foreign minister praised China.\n\n"
        "Protesters gathered outside the Chinese embassy in Tokyo on Tuesday."
    )
    mentions = coded(coder, text, "2012-09-20")
    assert all(code(m.source) != "CHNCVL" for m in mentions if "Protesters" in m.sentence.text)


def test_a_state_s_forces_attack_their_own_opposition(coder):
    text = "Zimbabwean soldiers stormed the offices of an opposition party on Tuesday."
    [stormed, *_] = coded(coder, text, "2008-04-02")
    assert stormed.target is not None and stormed.target.country == "ZWE"


def test_a_reaction_to_a_reported_act_targets_its_author(coder):
    raid = (
        "Israeli jets struck a weapons depot near Damascus on Sunday, officials said.\n\n"
        "Syria's foreign ministry condemned the raid."
    )
    condemned = first(coded(coder, raid, "2013-05-06"), "ACCUSE", "condemned")
    assert code(condemned.target) == "ISRMIL"
    offer = (
        "North Korea offered on Sunday to hold military talks with South Korea.\n\n"
        "Seoul rejected the offer."
    )
    rejected = first(coded(coder, offer, "2013-05-06"), "REJECT", "rejected")
    assert rejected.target is not None and rejected.target.country == "PRK"


def test_a_reaction_to_something_that_is_no_act_gets_no_target(coder):
    text = (
        "Turkish troops shelled Kurdish positions on Monday.\n\n"
        "The Iraqi government rejected the report."
    )
    rejected = first(coded(coder, text, "2007-10-23"), "REJECT", "rejected")
    assert rejected.target is None or rejected.target.country != "TUR"


def test_a_dateline_with_the_filing_day_is_cut_off_and_places_domestic_events(coder, nlp):
    text = "NAIROBI, Dec 30 (Reuters) - Kenyan police fired tear gas at opposition supporters."
    assert dateline_place(nlp(text)).text == "NAIROBI"
    [fired, *_] = coded(coder, text, "2007-12-31")
    assert code(fired.source) == "KENCOP"
    assert fired.location is not None and fired.location.country == "KEN"


def test_two_city_datelines_name_the_first_city(nlp):
    doc = nlp("NEW DELHI/ISLAMABAD, Jan 9 - India and Pakistan traded accusations.")
    assert dateline_place(doc).text == "NEW DELHI"
    assert dateline_place(nlp("Officials in Lagos said - again - that talks failed.")) is None


def test_a_dateline_city_does_not_place_an_event_with_a_foreign_party(coder):
    text = "BRUSSELS, July 30 (DPA) - The European Union imposed sanctions on Russia on Tuesday."
    for mention in coded(coder, text, "2014-07-30"):
        assert mention.location is None or mention.location.country != "BEL"


def test_eval_finds_the_texts_beside_a_gold_file(tmp_path: Path):
    (tmp_path / "own" / "texts").mkdir(parents=True)
    assert default_documents(tmp_path / "own" / "gold.json") == tmp_path / "own" / "texts"
    assert default_documents(tmp_path / "gold" / "seeds.json") == tmp_path / "seeds"


ARTICLES = Path(__file__).resolve().parent.parent / "eval" / "articles"


def test_our_article_gold_quotes_its_texts():
    from tidings.evaluate.seeds import GoldFile, _normalise

    gold = GoldFile.load(ARTICLES / "gold.json")
    for event in gold.events:
        text = (ARTICLES / "texts" / f"{event.doc}.txt").read_text(encoding="utf-8")
        assert _normalise(event.evidence) in _normalise(text), event.evidence
        assert event.doc in gold.documents and gold.published(event.doc) is not None


def test_our_articles_are_scored_with_their_repeats(coder):
    from tidings.evaluate.seeds import GoldFile, evaluate_seeds

    gold = GoldFile.load(ARTICLES / "gold.json")
    report = evaluate_seeds(
        coder, ARTICLES / "gold.json", default_documents(ARTICLES / "gold.json")
    )
    assert report.core_total == sum(event.tier == "core" for event in gold.events)
    assert 0 <= report.repeats_merged <= report.repeats
    assert "repeated reports merged by dedup" in report.format()


def test_a_person_introduced_outside_any_event_is_known_by_surname(coder):
    text = (
        "Kenyan President Peter Mwangi, 76, has been in office since 2002.\n\n"
        "Mwangi criticised Britain and the United States."
    )
    criticised = first(coded(coder, text, "2008-01-03"), "ACCUSE", "criticised")
    assert code(criticised.source) == "KENGOV"
