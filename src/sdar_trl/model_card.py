"""The model card a run writes into its ``output_dir`` (TRL's shape), naming the model the run started from.

TRL's card links the base model as a hub id and loads the fine-tuned model by its hub id in the quick start; a run
that starts from a local folder (the examples' bundled warm starts, a model built on the spot, a checkpoint) and is
not pushed has neither, and TRL's card reads "a fine-tuned version of [None]" with ``pipeline(model="None")``. Here
a local starting model is named by what it is, with the hub id it descends from where its own card records one, and
the quick start loads the run's folder unless the run is pushed to the hub.
"""

from __future__ import annotations

import json
import os
from importlib.metadata import version
from pathlib import Path

import yaml
from huggingface_hub import ModelCard, ModelCardData
from transformers import is_wandb_available

from . import __version__


TEMPLATE = """\
---
{{ card_data }}
---

# Model Card for {{ model_name }}

This model is a fine-tuned version of {{ base_model_text }}.
It has been trained using [TRL](https://github.com/huggingface/trl) and sdar_trl.

## Quick start

```python
from transformers import pipeline

question = "If you could visit the past or the future once, never to return, which would you choose and why?"
generator = pipeline("text-generation", model="{{ model_location }}", device_map="auto")
output = generator([{"role": "user", "content": question}], max_new_tokens=128, return_full_text=False)[0]
print(output["generated_text"])
```

## Training procedure

{% if wandb_url %}[Visualize in Weights & Biases]({{ wandb_url }})
{% endif %}
This model was trained with {{ trainer_name }}, a method introduced in
[{{ paper_title }}](https://huggingface.co/papers/{{ paper_id }}).

### Framework versions

- sdar_trl: {{ sdar_trl_version }}
- TRL: {{ trl_version }}
- Transformers: {{ transformers_version }}
- Pytorch: {{ pytorch_version }}
- Datasets: {{ datasets_version }}
- Tokenizers: {{ tokenizers_version }}

## Citations

Cite {{ trainer_name }} as:

```bibtex
{{ trainer_citation }}
```
"""


def hub_id_of_local_model(folder: Path) -> str | None:
    """The hub id a local model folder descends from, as its own model card records it (``base_model``)."""
    card = folder / "README.md"
    if not card.is_file():
        return None
    try:
        base = ModelCard.load(card).data.base_model
    except yaml.YAMLError:  # a hand-written card with broken metadata must not stop a checkpoint's save
        return None
    return base[0] if isinstance(base, list) else base


def describe_base_model(name_or_path: str) -> tuple[str | None, str]:
    """``(hub id or None, Markdown naming the model)`` for the model a run started from (its config's
    ``_name_or_path``): a hub id as a link; the package's bundled warm start by its name and the command that made
    it; any other local folder by its path, with the hub id it descends from where its card records one."""
    if not name_or_path:
        return None, "a model built in the run"
    folder = Path(name_or_path)
    if not folder.is_dir():
        return name_or_path, f"[{name_or_path}](https://huggingface.co/{name_or_path})"
    provenance = folder / "warm_start.json"
    made_by = json.loads(provenance.read_text()).get("made_by") if provenance.is_file() else None
    where = folder.resolve()
    if made_by and where.parent.name == "models" and where.parent.parent.name == "data":
        # The examples' package ships its warm starts as `<package>/data/models/<name>`; the library names the package
        # from the path because it imports nothing from the examples' package.
        package = where.parent.parent.parent.name
        shipped = f"{package}/data/models/{folder.name}"
        text = f"the bundled warm start `{folder.name}`, shipped with sdar-trl in `{shipped}`"
    else:
        text = f"the local model `{name_or_path}`"
    if made_by:
        text += f" (made by `{made_by}`)"
    hub_id = hub_id_of_local_model(folder)
    if hub_id:
        text += f", itself fine-tuned from [{hub_id}](https://huggingface.co/{hub_id})"
    return hub_id, text


def build_model_card(
    *,
    base_model: str,
    model_name: str | None,
    output_dir: str,
    hub_model_id: str | None,
    tags: list[str],
    trainer_name: str,
    paper: dict[str, str],
    wandb_url: str | None = None,
    dataset_name: str | None = None,
) -> ModelCard:
    """The card of a run that started from ``base_model`` (a hub id or a local folder) and wrote ``output_dir``; the
    quick start loads ``hub_model_id`` when the run is pushed, else ``output_dir``."""
    hub_id, base_model_text = describe_base_model(base_model)
    card_data = ModelCardData(
        base_model=hub_id,
        datasets=dataset_name,
        library_name="transformers",
        model_name=model_name,
        tags=["generated_from_trainer", *tags],
    )
    return ModelCard.from_template(
        card_data,
        template_str=TEMPLATE,
        model_name=model_name or Path(output_dir).name,
        base_model_text=base_model_text,
        model_location=hub_model_id or output_dir,
        wandb_url=wandb_url,
        trainer_name=trainer_name,
        trainer_citation=paper["citation"],
        paper_title=paper["title"],
        paper_id=paper["id"],
        sdar_trl_version=__version__,
        trl_version=version("trl"),
        transformers_version=version("transformers"),
        pytorch_version=version("torch"),
        datasets_version=version("datasets"),
        tokenizers_version=version("tokenizers"),
    )


def write_model_card(trainer, model_name: str | None = None, dataset_name: str | None = None, tags=None) -> None:
    """`SDARTrainer.create_model_card`: write the card of ``trainer``'s run into its ``output_dir`` (main process)."""
    if not trainer.is_world_process_zero():
        return
    tags = {tags} if isinstance(tags, str) else set(tags or ())
    wandb_url = None
    if is_wandb_available():
        import wandb

        wandb_url = wandb.run.url if wandb.run is not None else None
    card = build_model_card(
        base_model=trainer.model.config._name_or_path,
        model_name=model_name,
        output_dir=trainer.args.output_dir,
        hub_model_id=trainer.hub_model_id,
        tags=sorted(tags | set(trainer._tag_names)),
        trainer_name=trainer._name,
        paper=trainer._paper,
        wandb_url=wandb_url,
        dataset_name=dataset_name,
    )
    card.save(os.path.join(trainer.args.output_dir, "README.md"))
