"""GENIUS/ANAC negotiation domains with linear-additive profiles, read as a scenario.

A GENIUS domain (`<negotiation_template><utility_space><objective><issue type="discrete">
<item index=… value=…>`) lists issues and their values; a profile repeats them with an
`evaluation` per item, a `<weight index=…>` per issue and a `<reservation value=…>`.
GENIUS scores a value as evaluation / largest evaluation of its issue, times the issue's
weight; we keep those numbers (unscaled, rounded to the `points.MAX_DECIMALS` decimals the
game counts with) as points and the reservation value (default 0, as in GENIUS) as BATNA, so
our analysis can be checked against research tools.

XML is read with ElementTree, after refusing any DTD or entity declaration outright.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
import xml.parsers.expat as expat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.scenario.points import rounded
from game.text import t

#: Largest XML file read (GENIUS domains are a few kB).
MAX_XML_BYTES = 2_000_000
ID_MAX = 48
MIN_OPTIONS, MAX_OPTIONS = 2, 6
MAX_ISSUES = 8
MIN_ACTORS, MAX_ACTORS = 2, 8
_FORBIDDEN = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class GeniusError(Exception):
    """A problem with one input file, said for people."""

    def __init__(self, file: str, message: str) -> None:
        super().__init__(f"{file}: {message}")
        self.file = file
        self.message = message


@dataclass(frozen=True)
class DomainIssue:
    index: str
    name: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Profile:
    """One actor's numbers: points per issue name per value, and the reservation value."""

    name: str
    points: dict[str, dict[str, float]]
    reservation: float


def slug(text: str, prefix: str) -> str:
    """`text` as an Id (lowercase ascii, digits, _ and -), starting with a letter."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")
    if not out or not out[0].isalpha():
        out = f"{prefix}_{out}" if out else prefix
    return out[:ID_MAX].rstrip("_") or prefix


def unique_slugs(texts: list[str], prefix: str) -> list[str]:
    """A distinct Id per text; repeats get _2, _3 … (still within the length limit)."""
    seen: set[str] = set()
    out = []
    for text in texts:
        base = slug(text, prefix)
        candidate, n = base, 2
        while candidate in seen:
            suffix = f"_{n}"
            candidate = base[: ID_MAX - len(suffix)] + suffix
            n += 1
        seen.add(candidate)
        out.append(candidate)
    return out


def read_xml(path: str | Path, lang: str = "nl") -> ET.Element:
    """The root element of the XML file at `path`; refuses DTDs, entities and huge files."""
    file = str(path)
    try:
        with open(file, "rb") as handle:
            raw = handle.read(MAX_XML_BYTES + 1)
    except OSError as error:
        reason = error.strerror or error
        raise GeniusError(file, t("genius.unreadable", lang, reason=reason)) from None
    if len(raw) > MAX_XML_BYTES:
        raise GeniusError(file, t("genius.too_big", lang, size=len(raw), limit=MAX_XML_BYTES))
    if _FORBIDDEN.search(raw) or _declares_dtd(raw):
        raise GeniusError(file, t("genius.dtd", lang))
    try:
        return ET.fromstring(raw)
    except (ET.ParseError, LookupError, ValueError) as error:
        raise GeniusError(file, t("genius.not_xml", lang, reason=error)) from None


class _Declared(Exception):
    """Raised from expat's handlers the moment a DTD or entity declaration starts."""


def _declares_dtd(raw: bytes) -> bool:
    """Whether the document declares a DTD or entity in any encoding (UTF-16 included).

    Expat reads the encoding itself, so this also catches what a byte search cannot; the
    handler stops it before any entity is declared, let alone expanded.
    """
    parser = expat.ParserCreate()

    def refuse(*_args: object) -> None:
        raise _Declared

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(raw, True)
    except _Declared:
        return True
    except (expat.ExpatError, LookupError, ValueError):
        return False  # not well-formed: ElementTree says where
    return False


def _number(file: str, element: ET.Element, attribute: str, lang: str) -> float:
    value = element.get(attribute, "")
    try:
        number = float(value)
    except ValueError:
        where = f"<{element.tag} {attribute}=…>"
        raise GeniusError(file, t("genius.bad_number", lang, value=value, where=where)) from None
    if number != number or number in (float("inf"), float("-inf")):
        where = f"<{element.tag} {attribute}=…>"
        raise GeniusError(file, t("genius.bad_number", lang, value=value, where=where))
    return number


def _issues(root: ET.Element, file: str, lang: str) -> list[ET.Element]:
    issues = list(root.iter("issue"))
    if not issues:
        raise GeniusError(file, t("genius.no_objective", lang))
    return issues


