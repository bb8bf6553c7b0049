"""Schemathesis against the API's own OpenAPI document: generated requests for every
operation (valid and invalid parameters, bodies) never get a server error. Bounded:
a few examples per operation, so the run takes seconds.

The operations are driven one by one with Hypothesis here rather than through
``schemathesis.pytest.from_fixture``, which does not run under this pytest version.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")
schemathesis = pytest.importorskip("schemathesis")
from fastapi import FastAPI  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from web_support import built_ledger  # noqa: E402

from claimledger.web import Settings, create_app  # noqa: E402

EXAMPLES = 4
OPERATIONS = 12  # GET and POST /documents, /documents/{id}, claims, figures, events, places, stories (2),
#                  links, search, series, geo: 13 with the write


@pytest.fixture(scope="module")
def web_app() -> Iterator[FastAPI]:
    app = create_app(Settings(db=str(built_ledger()), token="a-token-the-generator-does-not-know"))
    yield app
    app.state.ledger.close()


def test_no_operation_answers_with_a_server_error(web_app: FastAPI) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", web_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > OPERATIONS
    calls: list[int] = []
    cases = [(operation, mode) for operation in operations
             for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE)]
    for operation, mode in cases:

        @given(case=operation.as_strategy(mode))
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case) -> None:  # type: ignore[no-untyped-def]
            response = case.call_and_validate(checks=[not_a_server_error])
            calls.append(response.status_code)

        check()
    assert len(calls) > 3 * len(operations)  # the generator did run: many requests per operation
    assert {200, 422} <= set(calls)  # valid requests and invalid ones (refused, never a 500)
