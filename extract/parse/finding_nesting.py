"""A finding's labelled lines the outline set under the item above it: "○ 처리요구 5건 …
(총 8건)" / "- 처리결과 : 완료 6건, 추진중 2건" / "< 처리요구 : 5건 >" / "① 제목 (담당과)" /
"- 요구내용 : …" / "- 처리결과 : …": the dash of the summary's line before "①" nests the
heading and "①" under that dash, and the finding's own dashes come out beside the dash,
under the headline.  In the document's order they follow "①", so they are its lines
(:mod:`extract.parse.findings` reads them so)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from extract.layout import Node


@dataclass(slots=True)
class Nesting:
    """The labelled lines moved: by the ``seq`` of the item they are now under, and the
    ``seq`` of each line moved (no line of the item it had been set under)."""

    adopted: dict[int, list[Node]] = field(default_factory=dict)
    moved: set[int] = field(default_factory=set)

    def kids(self, node: Node) -> list[Node]:
        """The lines under ``node``, the moved ones where they belong."""
        own = [k for k in node.children if k.seq not in self.moved]
        return [*own, *self.adopted.get(node.seq, [])]

    def walk(self, node: Node) -> Iterator[Node]:
        """``node`` and every node under it, the moved lines where they belong."""
        yield node
        for kid in self.kids(node):
            yield from self.walk(kid)


def _ending_item(node: Node) -> Node | None:
    """The item with no line under it that ends ``node``'s subtree, below ``node``."""
    *_, last = node.walk()
    return last if last is not node and last.kind == "item" and not last.children else None


def renest(root: Node, is_field: Callable[[Node], bool]) -> Nesting:
    """Labelled lines (``is_field``) that come right after a line whose subtree ends in an
    item with no lines of its own: that item's, not their parent's."""
    out = Nesting()
    for node in root.walk():
        bare: Node | None = None
        for kid in node.children:
            if bare is not None and is_field(kid):
                out.adopted.setdefault(bare.seq, []).append(kid)
                out.moved.add(kid.seq)
                continue
            bare = _ending_item(kid)
    return out
