"""The user's own case the mock call is built from: offer, anchor, competing offers, proof."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from levelset.money import format_money


@dataclass(frozen=True)
class Case:
    """What the recruiter knows and what the user can lean on."""

    company: str
    currency: str
    offer_base: Decimal
    anchor: Decimal | None = None
    basis: str = ""  # the anchor's reason as said to the recruiter (its source; no caveats)
    competing: tuple[str, ...] = ()  # "Contoso: $210,000 base"
    deadline: dt.date | None = None
    proof: tuple[str, ...] = ()  # the user's strongest bullets, best first
    levers: tuple[str, ...] = ()  # levers the user can trade: "sign-on bonus", "equity", ...

    def money(self, amount: Decimal | None) -> str:
        return format_money(amount, self.currency)

    def fill(self, line: str) -> str:
        deadline = self.deadline.strftime("%A %B %-d") if self.deadline else "Friday"
        competitor = self.competing[0].split(":")[0] if self.competing else "another company"
        return line.format(
            company=self.company,
            offer=self.money(self.offer_base),
            anchor=self.money(self.anchor),
            deadline=deadline,
            competitor=competitor,
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "company": self.company,
            "currency": self.currency,
            "offer_base": self.offer_base,
            "anchor": self.anchor,
            "basis": self.basis,
            "competing": list(self.competing),
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "proof": list(self.proof),
            "levers": list(self.levers),
        }
