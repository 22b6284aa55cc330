"""POST /api/ingest: code one article sent over HTTP and store it (only with a bearer token)."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from tidings.api.deps import Resources, require_token, resources
from tidings.api.models import IngestResult
from tidings.model import CodedArticle, RawDocument, ReadProblem

router = APIRouter(prefix="/api")
DOC_ID = r"^[A-Za-z0-9_.:-]{1,120}$"


class ArticleIn(BaseModel):
    """One article as JSON; ``text`` or ``html`` is required."""

    id: str | None = Field(None, pattern=DOC_ID)
    text: str | None = Field(None, max_length=1_000_000)
    html: str | None = Field(None, max_length=2_000_000)
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    published: date | None = None


INGEST_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": ArticleIn.model_json_schema()},
            "text/plain": {"schema": {"type": "string", "maxLength": 1_000_000}},
        },
    }
}


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(status_code=413, detail=f"the body is larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(status_code=413, detail=f"the body is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _article_in(body: bytes, content_type: str) -> ArticleIn:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise HTTPException(status_code=400, detail="the body is not UTF-8 text") from error
    try:
        if content_type.startswith("application/json"):
            return ArticleIn.model_validate(json.loads(text))
        if content_type.startswith("text/plain"):
            return ArticleIn(text=text)
    except (ValueError, ValidationError) as error:
        raise HTTPException(status_code=422, detail=f"invalid article: {error}") from error
    raise HTTPException(status_code=415, detail="send application/json or text/plain")


def _raw(article: ArticleIn) -> RawDocument:
    if not (article.text or article.html or "").strip():
        raise HTTPException(status_code=422, detail="the article has no text")
    digest = hashlib.sha256((article.text or article.html or "").encode()).hexdigest()[:16]
    return RawDocument(
        doc_id=article.id or f"http-{digest}",
        origin="http",
        text=article.text,
        html=article.html,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
    )


def _code(res: Resources, raw: RawDocument) -> CodedArticle:
    from tidings.run import clean

    cleaned = clean(raw)
    if isinstance(cleaned, ReadProblem):
        raise HTTPException(status_code=422, detail=f"could not read the article: {cleaned.reason}")
    with res.lock:
        if res.coder is None:
            from tidings.pipeline import Coder

            res.coder = Coder.load()
        coder = res.coder
    return next(iter(coder.code([cleaned])))


def _store(res: Resources, coded: CodedArticle) -> bool:
    store = res.open()
    with res.write_lock:
        return store.write(coded)


@router.post(
    "/ingest",
    response_model=IngestResult,
    tags=["ingest"],
    dependencies=[Depends(require_token)],
    openapi_extra=INGEST_BODY,
    responses={401: {}, 403: {}, 413: {}, 415: {}, 422: {}},
)
async def ingest(request: Request, res: Annotated[Resources, Depends(resources)]) -> IngestResult:
    """Code one article (JSON or plain text) and store it; needs the server's bearer token."""
    body = await _body(request, res.config.max_ingest_bytes)
    raw = _raw(_article_in(body, request.headers.get("content-type", "")))
    coded = await run_in_threadpool(_code, res, raw)
    stored = await run_in_threadpool(_store, res, coded)
    return IngestResult(doc_id=raw.doc_id, stored=stored, mentions=len(coded.mentions))
