"""The model card a run writes: the model it started from, named, and a quick start that loads the run."""

from datasets import Dataset
from huggingface_hub import ModelCard

from sdar_trl import SDARConfig, SDARTrainer
from sdar_trl.model_card import build_model_card, describe_base_model
from sdar_trl_examples.bundled import bundled_path


PAPER = {"title": "SDAR", "id": "2605.15155", "citation": "@article{sdar}"}


def test_a_run_from_the_bundled_warm_start_names_it_and_loads_its_own_folder(tmp_path):
    # The examples' embedded default: the model is a folder inside the package, and the run is not pushed.
    warm_start = bundled_path("models", "alfworld_search")
    dataset = Dataset.from_dict(
        {
            "prompt": [
                [{"role": "user", "content": f"Your task is to: put egg {i} in countertop 1."}] for i in range(4)
            ],
            "privileged_context": ["The egg is usually found at the fridge."] * 4,
        }
    )
    output_dir = str(tmp_path / "run")
    args = SDARConfig(
        output_dir=output_dir,
        use_cpu=True,
        report_to=[],
        per_device_train_batch_size=4,
        num_generations=4,
        max_completion_length=4,
        max_steps=1,
        save_steps=1,
        seed=7,
    )
    trainer = SDARTrainer(
        model=str(warm_start),
        reward_funcs=lambda completions, **kwargs: [float(i) for i in range(len(completions))],
        args=args,
        train_dataset=dataset,
    )
    trainer.train()  # the checkpoint at step 1 writes the card, as every save does

    text = (tmp_path / "run" / "README.md").read_text()
    assert "None" not in text
    assert "the bundled warm start `alfworld_search`" in text
    assert "`python scripts/alfworld/make_warm_start.py`" in text  # the command its warm_start.json records
    assert f'pipeline("text-generation", model="{output_dir}"' in text
    card = ModelCard.load(tmp_path / "run" / "README.md")
    assert card.data.base_model is None  # no hub id: the bundled model was built from scratch
    assert {"sdar", "trl"} <= set(card.data.tags)


def test_a_hub_model_is_linked_and_a_pushed_run_loads_its_hub_id():
    card = build_model_card(
        base_model="Qwen/Qwen2.5-3B-Instruct",
        model_name="sdar",
        output_dir="outputs/alfworld/sdar",
        hub_model_id="me/alfworld-sdar",
        tags=["sdar"],
        trainer_name="SDAR",
        paper=PAPER,
    )
    assert card.data.base_model == "Qwen/Qwen2.5-3B-Instruct"
    assert (
        "fine-tuned version of [Qwen/Qwen2.5-3B-Instruct](https://huggingface.co/Qwen/Qwen2.5-3B-Instruct)"
        in card.text
    )
    assert 'model="me/alfworld-sdar"' in card.text


def test_a_local_checkpoint_names_the_hub_model_its_own_card_records(tmp_path):
    # A run started from an earlier run's folder: the hub id comes from that folder's card.
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    build_model_card(
        base_model="Qwen/Qwen3-1.7B",
        model_name="earlier",
        output_dir=str(earlier),
        hub_model_id=None,
        tags=[],
        trainer_name="SDAR",
        paper=PAPER,
    ).save(earlier / "README.md")
    hub_id, text = describe_base_model(str(earlier))
    assert hub_id == "Qwen/Qwen3-1.7B"
    assert (
        text
        == f"the local model `{earlier}`, itself fine-tuned from [Qwen/Qwen3-1.7B](https://huggingface.co/Qwen/Qwen3-1.7B)"
    )
    assert describe_base_model(str(tmp_path)) == (None, f"the local model `{tmp_path}`")
    (earlier / "README.md").write_text("---\nbase_model: [unclosed\n---\n")  # a card whose metadata does not parse
    assert describe_base_model(str(earlier)) == (None, f"the local model `{earlier}`")
