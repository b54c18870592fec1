"""Every metric on its worked example (METRICS.md) or on values computed by hand, and the summary layer."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
import typer
from typer.testing import CliRunner

from effx.models import RunManifest, RunResult, Status
from effx.registry import UnknownNameError
from effx.scoring import get_metric, metric_names
from effx.scoring.afterburner import percentile, percentile_score
from effx.scoring.afterburner_reward import delta, format_reward, grpo_reward, improvement, pass_term
from effx.scoring.bootstrap import bootstrap_ci
from effx.scoring.codearena import correctness_share, dynamic_points, efficiency_share
from effx.scoring.effibench import max_normalized_ratio, normalized_ratio, share_ratio_above
from effx.scoring.effibenchx import effibench_x_score, efficiency_ratio
from effx.scoring.evalperf import cluster_costs, dps, dps_norm
from effx.scoring.mercury import beyond, beyond_at_k
from effx.scoring.passk import pass_at_k
from effx.scoring.pie import mean_speedup, percent_opt, speedup
from effx.scoring.summary import summarize
from effx.scoring.sweperf import (
    _p_value,
    apply_rate,
    correctness_rate,
    instance_gain,
    iqr_filter,
    performance,
    test_gain,
)

# ---------------------------------------------------------------- registry


def test_registry_finds_every_metric_family_by_name() -> None:
    names = metric_names()
    for name in ("pass_at_k", "beyond", "beyond_at_k", "dynamic_points", "effibench_x", "normalized_ratio",
                 "percentile_score", "afterburner_reward", "sweperf_test_gain", "pie_speedup", "dps"):
        assert name in names
    assert get_metric("beyond") is beyond
    assert get_metric("sweperf_test_gain") is test_gain


def test_summary_and_registry_do_not_import_scipy_until_a_gain_is_computed() -> None:
    code = ("import sys, effx.scoring.summary, effx.scoring; effx.scoring.metric_names(); "
            "print('scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_unknown_metric_name_suggests_close_matches() -> None:
    with pytest.raises(UnknownNameError, match="Did you mean beyond_at_k"):
        get_metric("beyond_at")


# ---------------------------------------------------------------- Pass@k


def test_pass_at_k_matches_known_values_and_the_binomial_formula() -> None:
    assert pass_at_k(10, 3, 1) == pytest.approx(0.3, abs=1e-12)
    assert pass_at_k(10, 3, 10) == 1.0
    assert pass_at_k(10, 0, 5) == 0.0
    assert pass_at_k(10, 3, 2) == pytest.approx(1 - 21 / 45, abs=1e-12)
    exact = 1 - Fraction(math.comb(190, 100), math.comb(200, 100))
    assert pass_at_k(200, 10, 100) == pytest.approx(float(exact), abs=1e-12)


def test_pass_at_k_rejects_k_larger_than_n() -> None:
    with pytest.raises(ValueError, match="generate at least k samples"):
        pass_at_k(3, 1, 5)


# ---------------------------------------------------------------- Mercury Beyond


def test_beyond_reproduces_the_mercury_worked_example() -> None:
    refs = [1.0, 2.0, 3.0, 4.0, 5.0]
    assert beyond(2.0, refs) == 0.75
    assert beyond(0.5, refs) == 1.0
    assert beyond(9.0, refs) == 0.0
    assert beyond(2.0, refs, passed=False) == 0.0
    assert beyond(None, refs) == 0.0


def test_beyond_with_identical_references_rewards_ties_and_not_slower_samples() -> None:
    assert beyond(3.0, [3.0, 3.0]) == 1.0
    assert beyond(1.0, [3.0]) == 1.0
    assert beyond(3.5, [3.0, 3.0]) == 0.0


def test_beyond_at_k_averages_the_first_k_samples_not_the_best() -> None:
    per_task = [[0.0, 1.0, 1.0], [0.5, 0.5]]
    assert beyond_at_k(per_task, 1) == 0.25
    assert beyond_at_k(per_task, 2) == 0.5
    with pytest.raises(ValueError, match="fewer than k=3"):
        beyond_at_k(per_task, 3)


# ---------------------------------------------------------------- CodeArena Dynamic Points

SEED_SOLVED: dict[str, dict[str, float | None]] = {
    "model1": {"p1": None, "p2": 42.0, "p3": None},
    "model2": {"p1": 58.0, "p2": 24.0, "p3": 19.0},
    "model3": {"p1": None, "p2": 48.0, "p3": 22.0},
}
SEED_ES = {
    "model1": {"p2": 0.4},
    "model2": {"p1": 0.8, "p2": 0.6, "p3": 0.5},
    "model3": {"p2": 0.3, "p3": 0.4},
}


def test_dynamic_points_reproduce_the_codearena_table() -> None:
    points = dynamic_points(SEED_SOLVED, {"p1": 5, "p2": 3, "p3": 5}, es=SEED_ES)
    assert points["model1"] == pytest.approx(1.4, abs=1e-9)
    assert points["model2"] == pytest.approx(10.4, abs=1e-9)
    assert points["model3"] == pytest.approx(4.2, abs=1e-9)


def test_dynamic_points_compute_efficiency_share_from_accepted_costs() -> None:
    solved: dict[str, dict[str, float | None]] = {"a": {"p": 20.0}, "b": {"p": 40.0}}
    # Without platform data, ES comes from the models' own costs: a beats both (1.0), b only itself (0.5).
    points = dynamic_points(solved, {"p": 4})
    assert points == {"a": pytest.approx(2 + 1.0), "b": pytest.approx(2 + 0.5)}
    points = dynamic_points(solved, {"p": 4}, accepted={"p": [10.0, 20.0, 30.0, 40.0]})
    assert points == {"a": pytest.approx(2 + 0.75), "b": pytest.approx(2 + 0.25)}


def test_correctness_share_offers_the_papers_acceptance_form() -> None:
    assert correctness_share(3, 3) == 1.0
    assert correctness_share(3, 3, 4, form="acceptance") == pytest.approx(0.75)
    assert efficiency_share(24.0, [24.0, 42.0, 48.0, 30.0, 20.0]) == 0.8


# ---------------------------------------------------------------- EffiBench-X and EffiBench


def test_effibench_x_ratio_caps_at_one_and_zeroes_failures() -> None:
    assert efficiency_ratio(200.0, 100.0) == 0.5
    assert efficiency_ratio(50.0, 100.0) == 1.0
    assert efficiency_ratio(50.0, 100.0, passed=False) == 0.0


def test_effibench_x_score_averages_problems_then_languages() -> None:
    # Pooled over problems this would be 1.75 / 3; per language first it is (0.75 + 0.25) / 2.
    assert effibench_x_score({"python": [0.5, 1.0], "cpp": [0.25]}) == 0.5


def test_net_is_a_ratio_of_sums_not_a_mean_of_ratios() -> None:
    model, canonical = [2.0, 3.0], [1.0, 3.0]
    assert normalized_ratio(model, canonical) == 1.25
    assert max_normalized_ratio(model, canonical) == 2.0
    assert share_ratio_above([6.0, 5.0], [1.0, 1.0]) == 0.5


# ---------------------------------------------------------------- Afterburner


def test_percentile_counts_references_at_least_as_costly() -> None:
    refs = [40.0, 10.0, 30.0, 20.0]
    assert percentile(20.0, refs) == 0.75
    assert percentile(25.0, refs) == 0.5
    assert percentile(5.0, refs) == 1.0
    assert percentile(50.0, refs) == 0.0
    assert percentile_score([20.0, None], [refs, [1.0]]) == 0.375


def test_grpo_reward_matches_hand_computed_values() -> None:
    good = "<thinking>use a heap</thinking>\n<solution>print(1)</solution>"
    # Kept passing, twice as fast: pass 0.5, delta tanh((2 - 1) / (2 + 1e-9)).
    assert delta(2.0, 1.0, 90.0) == pytest.approx(math.tanh(1 / (2 + 1e-9)), abs=1e-15)
    expected = 0.5 * (0.5 + 0.5 * math.tanh(1 / (2 + 1e-9))) + 0.2
    assert grpo_reward(good, base_passed=True, candidate_passed=True, base_value=2.0,
                       candidate_value=1.0) == pytest.approx(expected, abs=1e-12)
    # Kept passing but three times slower: the saving clips at -1.
    assert improvement(True, True, 1.0, 3.0) == pytest.approx(0.5 + 0.5 * math.tanh(-1.0))
    # Newly passing: a failing base costs 90 s.
    assert improvement(False, True, None, 1.0) == pytest.approx(1.0 + 0.5 * math.tanh(89 / 90), abs=1e-9)
    # Regression, no format: pass term only.
    assert grpo_reward("no tags", base_passed=True, candidate_passed=False, base_value=1.0,
                       candidate_value=0.1) == -0.5
    # Memory clips both sides at 1,048,576 before taking the relative saving.
    assert improvement(True, True, 2_000_000, 524_288, "memory") == pytest.approx(0.5 + 0.5 * math.tanh(0.5))
    terms = [pass_term(False, True), pass_term(True, True), pass_term(False, False), pass_term(True, False)]
    assert terms == [1.0, 0.5, -0.5, -1.0]


def test_format_reward_accepts_one_thinking_then_one_solution_only() -> None:
    assert format_reward("<thinking>a</thinking><solution>b</solution>") == 1.0
    assert format_reward("  <thinking>a\nb</thinking>\n\n<solution>\nx = 1\n</solution>\n") == 1.0
    assert format_reward("<thinking>a</thinking><solution>b</solution><solution>c</solution>") == 0.0
    assert format_reward("Sure! <thinking>a</thinking><solution>b</solution>") == 0.0
    assert format_reward("<thinking>a</thinking><solution>b</solution> done") == 0.0
    assert format_reward("<solution>b</solution><thinking>a</thinking>") == 0.0
    assert format_reward("<thinking><thinking>a</thinking></thinking><solution>b</solution>") == 0.0


# ---------------------------------------------------------------- SWE-Perf


def test_iqr_filter_removes_an_outlier_and_keeps_the_rest_in_order() -> None:
    values = [1.00, 1.01, 0.99, 1.02, 0.98, 5.0]
    assert iqr_filter(values) == [1.00, 1.01, 0.99, 1.02, 0.98]
    assert iqr_filter(values, k=200.0) == values


def test_gain_of_a_patch_twice_as_fast_is_about_one_half() -> None:
    rng = np.random.default_rng(7)
    base = list(1.0 + 0.02 * rng.standard_normal(20))
    patched = list(0.5 + 0.01 * rng.standard_normal(20))
    assert test_gain(base, patched) == pytest.approx(0.5, abs=0.05)


def test_gain_is_zero_for_identical_or_slower_timings() -> None:
    rng = np.random.default_rng(8)
    base = list(1.0 + 0.02 * rng.standard_normal(20))
    assert test_gain(base, base) == 0.0
    assert test_gain(base, [v * 1.5 for v in base]) == 0.0


def test_bisected_gain_equals_a_full_scan_of_the_grid() -> None:
    rng = np.random.default_rng(9)
    for _ in range(3):
        base = 1.0 + 0.05 * rng.standard_normal(20)
        patched = (0.3 + 0.5 * rng.random()) * (1.0 + 0.05 * rng.standard_normal(20))
        scanned = 0.0
        for i in range(1001):
            if _p_value(base, patched, i / 1000) >= 0.1:
                break
            scanned = i / 1000
        assert test_gain(list(base), list(patched)) == scanned


def test_sweperf_aggregates_divide_by_all_instances() -> None:
    assert instance_gain([0.2, 0.4]) == pytest.approx(0.3)
    assert apply_rate([True, True, False, True]) == 0.75
    assert correctness_rate([True, False, False, True]) == 0.5
    assert performance([0.5, 0.2, 0.3], [True, False, True]) == pytest.approx(0.8 / 3)


# ---------------------------------------------------------------- PIE and EvalPerf


def test_pie_speedup_floors_at_one_and_opt_counts_ten_percent_gains() -> None:
    assert speedup(200.0, 100.0) == 2.0
    assert speedup(100.0, 200.0) == 1.0
    assert speedup(200.0, 100.0, correct=False) == 1.0
    assert percent_opt([1.0, 1.1, 1.09, 2.0]) == 0.5
    assert mean_speedup([1.0, 2.0, 3.0]) == 2.0


def test_dps_credits_the_cumulative_share_of_matched_clusters() -> None:
    refs = [100.0, 98.0, 50.0, 49.0, 10.0]
    assert cluster_costs(refs) == [[100.0, 98.0], [50.0, 49.0], [10.0]]
    assert dps(60.0, refs) == pytest.approx(40.0)
    assert dps_norm(60.0, refs) == pytest.approx(100 / 3)
    assert dps(50.0, refs) == pytest.approx(80.0)
    assert dps_norm(50.0, refs) == pytest.approx(200 / 3)
    assert dps(5.0, refs) == 100.0 and dps_norm(5.0, refs) == 100.0
    assert dps(150.0, refs) == 0.0
    assert dps(5.0, refs, passed=False) == 0.0


# ---------------------------------------------------------------- summary


def _result(task: str, status: Status, runtime: float | None, *, model: str = "m", sample: int = 0,
            kind: str = "candidate") -> RunResult:
    return RunResult(task_id=task, language="python", model=model if kind == "candidate" else "reference",
                     sample_id=sample, kind=kind, status=status, runtime_ms=runtime)  # type: ignore[arg-type]


def _refs(task: str, runtimes: list[float]) -> list[RunResult]:
    return [_result(task, Status.ok, r, sample=i, kind="reference") for i, r in enumerate(runtimes)]


def test_summary_excludes_sandbox_errors_from_both_numerator_and_denominator() -> None:
    results = [
        *_refs("t1", [1.0, 2.0, 3.0, 4.0, 5.0]),
        _result("t1", Status.ok, 2.0, sample=0),
        _result("t1", Status.sandbox_error, None, sample=1),
        _result("t2", Status.sandbox_error, None, sample=0),
    ]
    (s,) = summarize(results)
    assert (s.n_tasks, s.n_samples, s.n_excluded) == (1, 1, 2)
    assert s.pass_at_1 == 1.0
    assert s.beyond_at_1 == 0.75


def test_summary_scores_a_failing_sample_zero_beyond_and_averages_per_task() -> None:
    results = [
        *_refs("t1", [1.0, 2.0, 3.0, 4.0, 5.0]),
        *_refs("t2", [10.0, 20.0]),
        _result("t1", Status.ok, 2.0, sample=0),            # beyond 0.75
        _result("t1", Status.wrong_answer, 0.1, sample=1),  # fast but wrong: 0
        _result("t2", Status.ok, 10.0, sample=0),           # beyond 1.0
    ]
    (s,) = summarize(results, ks=(1, 2))
    assert s.pass_at_1 == pytest.approx((0.5 + 1.0) / 2)
    assert s.pass_at_k == {1: pytest.approx(0.75), 2: 1.0}  # only t1 has 2 samples
    assert s.beyond_at_1 == pytest.approx((0.375 + 1.0) / 2)
    assert s.median_ratio_to_fastest == pytest.approx(1.5)  # ratios 2/1 and 10/10
    assert s.normalized_ratio == pytest.approx(12.0 / 11.0)
    assert s.efficiency_ratio == pytest.approx((0.25 + 1.0) / 2)


def test_summary_confidence_intervals_contain_the_point_estimates() -> None:
    rng = np.random.default_rng(3)
    results: list[RunResult] = []
    for t in range(12):
        task = f"t{t}"
        results += _refs(task, [10.0, 20.0, 30.0])
        for s in range(4):
            status = Status.ok if rng.random() < 0.6 else Status.wrong_answer
            results.append(_result(task, status, float(rng.uniform(5, 35)), sample=s))
    difficulties = {f"t{t}": ("easy" if t < 6 else "hard") for t in range(12)}
    (s,) = summarize(results, difficulties=difficulties, seed=1)
    assert s.pass_at_1_ci is not None and s.beyond_at_1_ci is not None and s.beyond_at_1 is not None
    assert s.pass_at_1_ci[0] <= s.pass_at_1 <= s.pass_at_1_ci[1]
    assert s.beyond_at_1_ci[0] <= s.beyond_at_1 <= s.beyond_at_1_ci[1]
    assert s.pass_at_1_ci[0] < s.pass_at_1_ci[1]
    assert sorted(s.by_difficulty) == ["easy", "hard"]
    assert s.by_difficulty["easy"].n_tasks == 6
    assert s == summarize(results, difficulties=difficulties, seed=1)[0]


def test_summary_uses_the_chosen_measure_and_rejects_unknown_fields() -> None:
    results = [
        RunResult(task_id="t", language="cpp", model="reference", sample_id=0, kind="reference",
                  status=Status.ok, runtime_ms=1.0, peak_rss_kb=1000),
        RunResult(task_id="t", language="cpp", model="m", sample_id=0, status=Status.ok,
                  runtime_ms=1.0, peak_rss_kb=4000),
    ]
    assert summarize(results)[0].efficiency_ratio == 1.0
    assert summarize(results, measure="peak_rss_kb")[0].efficiency_ratio == 0.25
    with pytest.raises(ValueError, match="choose one of"):
        summarize(results, measure="runtime")


def test_bootstrap_interval_agrees_with_scipy_percentile_bootstrap_on_fixed_data() -> None:
    from scipy import stats

    rng = np.random.default_rng(1)
    passes = rng.binomial(5, 0.6, 100) / 5  # 100 tasks x 5 samples: one Pass@1 value per task
    beyonds = rng.random(37)
    for values, confidence in ((passes, 0.95), (beyonds, 0.9)):
        ours = bootstrap_ci(values, confidence=confidence, seed=7)
        theirs = stats.bootstrap((values,), np.mean, confidence_level=confidence, n_resamples=1000,
                                 method="percentile", vectorized=True, rng=np.random.default_rng(7))
        assert ours == (pytest.approx(theirs.confidence_interval.low, abs=1e-9),
                        pytest.approx(theirs.confidence_interval.high, abs=1e-9))
    # pinned: the interval of these fixed values does not move between versions
    assert bootstrap_ci(passes) == (pytest.approx(0.554), pytest.approx(0.638))


def test_bootstrap_interval_of_a_constant_is_that_constant() -> None:
    assert bootstrap_ci([0.4] * 5) == (pytest.approx(0.4), pytest.approx(0.4))
    assert bootstrap_ci([]) is None


# ---------------------------------------------------------------- effx score


def _score_app() -> typer.Typer:
    from effx.cli.score_command import register

    app = typer.Typer()
    register(app)

    @app.command()
    def version() -> None:  # a second command, so typer keeps `score` as a named subcommand
        """Unused."""

    return app


def _write_run(run_dir: Path, results: list[RunResult]) -> None:
    run_dir.mkdir()
    manifest = RunManifest(run_id=run_dir.name, created="2026-01-01T00:00:00", suite="core",
                           languages=["python"], sandbox="local+bwrap", tasks=["t1", "t2"])
    (run_dir / "manifest.json").write_text(manifest.model_dump_json())
    (run_dir / "results.jsonl").write_text("".join(r.model_dump_json() + "\n" for r in results))


def test_score_command_recomputes_the_metrics_of_a_saved_run(tmp_path: Path) -> None:
    results = [*_refs("t1", [1.0, 2.0, 3.0, 4.0, 5.0]), _result("t1", Status.ok, 2.0),
               _result("t1", Status.ok, 2.0, model="other"), _result("t2", Status.sandbox_error, None)]
    _write_run(tmp_path / "run1", results)
    out = CliRunner().invoke(_score_app(), ["score", str(tmp_path / "run1")], terminal_width=200)
    assert out.exit_code == 0, out.output
    assert "Beyond@1" in out.output and "75.0%" in out.output
    assert "sandbox errors (excluded)" in out.output
    assert "other" in out.output
    only = CliRunner().invoke(_score_app(), ["score", str(tmp_path / "run1"), "--score", "dps"],
                              terminal_width=200)
    assert only.exit_code == 0 and "DPS (EvalPerf)" in only.output and "Beyond@1" not in only.output
    assert only.stderr == ""
    as_json = CliRunner().invoke(_score_app(), ["score", str(tmp_path / "run1"), "--json"])
    assert json.loads(as_json.output)["time"][0]["beyond_at_1"] == 0.75


def test_score_metric_means_what_is_measured_and_old_spellings_still_work(tmp_path: Path) -> None:
    results = [*_refs("t1", [1.0, 2.0, 3.0, 4.0, 5.0]), _result("t1", Status.ok, 2.0)]
    _write_run(tmp_path / "run1", results)
    run = ["score", str(tmp_path / "run1")]

    def measure(*args: str) -> tuple[str, str]:
        out = CliRunner().invoke(_score_app(), [*run, *args, "--json"])
        assert out.exit_code == 0, out.output
        return json.loads(out.stdout)["time"][0]["measure"], out.stderr

    assert measure() == ("runtime_ms", "")  # the run's own metric (time)
    assert measure("--metric", "time") == ("runtime_ms", "")
    assert measure("--metric", "cpu") == ("cpu_ms", "")  # not the run's metric: the process's CPU time
    assert measure("-m", "instructions") == ("instructions", "")
    field, note = measure("--measure", "wall_ms")  # the old spelling, hidden, with a one-line note
    assert field == "wall_ms" and note == "note: --measure is deprecated; use --metric time|cpu|instructions\n"
    old = CliRunner().invoke(_score_app(), [*run, "--metric", "dps"], terminal_width=200)
    assert old.exit_code == 0 and "DPS (EvalPerf)" in old.stdout and "Beyond@1" not in old.stdout
    assert old.stderr.startswith("note: --metric dps (a score family) is deprecated; use --score dps")
    assert len(old.stderr.splitlines()) == 1
    both = CliRunner().invoke(_score_app(), [*run, "--metric", "cpu", "--metric", "time"])
    assert both.exit_code == 2 and "one metric" in both.stderr
    shown = CliRunner().invoke(_score_app(), ["score", "--help"], terminal_width=200).output
    assert "--score" in shown and "--metric" in shown and "--measure" not in shown


def test_score_command_exits_2_with_one_line_on_a_bad_run_dir(tmp_path: Path) -> None:
    missing = CliRunner().invoke(_score_app(), ["score", str(tmp_path / "nope")])
    assert missing.exit_code == 2 and "manifest.json is missing" in missing.output
    _write_run(tmp_path / "bad", [])
    (tmp_path / "bad" / "results.jsonl").write_text("{not json\n")
    malformed = CliRunner().invoke(_score_app(), ["score", str(tmp_path / "bad")])
    assert malformed.exit_code == 2 and "results.jsonl:1" in malformed.output
    assert len(malformed.output.strip().splitlines()) == 1
    typo = CliRunner().invoke(_score_app(), ["score", str(tmp_path / "bad"), "--score", "beyound"])
    assert typo.exit_code == 2 and "did you mean beyond" in typo.output
    typo = CliRunner().invoke(_score_app(), ["score", str(tmp_path / "bad"), "--metric", "cpy"])
    assert typo.exit_code == 2 and "did you mean cpu" in typo.output


def test_summary_survives_a_fastest_reference_that_measured_zero() -> None:
    # A run shorter than one 1 ms sampling interval has a memory integral of 0.
    results = [
        RunResult(task_id="t", language="python", model="reference", sample_id=0, kind="reference",
                  status=Status.ok, mem_integral_mb_s=0.0),
        RunResult(task_id="t", language="python", model="reference", sample_id=1, kind="reference",
                  status=Status.ok, mem_integral_mb_s=2.0),
        RunResult(task_id="t", language="python", model="m", sample_id=0, status=Status.ok, mem_integral_mb_s=1.0),
    ]
    from effx.scoring.summary import summarize

    (only,) = summarize(results, measure="mem_integral_mb_s")
    assert only.median_ratio_to_fastest is None
    assert only.beyond_at_1 == pytest.approx(0.5)
