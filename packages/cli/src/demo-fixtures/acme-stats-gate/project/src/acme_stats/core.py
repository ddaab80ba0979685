"""Core statistics."""


def mean(values):
    """Arithmetic mean of a non-empty sequence."""
    values = list(values)
    if not values:
        raise ValueError("mean of an empty sequence")
    return sum(values) / len(values)


def percentile(values, fraction):
    """The value below which `fraction` of the values fall (nearest rank)."""
    if not 0 <= fraction <= 1:
        raise ValueError("fraction must be between 0 and 1")
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, round(fraction * len(ordered)))
    return ordered[rank - 1]


def group(rows, key):
    """Rows grouped by `key`, nested groups as tuples of keys."""
    groups = {}
    for row in rows:
        name = tuple(row[k] for k in key) if isinstance(key, (list, tuple)) else row[key]
        groups.setdefault(name, []).append(row)
    return groups


def describe(values):
    """A few words about the size of a sample."""
    if len(values) > 1000:
        return "large"
    return "small"