def read_domain(path: str | Path, lang: str = "nl") -> list[DomainIssue]:
    """The domain's discrete issues with their values, in file order."""
    file = str(path)
    out = []
    for element in _issues(read_xml(file, lang), file, lang):
        name = element.get("name") or element.get("index") or "?"
        kind = (element.get("type") or element.get("etype") or "discrete").lower()
        if kind != "discrete":
            reason = t("genius.not_discrete", lang, kind=kind)
            raise GeniusError(file, t("genius.bad_issue", lang, issue=name, reason=reason))
        values = tuple(item.get("value", "") for item in element.findall("item"))
        if not MIN_OPTIONS <= len(values) <= MAX_OPTIONS:
            reason = t("genius.option_count", lang, count=len(values))
            raise GeniusError(file, t("genius.bad_issue", lang, issue=name, reason=reason))
        out.append(DomainIssue(element.get("index", str(len(out) + 1)), name, values))
    if not 1 <= len(out) <= MAX_ISSUES:
        raise GeniusError(file, t("genius.issue_count", lang, count=len(out)))
    return out


def read_profile(path: str | Path, domain: list[DomainIssue], lang: str = "nl") -> Profile:
    """One linear-additive profile's points (GENIUS semantics) and reservation value."""
    file = str(path)
    root = read_xml(file, lang)
    by_name = {e.get("name"): e for e in _issues(root, file, lang)}
    weights = {w.get("index"): _number(file, w, "value", lang) for w in root.iter("weight")}
    points: dict[str, dict[str, float]] = {}
    for issue in domain:
        element = by_name.get(issue.name)
        if element is None:
            raise GeniusError(file, t("genius.missing_issue", lang, issue=issue.name))
        weight = weights.get(element.get("index"))
        if weight is None:
            raise GeniusError(file, t("genius.missing_weight", lang, issue=issue.name))
        evaluations: dict[str, float] = {}
        for item in element.findall("item"):
            value = item.get("value", "")
            if value not in issue.values:
                raise GeniusError(
                    file, t("genius.unknown_item", lang, issue=issue.name, item=value)
                )
            evaluations[value] = _number(file, item, "evaluation", lang)
        for value in issue.values:
            if value not in evaluations:
                raise GeniusError(
                    file, t("genius.missing_item", lang, issue=issue.name, item=value)
                )
        negative = [v for v in (weight, *evaluations.values()) if v < 0]
        if negative:
            where = f"'{issue.name}'"
            raise GeniusError(file, t("genius.negative", lang, where=where, value=negative[0]))
        top = max(evaluations.values())
        points[issue.name] = {
            v: rounded(evaluations[v] / top * weight) if top > 0 else 0.0 for v in issue.values
        }
    reservation = 0.0
    for element in root.iter("reservation"):
        reservation = _number(file, element, "value", lang)
    return Profile(Path(file).stem, points, rounded(reservation))


def _text(key: str, **values: Any) -> dict[str, str]:
    return {"nl": t(key, "nl", **values), "en": t(key, "en", **values)}


def scenario_data(
    domain_path: str | Path, profile_paths: list[str | Path], lang: str = "nl"
) -> dict[str, Any]:
    """The scenario (as YAML-ready data) of a GENIUS domain and its profiles."""
    domain_file = str(domain_path)
    domain = read_domain(domain_file, lang)
    if not MIN_ACTORS <= len(profile_paths) <= MAX_ACTORS:
        count = len(profile_paths)
        raise GeniusError(domain_file, t("genius.actor_count", lang, count=count))
    profiles = [read_profile(p, domain, lang) for p in profile_paths]
    actor_ids = [slug(p.name, "a") for p in profiles]
    for path, actor_id in zip(profile_paths, actor_ids, strict=True):
        if actor_ids.count(actor_id) > 1:
            raise GeniusError(str(path), t("genius.duplicate_actor", lang, id=actor_id))
    issue_ids = unique_slugs([i.name for i in domain], "issue")
    option_ids = [unique_slugs(list(i.values), "o") for i in domain]
    stem = Path(domain_file).stem
    issues = [
        {
            "id": issue_id,
            "name": issue.name or issue_id,
            "options": [
                {"id": o, "label": v or o} for o, v in zip(options, issue.values, strict=True)
            ],
        }
        for issue_id, issue, options in zip(issue_ids, domain, option_ids, strict=True)
    ]
    actors = [
        {
            "id": actor_id,
            "name": profile.name,
            "kind": "overig",
            "role": _text("genius.role"),
            "brief": {
                "public": _text("genius.public", profile=profile.name),
                "confidential": _text("genius.confidential"),
            },
            "points": {
                issue_id: {
                    o: profile.points[issue.name][v]
                    for o, v in zip(options, issue.values, strict=True)
                }
                for issue_id, issue, options in zip(issue_ids, domain, option_ids, strict=True)
            },
            "batna": profile.reservation,
        }
        for actor_id, profile in zip(actor_ids, profiles, strict=True)
    ]
    return {
        "id": slug(stem, "genius"),
        "title": stem,
        "summary": _text("genius.summary", domain=Path(domain_file).name),
        "language": "nl",
        "agreement": {"rule": "unanimity"},
        "issues": issues,
        "actors": actors,
    }
