# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# `relulab lesson --list` lists the bundled lessons; `relulab lesson --check` validates a file
# and runs its steps headless: the bundled lessons' claims hold, a failing claim is exit 1 with
# the claim named, a broken file is exit 2 with the file and the JSON path named, and a step
# whose condition is not met within its epochs says so.
# Run by CTest with -DRELULAB=<exe> -DWORK_DIR=<dir>.

set(dir "${WORK_DIR}/cli_lesson")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")
set(ENV{LANG} C.UTF-8)
set(ENV{LANGUAGE} en)

include("${CMAKE_CURRENT_LIST_DIR}/cliexpect.cmake")

run_relulab(lesson --list)
expect_equal("${status}" "0" "lesson --list: exit status (stderr: ${err})")
expect_contains("${out}" "relu\t" "lesson --list")
expect_contains("${out}" "dead_neurons\t" "lesson --list")

# The bundled lessons, by id: every claim holds and the conditions are reported.
run_relulab(lesson --check relu)
expect_equal("${status}" "0" "check relu: exit status (out: ${out} err: ${err})")
expect_contains("${out}" "claim accuracy ≥ 90 % holds" "check relu")
expect_contains("${out}" "switched to identity" "check relu: the switch")
expect_contains("${out}" "answer to the question:" "check relu")
expect_contains("${out}" "every claim holds" "check relu")
run_relulab(lesson --check dead_neurons)
expect_equal("${status}" "0" "check dead_neurons: exit status (out: ${out} err: ${err})")
expect_contains("${out}" "condition dead units in layer 2 ≥ 50 % reached at epoch"
                "check dead_neurons: the condition met")
expect_contains("${out}" "NOT reached within 8 epochs" "check dead_neurons: the timeout")
expect_contains("${out}" "switched to leaky_relu" "check dead_neurons: the switch")
expect_contains("${out}" "condition the run diverged reached" "check dead_neurons: divergence")

# A teacher's file with a claim that does not hold: exit 1, the claim named.
file(WRITE "${dir}/teacher.json" [=[
{"format": "relulab-lesson", "version": 1, "id": "teacher", "title": {"en": "Mine"},
 "steps": [{"title": {"en": "One"}, "text": {"en": "Train."},
            "lab": {"config": {"dataset": {"name": "moons", "samples": 100},
                               "network": {"hidden": [8]}, "batch_size": 50},
                    "train": {"epochs": 2}},
            "expect": [{"kind": "epoch", "at_least": 5}]}]}
]=])
run_relulab(lesson --check "${dir}/teacher.json")
expect_equal("${status}" "1" "failing claim: exit status (out: ${out} err: ${err})")
expect_contains("${out}" "claim epoch ≥ 5 FAILS (measured 2)" "failing claim")
expect_contains("${out}" "some texts have no Chinese version" "English-only note")

# A broken file: exit 2, the file and the JSON path named.
file(WRITE "${dir}/broken.json" [=[
{"format": "relulab-lesson", "version": 1, "id": "broken", "title": {"en": "B"},
 "steps": [{"title": {"en": "One"}, "text": {"en": "x"},
            "point_at": {"target": "nowhere", "callout": {"en": "here"}}}]}
]=])
run_relulab(lesson --check "${dir}/broken.json")
expect_equal("${status}" "2" "broken file: exit status")
expect_contains("${err}" "broken.json" "broken file: names the file")
expect_contains("${err}" "steps[0].point_at.target" "broken file: names the JSON path")

run_relulab(lesson --check no_such_lesson)
expect_equal("${status}" "2" "unknown lesson: exit status")
run_relulab(lesson)
expect_equal("${status}" "2" "no option: exit status")
