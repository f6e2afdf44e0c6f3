"""The batched multi-turn rollout engine.

Episodes advance in lockstep: at every turn the prompts of *all live episodes* of the process go to the generator in
one batched call (with `max_live_episodes`, at most that many, a finished episode's slot refilled by a waiting
one), each response is parsed into an action, and every environment steps (each under a timeout, on a worker
thread). Finished episodes drop out. With several processes, `sync_live` returns the number of live episodes
over all processes, so every process makes the same number of generation calls (an idle process passes an empty batch):
collective generation backends (vLLM server mode, ZeRO-3) never hang.

Environment calls run one at a time on a worker thread (engines such as TextWorld's are not thread-safe), each under
a timeout. With `env_workers` > 0 every environment runs in a child process of its own (`ProcessEnv`) and a turn's
calls (the resets, then each turn's steps) run `env_workers` at a time: for engines whose calls cost as much as
generation (ALFWorld's resets, about a second each). Faults end one episode and are counted, never the batch: an
environment that raises (`env_error`; a child process that dies too), exceeds `step_timeout` seconds (`env_timeout`;
the instance is abandoned with its stuck worker thread, or its child process is killed), or fails to reset
(`reset_error`). A conversation that would exceed `max_prompt_length` (episode layout) ends its episode with
`context_limit`; in the step layout the rebuilt prompt is shortened instead: the history window shrinks first, then
the oldest tokens go (`prompt_truncated`). Every episode comes back, with its `end_reason`.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Literal, get_args

from ..envs.process import ProcessEnv
from ..envs.protocol import Observation, ReportsMetrics, TextEnv
from .formats import AgentFormat, HistoryEntry, ParsedAction


logger = logging.getLogger(__name__)


Layout = Literal["episode", "step"]
EndReason = Literal["done", "max_turns", "env_error", "env_timeout", "reset_error", "context_limit"]
END_REASONS: tuple[str, ...] = get_args(EndReason)


@dataclass(frozen=True)
class ContextBlocks:
    """The privileged text an episode was given after its reset: ``teacher`` for the teacher's rows (None: no teacher
    pass), ``student`` opening the user message of the policy's own prompts (Skill-GRPO, evaluation with skills)."""

    teacher: str | None = None
    student: str = ""


@dataclass
class Turn:
    """One environment step: the prompt the model saw, its response, the parsed action and the outcome."""

    prompt_ids: list[int]
    response_ids: list[int]
    response_text: str
    action: ParsedAction
    observation: Observation
    env_reward: float
    prompt_truncated: bool = False
    info: Mapping[str, Any] = field(default_factory=dict)  # the environment's StepResult.info (e.g. a task score)
    # Episode layout: tokens of the observation turn that follows this response (kept in attention, not trained).
    observation_ids: list[int] = field(default_factory=list)


@dataclass
class Episode:
    """A whole episode; `index` is its position in the batch (groups of `num_generations` are consecutive)."""

    index: int
    row: Mapping[str, Any]
    first: Observation
    prompt_ids: list[int] = field(default_factory=list)  # episode layout: the initial conversation
    turns: list[Turn] = field(default_factory=list)
    context: ContextBlocks = field(default_factory=ContextBlocks)
    metrics: dict[str, float] = field(default_factory=dict)  # the environment's `episode_metrics()`, if it has any
    won: bool = False
    end_reason: EndReason | None = None
    error: str | None = None

    @property
    def done(self) -> bool:
        return self.end_reason is not None

    @property
    def invalid_steps(self) -> int:
        return sum(not t.action.valid for t in self.turns)

    @property
    def env_return(self) -> float:
        return sum(t.env_reward for t in self.turns)

    @property
    def score(self) -> float | None:
        """The task score the environment reported at the last step (e.g. WebShop's), if any."""
        return self.turns[-1].info.get("score") if self.turns else None

    def current_observation(self) -> Observation:
        return self.turns[-1].observation if self.turns else self.first


