"""What the SDAR-family terms do during a run, measured through the trainer's public methods and changing nothing it
trains: the gap and gate on the decision token (the receptacle named by the first step's ``go to``), and the gradient
norms of the SDAR term and of the rest of the loss (GRPO's policy and KL terms).

The trainer keeps the student's log-probabilities of a batch to itself, so `DiagnosedTrainer` recomputes them from
the batch its `compute_loss` receives, with the same forward TRL's loss makes (the model's fused LM head at the
sampling temperature), before the optimizer step, so on the same weights. ``diag/sdar_loss_check`` repeats the
trainer's ``sdar/loss`` from that recomputation (a test holds them equal)."""

from __future__ import annotations

import math
import re


GO_TO = re.compile(r"<action>\s*go to ([a-z]+ \d+)\s*</action>")
TASK = re.compile(r"Task: put a (\w+) in/on")


def decision_position(tokenizer, prompt_ids: list[int], completion_ids: list[int]) -> tuple[str, str, int] | None:
    """``(object, chosen receptacle, token position)`` of a first-step row whose response names a ``go to``: the
    position of the receptacle's first token in the completion; None for any other row."""
    prompt = tokenizer.decode(prompt_ids)
    task = TASK.search(prompt)
    if task is None or "\nStep 1.\n" not in prompt:
        return None
    pieces = [tokenizer.decode([i]) for i in completion_ids]
    match = GO_TO.search("".join(pieces))
    if match is None:
        return None
    offset = 0
    for position, piece in enumerate(pieces):
        if offset + len(piece) > match.start(1):
            return task.group(1), match.group(1), position
        offset += len(piece)
    return None


