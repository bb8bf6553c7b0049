"""Across reports: read → extract → store → **link** → show.

The link stage reads analysis records from the ledger and never re-parses text. It
decides which reports derive from which (credited relays, copies, rewrites), groups
reports into stories, and reconciles what independent origins say: claim clusters,
figure series with low / best / high estimates, contradictions and silences.
"""
