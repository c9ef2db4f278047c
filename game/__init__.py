"""Omgevingstafel: a serious game of multi-party negotiation at one table."""

__version__ = "0.1.0"
