"""Fault injection: what goes wrong with the next requests (a FIFO), a seeded random share, or a header."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from typing import Any, Iterable

FAULT_KINDS = (
    "drop_before",  # close the connection without answering, before processing
    "drop_after",  # process the request (create the object...), then close without answering
    "429",  # rate limited, with Retry-After (default 0)
    "500",  # api_error
    "503",  # api_error, service unavailable
    "should_retry_false",  # a 409 (or `status`) with Stripe-Should-Retry: false
    "should_retry_true",  # a 400 with Stripe-Should-Retry: true
    "slow",  # sleep `delay` seconds, then process normally
    "malformed_json",  # a 200 whose body is cut-off JSON
    "non_json",  # a 502 with an HTML body
    "no_error_body",  # a 500 whose JSON has no `error`
)
HEADER = "Stripe-Mock-Fault"


@dataclass(frozen=True)
class Fault:
    kind: str
    retry_after: str = "0"  # for 429
    delay: float = 1.0  # for slow
    status: int | None = None  # for should_retry_false / should_retry_true
    method: str | None = None  # only requests with this method (scheduled faults)
    path: str | None = None  # only requests to this path (scheduled faults)

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; one of {', '.join(FAULT_KINDS)}")

    def applies_to(self, method: str, path: str) -> bool:
        return (self.method is None or self.method.upper() == method) and (self.path is None or self.path == path)

    @classmethod
    def parse(cls, text: str) -> "Fault":
        """From a header value: `503`, `429;retry_after=2`, `slow;delay=0.5`, `should_retry_false;status=500`."""
        kind, *options = [p.strip() for p in text.split(";") if p.strip()]
        values: dict[str, Any] = {}
        for option in options:
            name, _, value = option.partition("=")
            name = name.strip().replace("-", "_")
            if name == "retry_after":
                values[name] = value.strip()
            elif name == "delay":
                values[name] = float(value)
            elif name == "status":
                values[name] = int(value)
        return cls(kind, **values)


@dataclass
class Faults:
    """The fault plan of one server; `next_for` is called once per request."""

    queue: list[Fault] = field(default_factory=list)
    rate: float = 0.0
    kinds: tuple[str, ...] = ()
    rate_options: dict[str, Any] = field(default_factory=dict)
    applied: list[tuple[str, str, str]] = field(default_factory=list)  # (method, path, kind)
    _rng: random.Random = field(default_factory=lambda: random.Random(0))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def push(self, kind: str, times: int = 1, **options: Any) -> None:
        """Schedule `kind` for the next `times` requests (after those already scheduled)."""
        fault = Fault(kind, **options)
        with self._lock:
            self.queue.extend([fault] * times)

    def extend(self, kinds: Iterable[str | Fault]) -> None:
        with self._lock:
            self.queue.extend(k if isinstance(k, Fault) else Fault(k) for k in kinds)

    def set_rate(self, rate: float, kinds: Iterable[str], seed: int = 0, **options: Any) -> None:
        """Fault a random share of requests, reproducibly: the same seed, the same sequence."""
        chosen = tuple(kinds)
        for kind in chosen:
            Fault(kind)  # validate
        if not 0.0 <= rate <= 1.0:
            raise ValueError("rate is a share between 0 and 1")
        with self._lock:
            self.rate, self.kinds, self.rate_options = rate, chosen, options
            self._rng = random.Random(seed)

    def clear(self) -> None:
        with self._lock:
            self.queue.clear()
            self.rate, self.kinds, self.rate_options = 0.0, (), {}
            self.applied.clear()

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self.queue)

    def next_for(self, method: str, path: str, header: str | None = None) -> Fault | None:
        with self._lock:
            fault = None
            if header:
                fault = Fault.parse(header)
            else:
                for index, queued in enumerate(self.queue):
                    if queued.applies_to(method, path):
                        fault = self.queue.pop(index)
                        break
                if fault is None and self.rate > 0 and self.kinds:
                    # two draws per request whatever the outcome, so the sequence depends only on the seed
                    hit, pick = self._rng.random(), self._rng.randrange(len(self.kinds))
                    if hit < self.rate:
                        fault = Fault(self.kinds[pick], **self.rate_options)
            if fault is not None:
                self.applied.append((method, path, fault.kind))
            return fault
