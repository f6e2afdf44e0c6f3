"""`SDARConfig`: `trl.GRPOConfig` plus the fields of the SDAR distillation term."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Literal, get_args

from trl import GRPOConfig

from .agent.collate import StepStats
from .agent.engine import Layout
from .losses import ESTIMATORS, GATE_KINDS, Estimator, GateKind
from .preemption import preemption_signal
from .skills.library import resolve_skills_dir
from .skills.retrieval import RETRIEVALS, RetrievalName
from .teacher.prompt import OFFICIAL_CONTEXT_TEMPLATE


Divergence = Literal["reverse_kl", "forward_kl", "jsd"]
Placement = Literal["prefix", "system"]
TeacherWeights = Literal["live", "initial", "ema"]
TeacherLogprobs = Literal["trainer", "vllm"]
Method = Literal["sdar", "grpo", "grpo_opsd", "opsd_only", "skill_grpo", "skill_sd", "rlsd"]
MinibatchPartition = Literal["even", "official"]
DIVERGENCES: tuple[str, ...] = get_args(Divergence)
PLACEMENTS: tuple[str, ...] = get_args(Placement)
TEACHER_WEIGHTS: tuple[str, ...] = get_args(TeacherWeights)
TEACHER_LOGPROBS: tuple[str, ...] = get_args(TeacherLogprobs)
AGENT_LAYOUTS: tuple[str, ...] = get_args(Layout)
STEP_ADVANTAGE_STATS: tuple[str, ...] = get_args(StepStats)
MINIBATCH_PARTITIONS: tuple[str, ...] = get_args(MinibatchPartition)
# The paper's baselines as settings of the one SDAR code path (docs/parity.md, "Baselines").
BASELINES: dict[str, dict[str, object]] = {
    "sdar": {},
    "grpo": {"sdar_coef": 0.0},
    "grpo_opsd": {"gate_sharpness": 0.0},
    "opsd_only": {"policy_loss_coef": 0.0},
    "skill_grpo": {"sdar_coef": 0.0, "privileged_context_to_student": True},
    "skill_sd": {"sdar_coef": 0.0, "skill_sd_coef": 0.001},
    "rlsd": {"sdar_coef": 0.0, "rlsd_coef": 0.5},
}
METHODS: tuple[str, ...] = get_args(Method)


@dataclass
class SDARConfig(GRPOConfig):
    r"""
    Configuration class for [`SDARTrainer`].

    Every [`~trl.GRPOConfig`] parameter keeps its meaning (in particular `beta` is still TRL's KL coefficient to the
    reference model). Only the parameters specific to SDAR are listed here; see [`~trl.GRPOConfig`] for the rest.

    Parameters:
        > Parameters that control the SDAR distillation term

        sdar_coef (`float`, *optional*, defaults to `0.01`):
            Coefficient λ of the gated self-distillation term added to the GRPO loss, `L = c·L_GRPO + λ·L_SDAR`. The
            paper uses 0.01 for every task and model. `0.0` turns the teacher pass off and gives plain GRPO.
        sdar_gate (`Literal["gap", "entropy", "soft_or", "none"]`, *optional*, defaults to `"gap"`):
            Token gate of the distillation term. `"gap"`: `sigmoid(β·(lp_T − lp_S))` (official). `"entropy"`:
            `sigmoid(β·(H − H̄))` with H̄ the mean student entropy of the batch. `"soft_or"`: `1 − (1 − g_gap)(1 −
            g_entropy)`. `"none"`: a constant gate of 1.
        gate_sharpness (`float`, *optional*, defaults to `5.0`):
            Sharpness β of the sigmoid gate. `0.0` makes the gap gate the constant 0.5 (the GRPO+OPSD baseline).
        sdar_estimator (`Literal["sdar", "reinforce"]`, *optional*, defaults to `"sdar"`):
            Gradient estimator for the reverse KL on sampled tokens. `"sdar"`: the official gate-weighted likelihood
            form `g·(lp_T − lp_S)`. `"reinforce"`: the score-function estimator `g·sg(lp_S − lp_T)·lp_S`.
        sdar_divergence (`Literal["reverse_kl", "forward_kl", "jsd"]`, *optional*, defaults to `"reverse_kl"`):
            Divergence distilled per token. `"reverse_kl"` works on the sampled tokens (official). `"forward_kl"` and
            `"jsd"` compare the full next-token distributions, computed in vocabulary tiles from the hidden states so
            that `batch × length × vocab` logits never exist.
        teacher_weights (`Literal["live", "initial", "ema"]`, *optional*, defaults to `"live"`):
            Weights of the teacher pass. `"live"`: the policy itself at rollout time (official). `"initial"`: a frozen
            copy of the starting policy. `"ema"`: an exponential moving average of the policy, updated after every
            trainer step. The last two are this project's extension, for when the teacher's reading of the skills
            erodes as the shared weights train; they hold a second copy of the weights (not with ZeRO-3, FSDP or
            PEFT).
        teacher_prefix_sharing (`bool`, *optional*, defaults to `True`):
            Walk the teacher rows of a batch as a prefix trie: each segment rows share (the block and prompt of a
            group; in the step layout the block, chat template and task of an episode's steps) is forwarded once and
            its key/value cache reused (`sdar_trl.teacher.prefix`); the log-probs are the plain pass's up to rounding.
            Full-vocabulary divergences always use the plain pass.
        teacher_logprobs (`Literal["trainer", "vllm"]`, *optional*, defaults to `"trainer"`):
            Where the teacher's log-probs come from. `"trainer"`: a no-grad forward of the training model. `"vllm"`:
            the vLLM engine that generated the rollout (`use_vllm=True`; server mode through TRL's
            `VLLMClient.get_sequence_logprobs`, colocate mode through `prompt_logprobs`), with the weights TRL synced
            for it; live teacher and reverse KL only, no sleep mode or tensor parallelism in colocate mode.
        teacher_ema_decay (`float`, *optional*, defaults to `0.99`):
            Decay d of the EMA teacher: `θ_T ← d·θ_T + (1 − d)·θ` after every trainer step.
        policy_loss_coef (`float`, *optional*, defaults to `1.0`):
            Coefficient c of TRL's GRPO loss (policy term, KL to the reference and entropy bonus). `0.0` with
            `sdar_coef > 0` gives the "OPSD only" baseline.

        > Parameters of the teacher-based baselines (Skill-SD, RLSD; use them with `sdar_coef=0.0`)

        skill_sd_coef (`float`, *optional*, defaults to `0.0`):
            Coefficient λ_sdl of the Skill-SD term (official `use_sdl_loss`), the token mean of `ρ_t·k3_t` with
            `ℓ_t = lp_S − sg(lp_T)`, `k3_t = exp(min(−ℓ_t, 20)) − 1 + ℓ_t` and `ρ_t = exp(min(lp_S − lp_old, 10))`
            (not detached). Every official script uses `0.001`. `0.0` turns the term off.
        rlsd_coef (`float`, *optional*, defaults to `0.0`):
            Initial weight λ0 of RLSD, which reweights each token's GRPO advantage by the teacher's gap instead of
            adding a loss term: `Â_t = A·((1 − λ_k) + λ_k·clip(exp(sign(A)·sg(lp_T − lp_old)), 1 − ε, 1 + ε))`.
            Official: `0.5`. `0.0` turns RLSD off.
        rlsd_decay_steps (`int`, *optional*, defaults to `100`):
            Rollouts K over which RLSD's weight decays linearly, `λ_k = λ0·(1 − k/K)` for the k-th rollout (from 1),
            then 0.
        rlsd_clip (`float`, *optional*, defaults to `0.2`):
            Clip range ε of RLSD's token weight.

        > Parameters that control the privileged context

        privileged_context_column (`str`, *optional*, defaults to `"privileged_context"`):
            Dataset column holding, for each row, the privileged text (e.g. retrieved skills) shown to the teacher.
        teacher_context_template (`str`, *optional*, defaults to `"[Privileged Skill Information]\n{context}\n\n"`):
            Template of the privileged block; must contain `{context}`. The default is the official SDAR prefix.
        teacher_context_placement (`Literal["prefix", "system"]`, *optional*, defaults to `"prefix"`):
            Where the privileged block goes. `"prefix"`: its tokens are inserted before the chat-templated prompt
            (after a leading BOS token, if any), as in the official code. `"system"`: it is prepended to the system
            message (one is created when the prompt has none); needs conversational prompts.
        privileged_context_to_student (`bool`, *optional*, defaults to `False`):
            Show the privileged block to the student (generation and loss) instead of to a teacher: the Skill-GRPO
            baseline. The block opens the (last) user message, after the chat template's user header, as the official
            Skill-GRPO places it (with `teacher_context_placement="system"`: the system message). Requires
            `sdar_coef=0.0`, since the teacher would then see exactly what the student sees.
        teacher_max_prompt_length (`int`, *optional*):
            Token budget of the teacher prompt (privileged block included). The block is never cut: when the budget
            is exceeded, the oldest tokens of the student's prompt are dropped instead (counted in
            `skills/teacher_truncated_ratio`). Prefix placement only. `None`: no budget.

        > Parameters that control skill retrieval (used instead of the privileged-context column when set)

        skills_dir (`str`, *optional*):
            Skill library: an SDAR folder (`skill_mapping.json` + Markdown files), a SkillRL `.json` file, or
            `"bundled:<name>"` for one shipped with the package (`alfworld`, `search`, `webshop`). When set, the
            teacher's privileged text is retrieved per row from the library.
        skill_retrieval (`str`, *optional*, defaults to `"official"`):
            Retrieval strategy, one of `sdar_trl.skills.RETRIEVALS` (see `sdar_trl.skills.retrieval`). `"official"`
            routes as the official SDAR code does for the library's environment: ALFWorld by game path, Search-QA by
            `data_source`, WebShop by keywords. `"general"`: the general skills alone, what the teacher saw on
            ALFWorld and WebShop in the official code the paper's numbers come from (its initial commit, before the
            game-path and keyword routing of PR #36). The others are ours: `"task_type"`, `"keyword"`, `"full"`,
            `"random"`, `"ucb"`.
        task_type_column (`str`, *optional*, defaults to `"task_type"`):
            Column with each row's task type (an ALFWorld game path works); when absent, `data_source` is used.
        task_text_column (`str`, *optional*):
            Column with the task text keywords are matched in. `None`: the last user message of the prompt.
        skill_random_k (`int`, *optional*, defaults to `1`):
            Number of task skills drawn by `"random"` retrieval.
        ucb_exploration (`float`, *optional*, defaults to `1.0`):
            Exploration constant c of `"ucb"` retrieval, in reward units.

        > Parameters that control multi-turn agent training (used when the trainer gets an `env`)

        agent_layout (`Literal["episode", "step"]`, *optional*, defaults to `"step"`):
            Training rows. `"step"`: one row per environment step with a prompt rebuilt from the task and the history
            window (official SDAR / verl-agent). `"episode"`: one row per episode, turns concatenated, observation
            tokens masked out of the loss (TRL's multi-turn format).
        max_turns (`int`, *optional*, defaults to `50`):
            Maximum environment steps per episode (paper: ALFWorld 50, WebShop 15, Search-QA 4).
        history_window (`int`, *optional*, defaults to `2`):
            Past (observation, action) pairs shown in the step prompt (paper: 2, 2, 4).
        agent_max_prompt_length (`int`, *optional*, defaults to `2048`):
            Token budget of one turn's prompt. Step layout: the history window shrinks, then the oldest tokens go.
            Episode layout: the episode ends (`context_limit`) when the conversation outgrows it.
        invalid_action_penalty (`float`, *optional*):
            Invalid-action penalty. Step layout (official): subtracted from the score of each step row whose own
            action was invalid. Episode layout: subtracted from the episode's return once per invalid step. `None`:
            the agent format's (0.1 for actions, 0.01 for search).
        max_live_episodes (`int`, *optional*):
            At most this many episodes of a process generate together; when one ends, a waiting episode takes its
            slot, so the generation batch stays full while episodes end at different turns. `None`: every episode
            of the generation batch at once, in lockstep.
        env_step_timeout (`float`, *optional*, defaults to `60.0`):
            Seconds an environment may take for `reset` or `step` before its episode ends as `env_timeout`.
        env_workers (`int`, *optional*, defaults to `0`):
            `0`: environments run in the trainer's process, one call at a time. `N > 0`: each environment runs in a
            child process of its own (kept for later episodes) and up to `N` of their calls run at once; for
            environments whose calls cost as much as generation (ALFWorld: about a second per reset). Set it to the
            cores free while the model waits for the environments. The environment factory must pickle.
        step_advantage_stats (`Literal["steps", "episodes"]`, *optional*, defaults to `"steps"`):
            Step layout: each step row's score is its episode's reward minus the penalty if its own action was
            invalid; advantages are `(score − mean) / (std + 1e-6)` with the group's mean and std over all its step
            rows (`"steps"`, official) or over one score per episode, its first step's (`"episodes"`, official
            `compute_mean_std_cross_steps=False`). A group with a single score gets mean 0 and std 1, as officially.
        rows_per_optimizer_step (`int`, *optional*):
            Agent mode: training rows over all processes per optimizer step, the official `ppo_mini_batch_size`
            (officially 256 for ALFWorld and Search-QA, 64 for WebShop). Each rollout's rows are then split into
            `ceil(rows / rows_per_optimizer_step)` optimizer steps (one PPO epoch, clipping active from the second),
            the same count on every process, cut as `minibatch_partition` says; one trainer step is one rollout.
            Needs `gradient_accumulation_steps=1`, `steps_per_generation=1` and `num_iterations=1`. `None`: TRL's
            schedule (`steps_per_generation / gradient_accumulation_steps` optimizer steps per rollout).
        minibatch_partition (`Literal["even", "official"]`, *optional*, defaults to `"even"`):
            How `rows_per_optimizer_step` cuts a rollout into mini-batches. `"even"`: the rows are shuffled and split
            into `ceil(rows / rows_per_optimizer_step)` mini-batches whose sizes differ by at most one row, each a
            full loss. `"official"`: as verl (one PPO epoch, `actor.shuffle: False`): each process cuts its rows, in
            rollout order, into mini-batches of `rows_per_optimizer_step / num_processes` rows (a multiple of the
            process count is required), the last one possibly smaller; a mini-batch's loss is weighted by its number
            of micro-batches of `per_device_train_batch_size` rows divided by a full mini-batch's, so a last partial
            mini-batch weighs less, as verl's division of each micro-batch loss by the gradient accumulation does.

        > Parameters that control preemption

        save_on_preemption (`bool`, *optional*, defaults to `False`):
            On `preemption_signal`, every process finishes the optimizer step under way, the run saves a checkpoint
            (whatever `save_strategy` says) and the process exits with code 0, saying how to resume. Under several
            processes they all stop after the same step. For the signal a scheduler sends before it kills a job;
            under `torchrun`/`accelerate launch` the launcher forwards it to every process and kills them
            `--shutdown_timeout` seconds later (30 by default): raise it to cover a step and a save.
        preemption_signal (`str`, *optional*, defaults to `"SIGTERM"`):
            The signal `save_on_preemption` acts on, e.g. `"SIGUSR1"` with SLURM's `--signal=USR1@120` (launchers
            forward it when listed in `torchrun --signals_to_handle`).
    """

    sdar_coef: float = field(
        default=0.01,
        metadata={"help": "Coefficient λ of the gated self-distillation term. 0.0 gives plain GRPO."},
    )
    sdar_gate: GateKind = field(
        default="gap",
        metadata={"help": "Token gate of the distillation term: gap (official), entropy, soft_or or none."},
    )
    gate_sharpness: float = field(
        default=5.0,
        metadata={"help": "Sharpness β of the sigmoid gate. 0.0 gives the constant gate 0.5 (GRPO+OPSD)."},
    )
    sdar_estimator: Estimator = field(
        default="sdar",
        metadata={"help": "Reverse-KL gradient estimator: sdar (official gate-weighted likelihood) or reinforce."},
    )
    sdar_divergence: Divergence = field(
        default="reverse_kl",
        metadata={
            "help": "Divergence: reverse_kl on sampled tokens (official), forward_kl or jsd over the vocabulary."
        },
    )
    teacher_weights: TeacherWeights = field(
        default="live",
        metadata={"help": "Teacher weights: live (official, the policy), initial (frozen start) or ema (ours)."},
    )
    teacher_ema_decay: float = field(default=0.99, metadata={"help": "Decay of the EMA teacher's weights."})
    teacher_logprobs: TeacherLogprobs = field(
        default="trainer", metadata={"help": "Teacher log-probs from the trainer's forward or from vLLM."}
    )
    teacher_prefix_sharing: bool = field(
        default=True, metadata={"help": "Forward each shared teacher prefix once and reuse its key/value cache."}
    )
    policy_loss_coef: float = field(
        default=1.0,
        metadata={"help": "Coefficient of TRL's GRPO loss. 0.0 with sdar_coef > 0 gives the 'OPSD only' baseline."},
    )
    skill_sd_coef: float = field(
        default=0.0,
        metadata={"help": "Coefficient of the Skill-SD baseline's importance-weighted k3 term (official 0.001)."},
    )
    rlsd_coef: float = field(
        default=0.0,
        metadata={"help": "Initial weight λ0 of the RLSD baseline's advantage reweighting (official 0.5)."},
    )
    rlsd_decay_steps: int = field(default=100, metadata={"help": "Rollouts over which RLSD's weight decays to 0."})
    rlsd_clip: float = field(default=0.2, metadata={"help": "Clip range ε of RLSD's token weight."})
    privileged_context_column: str = field(
        default="privileged_context",
        metadata={"help": "Dataset column with the privileged text shown to the teacher."},
    )
    teacher_context_template: str = field(
        default=OFFICIAL_CONTEXT_TEMPLATE,
        metadata={"help": "Template of the privileged block; must contain '{context}'."},
    )
    teacher_context_placement: Placement = field(
        default="prefix",
        metadata={"help": "Where the privileged block goes: prefix (official) or system (in the system message)."},
    )
    privileged_context_to_student: bool = field(
        default=False,
        metadata={"help": "Show the privileged block to the student instead (the Skill-GRPO baseline)."},
    )

    teacher_max_prompt_length: int | None = field(
        default=None,
        metadata={"help": "Token budget of the teacher prompt; the privileged block is never cut (prefix only)."},
    )
    skills_dir: str | None = field(
        default=None,
        metadata={"help": "Skill library (SDAR folder or SkillRL .json) to retrieve the teacher's text from."},
    )
    skill_retrieval: RetrievalName = field(
        default="official",
        metadata={
            "help": "Skill retrieval strategy: official (the official SDAR routing of the library's "
            "environment), general (the general skills alone: the paper-era ALFWorld and WebShop teacher), or "
            "ours: task_type, keyword, full, random or ucb."
        },
    )
    task_type_column: str = field(
        default="task_type",
        metadata={"help": "Column with each row's task type; `data_source` is used when it is absent."},
    )
    task_text_column: str | None = field(
        default=None,
        metadata={"help": "Column with the task text for keyword matching (default: the last user message)."},
    )
    skill_random_k: int = field(default=1, metadata={"help": "Task skills drawn by random retrieval."})
    ucb_exploration: float = field(default=1.0, metadata={"help": "Exploration constant c of UCB retrieval."})

    agent_layout: Layout = field(
        default="step", metadata={"help": "Agent training rows: step (official) or episode (TRL multi-turn)."}
    )
    max_turns: int = field(default=50, metadata={"help": "Maximum environment steps per episode."})
    history_window: int = field(default=2, metadata={"help": "Past (observation, action) pairs in the step prompt."})
    agent_max_prompt_length: int = field(default=2048, metadata={"help": "Token budget of one turn's prompt."})
    invalid_action_penalty: float | None = field(
        default=None, metadata={"help": "Reward subtracted per invalid step (default: the agent format's)."}
    )
    max_live_episodes: int | None = field(
        default=None, metadata={"help": "Episodes generating together per process; finished slots are refilled."}
    )
    env_step_timeout: float = field(default=60.0, metadata={"help": "Seconds allowed for one reset or step."})
    env_workers: int = field(
        default=0,
        metadata={"help": "0: environments in the trainer's process; N: each in a process of its own, N at once."},
    )
    step_advantage_stats: StepStats = field(
        default="steps", metadata={"help": "Step layout advantage statistics: over steps (official) or episodes."}
    )
    rows_per_optimizer_step: int | None = field(
        default=None,
        metadata={"help": "Agent mode: rows per optimizer step over all processes (official ppo_mini_batch_size)."},
    )
    minibatch_partition: MinibatchPartition = field(
        default="even",
        metadata={
            "help": "How rows_per_optimizer_step cuts a rollout: even (shuffled, equal sizes) or official (in order, "
            "fixed size, a last partial mini-batch weighted by its micro-batches)."
        },
    )

    save_on_preemption: bool = field(
        default=False,
        metadata={"help": "On preemption_signal: finish the optimizer step, save a checkpoint and exit 0."},
    )
    preemption_signal: str = field(
        default="SIGTERM", metadata={"help": "Signal save_on_preemption acts on (SIGTERM, or e.g. SIGUSR1 for SLURM)."}
    )

    def __post_init__(self):
        # Checked before GRPOConfig.__post_init__ so that a bad SDAR value is reported first and cheaply.
        _check_sdar_fields(self)
        super().__post_init__()

    @property
    def uses_teacher(self) -> bool:
        """Whether the trainer needs the teacher pass (and so the privileged-context column): SDAR, Skill-SD or
        RLSD is on."""
        return self.sdar_coef > 0.0 or self.skill_sd_coef > 0.0 or self.rlsd_coef > 0.0


def _check_sdar_fields(args: SDARConfig) -> None:
    def choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
        if value not in allowed:
            raise ValueError(f"`{name}={value!r}` is not supported; set it to one of {list(allowed)}.")

    if args.sdar_coef < 0:
        raise ValueError(f"`sdar_coef` must be >= 0 (got {args.sdar_coef}); set 0.0 to train plain GRPO.")
    if args.gate_sharpness < 0:
        raise ValueError(
            f"`gate_sharpness` must be >= 0 (got {args.gate_sharpness}); set 0.0 for a constant gate of 0.5."
        )
    if args.policy_loss_coef < 0:
        raise ValueError(f"`policy_loss_coef` must be >= 0 (got {args.policy_loss_coef}).")
    if args.policy_loss_coef == 0 and args.sdar_coef == 0 and args.skill_sd_coef == 0:
        raise ValueError(
            "`policy_loss_coef=0.0` and `sdar_coef=0.0` leave nothing to train; set `sdar_coef > 0` for the OPSD-only "
            "baseline or `policy_loss_coef=1.0` for GRPO."
        )
    for name in ("skill_sd_coef", "rlsd_coef", "rlsd_clip"):
        if getattr(args, name) < 0:
            raise ValueError(f"`{name}` must be >= 0 (got {getattr(args, name)}).")
    if args.rlsd_coef > 1:
        raise ValueError(f"`rlsd_coef` must be in [0, 1] (got {args.rlsd_coef}); the official value is 0.5.")
    if args.rlsd_decay_steps < 1:
        raise ValueError(f"`rlsd_decay_steps` must be >= 1 (got {args.rlsd_decay_steps}).")
    if args.rows_per_optimizer_step is not None:
        if args.rows_per_optimizer_step < 1:
            raise ValueError(f"`rows_per_optimizer_step` must be >= 1 (got {args.rows_per_optimizer_step}).")
        for name in ("gradient_accumulation_steps", "steps_per_generation", "num_iterations"):
            value = getattr(args, name)
            if value not in (None, 1):
                raise ValueError(
                    f"`rows_per_optimizer_step` sets the optimizer steps of each rollout itself; set `{name}=1` "
                    f"(got {value})."
                )
    choice("minibatch_partition", args.minibatch_partition, MINIBATCH_PARTITIONS)
    if args.minibatch_partition != "even" and args.rows_per_optimizer_step is None:
        raise ValueError(
            f"`minibatch_partition={args.minibatch_partition!r}` cuts the rollout into `rows_per_optimizer_step` "
            "rows per optimizer step; set `rows_per_optimizer_step` (the official `ppo_mini_batch_size`) too."
        )
    choice("sdar_gate", args.sdar_gate, GATE_KINDS)
    choice("sdar_estimator", args.sdar_estimator, ESTIMATORS)
    choice("sdar_divergence", args.sdar_divergence, DIVERGENCES)
    choice("teacher_context_placement", args.teacher_context_placement, PLACEMENTS)
    choice("teacher_weights", args.teacher_weights, TEACHER_WEIGHTS)
    choice("teacher_logprobs", args.teacher_logprobs, TEACHER_LOGPROBS)
    if args.teacher_logprobs == "vllm":
        reasons = {
            "use_vllm=True": args.use_vllm,
            "teacher_weights='live'": args.teacher_weights == "live",
            "sdar_divergence='reverse_kl'": args.sdar_divergence == "reverse_kl",
            "vllm_enable_sleep_mode=False": args.vllm_mode == "server" or not args.vllm_enable_sleep_mode,
            "vllm_tensor_parallel_size=1": args.vllm_mode == "server" or args.vllm_tensor_parallel_size == 1,
        }
        for needed, ok in reasons.items():
            if not ok:
                raise ValueError(f"`teacher_logprobs='vllm'` needs `{needed}`; or set `teacher_logprobs='trainer'`.")
    if not 0.0 <= args.teacher_ema_decay < 1.0:
        raise ValueError(f"`teacher_ema_decay` must be in [0, 1) (got {args.teacher_ema_decay}).")
    if args.sdar_divergence != "reverse_kl" and args.sdar_estimator != "sdar":
        raise ValueError(
            f"`sdar_estimator={args.sdar_estimator!r}` only applies to `sdar_divergence='reverse_kl'`; "
            f"keep `sdar_estimator='sdar'` with `sdar_divergence={args.sdar_divergence!r}`."
        )
    if "{context}" not in args.teacher_context_template:
        raise ValueError(
            "`teacher_context_template` must contain '{context}' (the official one is "
            f"{OFFICIAL_CONTEXT_TEMPLATE!r})."
        )
    if not args.privileged_context_column:
        raise ValueError("`privileged_context_column` must name a dataset column.")
    choice("skill_retrieval", args.skill_retrieval, RETRIEVALS)
    # `bundled:<name>` names a library shipped with the package (an unknown name raises, listing the bundled ones).
    if args.skills_dir is not None and not os.path.exists(resolve_skills_dir(args.skills_dir)):
        raise ValueError(f"`skills_dir={args.skills_dir!r}` does not exist; point it at a skill folder or .json file.")
    if args.skill_random_k < 1:
        raise ValueError(f"`skill_random_k` must be >= 1 (got {args.skill_random_k}).")
    if args.ucb_exploration < 0:
        raise ValueError(f"`ucb_exploration` must be >= 0 (got {args.ucb_exploration}).")
    if args.teacher_max_prompt_length is not None:
        if args.teacher_max_prompt_length < 1:
            raise ValueError(f"`teacher_max_prompt_length` must be >= 1 (got {args.teacher_max_prompt_length}).")
        if args.teacher_context_placement != "prefix":
            raise ValueError(
                "`teacher_max_prompt_length` works with `teacher_context_placement='prefix'`; unset it or use prefix."
            )
    choice("agent_layout", args.agent_layout, AGENT_LAYOUTS)
    choice("step_advantage_stats", args.step_advantage_stats, STEP_ADVANTAGE_STATS)
    for name in ("max_turns", "agent_max_prompt_length"):
        if getattr(args, name) < 1:
            raise ValueError(f"`{name}` must be >= 1 (got {getattr(args, name)}).")
    if args.history_window < 0:
        raise ValueError(f"`history_window` must be >= 0 (got {args.history_window}).")
    if args.max_live_episodes is not None and args.max_live_episodes < 1:
        raise ValueError(f"`max_live_episodes` must be >= 1 (got {args.max_live_episodes}).")
    if args.env_step_timeout <= 0:
        raise ValueError(f"`env_step_timeout` must be > 0 seconds (got {args.env_step_timeout}).")
    if args.env_workers < 0:
        raise ValueError(f"`env_workers` must be >= 0 (got {args.env_workers}).")
    if args.invalid_action_penalty is not None and args.invalid_action_penalty < 0:
        raise ValueError(f"`invalid_action_penalty` must be >= 0 (got {args.invalid_action_penalty}).")
    if args.save_on_preemption:
        preemption_signal(args.preemption_signal)  # raises, naming the field, for a signal that cannot be caught
    if args.privileged_context_to_student and args.uses_teacher:
        raise ValueError(
            "`privileged_context_to_student=True` (Skill-GRPO) shows the context to the student, so a teacher would "
            "see the same prompt; set `sdar_coef=0.0`, `skill_sd_coef=0.0` and `rlsd_coef=0.0`."
        )


def apply_baseline(args: SDARConfig, method: str) -> SDARConfig:
    """Set the fields of baseline ``method`` (a key of `BASELINES`) on ``args`` and check the result."""
    if method not in BASELINES:
        raise ValueError(f"Unknown method {method!r}; choose one of {list(BASELINES)}.")
    for name, value in BASELINES[method].items():
        setattr(args, name, value)
    _check_sdar_fields(args)
    return args
