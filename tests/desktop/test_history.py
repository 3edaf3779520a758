from __future__ import annotations

from desktop.history import History


def test_back_forward_and_ends() -> None:
    history = History()
    assert not history.can_back() and not history.can_forward() and history.back() is None
    for article_id in ("a", "b", "c"):
        history.visit(article_id)
    history.visit("c")
    assert history.entries == ["a", "b", "c"]
    assert history.back() == "b" and history.back() == "a" and history.back() is None
    assert history.forward() == "b" and history.can_forward()
    history.visit("d")
    assert history.entries == ["a", "b", "d"] and not history.can_forward()
