"""Loading a saved policy for scripts: greedy generation repeats, and seeded sampling repeats with its seed."""

from sdar_trl.agent.generation import load_generate_fn


def test_load_generate_fn_is_greedy_at_zero_and_seeded_when_sampling(tiny_model_dir):
    tokenizer, generate = load_generate_fn(tiny_model_dir, max_new_tokens=6, temperature=0.0)
    prompt = tokenizer("go to room 2", add_special_tokens=False)["input_ids"]
    greedy = generate([prompt, prompt])
    assert greedy[0] == greedy[1] and 0 < len(greedy[0]) <= 6
    sampled = [
        load_generate_fn(tiny_model_dir, max_new_tokens=6, temperature=1.0, seed=s)[1]([prompt]) for s in (3, 3)
    ]
    assert sampled[0] == sampled[1]
