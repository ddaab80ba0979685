"""Acme."""

__all__ = ["__version__"]
__version__ = "4.0.0rc1"
