"""YAML text → plain Python data, remembering the line and column of every key and value.

PyYAML's safe composer gives a node graph with marks; walking it ourselves lets us refuse
duplicate keys, non-text keys, unknown tags, alias bombs and runaway nesting with a place in
the file, instead of letting a constructor silently keep the last duplicate or expand
aliases without limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.scenario.located import Located
from game.scenario.problems import Path
from game.text import t

MAX_FILE_BYTES = 1 << 20
"""Largest scenario file we read; real ones are tens of kilobytes."""
MAX_NODES = 50_000
"""Most values a document may hold, every use of an alias counted (a big scenario: ~1 000)."""
LARGE_TEXT = 128 * 1024
"""Above this size we count YAML events before building nodes, and skip the slow re-parse
that finds PyYAML's clearer wording for a syntax error."""
MAX_DEPTH = 48
"""Deepest nesting we follow; the format itself needs about ten levels."""

_FastLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")}
_STR_TAG = _TAG + "str"
_MAP_TAG = _TAG + "map"
_SEQ_TAG = _TAG + "seq"
_MERGE_TAG = _TAG + "merge"


@dataclass
class Positions:
    """Where each path of the document stands: 1-based (line, col) of values and keys."""

    values: dict[Path, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path, tuple[int, int]] = field(default_factory=dict)
    containers: set[Path] = field(default_factory=set)
    sources: dict[Path, str] = field(default_factory=dict)
    """Source text of plain scalars that YAML read as something other than text."""
    reported: set[Path] = field(default_factory=set)
    """Paths already given a problem while reading; later checks stay quiet about them."""

    def spot(self, path: Path) -> tuple[int, int]:
        """The deepest existing node on `path`; a mapping or list is shown by its key."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefix in self.values:
                if prefix in self.containers and prefix in self.keys:
                    return self.keys[prefix]
                return self.values[prefix]
        return (1, 1)

    def key_spot(self, path: Path) -> tuple[int, int]:
        """The key of `path` when it has one (an unknown field is shown at its name)."""
        return self.keys.get(path) or self.spot(path)

    def is_reported(self, path: Path) -> bool:
        return any(path[: len(done)] == done for done in self.reported)


@dataclass
class Composed:
    """The outcome of reading YAML: data (None when unusable), positions and problems."""

    data: object | None
    positions: Positions
    problems: list[Located]


def describe_kind(value: object, lang: str) -> str:
    """'a list', 'the number 5', '"veel"' — how a value is named in a message."""
    if value is None:
        return t("scenario.got.null", lang)
    if isinstance(value, bool):
        return t("scenario.got.boolean", lang, value=str(value).lower())
    if isinstance(value, float):
        return t("scenario.got.number", lang, value=f"{value:g}")
    if isinstance(value, int):
        return t("scenario.got.number", lang, value=short_number(value))
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "…"
        return t("scenario.got.text", lang, value=shown)
    if isinstance(value, list):
        return t("scenario.got.list", lang)
    if isinstance(value, dict):
        return t("scenario.got.mapping", lang)
    if isinstance(value, date):
        return t("scenario.got.date", lang, value=value.isoformat())
    return t("scenario.got.other", lang, value=type(value).__name__)


def short_number(value: object) -> object:
    """A whole number as written, cut short when it runs past 20 digits."""
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) < 10**20:
        return value
    return f"{str(value)[:17]}…"


def yaml_spelling(value: object) -> str:
    """How YAML would write a non-text scalar: true, null, 5."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, date):
        return value.isoformat()
    return str(short_number(value))


class _Stop(Exception):
    """Reading cannot go on (alias bomb, nesting too deep, recursive alias)."""

    def __init__(self, problem: Located) -> None:
        self.problem = problem


