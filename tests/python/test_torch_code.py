# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
"""The PyTorch snippets of `relulab code` (the Explorer's "In code" tab) are run as they stand
with Debian's python3-torch, module and functional form, for every activation and several
parameter values. Their values, and their gradients from autograd (y.sum().backward()), must
match `relulab eval` at the reference points within the reference policy, except where the
reference spec records that PyTorch itself departs (tests/reference/activations/README.md
sections 5 and 7.1; listed in DEPARTURES below)."""

import torch

from codecases import ATOL, CASES, RTOL, Differences, evaluate, reference_points, snippet
from relulabtest import arguments, check, finish

# float64 throughout, the module's parameters too (PReLU's weight): the reference policy's dtype.
torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)

# (activation, "f" or "df") -> (extra absolute tolerance, why). PyTorch's float64 hardsigmoid
# gradient is float(1/6) (README section 4, rule 4); its vectorised hardswish gradient at x = 3
# is 1, the one-element path's and the reference's 1.5 (README section 5).
DEPARTURES = {
    ("hardsigmoid", "df"): 5e-9,
    ("hardswish", "df"): 0.5,
}

args = arguments(__doc__)
values, gradients = Differences(), Differences()


def run_form(form, code, params, x_values):
    """f and f' of one form: the functional line as executed, or the module `act` on x."""
    x = torch.tensor(x_values, requires_grad=True)
    namespace = {"x": x}
    exec(compile(code, "<pytorch snippet>", "exec"), namespace)
    y = namespace["act"](x) if form == "module" else namespace["y"]
    if not y.requires_grad:  # torch.heaviside has no gradient: the snippet says so
        return y.detach().tolist(), None
    y.sum().backward()
    return y.detach().tolist(), x.grad.tolist()


for activation, parameter_sets in CASES.items():
    for params in parameter_sets:
        name = f"{activation} {params}"
        code = snippet(args.relulab, activation, params, "pytorch")
        points = reference_points(params)
        want_f, want_df = evaluate(args.relulab, activation, params, points)
        forms = ["functional"] + (["module"] if "act = " in code else [])
        for form in forms:
            got_f, got_df = run_form(form, code, params, points)
            check(got_df is not None or activation == "step", f"{name} {form}: has a gradient")
            for i, point in enumerate(points):
                slack = DEPARTURES.get((activation, "f"), 0.0)
                check(values.close(got_f[i], want_f[i], f"{name} {form} f({point!r})")
                      or abs(got_f[i] - want_f[i]) <= slack,
                      f"{name} {form}: f({point!r}) = {got_f[i]!r}, relulab eval {want_f[i]!r}")
                if got_df is None:
                    continue
                slack = DEPARTURES.get((activation, "df"), 0.0)
                check(gradients.close(got_df[i], want_df[i], f"{name} {form} df({point!r})")
                      or abs(got_df[i] - want_df[i]) <= slack,
                      f"{name} {form}: df({point!r}) = {got_df[i]!r}, "
                      f"relulab eval {want_df[i]!r}")

print(f"tolerance {ATOL:g} + {RTOL:g}|ref|; largest difference from relulab eval: "
      f"f {values.abs:.3g} (relative {values.rel:.3g}) at {values.where}; "
      f"df {gradients.abs:.3g} (relative {gradients.rel:.3g}) at {gradients.where}")
finish()
