"""The training settings of a short CPU run on the tiny model, shared by the tests (`tiny_config` in conftest)."""

# A run of a step or two on the tiny model, on one CPU thread, writing nothing but what a test asks for: groups of 2
# rows of up to 8 tokens, every step logged.
TINY_RUN = dict(
    use_cpu=True,
    bf16=False,
    gradient_checkpointing=False,
    report_to=[],
    per_device_train_batch_size=4,
    num_generations=2,
    max_completion_length=8,
    max_steps=1,
    logging_steps=1,
    save_strategy="no",
)
