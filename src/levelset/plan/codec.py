"""A plan to and from plain JSON data, so the plan the user agreed to is stored as made."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from levelset.jsonable import to_jsonable
from levelset.plan.model import Block, Focus, Item, Phase, Plan, Signal, Week


def plan_to_data(plan: Plan) -> dict[str, Any]:
    """Plain data of a plan (ticks by the user are stored apart and not included)."""
    data: dict[str, Any] = to_jsonable(
        {f.name: getattr(plan, f.name) for f in dataclasses.fields(plan)}
    )
    return data


def plan_from_data(data: dict[str, Any]) -> Plan:
    """The plan stored by `plan_to_data`."""
    return Plan(
        start=dt.date.fromisoformat(data["start"]),
        focus=Focus(data["focus"]),
        weeks=tuple(_week(w) for w in data["weeks"]),
        signal=Signal(**data["signal"]),
        blocks=tuple(_block(b) for b in data["blocks"]),
        completes=tuple(data["completes"]),
        deadline=dt.date.fromisoformat(data["deadline"]) if data.get("deadline") else None,
        company=data.get("company"),
    )


def _week(data: dict[str, Any]) -> Week:
    return Week(
        number=data["number"],
        phase=Phase(data["phase"]),
        start=dt.date.fromisoformat(data["start"]),
        end=dt.date.fromisoformat(data["end"]),
        goal=data["goal"],
        items=tuple(_item(i) for i in data["items"]),
    )


def _item(data: dict[str, Any]) -> Item:
    return Item(
        **{
            **data,
            "due": dt.date.fromisoformat(data["due"]),
            "phase": Phase(data["phase"]),
        }
    )


def _block(data: dict[str, Any]) -> Block:
    return Block(**{**data, "start": dt.datetime.fromisoformat(data["start"])})
