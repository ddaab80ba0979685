import pytest

from acme_stats.core import describe, group, mean, percentile


def test_mean():
    assert mean([1, 2, 3, 4]) == 2.5


def test_mean_empty():
    with pytest.raises(ValueError):
        mean([])


@pytest.mark.parametrize("fraction, expected", [(0.5, 2), (1.0, 4), (0.0, 1)])
def test_percentile(fraction, expected):
    assert percentile([4, 1, 3, 2], fraction) == expected


def test_percentile_empty():
    assert percentile([], 0.5) is None


def test_percentile_out_of_range():
    with pytest.raises(ValueError):
        percentile([1], 2)


def test_group_nested():
    rows = [{"a": 1, "b": 2}, {"a": 1, "b": 3}]
    assert group(rows, ["a", "b"]) == {(1, 2): [rows[0]], (1, 3): [rows[1]]}
    assert group(rows, "a") == {1: rows}


def test_describe():
    assert describe([1, 2]) == "small"


@pytest.mark.skip(reason="the large-sample path needs the benchmark data set")
def test_describe_large():
    assert describe(list(range(2000))) == "large"
