# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
"""The NumPy snippets of `relulab code` (the Explorer's "In code" tab) are run as they stand
for every activation and several parameter values; their f and df must match `relulab eval`
at the reference points within the reference policy. NumPy may not warn: an overflow or an
invalid operation in a snippet is a failure (the snippets are meant to be numerically safe)."""

import numpy as np

from codecases import CASES, Differences, catalogue_ids, evaluate, reference_points, snippet
from relulabtest import arguments, check, finish, run_relulab

args = arguments(__doc__)
# The command line itself: all four languages by default, exit status 2 on bad arguments.
everything = run_relulab(args.relulab, ["code", "leaky_relu", "--param", "negative_slope=0.1"])
for heading in ("# == PyTorch ==", "# == Keras 3 ==", "# == NumPy ==", "// == C++"):
    check(heading in everything, f"relulab code writes the heading {heading}")
check("torch.nn.LeakyReLU(negative_slope=0.1)" in everything, "the module with the value")
run_relulab(args.relulab, ["code", "relu", "--lang", "fortran"], expect_status=2)
run_relulab(args.relulab, ["code", "no_such_activation"], expect_status=2)
run_relulab(args.relulab, ["code", "elu", "--param", "alpha=-1"], expect_status=2)
check(sorted(catalogue_ids(args.relulab)) == sorted(CASES),
      f"the cases cover the catalogue: {sorted(set(catalogue_ids(args.relulab)) ^ set(CASES))}")

values, gradients = Differences(), Differences()
for activation, parameter_sets in CASES.items():
    for params in parameter_sets:
        name = f"{activation} {params}"
        code = snippet(args.relulab, activation, params, "numpy")
        namespace = {}
        exec(compile(code, f"<numpy snippet of {name}>", "exec"), namespace)
        points = reference_points(params)
        want_f, want_df = evaluate(args.relulab, activation, params, points)
        x = np.array(points, dtype=np.float64)
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            got_f = np.broadcast_to(namespace["f"](x), x.shape)
            got_df = np.broadcast_to(namespace["df"](x), x.shape)
        check(got_f.dtype == np.float64 and got_df.dtype == np.float64, f"{name}: float64 out")
        for i, point in enumerate(points):
            check(values.close(float(got_f[i]), want_f[i], f"{name} f({point!r})"),
                  f"{name}: f({point!r}) = {got_f[i]!r}, relulab eval {want_f[i]!r}")
            check(gradients.close(float(got_df[i]), want_df[i], f"{name} df({point!r})"),
                  f"{name}: df({point!r}) = {got_df[i]!r}, relulab eval {want_df[i]!r}")

print(f"largest difference from relulab eval: f {values.abs:.3g} ({values.share:.2g} of the tolerance) "
      f"at {values.where}; df {gradients.abs:.3g} ({gradients.share:.2g} of the tolerance) "
      f"at {gradients.where}")
finish()
