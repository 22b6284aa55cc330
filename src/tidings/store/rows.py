"""Flatten value types into the row tuples the store's tables hold (column order = schema)."""

from __future__ import annotations

from datetime import date

from tidings.model import Actor, Article, CodedArticle, Mention, Sentence

NO_DATE = date(1, 1, 1)


def dyad_of(source: str | None, target: str | None) -> str | None:
    """The symmetric country-pair key "JPN-PRK" (sorted), or None without two countries."""
    if not source or not target:
        return None
    return "-".join(sorted((source, target)))


def article_row(article: Article) -> tuple:
    return (
        article.doc_id,
        article.content_hash,
        article.title,
        article.outlet,
        article.byline,
        article.published,
        article.url,
        article.origin,
        article.text,
    )


def sentence_row(doc_id: str, sentence: Sentence) -> tuple:
    return (doc_id, sentence.index, sentence.start, sentence.end, sentence.text)


def actor_cells(actor: Actor | None) -> tuple:
    if actor is None:
        return (None,) * 8
    return (
        actor.text,
        actor.code,
        actor.country,
        actor.sector,
        actor.name,
        actor.role,
        actor.start,
        actor.end,
    )


def mention_ids(mentions: tuple[Mention, ...]) -> list[str]:
    """One unique id per mention: its stable event_id, suffixed when an article repeats one."""
    seen: dict[str, int] = {}
    ids = []
    for mention in mentions:
        count = seen.get(mention.event_id, 0)
        seen[mention.event_id] = count + 1
        ids.append(mention.event_id if count == 0 else f"{mention.event_id}-{count}")
    return ids


def mention_row(mention: Mention, mention_id: str, ordinal: int, article: Article) -> tuple:
    action, when, where = mention.action, mention.date, mention.location
    source_country = mention.source.country if mention.source else None
    target_country = mention.target.country if mention.target else None
    return (
        mention_id,
        mention.event_id,
        mention.doc_id,
        ordinal,
        mention.sentence.index,
        mention.sentence.start,
        mention.sentence.end,
        mention.sentence.text,
        mention.trigger,
        mention.trigger_start,
        mention.trigger_end,
        action.cameo,
        action.cameo_root,
        float(action.goldstein),
        int(action.quad_class),
        action.plover,
        action.plover_mode,
        *actor_cells(mention.source),
        *actor_cells(mention.target),
        *actor_cells(mention.attributed_to),
        mention.symmetric,
        dyad_of(source_country, target_country),
        when.start if when else None,
        when.end if when else None,
        str(when.precision) if when else None,
        when.text if when else None,
        where.name if where else None,
        where.country if where else None,
        where.lat if where else None,
        where.lon if where else None,
        where.text if where else None,
        str(mention.modality),
        float(mention.confidence),
        mention.method,
        article.outlet,
        article.published,
        sort_date(mention, article),
        None,
    )


def sort_date(mention: Mention, article: Article) -> date:
    if mention.date is not None:
        return mention.date.start
    return article.published or NO_DATE


def mention_rows(coded: CodedArticle) -> list[tuple]:
    ids = mention_ids(coded.mentions)
    return [
        mention_row(mention, mention_id, ordinal, coded.article)
        for ordinal, (mention, mention_id) in enumerate(zip(coded.mentions, ids, strict=True))
    ]
