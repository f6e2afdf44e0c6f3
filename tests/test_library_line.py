"""The line between the library (`sdar_trl`: what a user imports to train) and the examples' support
(`sdar_trl_examples`): the library never imports the examples' package, so that a training run of the user's own
carries none of it."""

import ast
import pkgutil
from pathlib import Path

import sdar_trl


def imported_modules(path: Path) -> set[str]:
    """The absolute module names ``path`` imports (relative imports stay inside the library)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_the_library_imports_nothing_from_the_examples_package():
    modules = list(pkgutil.walk_packages(sdar_trl.__path__, "sdar_trl."))
    assert {"sdar_trl.trainer", "sdar_trl.cli", "sdar_trl.agent.engine", "sdar_trl.plots"} <= {m.name for m in modules}
    for module in [*modules, pkgutil.ModuleInfo(None, "sdar_trl", True)]:
        origin = Path(module.module_finder.find_spec(module.name).origin) if module.module_finder else None
        path = origin or Path(sdar_trl.__file__)
        examples = {name for name in imported_modules(path) if name.split(".")[0] == "sdar_trl_examples"}
        assert not examples, f"{module.name} imports {sorted(examples)}"
