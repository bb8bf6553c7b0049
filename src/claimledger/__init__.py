"""claimledger: a sourced ledger of who claims what in conflict news."""

__version__ = "0.1.0"
