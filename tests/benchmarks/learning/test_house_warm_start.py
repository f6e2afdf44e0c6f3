"""The house warm start's demonstrations: random priors, blocks placed exactly as the SDAR teacher sees them, the
expert follows what the block states, loss on the responses only; and the trainer's teacher rows are the same ids."""

import pytest
from datasets import Dataset
from learning.house import (
    HOUSE_FORMAT,
    TeacherViewEngine,
    demo_rows,
    expert_reply,
    house_demos,
    house_text,
    skill_block,
)
from scripted import use_policy

from sdar_trl import SDARTrainer
from sdar_trl.agent import RolloutConfig
from sdar_trl.envs.house import PRIORS, HouseEnv, write_house_skills
from sdar_trl.skills import Task, build_retriever, load_skill_library
from sdar_trl.teacher.prompt import OFFICIAL_CONTEXT_TEMPLATE, insert_prefix_ids, render_context
from sdar_trl_examples.tiny_model import build_tiny_tokenizer, save_tiny_model


ROLLOUT = RolloutConfig(max_turns=5, history_window=0)


@pytest.fixture(scope="module")
def tokenizer():
    return build_tiny_tokenizer(vocab_size=1024, extra_text=house_text(60))


def test_demo_worlds_draw_their_own_priors():
    demos = demo_rows({"skill": 20, "blind": 10, "user": 5}, seed=0)
    assert [d.kind for d in demos] == ["skill"] * 20 + ["blind"] * 10 + ["user"] * 5
    assert len({d.row["seed"] for d in demos}) == 35
    # the real priors are never the demonstrations' priors (8 objects over 14 homes: a coincidence is ~1e-9)
    assert all(dict(d.row["priors"]) != dict(PRIORS) for d in demos)
    agree = sum(d.row["priors"][obj] == home for d in demos for obj, home in PRIORS.items())
    assert agree / (35 * len(PRIORS)) < 0.2  # about 1/14 by chance


def test_block_is_what_the_trainer_retrieves(tmp_path):
    stated = {**PRIORS, "mug": "toaster"}
    library = load_skill_library(write_house_skills(tmp_path / "lib", priors=stated))
    retrieved = build_retriever("task_type", library).retrieve(Task("put a mug in/on cabinet 1", "mug")).text
    assert skill_block(stated, "mug") == render_context(OFFICIAL_CONTEXT_TEMPLATE, retrieved)
    assert "The mug is usually in the toaster. Go to toaster 1 first." in skill_block(stated, "mug")


def test_demonstrations_by_kind(tokenizer):
    for demo in demo_rows({"skill": 3, "blind": 3, "user": 3}, seed=1):
        data, per_kind = house_demos(tokenizer, [demo], rollout=ROLLOUT)
        assert per_kind[demo.kind] == len(data) >= 4  # every step of an episode played to the win
        first = HouseEnv().reset(demo.row)
        block = skill_block(demo.row["priors"], first.task_type)
        ids, mask = data[0]["input_ids"], data[0]["completion_mask"]
        prompt, response = ids[: mask.index(1)], ids[mask.index(1) :]
        assert all(mask[mask.index(1) :])  # the loss covers the response only, to its end
        # the student's own first prompt, chat-templated, without any block
        plain = tokenizer.apply_chat_template(
            [
                {
                    "role": "user",
                    "content": HOUSE_FORMAT.render(first.task, 0, [], first.text, first.admissible_actions),
                }
            ],
            add_generation_prompt=True,
            tokenize=True,
            return_dict=True,
        )["input_ids"]
        home_first = expert_reply(f"go to {demo.row['priors'][first.task_type]} 1") + "<|im_end|>"
        if demo.kind == "skill":
            # the block's ids in front of the chat-templated prompt: exactly the SDAR teacher's prompt
            block_ids = tokenizer(block, add_special_tokens=False)["input_ids"]
            assert prompt == insert_prefix_ids(plain, block_ids, tokenizer.bos_token_id)
            assert tokenizer.decode(response) == home_first
        elif demo.kind == "user":
            assert tokenizer.decode(prompt).startswith("<|im_start|>user\n" + block)
            assert tokenizer.decode(response) == home_first
        else:
            assert prompt == plain


def _first_step(tokenizer, example) -> bool:
    return "You are in the middle of a room." in tokenizer.decode(example["input_ids"])


def test_blind_demonstrations_do_not_favour_the_home(tokenizer):
    demos = demo_rows({"blind": 60}, seed=2)
    data, _ = house_demos(tokenizer, demos, rollout=ROLLOUT)
    firsts = [tokenizer.decode(x["input_ids"]) for x in data if _first_step(tokenizer, x)]
    homes = 0
    for demo, text in zip(demos, firsts):
        home = demo.row["priors"][HouseEnv().reset(demo.row).task_type]
        homes += text.endswith(expert_reply(f"go to {home} 1") + "<|im_end|>")
    assert len(firsts) == 60 and homes <= 15  # about 60/12 by chance


def test_trainer_teacher_rows_equal_the_teacher_view(tmp_path, monkeypatch, tiny_config):
    """The SDAR trainer's teacher prompt for a house step is the `TeacherViewEngine` prompt of the same step."""
    model_dir = str(save_tiny_model(tmp_path / "model", vocab_size=1024, extra_text=house_text(60)))
    skills = write_house_skills(tmp_path / "skills")
    recorded = {}

    class Recording(SDARTrainer):
        def _teacher_rows(self, inputs, output, blocks):
            rows = super()._teacher_rows(inputs, output, blocks)
            recorded["rows"], recorded["blocks"] = rows.prompts, blocks
            return rows

    args = tiny_config(
        tmp_path / "out",
        per_device_train_batch_size=2,
        max_completion_length=24,
        max_turns=2,
        history_window=0,
        skills_dir=str(skills),
        skill_retrieval="task_type",
    )
    trainer = Recording(
        model=model_dir,
        args=args,
        train_dataset=Dataset.from_list([{"seed": 4}]),
        env=HouseEnv,
        agent_format=HOUSE_FORMAT,
    )
    tok = trainer.processing_class
    house = HouseEnv()
    first = house.reset({"seed": 4})
    plan = iter([f"go to {house.house.receptacles[0]}", f"go to {house.house.receptacles[1]}"] * 2)

    def policy(prompts):
        return [
            tok(expert_reply(next(plan)), add_special_tokens=False)["input_ids"] + [tok.eos_token_id] for _ in prompts
        ]

    use_policy(monkeypatch, policy)
    trainer.train()
    block = skill_block(PRIORS, first.task_type)
    assert set(recorded["blocks"]) == {block}
    engine = TeacherViewEngine(tok, HOUSE_FORMAT, ROLLOUT)
    from sdar_trl.agent.engine import ContextBlocks, Episode

    episode = Episode(index=0, row={"seed": 4}, first=first, context=ContextBlocks(teacher=block))
    expected, _ = engine.step_prompt_ids(episode)
    assert expected in recorded["rows"]