def diagnosed_trainer_class():
    """`SDARTrainer` with `diagnostics` (step -> metrics), built lazily so that importing this module is light."""
    import torch

    from sdar_trl import SDARTrainer
    from sdar_trl.batching import loss_mask, split_rows
    from sdar_trl.losses import sdar_per_token_loss

    class DiagnosedTrainer(SDARTrainer):
        def __init__(self, *args, grad_every: int, true_priors: dict, run_priors: dict, **kwargs):
            super().__init__(*args, **kwargs)
            self.grad_every, self.true_priors, self.run_priors = grad_every, true_priors, run_priors
            self.diagnostics: dict[int, dict[str, float]] = {}
            self.last_batch: dict | None = None

        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            if model.training:
                self.last_batch = inputs
            return super().compute_loss(model, inputs, return_outputs, num_items_in_batch)

        def training_step(self, model, inputs, num_items_in_batch=None):
            loss = super().training_step(model, inputs, num_items_in_batch)
            # One micro-batch per optimizer step (the benchmark's setting): the gradients now hold exactly this
            # batch's loss, not yet clipped or applied.
            if (
                self.args.sdar_coef > 0.0
                and self.last_batch is not None
                and self.args.gradient_accumulation_steps == 1
            ):
                self.diagnostics[self.state.global_step + 1] = self.diagnose(model, self.last_batch)
            self.last_batch = None
            return loss

        def student_logps(self, model, batch: dict) -> torch.Tensor:
            """The completion tokens' log-probabilities as TRL's loss computes them."""
            prompt_ids, completion_ids = batch["prompt_ids"], batch["completion_ids"]
            input_ids = torch.cat([prompt_ids, completion_ids], dim=1)
            attention_mask = torch.cat([batch["prompt_mask"], batch["completion_mask"]], dim=1)
            keep = completion_ids.size(1)
            labels = input_ids.masked_fill(attention_mask == 0, -100)
            labels[:, :-keep] = -100
            out = model(input_ids=input_ids, attention_mask=attention_mask, labels=labels, fused_lm_head=True)
            return out.log_probs[:, -keep:]

        def sdar_terms(self, logps: torch.Tensor, batch: dict) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
            args = self.args
            return sdar_per_token_loss(
                logps,
                batch["teacher_per_token_logps"],
                loss_mask(batch),
                gate=args.sdar_gate,
                sharpness=args.gate_sharpness,
                estimator=args.sdar_estimator,
                mean_entropy=batch.get("mean_entropy"),
            )

        def diagnose(self, model, batch: dict) -> dict[str, float]:
            measure = self.state.global_step % self.grad_every == 0
            # The extra forward may draw random numbers (a dropout of p = 0 in training mode does): the run's
            # random stream is put back, so that its rollouts are those of a run without diagnostics.
            state = torch.get_rng_state()
            try:
                with torch.set_grad_enabled(measure):
                    logps = self.student_logps(model, batch)
                    per_token, gate, gap = self.sdar_terms(logps, batch)
            finally:
                torch.set_rng_state(state)
            metrics = self.decision_stats(batch, gap, gate)
            # The trainer logs `sdar/loss` per chunk of `per_device_train_batch_size` rows, averaged over the chunks.
            rows = batch["completion_ids"].size(0)
            chunks = split_rows(
                {"loss": per_token.detach(), "completion_ids": batch["completion_ids"], "mask": loss_mask(batch)},
                max(1, -(-rows // self.args.per_device_train_batch_size)),
            )
            means = [c["loss"].sum().item() / max(c["mask"].sum().item(), 1.0) for c in chunks]
            metrics["diag/sdar_loss_check"] = sum(means) / len(means)
            if measure:
                metrics.update(self.gradient_norms(model, batch, per_token))
            return metrics

        def gradient_norms(self, model, batch: dict, per_token: torch.Tensor) -> dict[str, float]:
            """‖∇ λ·L_SDAR‖, ‖∇ (the rest)‖ and their cosine: the whole loss's gradient is what backward left in the
            parameters; the SDAR term's comes from the recomputed term, scaled as the trainer scales it."""
            args = self.args
            params = [p for p in model.parameters() if p.requires_grad]
            normalizer = batch["num_items_in_batch"].clamp(min=1.0) / self.accelerator.num_processes
            normalizer = normalizer * self.current_gradient_accumulation_steps / args.steps_per_generation
            term = args.sdar_coef * per_token.sum() / normalizer
            grads = torch.autograd.grad(term, params, allow_unused=True)
            flat_term = torch.cat(
                [(g if g is not None else torch.zeros_like(p)).flatten() for g, p in zip(grads, params)]
            )
            flat_all = torch.cat([(p.grad if p.grad is not None else torch.zeros_like(p)).flatten() for p in params])
            flat_rest = flat_all - flat_term
            sdar, rest = flat_term.norm().item(), flat_rest.norm().item()
            cosine = torch.nn.functional.cosine_similarity(flat_term, flat_rest, dim=0).item()
            return {
                "diag/grad_norm_sdar": sdar,
                "diag/grad_norm_grpo": rest,
                "diag/grad_ratio_sdar_to_grpo": sdar / max(rest, 1e-12),
                "diag/grad_cosine": cosine if math.isfinite(cosine) else 0.0,
            }

        def decision_stats(self, batch: dict, gap: torch.Tensor, gate: torch.Tensor) -> dict[str, float]:
            """Gap and gate on the decision token (with a turn limit of 4 that choice decides the episode), split by
            whether it is the true home, the home the library states (wrong skills), or anything else."""
            tokenizer = self.processing_class
            mask = loss_mask(batch)
            groups: dict[str, list[tuple[float, float]]] = {"true_home": [], "stated_home": [], "other": []}
            for row in range(gap.size(0)):
                prompt_ids = batch["prompt_ids"][row][batch["prompt_mask"][row].bool()].tolist()
                completion = [i for i, m in zip(batch["completion_ids"][row].tolist(), mask[row].tolist()) if m]
                found = decision_position(tokenizer, prompt_ids, completion)
                if found is None:
                    continue
                obj, chosen, position = found
                value = (gap[row, position].item(), gate[row, position].item())
                if chosen == f"{self.true_priors[obj]} 1":
                    groups["true_home"].append(value)
                elif chosen == f"{self.run_priors[obj]} 1":
                    groups["stated_home"].append(value)
                else:
                    groups["other"].append(value)
            everything = [g for values in groups.values() for g in values]
            if not everything:
                return {}
            metrics = {
                "diag/decision_gap_mean": sum(g[0] for g in everything) / len(everything),
                "diag/decision_gate_mean": sum(g[1] for g in everything) / len(everything),
                "diag/decision_gate_active": sum(g[1] > 0.5 for g in everything) / len(everything),
            }
            for name, values in groups.items():
                if values:
                    metrics[f"diag/gap_{name}"] = sum(g[0] for g in values) / len(values)
                    metrics[f"diag/gate_{name}"] = sum(g[1] for g in values) / len(values)
                metrics[f"diag/share_{name}"] = len(values) / len(everything)
            return metrics

    return DiagnosedTrainer
