"""SalesDesk: a fast, offline desktop sales workstation."""

__version__ = "0.1.0"