def _mark(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    def __init__(self, file: str, lang: str, loader: yaml.SafeLoader) -> None:
        self.file = file
        self.lang = lang
        self.loader = loader
        self.positions = Positions()
        self.problems: list[Located] = []
        self.count = 0
        self.active: set[int] = set()

    def problem(
        self,
        node: Node,
        message_key: str,
        hint: str | None = None,
        path: Path | None = None,
        **values: object,
    ) -> Located:
        line, col = _mark(node)
        located = Located(self.file, line, col, t(message_key, self.lang, **values), hint)
        if path is not None:
            self.positions.reported.add(path)
        return located

    def report(
        self,
        node: Node,
        message_key: str,
        hint: str | None = None,
        path: Path | None = None,
        **values: object,
    ) -> None:
        self.problems.append(self.problem(node, message_key, hint, path, **values))

    def build(self, node: Node, path: Path, depth: int) -> object:
        self.count += 1
        if self.count > MAX_NODES:
            raise _Stop(self.problem(node, "scenario.too_many_values", limit=MAX_NODES))
        if depth > MAX_DEPTH:
            raise _Stop(self.problem(node, "scenario.too_deep", limit=MAX_DEPTH))
        self.positions.values[path] = _mark(node)
        if isinstance(node, ScalarNode):
            return self.scalar(node, path)
        if id(node) in self.active:
            raise _Stop(self.problem(node, "scenario.recursive_alias"))
        self.active.add(id(node))
        try:
            self.positions.containers.add(path)
            if isinstance(node, SequenceNode):
                self.check_tag(node, _SEQ_TAG, path)
                return [
                    self.build(child, (*path, i), depth + 1) for i, child in enumerate(node.value)
                ]
            self.check_tag(node, _MAP_TAG, path)
            return self.mapping(node, path, depth)
        finally:
            self.active.discard(id(node))

    def check_tag(self, node: Node, expected: str, path: Path) -> None:
        if node.tag != expected:
            self.report(node, "scenario.bad_tag", path=path, tag=node.tag)

    def scalar(self, node: ScalarNode, path: Path) -> object:
        if node.tag == _STR_TAG:  # most values: no constructor needed
            return node.value
        if node.tag not in _SCALAR_TAGS:
            self.report(node, "scenario.bad_tag", path=path, tag=node.tag)
            return node.value
        try:
            value = self.loader.construct_object(node, deep=True)
        except Exception as error:  # a malformed timestamp or number: show it, go on
            self.report(node, "scenario.invalid", path=path, message=str(error).splitlines()[0])
            return node.value
        if not isinstance(value, str) and not node.style:
            self.positions.sources[path] = node.value
        return value

    def key(self, node: Node, path: Path) -> str | None:
        if not isinstance(node, ScalarNode):
            kind = t(
                "scenario.got.list" if isinstance(node, SequenceNode) else "scenario.got.mapping",
                self.lang,
            )
            self.report(node, "scenario.key_not_text", got=kind)
            return None
        value = self.scalar(node, path)
        if isinstance(value, str):
            return value
        hint = None
        if node.value:
            hint = t(
                "scenario.hint.quote", self.lang, source=node.value, value=yaml_spelling(value)
            )
        self.report(node, "scenario.key_not_text", hint, got=describe_kind(value, self.lang))
        if not node.value:
            return None
        self.positions.reported.add((*path, node.value))
        return node.value

    def mapping(self, node: MappingNode, path: Path, depth: int) -> dict[str, object]:
        result: dict[str, object] = {}
        merges = [value for key, value in node.value if key.tag == _MERGE_TAG]
        for source in self.merge_sources(merges, path):
            for key, value in self.build(source, path, depth + 1).items():  # type: ignore[union-attr]
                result.setdefault(key, value)
        self.positions.values[path] = _mark(node)
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                continue
            key = self.key(key_node, path)
            if key is None:
                continue
            if key in first_line:
                self.report(key_node, "scenario.duplicate_key", key=key, line=first_line[key])
                continue
            first_line[key] = key_node.start_mark.line + 1
            child = (*path, key)
            self.positions.keys[child] = _mark(key_node)
            result[key] = self.build(value_node, child, depth + 1)
        return result

    def merge_sources(self, merges: list[Node], path: Path) -> list[MappingNode]:
        """Mappings named by `<<:` keys; the first named wins, as YAML says."""
        sources: list[MappingNode] = []
        for value in merges:
            items = value.value if isinstance(value, SequenceNode) else [value]
            for item in items:
                if isinstance(item, MappingNode):
                    sources.append(item)
                else:
                    self.report(item, "scenario.bad_merge", path=path)
        return sources


def compose(text: str, file: str, lang: str) -> Composed:
    """Read `text` as one YAML document of plain data, or say precisely why not."""
    if len(text) > LARGE_TEXT:
        crowded = _too_many_events(text, file, lang)
        if crowded is not None:
            return Composed(None, Positions(), [crowded])
    try:
        loader = _FastLoader(text)
    except yaml.YAMLError as error:  # the reader refuses a character before parsing starts
        return Composed(None, Positions(), [syntax_problem(text, file, lang, error)])
    try:
        root = loader.get_single_node()
    except RecursionError:
        return Composed(None, Positions(), [too_deep(text, file, lang)])
    except yaml.YAMLError as error:
        return Composed(None, Positions(), [syntax_problem(text, file, lang, error)])
    finally:
        loader.dispose()
    if root is None or (isinstance(root, ScalarNode) and root.tag == _TAG + "null"):
        empty = Located(file, 1, 1, t("scenario.empty", lang), t("scenario.hint.start_new", lang))
        return Composed(None, Positions(), [empty])
    builder = _Builder(file, lang, loader)
    if not isinstance(root, MappingNode):
        line, col = _mark(root)
        got = root_kind(root, builder)
        problem = Located(file, line, col, t("scenario.top_level", lang, got=got))
        return Composed(None, Positions(), [problem])
    try:
        data = builder.build(root, (), 0)
    except _Stop as stop:
        return Composed(None, builder.positions, [stop.problem])
    except RecursionError:
        return Composed(None, builder.positions, [too_deep(text, file, lang)])
    return Composed(data, builder.positions, builder.problems)


def _too_many_events(text: str, file: str, lang: str) -> Located | None:
    """A problem when a large text holds more values than any scenario needs."""
    try:
        for count, event in enumerate(yaml.parse(text, Loader=_FastLoader)):
            if count > MAX_NODES:
                line, col = event.start_mark.line + 1, event.start_mark.column + 1
                return Located(
                    file, line, col, t("scenario.too_many_values", lang, limit=MAX_NODES)
                )
    except yaml.YAMLError:
        return None  # the composer will report it with its place
    return None


def too_deep(text: str, file: str, lang: str) -> Located:
    """Nesting past MAX_DEPTH, placed where it first goes too deep: the same problem whether
    our builder, Python's recursion limit or the YAML library's own limit stopped it."""
    depth = 0
    try:
        # the pure-Python parser: the C one may stop at its own limit before reaching ours
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth - 1 > MAX_DEPTH:  # the top-level mapping is level 0
                    mark = event.start_mark
                    return Located(
                        file,
                        mark.line + 1,
                        mark.column + 1,
                        t("scenario.too_deep", lang, limit=MAX_DEPTH),
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except (yaml.YAMLError, RecursionError):
        pass
    return Located(file, 1, 1, t("scenario.too_deep", lang, limit=MAX_DEPTH))


def root_kind(root: Node, builder: _Builder) -> str:
    if isinstance(root, SequenceNode):
        return t("scenario.got.list", builder.lang)
    return describe_kind(builder.scalar(root, ()), builder.lang)  # type: ignore[arg-type]


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


_NESTING_LIMIT = "exceeded maximum nesting depth"  # the YAML library's own depth limit

# PyYAML's wording (in its problem or its context) → a plain sentence, first match wins
_PLAIN = (
    ("mapping values are not allowed", "scenario.plain.colon_in_value"),
    ("could not find expected ':'", "scenario.plain.missing_colon"),
    ("while scanning a quoted scalar", "scenario.plain.unclosed_quote"),
    ("found unexpected end of stream", "scenario.plain.unexpected_end"),
    ("expected <block end>", "scenario.plain.indentation"),
    ("did not find expected key", "scenario.plain.indentation"),
    ("expected <block mapping start>", "scenario.plain.indentation"),
    ("did not find expected '-' indicator", "scenario.plain.expected_item"),
    ("expected ',' or ']'", "scenario.plain.unclosed_bracket"),
    ("expected ',' or '}'", "scenario.plain.unclosed_bracket"),
    ("while parsing a flow", "scenario.plain.unclosed_bracket"),
    ("found undefined alias", "scenario.plain.undefined_alias"),
    ("found unknown escape character", "scenario.plain.bad_escape"),
    ("that cannot start any token", "scenario.plain.bad_start"),
    ("expected alphabetic or numeric character", "scenario.plain.anchor"),
    ("expected the node content", "scenario.plain.no_value"),
)

_HINTS = (
    ("mapping values are not allowed", "scenario.hint.colon_in_value"),
    ("could not find expected ':'", "scenario.hint.missing_colon"),
    ("expected <block end>", "scenario.hint.indentation"),
    ("did not find expected key", "scenario.hint.indentation"),
    ("expected <block mapping start>", "scenario.hint.indentation"),
    ("found undefined alias", "scenario.hint.undefined_alias"),
    ("end of stream", "scenario.hint.unclosed"),
    ("while parsing a flow", "scenario.hint.unclosed"),
)


def syntax_problem(text: str, file: str, lang: str, error: yaml.YAMLError) -> Located:
    """One clear line for a file PyYAML cannot parse."""
    error = _clearer_error(text, error)
    if isinstance(error, yaml.reader.ReaderError):
        line, col = _line_col(text, error.position)
        char = (
            f"U+{error.character:04X}"
            if isinstance(error.character, int)
            else repr(error.character)
        )
        return Located(file, line, col, t("scenario.bad_character", lang, char=char))
    if not isinstance(error, yaml.MarkedYAMLError) or error.problem_mark is None:
        return Located(file, 1, 1, t("scenario.syntax", lang, problem=str(error).splitlines()[0]))
    if _NESTING_LIMIT in (error.problem or ""):
        return too_deep(text, file, lang)
    mark = error.problem_mark
    context = error.context or ""
    marks = [mark, *([error.context_mark] if error.context_mark else [])]
    lines = text.splitlines()
    for candidate in marks:
        tab = _tab_in_indentation(lines, candidate.line)
        if tab is not None:
            return Located(
                file,
                candidate.line + 1,
                tab + 1,
                t("scenario.tab", lang),
                t("scenario.hint.tab", lang),
            )
    if "expected a single document" in context:
        message = t("scenario.multiple_documents", lang)
        return Located(
            file, mark.line + 1, mark.column + 1, message, t("scenario.hint.one_document", lang)
        )
    problem = error.problem or ""
    where = mark
    hint = None
    for needle, key in _HINTS:
        if needle in problem or needle in context:
            hint = t(key, lang)
            if (
                key in ("scenario.hint.missing_colon", "scenario.hint.unclosed")
                and error.context_mark
            ):
                where = error.context_mark
            break
    message = t(
        "scenario.syntax_plain", lang, plain=_plain(problem, context, lang), problem=problem
    )
    return Located(file, where.line + 1, where.column + 1, message, hint)


def _plain(problem: str, context: str, lang: str) -> str:
    """PyYAML's parser jargon as a sentence a trainer can act on."""
    for needle, key in _PLAIN:
        if needle in problem or needle in context:
            return t(key, lang)
    return t("scenario.plain.other", lang)


def _clearer_error(text: str, error: yaml.YAMLError) -> yaml.YAMLError:
    """The pure-Python parser's wording is clearer; use it when it fails on the same line."""
    if len(text) > LARGE_TEXT:
        return error
    try:
        loader = yaml.SafeLoader(text)
    except yaml.YAMLError as python_error:
        return python_error
    try:
        loader.get_single_node()
    except yaml.YAMLError as python_error:
        ours = getattr(python_error, "problem_mark", None)
        theirs = getattr(error, "problem_mark", None)
        if ours is not None and theirs is not None and ours.line == theirs.line:
            return python_error
    except RecursionError:
        pass
    finally:
        loader.dispose()
    return error


_INDENT = re.compile(r"[ \t]*")


def _tab_in_indentation(lines: list[str], index: int) -> int | None:
    """Column (0-based) of a tab in the indentation of line `index`, if there is one."""
    if not 0 <= index < len(lines):
        return None
    indentation = _INDENT.match(lines[index])
    if indentation is None or lines[index][indentation.end() :].startswith("#"):
        return None
    found = indentation.group().find("\t")
    return found if found >= 0 else None