@dataclass(frozen=True)
class RolloutConfig:
    layout: Layout = "step"
    max_turns: int = 50
    history_window: int = 2
    max_prompt_length: int = 2048
    step_timeout: float = 60.0
    chat_template_kwargs: Mapping[str, Any] = field(default_factory=dict)  # e.g. {"enable_thinking": False}
    # At most this many episodes generate together; a finished one's slot goes to the next waiting episode, so the
    # batch stays full while episodes end at different turns. None: all episodes at once (lockstep, the default).
    max_live_episodes: int | None = None
    # 0: environments run in this process, one call at a time. N > 0: each in a child process of its own, N calls at
    # once (the cores free for environments while the model waits for them).
    env_workers: int = 0

    @classmethod
    def from_args(cls, args) -> RolloutConfig:
        """The rollout settings of an `SDARConfig`: the trainer's and the examples' evaluations use the same ones."""
        return cls(
            layout=args.agent_layout,
            max_turns=args.max_turns,
            history_window=args.history_window,
            max_prompt_length=args.agent_max_prompt_length,
            step_timeout=args.env_step_timeout,
            chat_template_kwargs=dict(args.chat_template_kwargs or {}),
            max_live_episodes=args.max_live_episodes,
            env_workers=args.env_workers,
        )


@dataclass
class RolloutStats:
    """Counts of one rollout (before any cross-process reduction) and where its time went."""

    counts: Counter = field(default_factory=Counter)
    generation_seconds: float = 0.0
    total_seconds: float = 0.0
    generation_calls: int = 0


Generate = Callable[[list[list[int]]], list[list[int]]]


