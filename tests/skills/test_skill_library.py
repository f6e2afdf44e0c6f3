"""Loading skill libraries: the official SDAR fixture, SkillRL JSON, and every malformed case."""

import json
from pathlib import Path

import pytest

from sdar_trl.skills import SkillLibraryError, load_sdar_library, load_skill_library, load_skillrl_json


FIXTURE = Path(__file__).resolve().parents[3] / "shared" / "peers" / "sdar-skills"
needs_fixture = pytest.mark.skipif(
    not FIXTURE.is_dir(),
    reason="the SDAR format fixture lives in ../shared, outside the repository; absent on this checkout",
)


@needs_fixture
@pytest.mark.parametrize("env", ["alfworld", "search", "webshop"])
def test_every_fixture_environment_loads(env):
    library = load_skill_library(FIXTURE / env)
    mapping = json.loads((FIXTURE / env / "skill_mapping.json").read_text())
    assert set(library.skills) == set(mapping["skill_files"]) - {"general_skills"}
    assert library.general == (FIXTURE / env / "general_skills.md").read_text().strip()
    assert dict(library.task_to_skill) == mapping["task_to_skill"]
    for name, text in library.skills.items():
        assert text == (FIXTURE / env / mapping["skill_files"][name]).read_text().strip()


@needs_fixture
def test_skillrl_json_fixture_loads():
    library = load_skillrl_json(FIXTURE / "alfworld" / "claude_style_skills.json")
    data = json.loads((FIXTURE / "alfworld" / "claude_style_skills.json").read_text())
    assert set(library.skills) == set(data["task_specific_skills"])
    first = data["general_skills"][0]
    assert f"1. {first['title']}: {first['principle']}" in library.general
    assert "### COMMON MISTAKES ###" in library.general
    assert library.task_keywords["look_at_obj_in_light"] == ("look at obj in light",)


def write_library(folder: Path, mapping: dict, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "skill_mapping.json").write_text(json.dumps(mapping) if isinstance(mapping, dict) else mapping)
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


GOOD_MAPPING = {
    "skill_files": {"general_skills": "general.md", "heat": "heat.md"},
    "task_to_skill": {"pick_heat_then_place_in_recep": "heat"},
    "task_keywords": {"pick_heat_then_place_in_recep": ["Heat"]},
}
GOOD_FILES = {"general.md": "General: look around.", "heat.md": "Heat: use the microwave."}


def test_small_library_is_immutable_plain_data(tmp_path):
    library = load_sdar_library(write_library(tmp_path / "lib", GOOD_MAPPING, GOOD_FILES))
    assert library.task_keywords["pick_heat_then_place_in_recep"] == ("heat",)  # lower-cased
    assert library.render(["heat", "heat"]) == "General: look around.\n\nHeat: use the microwave."
    with pytest.raises(TypeError):
        library.skills["cool"] = "x"
    with pytest.raises(AttributeError):
        library.general = "x"


@pytest.mark.parametrize(
    "mapping,files,message",
    [
        (GOOD_MAPPING, {"general.md": "g"}, r"skill `heat` lists 'heat.md', which does not exist"),
        ('{"skill_files": {\n  "general_skills": "g.md",\n}', {}, r"malformed JSON at line 3"),
        (GOOD_MAPPING, {"general.md": "g", "heat.md": "  \n"}, r"heat.md: skill `heat` is empty"),
        (
            {**GOOD_MAPPING, "task_to_skill": {"pick_cool": "cool"}},
            GOOD_FILES,
            r"task type `pick_cool` maps to unknown skill `cool`",
        ),
        (
            {**GOOD_MAPPING, "task_keywords": {"pick_cool": ["cool"]}},
            GOOD_FILES,
            r"`task_keywords` names unknown task type `pick_cool`",
        ),
        ({"skill_files": {"heat": "heat.md"}}, GOOD_FILES, r"no `general_skills` entry"),
    ],
    ids=["missing-file", "bad-json", "empty-skill", "unknown-skill", "unknown-keyword-type", "no-general"],
)
def test_malformed_libraries_name_file_and_problem(tmp_path, mapping, files, message):
    folder = write_library(tmp_path / "lib", mapping, files)
    with pytest.raises(SkillLibraryError, match=message) as error:
        load_skill_library(folder)
    assert str(folder) in str(error.value)


def test_malformed_skillrl_json(tmp_path):
    path = tmp_path / "skills.json"
    path.write_text(json.dumps({"general_skills": [{"title": ""}]}))
    with pytest.raises(SkillLibraryError, match=r"entry 1 of `general_skills` has no `title`"):
        load_skillrl_json(path)
    path.write_text("[1, 2")
    with pytest.raises(SkillLibraryError, match="malformed JSON at line 1"):
        load_skill_library(path)
