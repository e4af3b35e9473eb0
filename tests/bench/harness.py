"""`make bench`: each figure is printed beside its floor (the same work done the
simplest possible way) and their ratio. Features add `bench_*.py` modules with a
`figures(workdir: Path) -> list[Figure]` function."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value_ms: float
    floor_ms: float | None = None
    target_ratio: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.floor_ms is None or self.floor_ms <= 0:
            return None
        return self.value_ms / self.floor_ms

    def line(self) -> str:
        text = f"{self.name:<58} {self.value_ms:10.2f} ms"
        if self.floor_ms is not None:
            text += f"   floor {self.floor_ms:10.2f} ms   ratio {self.ratio:6.2f}"
            if self.target_ratio is not None:
                ok = "ok" if (self.ratio or 0) <= self.target_ratio else "OVER TARGET"
                text += f" (target ≤ {self.target_ratio:g}: {ok})"
        if self.note:
            text += f"   [{self.note}]"
        return text


def median_ms(work: Callable[[], object], repeat: int = 15, warmup: int = 2) -> float:
    for _ in range(warmup):
        work()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)
