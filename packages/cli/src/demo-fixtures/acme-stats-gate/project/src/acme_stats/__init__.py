"""ACME statistics helpers."""

__version__ = "0.4.0"

from acme_stats.core import mean, percentile

__all__ = ["mean", "percentile", "__version__"]
