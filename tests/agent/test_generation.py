"""Loading a saved policy for scripts: greedy at temperature 0, and sampling that follows its temperature and repeats
with its seed."""

from sdar_trl.agent.generation import load_generate_fn


SEEDS = range(5)


def sample(model_dir, prompt, temperature, seed):
    return load_generate_fn(model_dir, max_new_tokens=6, temperature=temperature, seed=seed)[1]([prompt])[0]


def test_load_generate_fn_is_greedy_at_zero_and_seeded_when_sampling(tiny_model_dir):
    tokenizer, generate = load_generate_fn(tiny_model_dir, max_new_tokens=6, temperature=0.0)
    prompt = tokenizer("go to room 2", add_special_tokens=False)["input_ids"]
    greedy = generate([prompt, prompt])
    assert greedy[0] == greedy[1] and 0 < len(greedy[0]) <= 6
    assert sample(tiny_model_dir, prompt, 1.0, seed=3) == sample(tiny_model_dir, prompt, 1.0, seed=3)


def test_sampling_follows_the_temperature(tiny_model_dir):
    # The random tiny model spreads its probability over hundreds of tokens: at temperature 1 a seeded sample is
    # almost never the greedy completion; near 0 the distribution sharpens onto the greedy token at every step.
    # Sampling that ignored the temperature fails one of the two: always greedy, or always at 1.
    tokenizer, generate = load_generate_fn(tiny_model_dir, max_new_tokens=6, temperature=0.0)
    prompt = tokenizer("go to room 2", add_special_tokens=False)["input_ids"]
    greedy = generate([prompt])[0]
    hot = [sample(tiny_model_dir, prompt, 1.0, seed) for seed in SEEDS]
    cold = [sample(tiny_model_dir, prompt, 1e-3, seed) for seed in SEEDS]
    assert all(c == greedy for c in cold), (greedy, cold)
    assert sum(h != greedy for h in hot) >= 4 and len({tuple(h) for h in hot}) >= 4, (greedy, hot)
