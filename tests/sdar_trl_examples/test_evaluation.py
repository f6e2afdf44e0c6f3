"""Sharded evaluation: the transformers path and the vLLM path (a fake `vllm.LLM`/`SamplingParams` with vLLM's
signatures; vLLM needs a GPU) play the same episodes."""

import sys
import types
from dataclasses import dataclass

from scripted import expert_response
from transformers import AutoTokenizer

from sdar_trl.agent import ACTION_FORMAT, RolloutConfig, RolloutEngine
from sdar_trl.envs import KeyDoorEnv
from sdar_trl_examples.evaluation import TeacherViewEngine, evaluate, evaluate_splits


@dataclass
class SamplingParams:  # the vllm.SamplingParams fields evaluation sets
    max_tokens: int = 16
    temperature: float = 1.0


class FakeLLM:
    """`vllm.LLM(model=..., gpu_memory_utilization=..., seed=...)` whose `generate` answers as the KeyDoor expert."""

    instances: list = []

    def __init__(self, model, gpu_memory_utilization=0.9, seed=0, **kwargs):
        self.tokenizer = AutoTokenizer.from_pretrained(model)
        self.settings = (gpu_memory_utilization, seed)
        FakeLLM.instances.append(self)

    def generate(self, prompts, sampling_params=None, use_tqdm=True):
        outputs = []
        for prompt in prompts:
            text = expert_response(self.tokenizer.decode(prompt["prompt_token_ids"]))
            ids = self.tokenizer(text, add_special_tokens=False)["input_ids"] + [self.tokenizer.eos_token_id]
            outputs.append(
                types.SimpleNamespace(outputs=[types.SimpleNamespace(token_ids=ids[: sampling_params.max_tokens])])
            )
        return outputs


def test_vllm_evaluation_plays_the_episodes_with_the_engine(tiny_model_dir, monkeypatch):
    monkeypatch.setitem(sys.modules, "vllm", types.SimpleNamespace(LLM=FakeLLM, SamplingParams=SamplingParams))
    rows = [{"key_room": 1}, {"key_room": 2}]
    (result,) = evaluate_splits(
        tiny_model_dir,
        lambda tokenizer: RolloutEngine(tokenizer, ACTION_FORMAT, RolloutConfig(max_turns=4)),
        {"eval": rows},
        KeyDoorEnv,
        label="after",
        max_new_tokens=32,
        temperature=0.4,
        seed=3,
        samples=2,
        vllm_gpu_memory_utilization=0.3,
    )
    # the expert wins every episode in 3 turns: 2 tasks x 2 samples
    assert (result.name, result.episodes, result.success_rate, result.mean_turns) == ("after eval", 4, 1.0, 3.0)
    assert FakeLLM.instances[-1].settings == (0.3, 3)


def test_skills_reach_the_prompt_where_the_view_puts_them(tiny_model_dir):
    """``skills_view="user"``: the block starts the user message (Skill-GRPO's place); ``"teacher"``: its token ids
    come first in the prompt, before the chat template (the SDAR teacher's place)."""
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    block = "[Privileged Skill Information]\nThe key is in room 2.\n\n"
    block_ids = tokenizer(block, add_special_tokens=False)["input_ids"]
    seen = {}
    for view, engine_class in (("user", RolloutEngine), ("teacher", TeacherViewEngine)):
        prompts = []

        def generate(batch, prompts=prompts):
            prompts.extend(batch)
            return [
                tokenizer(expert_response(tokenizer.decode(p)), add_special_tokens=False)["input_ids"]
                + [tokenizer.eos_token_id]
                for p in batch
            ]

        engine = engine_class(tokenizer, ACTION_FORMAT, RolloutConfig(max_turns=6))
        result = evaluate(
            engine,
            [{"key_room": 2}],
            KeyDoorEnv,
            generate,
            skill_text=lambda e: "The key is in room 2.",
            skills_view=view,
        )
        assert (result.success_rate, result.mean_turns) == (1.0, 3.0)
        seen[view] = prompts[0]
    bos = [tokenizer.bos_token_id] if seen["teacher"][:1] == [tokenizer.bos_token_id] else []
    assert seen["teacher"][len(bos) : len(bos) + len(block_ids)] == block_ids
    assert seen["user"][: len(block_ids)] != block_ids and block in tokenizer.decode(seen["user"])
