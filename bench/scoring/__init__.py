"""The gold-set scorers behind bench/eval.py, one module per task (and what they share)."""
