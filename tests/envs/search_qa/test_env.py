"""Search-QA environment: a scripted agent that searches twice and answers a multi-hop question gets reward 1."""

import json
from pathlib import Path

import pytest


pytest.importorskip("fastapi", reason="needs the `search` extra (installed in CI)")

from sdar_trl.agent import SEARCH_FORMAT, RolloutConfig, RolloutEngine, episode_return  # noqa: E402
from sdar_trl.envs.search_qa.client import RetrieverClient  # noqa: E402
from sdar_trl.envs.search_qa.env import SearchQAEnv, load_search_r1_parquet  # noqa: E402
from sdar_trl.envs.search_qa.index import BM25Index, load_corpus  # noqa: E402
from sdar_trl.envs.search_qa.server import RetrieverServer  # noqa: E402
from sdar_trl_examples.tiny_model import build_tiny_tokenizer  # noqa: E402


DATA = Path(__file__).resolve().parents[3] / "src" / "sdar_trl" / "data" / "search_qa"


@pytest.fixture(scope="module")
def client():
    with RetrieverServer(BM25Index(load_corpus(DATA / "corpus.jsonl"))) as server:
        yield RetrieverClient(server.url)


def rows(family):
    return [json.loads(line) for line in open(DATA / "train.jsonl") if json.loads(line)["task_type"] == family]


def test_bundled_data_sizes_and_families():
    corpus = load_corpus(DATA / "corpus.jsonl")
    assert len(corpus) >= 1000
    families = {json.loads(line)["task_type"] for line in open(DATA / "train.jsonl")}
    assert families == {"direct_retrieval", "entity_attribute_lookup", "multi_hop_reasoning", "compare"}


def test_scripted_agent_searches_twice_and_answers_a_multi_hop_question(client):
    question = rows("multi_hop_reasoning")[0]
    tokenizer = build_tiny_tokenizer()
    seen = []

    def agent(prompts):
        text = tokenizer.decode(prompts[0])
        seen.append(text)
        step = len(seen) - 1
        if step == 0:
            reply = f"<think>first hop</think><search>{question['expert_queries'][0]}</search>"
        elif step == 1:
            # the bridge entity comes from the documents the first search returned
            assert question["expert_queries"][1] in text
            reply = f"<think>second hop</think><search>{question['expert_queries'][1]}</search>"
        else:
            assert question["golden_answers"][0] in text
            reply = f"<think>found</think><answer>{question['golden_answers'][0]}</answer>"
        return [tokenizer(reply, add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id]]

    engine = RolloutEngine(tokenizer, SEARCH_FORMAT, RolloutConfig(layout="step", max_turns=4, history_window=4))
    (episode,), _ = engine.run([question], lambda: SearchQAEnv(client), agent)
    assert episode.won and len(episode.turns) == 3 and episode_return(episode, 0.01) == 1.0
    # the environment's episode metrics come back on the episode: a right answer has F1 1, after two searches
    assert episode.metrics == {"f1": 1.0, "searches": 2.0, "search_errors": 0.0}
    assert episode.turns[0].observation.text.startswith("<information>Doc 1: ")
    assert episode.turns[0].observation.text.count("Doc ") == 3


def test_wrong_answer_invalid_text_and_a_failed_search(client):
    question = rows("direct_retrieval")[0]
    env = SearchQAEnv(client)
    env.reset(question)
    assert env.step("gibberish").observation.text.startswith("Invalid action")
    wrong = env.step("answer: nobody")
    assert (wrong.reward, wrong.done, wrong.won) == (0.0, True, False)
    assert env.episode_metrics() == {"f1": 0.0, "searches": 0.0, "search_errors": 0.0}
    down = SearchQAEnv(RetrieverClient("http://127.0.0.1:9", retries=0, timeout=0.5))
    down.reset(question)
    result = down.step("search: anything")
    assert result.observation.text.startswith("The search failed") and not result.done
    assert down.episode_metrics() == {"f1": 0.0, "searches": 1.0, "search_errors": 1.0}


def test_search_r1_parquet_loader(tmp_path):
    import pandas as pd

    pd.DataFrame({"question": ["who?"], "golden_answers": [["Ann", "Anne"]], "data_source": ["nq"]}).to_parquet(
        tmp_path / "train.parquet"
    )
    assert load_search_r1_parquet(str(tmp_path / "train.parquet")) == [
        {"question": "who?", "golden_answers": ["Ann", "Anne"], "data_source": "nq"}
    ]
