"""A small hand-built store for the API and browser tests (no NLP: coded by hand).

Four short reports written for these tests about Japan–North Korea contacts; two of them
report the same March 2014 talks in Shenyang, so they form one real event with two sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tidings.model import (
    Action,
    Actor,
    Article,
    CodedArticle,
    EventDate,
    Mention,
    Place,
    Precision,
    Sentence,
)
from tidings.store import Store

SHENYANG = Place(name="Shenyang", country="CHN", lat=41.79, lon=123.43, text="Shenyang")
PYONGYANG = Place(name="Pyongyang", country="PRK", lat=39.03, lon=125.75, text="Pyongyang")
BEIJING = Place(name="Beijing", country="CHN", lat=39.91, lon=116.40, text="Beijing")
ULAANBAATAR = Place(name="Ulaanbaatar", country="MNG", lat=47.92, lon=106.92, text="Ulaanbaatar")

CONSULT = Action(cameo="043", plover="CONSULT", plover_mode="visit", goldstein=2.8, quad_class=1)
MEET = Action(cameo="046", plover="CONSULT", goldstein=7.0, quad_class=1)
AGREE = Action(cameo="036", plover="AGREE", goldstein=4.0, quad_class=1)
THREATEN = Action(cameo="138", plover="THREATEN", goldstein=-7.0, quad_class=3)
TEST_MISSILE = Action(cameo="190", plover="ATTACK", goldstein=-10.0, quad_class=4)


@dataclass(frozen=True)
class Code:
    """One hand-coded event: the words of its sentence that carry the actors and the action."""

    sentence: int
    source: tuple[str, str, str | None]  # surface words, actor code, person name
    target: tuple[str, str, str | None]
    trigger: str
    action: Action
    date_words: str | None
    when: tuple[date, date, Precision] | None
    place: Place | None = None
    symmetric: bool = True


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for index, part in enumerate(text.split("\n")):
        out.append(Sentence(index=index, start=start, end=start + len(part), text=part))
        start += len(part) + 1
    return tuple(out)


def _actor(sentence: Sentence, spec: tuple[str, str, str | None]) -> Actor:
    words, code, name = spec
    at = sentence.start + sentence.text.index(words)
    return Actor(
        text=words,
        code=code,
        country=code[:3],
        sector=code[3:] or None,
        name=name,
        start=at,
        end=at + len(words),
    )


def _mention(doc_id: str, sentences: tuple[Sentence, ...], code: Code) -> Mention:
    sentence = sentences[code.sentence]
    at = sentence.start + sentence.text.index(code.trigger)
    when = None
    if code.when:
        when = EventDate(
            start=code.when[0], end=code.when[1], precision=code.when[2], text=code.date_words
        )
    return Mention(
        doc_id=doc_id,
        sentence=sentence,
        action=code.action,
        trigger=code.trigger,
        trigger_start=at,
        trigger_end=at + len(code.trigger),
        source=_actor(sentence, code.source),
        target=_actor(sentence, code.target),
        symmetric=code.symmetric,
        date=when,
        location=code.place,
        confidence=0.9,
    )


def coded(article: Article, codes: list[Code]) -> CodedArticle:
    sentences = _sentences(article.text)
    mentions = tuple(_mention(article.doc_id, sentences, c) for c in codes)
    return CodedArticle(article=article, sentences=sentences, mentions=mentions)


D = Precision.DAY
R = Precision.RANGE
JAPAN = ("Japan", "JPNGOV", None)
NORTH_KOREA = ("North Korea", "PRKGOV", None)

ARTICLES = [
    coded(
        Article(
            doc_id="daily-2014-03-21",
            outlet="Seoul Morning Daily",
            published=date(2014, 3, 21),
            title="Red Cross talks in Shenyang end with a promise",
            url="https://example.org/a1",
            text=(
                "Red Cross officials of Japan and North Korea met in Shenyang on Wednesday"
                " for two days of humanitarian talks.\n"
                "Japan and North Korea agreed yesterday to resume formal government talks.\n"
                "The <b>talks</b> were the first of their kind in more than a year."
            ),
        ),
        [
            Code(
                0,
                JAPAN,
                NORTH_KOREA,
                "met",
                MEET,
                "Wednesday",
                (date(2014, 3, 19), date(2014, 3, 20), R),
                SHENYANG,
            ),
            Code(
                1,
                JAPAN,
                NORTH_KOREA,
                "agreed",
                AGREE,
                "yesterday",
                (date(2014, 3, 20), date(2014, 3, 20), D),
                SHENYANG,
            ),
        ],
    ),
    coded(
        Article(
            doc_id="wire-2014-03-30",
            outlet="Capital Wire",
            published=date(2014, 3, 30),
            title="Tokyo and Pyongyang to talk again",
            url="https://example.org/a2",
            text=(
                "Diplomats from Japan held talks with North Korea in Shenyang"
                " on March 19 and 20.\n"
                "North Korea threatened Japan on Sunday with a new nuclear test."
            ),
        ),
        [
            Code(
                0,
                JAPAN,
                NORTH_KOREA,
                "held talks",
                MEET,
                "March 19 and 20",
                (date(2014, 3, 19), date(2014, 3, 20), R),
                SHENYANG,
            ),
            Code(
                1,
                NORTH_KOREA,
                JAPAN,
                "threatened",
                THREATEN,
                "Sunday",
                (date(2014, 3, 30), date(2014, 3, 30), D),
                None,
                symmetric=False,
            ),
        ],
    ),
    coded(
        Article(
            doc_id="kyodo-2005-09-15",
            outlet="Harbour Times",
            published=date(2005, 9, 15),
            title="Beijing meeting on abductions",
            url="https://example.org/a3",
            text=(
                "Officials of Japan and North Korea met in Beijing on 3 November 2005"
                " to discuss the abductions.\n"
                "In May 2004 Koizumi visited Pyongyang to meet Kim Jong Il."
            ),
        ),
        [
            Code(
                0,
                JAPAN,
                NORTH_KOREA,
                "met",
                MEET,
                "3 November 2005",
                (date(2005, 11, 3), date(2005, 11, 3), D),
                BEIJING,
            ),
            Code(
                1,
                ("Koizumi", "JPNGOV", "Junichiro Koizumi"),
                ("Kim Jong Il", "PRKGOV", "Kim Jong Il"),
                "visited",
                CONSULT,
                "May 2004",
                (date(2004, 5, 1), date(2004, 5, 31), Precision.MONTH),
                PYONGYANG,
                symmetric=False,
            ),
        ],
    ),
    coded(
        Article(
            doc_id="steppe-2012-11-16",
            outlet="Steppe Post",
            published=date(2012, 11, 16),
            title="Talks in <img src=x onerror=alert(1)> Ulaanbaatar",
            url="javascript:alert(1)",
            text=(
                "Japan and North Korea held talks in Ulaanbaatar on Thursday.\n"
                "North Korea launched a missile towards Japan on Friday."
            ),
        ),
        [
            Code(
                0,
                JAPAN,
                NORTH_KOREA,
                "held talks",
                MEET,
                "Thursday",
                (date(2012, 11, 15), date(2012, 11, 15), D),
                ULAANBAATAR,
            ),
            Code(
                1,
                NORTH_KOREA,
                JAPAN,
                "launched",
                TEST_MISSILE,
                "Friday",
                (date(2012, 11, 16), date(2012, 11, 16), D),
                None,
                symmetric=False,
            ),
        ],
    ),
]


def build_store(path: Path) -> Path:
    with Store(path) as store:
        for article in ARTICLES:
            store.write(article)
    return path
