"""The toy environment follows the protocol: expert plan wins with 10, wrong actions do nothing."""

from sdar_trl.envs import KeyDoorEnv, TextEnv


def test_expert_plan_wins_and_wrong_actions_do_nothing():
    env = KeyDoorEnv()
    assert isinstance(env, TextEnv)
    first = env.reset({"key_room": 2})
    assert first.task == "take the key from room 2 and open the door" and first.task_type == "key_door"
    assert "take key" not in first.admissible_actions
    assert env.step("open door").observation.text == "Nothing happens."
    assert env.step("go to room 2").observation.admissible_actions == ("go to room 0", "go to room 1", "take key")
    env.step("take key")
    result = env.step("open door")
    assert (result.reward, result.done, result.won) == (10.0, True, True)


def test_episode_metrics_are_declared_and_averaged_over_reporting_episodes():
    from sdar_trl.envs import ReportsMetrics, aggregate_episode_metrics

    env = KeyDoorEnv()
    env.reset({"key_room": 1})
    env.step("open door")  # not admissible yet: a no-op
    assert isinstance(env, ReportsMetrics) and env.episode_metrics() == {"no_op_actions": 1.0}
    # the mean of each metric over the episodes that reported it
    assert aggregate_episode_metrics([{"f1": 1.0, "searches": 2.0}, {"f1": 0.0}, {}]) == {"f1": 0.5, "searches": 2.0}
