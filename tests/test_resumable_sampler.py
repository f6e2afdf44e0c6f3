"""The training sampler keeps TRL's order and, after a resume, continues it instead of replaying epoch 0."""

from types import SimpleNamespace

from trl.trainer.utils import RepeatSampler

from sdar_trl.resumable_sampler import ResumableRepeatSampler, SamplerEpochCallback


ARGS = dict(data_source=list(range(7)), mini_repeat_count=2, batch_size=3, repeat_count=2, shuffle=True, seed=11)


def epochs(sampler, n, set_epoch=True):
    out = []
    for epoch in range(n):
        if set_epoch:
            sampler.set_epoch(epoch)
        out.append(list(sampler))
    return out


def test_same_order_as_trl_in_an_uninterrupted_run():
    assert epochs(ResumableRepeatSampler(**ARGS), 3) == epochs(RepeatSampler(**ARGS), 3, set_epoch=False)


def test_a_fresh_sampler_set_to_epoch_two_continues_the_order():
    uninterrupted = epochs(ResumableRepeatSampler(**ARGS), 3)
    assert uninterrupted[2] != uninterrupted[0]
    resumed = ResumableRepeatSampler(**ARGS)
    resumed.set_epoch(2)
    assert list(resumed) == uninterrupted[2]
    # TRL's sampler, rebuilt on resume, replays epoch 0: the bug this class fixes.
    assert list(RepeatSampler(**ARGS)) == uninterrupted[0]


def test_unseeded_sampler_replays_its_own_random_start():
    sampler = ResumableRepeatSampler(**{**ARGS, "seed": None})
    first = list(sampler)
    sampler.set_epoch(0)
    assert list(sampler) == first


def test_callback_sets_the_epoch_from_the_trainer_state():
    callback, sampler = SamplerEpochCallback(), ResumableRepeatSampler(**ARGS)
    uninterrupted = epochs(ResumableRepeatSampler(**ARGS), 2)
    callback.sampler = sampler
    callback.on_epoch_begin(None, SimpleNamespace(epoch=1.5), None)  # resumed half-way through the second epoch
    assert list(sampler) == uninterrupted[1]
