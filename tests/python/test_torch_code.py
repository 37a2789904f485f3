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

# (activation, "f" or "df") -> (absolute, relative) tolerance where PyTorch departs from the
# exact function. Its float64 hardsigmoid gradient is float(1/6) (README section 4, rule 4); its
# vectorised hardswish gradient at x = 3 is 1, the one-element path's and the reference's 1.5
# (README section 5); its float64 celu gradient is off by about 4e-8 (relative) at 0 and more
# further left when 1/alpha is not a float (alpha = 0.3; exact for alpha = 1 and 2, the
# reference configs), because the kernel's 1/alpha is rounded to float32.
DEPARTURES = {
    ("hardsigmoid", "df"): (5e-9, 0.0),
    ("hardswish", "df"): (0.5, 0.0),
    ("celu", "df"): (0.0, 1e-6),
}


def within_departure(activation, curve, got, want):
    atol, rtol = DEPARTURES.get((activation, curve), (0.0, 0.0))
    return abs(got - want) <= atol + rtol * abs(want)

args = arguments(__doc__)
values, gradients = Differences(), Differences()
departed = Differences()  # the (activation, curve) pairs of DEPARTURES, reported apart


def run_form(form, code, params, x_values):
    """f and f' of one form: the functional line as executed, or the module `act` on x."""
    x = torch.tensor(x_values, requires_grad=True)
    namespace = {"x": x}
    exec(compile(code, "<pytorch snippet>", "exec"), namespace)
    y = namespace["act"](x) if form == "module" else namespace["y"]
    try:
        y.sum().backward()
    except RuntimeError as error:  # torch.heaviside has no gradient: the snippet says so
        if "not implemented" not in str(error):
            raise
        return y.detach().tolist(), None
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
                tracker = departed if (activation, "f") in DEPARTURES else values
                check(tracker.close(got_f[i], want_f[i], f"{name} {form} f({point!r})")
                      or within_departure(activation, "f", got_f[i], want_f[i]),
                      f"{name} {form}: f({point!r}) = {got_f[i]!r}, relulab eval {want_f[i]!r}")
                if got_df is None:
                    continue
                tracker = departed if (activation, "df") in DEPARTURES else gradients
                check(tracker.close(got_df[i], want_df[i], f"{name} {form} df({point!r})")
                      or within_departure(activation, "df", got_df[i], want_df[i]),
                      f"{name} {form}: df({point!r}) = {got_df[i]!r}, "
                      f"relulab eval {want_df[i]!r}")

print(f"tolerance {ATOL:g} + {RTOL:g}|ref|; largest difference from relulab eval: "
      f"f {values.abs:.3g} ({values.share:.2g} of the tolerance) at {values.where}; "
      f"df {gradients.abs:.3g} ({gradients.share:.2g} of the tolerance) at {gradients.where}; "
      f"where PyTorch departs (DEPARTURES) up to {departed.abs:.3g} at {departed.where}")
finish()
