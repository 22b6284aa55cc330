"""Schemathesis fuzzes every operation of the OpenAPI document: no 5xx, responses as documented."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from api_store import build_store
from tidings.api import create_app

MAX_EXAMPLES = 30


def _app_over_a_fresh_store():
    folder = Path(tempfile.mkdtemp(prefix="tidings-fuzz-"))
    return folder, create_app(build_store(folder / "fuzz.duckdb"), token="fuzz-token")


FOLDER, APP = _app_over_a_fresh_store()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _remove_store():
    yield
    APP.state.resources.close()
    shutil.rmtree(FOLDER, ignore_errors=True)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_api_conforms_to_its_openapi(case) -> None:
    case.call_and_validate()