class RolloutEngine:
    """Runs episodes of `TextEnv`s with a text policy behind `generate` (token ids in, token ids out)."""

    def __init__(self, tokenizer, agent_format: AgentFormat, config: RolloutConfig):
        self.tokenizer = tokenizer
        self.format = agent_format
        self.config = config
        self._eos_ids = {tokenizer.eos_token_id}
        self._reported_errors: set[str] = set()

    # ------------------------------------------------------------------ prompts
    def _messages(self, content: str) -> list[dict[str, str]]:
        system = [{"role": "system", "content": self.format.system_prompt}] if self.format.system_prompt else []
        return [*system, {"role": "user", "content": content}]

    def _chat_ids(self, episode: Episode, content: str) -> list[int]:
        # The student's own context block (Skill-GRPO, evaluation with skills) opens the user message, where the
        # official Skill-GRPO puts it.
        return self.tokenizer.apply_chat_template(
            self._messages(episode.context.student + content),
            add_generation_prompt=True,
            tokenize=True,
            return_dict=True,
            **self.config.chat_template_kwargs,
        )["input_ids"]

    def _render(self, episode: Episode, window: int) -> str:
        obs = episode.current_observation()
        history = [
            HistoryEntry(
                observation=(episode.turns[i - 1].observation.text if i else episode.first.text),
                action=episode.turns[i].action.action,
            )
            for i in range(len(episode.turns))
        ]
        shown = history[len(history) - window :] if window else []
        return self.format.render(episode.first.task, len(episode.turns), shown, obs.text, obs.admissible_actions)

    def step_prompt_ids(self, episode: Episode) -> tuple[list[int], bool]:
        """The rebuilt prompt of the step layout, within `max_prompt_length`; returns (ids, truncated)."""
        limit = self.config.max_prompt_length
        for window in range(self.config.history_window, -1, -1):
            ids = self._chat_ids(episode, self._render(episode, window))
            if len(ids) <= limit:
                return ids, window < self.config.history_window
        return ids[len(ids) - limit :], True

    def observation_suffix_ids(self, response_ids: list[int], observation: Observation, episode: Episode) -> list[int]:
        """Tokens that close the response and open the next turn with the observation as a user message."""
        content = self.format.render(
            episode.first.task, len(episode.turns), [], observation.text, observation.admissible_actions
        )
        anchor = "\x00response\x00"
        kwargs = self.config.chat_template_kwargs
        before = self.tokenizer.apply_chat_template(
            [{"role": "user", "content": "u"}, {"role": "assistant", "content": anchor}], tokenize=False, **kwargs
        )
        after = self.tokenizer.apply_chat_template(
            [
                {"role": "user", "content": "u"},
                {"role": "assistant", "content": anchor},
                {"role": "user", "content": content},
            ],
            tokenize=False,
            add_generation_prompt=True,
            **kwargs,
        )
        tail = after[before.index(anchor) + len(anchor) :]
        eos_text = self.tokenizer.eos_token or ""
        ends_with_eos = bool(response_ids) and response_ids[-1] in self._eos_ids
        if ends_with_eos and tail.startswith(eos_text):
            tail = tail[len(eos_text) :]  # the model already wrote the end-of-turn token
        return self.tokenizer(tail, add_special_tokens=False)["input_ids"]

    def _conversation_ids(self, episode: Episode) -> list[int]:
        ids = list(episode.prompt_ids)
        for turn in episode.turns:
            ids += turn.response_ids + turn.observation_ids
        return ids

    # ------------------------------------------------------------------ a rollout
    def run(
        self,
        rows: Sequence[Mapping[str, Any]],
        make_env: Callable[[], TextEnv],
        generate: Generate,
        sync_live: Callable[[int], int] = lambda n: n,
        contexts: Callable[[list[Episode]], list[ContextBlocks]] | None = None,
        progress: Callable[[int], Any] | None = None,
    ) -> tuple[list[Episode], RolloutStats]:
        """Play one episode per row, all in lockstep.

        ``contexts``, called once after the resets (when the tasks are known), returns each episode's
        `ContextBlocks`; they are stored on the episode. Episodes that failed to reset are passed too.
        ``progress(n)`` is told after every turn how many more episodes have ended (e.g. a progress bar's update).
        """
        start = time.perf_counter()
        stats = RolloutStats()
        calls = EnvCalls(self.config.step_timeout, self.config.env_workers)
        if self.config.env_workers:
            make_env = partial(ProcessEnv, make_env, self.config.step_timeout)
        try:
            episodes, envs = self._reset(rows, make_env, calls)
            if contexts is not None:
                for episode, blocks in zip(episodes, contexts(episodes), strict=True):
                    episode.context = blocks
            if self.config.layout == "episode":
                for episode in episodes:
                    if not episode.done:
                        episode.prompt_ids = self._chat_ids(episode, self._render(episode, 0))
            waiting = deque(e for e in episodes if not e.done)
            live: list[Episode] = []
            limit = self.config.max_live_episodes or len(episodes)
            while True:
                while waiting and len(live) < limit:  # refill: a finished episode's slot goes to a waiting one
                    live.append(waiting.popleft())
                if sync_live(len(live)) == 0:
                    break
                prompts, truncated = self._turn_prompts(live)
                t0 = time.perf_counter()
                responses = generate(prompts)
                stats.generation_seconds += time.perf_counter() - t0
                stats.generation_calls += 1
                self._step(live, envs, prompts, responses, truncated, calls)
                for episode in live:
                    if not episode.done and len(episode.turns) >= self.config.max_turns:
                        episode.end_reason = "max_turns"
                if progress is not None:
                    progress(sum(e.done for e in live))
                live = [e for e in live if not e.done]
            self._close(episodes, envs, stats)
            if progress is not None:  # the episodes that never started
                progress(sum(e.end_reason == "reset_error" for e in episodes))
        finally:
            calls.shutdown()
        stats.total_seconds = time.perf_counter() - start
        return episodes, stats

    def _reset(self, rows, make_env, calls: EnvCalls) -> tuple[list[Episode], list[TextEnv | None]]:
        """A new environment per row, reset on the row; a failed reset ends that episode (`reset_error`)."""
        envs: list[TextEnv | None] = [make_env() for _ in rows]
        episodes: list[Episode] = []
        for i, (row, outcome) in enumerate(zip(rows, calls.map([(env.reset, row) for env, row in zip(envs, rows)]))):
            if isinstance(outcome, Exception):
                timed_out = isinstance(outcome, (FutureTimeout, TimeoutError))
                error = "reset timed out" if timed_out else repr(outcome)
                episode = Episode(index=i, row=row, first=Observation(""), end_reason="reset_error", error=error)
                if timed_out:
                    envs[i] = None
                else:
                    self._report_error("reset", outcome)
            else:
                episode = Episode(index=i, row=row, first=outcome)
            episodes.append(episode)
        return episodes, envs

    def _report_error(self, call: str, error: Exception) -> None:
        """Log an environment failure the first time its kind and message are seen: the metrics count the episodes it
        ended (`env/end/*`), and this says why, once, with the call that raised."""
        message = repr(error)
        if message not in self._reported_errors:
            self._reported_errors.add(message)
            logger.warning("An episode ended because the environment's %s raised %s", call, message, exc_info=error)

    def _turn_prompts(self, live: list[Episode]) -> tuple[list[list[int]], list[bool]]:
        """This turn's prompt of every live episode, and whether it had to be shortened."""
        prompts, truncated = [], []
        for episode in live:
            ids, cut = (
                self.step_prompt_ids(episode)
                if self.config.layout == "step"
                else (self._conversation_ids(episode), False)
            )
            prompts.append(ids)
            truncated.append(cut)
        return prompts, truncated

    def _step(self, live, envs, prompts, responses, truncated, calls: EnvCalls) -> None:
        """Parse every response into an action, step its environment, and record the turn."""
        texts = self.tokenizer.batch_decode(responses, skip_special_tokens=True)
        actions = [self.format.parse(text) for text in texts]
        outcomes = calls.map([(envs[e.index].step, a.action) for e, a in zip(live, actions)])
        for episode, prompt, response, text, action, cut, outcome in zip(
            live, prompts, responses, texts, actions, truncated, outcomes
        ):
            result = None if isinstance(outcome, Exception) else outcome
            if isinstance(outcome, (FutureTimeout, TimeoutError)):
                episode.end_reason, episode.error = "env_timeout", f"step exceeded {self.config.step_timeout}s"
                envs[episode.index] = None  # the hung instance is abandoned, never reused
            elif isinstance(outcome, Exception):
                episode.end_reason, episode.error = "env_error", repr(outcome)
                self._report_error(f"step({action.action!r})", outcome)
            observation = result.observation if result else Observation(episode.error or "")
            turn = Turn(
                prompt_ids=prompt,
                response_ids=list(response),
                response_text=text,
                action=action,
                observation=observation,
                env_reward=result.reward if result else 0.0,
                prompt_truncated=cut,
                info=dict(result.info) if result else {},
            )
            episode.turns.append(turn)
            if result is None:
                continue
            if result.done:
                episode.won, episode.end_reason = bool(result.won), "done"
            elif self.config.layout == "episode":
                turn.observation_ids = self.observation_suffix_ids(turn.response_ids, observation, episode)
                if len(self._conversation_ids(episode)) > self.config.max_prompt_length:
                    episode.end_reason = "context_limit"

    @staticmethod
    def _close(episodes: list[Episode], envs: list[TextEnv | None], stats: RolloutStats) -> None:
        """End the episodes still running (`max_turns`), count how each ended, read each environment's episode
        metrics, close every environment."""
        for episode, env in zip(episodes, envs):
            if not episode.done:
                episode.end_reason = "max_turns"
            stats.counts[f"end/{episode.end_reason}"] += 1
            if env is None:
                continue  # never reset, or abandoned after a timeout
            if isinstance(env, ReportsMetrics):
                try:
                    episode.metrics = dict(env.episode_metrics())
                except Exception:  # noqa: BLE001 - a faulty report loses the metrics, not the episode
                    stats.counts["metrics_error"] += 1
            try:
                env.close()
            except Exception:  # noqa: BLE001 - closing is best effort
                pass


