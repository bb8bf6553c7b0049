"""The JSON Schema of the analysis record, and a validator for it."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from jsonschema import Draft202012Validator


@lru_cache(maxsize=1)
def analysis_schema() -> dict:
    return json.loads(resources.files(__package__).joinpath("analysis.schema.json").read_text("utf-8"))


def schema_errors(record: dict) -> list[str]:
    """Every way the record breaks the schema, as 'path: message' lines; empty when valid."""
    validator = Draft202012Validator(analysis_schema())
    return [f"{'/'.join(map(str, e.absolute_path)) or '(record)'}: {e.message}"
            for e in sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))]
