"""Big corpora on Dask: ``claimledger batch`` and the run folders it writes.

- ``partitions``: inputs (local or fsspec URLs) cut into partitions, and read back
  through the project's one input stack;
- ``work``: one partition's task: read, analyse, sign (MinHash/LSH), write, commit;
- ``tables``: the run's Parquet tables, written atomically, one file per partition;
- ``cluster``: the Dask client (LocalCluster or a scheduler), the worker plugin that
  loads spaCy once, and running the tasks with progress;
- ``dedup``: LSH band keys grouped by a Dask shuffle, candidate pairs through the
  ledger's link rules, the ``links`` table.

Loading a run into the ledger is :mod:`claimledger.ledger.from_run`.
"""