class EnvCalls:
    """Environment calls of one rollout, each within ``timeout`` seconds.

    ``workers=0`` (environments in this process): one at a time on a worker thread; a stuck worker is abandoned and
    replaced (engines such as TextWorld's are not thread-safe). ``workers=N``: `map` runs N calls at once on threads,
    each waiting on an environment in a process of its own (`ProcessEnv`, which enforces the timeout itself by
    killing the process)."""

    def __init__(self, timeout: float, workers: int = 0):
        self.timeout = timeout
        self.workers = workers
        self._pool = ThreadPoolExecutor(max_workers=max(workers, 1), thread_name_prefix="sdar-env")

    def map(self, calls: Sequence[tuple[Callable, Any]]) -> list[Any]:
        """``fn(arg)`` of every ``(fn, arg)``, in order; a call that fails gives its exception in its place."""
        if self.workers:
            futures = [self._pool.submit(fn, arg) for fn, arg in calls]
            return [future.exception() or future.result() for future in futures]
        return [self._one(fn, arg) for fn, arg in calls]

    def _one(self, fn: Callable, arg: Any) -> Any:
        future = self._pool.submit(fn, arg)
        try:
            return future.result(timeout=self.timeout)
        except FutureTimeout as error:  # the stuck worker thread is left behind; a fresh one takes the next calls
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sdar-env")
            return error
        except Exception as error:  # noqa: BLE001 - the engine decides what each failure means
            return error

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
