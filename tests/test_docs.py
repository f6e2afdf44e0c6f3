"""The documentation site stays true to the code: the architecture page lists exactly the package's modules."""

import dataclasses
import re
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
# Packages whose modules the architecture page lists (a package that does not exist yet is skipped).
PACKAGES = ("sdar_trl", "sdar_trl_examples")


def source_modules() -> set[str]:
    """Every module under src/ of the listed packages: a package by its `__init__.py`, a module by its file."""
    modules = set()
    for package in PACKAGES:
        for path in (ROOT / "src" / package).rglob("*.py"):
            parts = path.relative_to(ROOT / "src").with_suffix("").parts
            modules.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return modules


def documented_modules() -> set[str]:
    """The modules the architecture page names at the start of a list item: "- `sdar_trl.x`: what it holds"."""
    text = (ROOT / "docs" / "architecture.md").read_text()
    return set(re.findall(rf"^- `((?:{'|'.join(PACKAGES)})(?:\.\w+)*)`:", text, flags=re.MULTILINE))


def test_architecture_page_lists_every_module_and_no_other():
    source, documented = source_modules(), documented_modules()
    assert "sdar_trl.config" in source and "sdar_trl.agent.engine" in source  # the walk found the package
    assert not source - documented, f"modules missing from docs/architecture.md: {sorted(source - documented)}"
    assert not documented - source, (
        f"docs/architecture.md lists modules that do not exist: {sorted(documented - source)}"
    )


def test_every_sdar_config_field_is_documented_in_its_docstring_with_its_default():
    # The configuration reference on the trainer's page is generated from this docstring: it must hold every field.
    from trl import GRPOConfig

    from sdar_trl import SDARConfig

    grpo = {g.name for g in dataclasses.fields(GRPOConfig)}
    ours = [f for f in dataclasses.fields(SDARConfig) if f.name not in grpo]
    assert len(ours) > 30
    defaults_checked = 0
    for f in ours:
        pattern = rf"^        {f.name} \(`(.+?)`(, \*optional\*)?(, defaults to `(.+?)`)?\):$"
        entry = re.search(pattern, SDARConfig.__doc__, flags=re.MULTILINE)
        assert entry, f"SDARConfig's docstring does not document {f.name}"
        # The template's default is written out with its escapes; every other default as Python would print it.
        if entry.group(4) is not None and f.name != "teacher_context_template":
            assert entry.group(4) == repr(f.default).replace("'", '"'), f.name
            defaults_checked += 1
    assert defaults_checked > 25


def test_ci_runs_the_readmes_set_up_and_test_command():
    # .ci/run is the README's second command (install, lint, format, strict docs build, tests), pip kept quiet.
    commands = re.findall(r"^python3 -m venv .*$", (ROOT / "README.md").read_text(), flags=re.MULTILINE)
    assert len(commands) == 2 and commands[0].endswith("accelerate launch examples/train_alfworld.py")
    ci = (ROOT / ".ci" / "run").read_text().strip().splitlines()[-1]
    assert ci.replace("pip install -q ", "pip install ") == commands[1]
    assert "mkdocs build --strict" in ci and ci.endswith("pytest")
