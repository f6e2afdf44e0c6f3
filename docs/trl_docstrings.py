"""Griffe extension that reads TRL-style docstrings, so the configuration reference is generated from the same
docstring that TRL's own documentation builder reads.

TRL writes `Parameters:` with `> Group heading` lines between the fields, each field as
``name (`type`, *optional*, defaults to `value`):``, and cross-references as [`~trl.GRPOConfig`]. Griffe's Google
parser reads none of the three: a heading becomes a parse warning (which fails `mkdocs build --strict`), the type
column shows the whole parenthesis, and a reference prints its brackets. This extension rewrites the docstring before
it is parsed: each heading opens a new `Parameters:` section under a bold title, a field keeps only its type (the
default column comes from the signature), and a reference becomes the code name it points at. An
`Args:` section of prose rather than fields becomes a titled paragraph.
"""

from __future__ import annotations

import re

import griffe


_FIELD = re.compile(r"^(\s*)(\w+) \(`(.+?)`(?:, \*optional\*)?(?:, defaults to .*)?\):$")
# The first line of a section of fields, TRL's or Google's: "name (`type`, ...):" or "name: description".
_FIELD_START = re.compile(r"^\s*\w+(?: \(.+?\))?:")
_REFERENCE = re.compile(r"\[`~?(?:[\w.]+\.)?(\w+)`\]")


def convert(text: str) -> str:
    """The Google-style docstring that `text`, a TRL-style one, means."""
    out: list[str] = []
    in_parameters = skip_blank = in_prose = False
    prose_indent = 0
    indent = ""
    lines = text.splitlines()
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped in ("Parameters:", "Args:"):
            following = next((x for x in lines[number + 1 :] if x.strip()), "")
            if not (_FIELD_START.match(following) or following.strip().startswith("> ")):
                # A section of prose ("Same as GRPOTrainer's; ..."): a titled paragraph, not a table of fields.
                out += [f"**{stripped[:-1]}**", ""]
                prose_indent = len(following) - len(following.lstrip())
                in_prose = True
                continue
            in_parameters = True
            indent = line[: len(line) - len(line.lstrip())]
        elif in_prose:
            if stripped and len(line) - len(line.lstrip()) < prose_indent:
                in_prose = False
            else:
                out.append(line[prose_indent:])
                continue
        elif in_parameters and stripped.startswith("> "):
            out += ["", f"{indent}**{stripped[2:]}**", "", f"{indent}Parameters:"]
            skip_blank = True
            continue
        elif in_parameters and skip_blank and not stripped:
            continue
        skip_blank = False
        out.append(_FIELD.sub(r"\1\2 (\3):", line) if in_parameters else line)
    return _REFERENCE.sub(r"`\1`", "\n".join(out))


class TRLDocstrings(griffe.Extension):
    """Rewrite every docstring with `convert` once the object tree is loaded."""

    def on_object(self, *, obj: griffe.Object, **kwargs) -> None:
        if obj.docstring is not None:
            obj.docstring.value = convert(obj.docstring.value)
