"""Back/forward history of opened articles: a list and a position. No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class History:
    entries: list[str] = field(default_factory=list)
    index: int = -1

    def visit(self, article_id: str) -> None:
        """Open an article: forward entries are dropped; re-opening the current one does nothing."""
        if self.current == article_id:
            return
        del self.entries[self.index + 1 :]
        self.entries.append(article_id)
        self.index = len(self.entries) - 1

    @property
    def current(self) -> str | None:
        return self.entries[self.index] if 0 <= self.index < len(self.entries) else None

    def can_back(self) -> bool:
        return self.index > 0

    def can_forward(self) -> bool:
        return self.index < len(self.entries) - 1

    def back(self) -> str | None:
        if not self.can_back():
            return None
        self.index -= 1
        return self.current

    def forward(self) -> str | None:
        if not self.can_forward():
            return None
        self.index += 1
        return self.current
