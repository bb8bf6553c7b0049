"""The readers' former home, kept so that older imports go on working.

Everything lives in :mod:`claimledger.read` now, which ``analyze`` and ``ingest`` share.
"""

from claimledger.read import InputError, agency_of, host_of, normalise_date, read_path, read_paths, read_text

__all__ = ["InputError", "agency_of", "host_of", "normalise_date", "read_path", "read_paths", "read_text"]
