# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# `relulab train --epochs N --save FILE`, then `relulab train --session FILE --epochs M`, prints
# the same rows, digit for digit, as `--epochs N+M` at once (the continued run starts with the
# row of epoch N again), for every optimiser and schedule (the cosine one over all N+M epochs,
# --cosine-epochs), in f32 and f64; the session saved after the continued run is the one saved
# by the whole run. A damaged training state is refused with exit status 2 and a sentence
# naming it.
# Run by CTest with -DRELULAB=<exe> -DWORK_DIR=<dir>.

cmake_policy(SET CMP0007 NEW) # lists keep their empty elements (an empty last line)
set(dir "${WORK_DIR}/cli_session_resume")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")

include("${CMAKE_CURRENT_LIST_DIR}/cliexpect.cmake")

# Minibatches (the shuffling generator matters), RReLU (it draws from the same generator),
# weight decay, a schedule that changes within the run.
set(base train --dataset moons --samples 60 --hidden 5,4 --activation relu,rrelu --batch 8
    --weight-decay 0.001 --lr 0.02 --step-size 2 --gamma 0.5 --cosine-epochs 5 --seed 5)
set(n 2)
set(m 3)
math(EXPR total "${n} + ${m}")

# The lines of `text` from index `first` on.
function(lines_from text first result)
    string(REPLACE "\n" ";" lines "${text}")
    list(SUBLIST lines ${first} -1 tail)
    set(${result} "${tail}" PARENT_SCOPE)
endfunction()

foreach(optimizer "sgd" "sgd --momentum 0.9" "sgd --momentum 0.9 --nesterov" "adam"
                  "rmsprop" "rmsprop --momentum 0.5")
    separate_arguments(optimizer_args UNIX_COMMAND "--optimizer ${optimizer}")
    foreach(schedule constant step cosine)
        foreach(dtype f32 f64)
            set(what "${optimizer} / ${schedule} / ${dtype}")
            set(options ${base} ${optimizer_args} --schedule ${schedule} --dtype ${dtype})
            run_relulab(${options} --epochs ${total} --save "${dir}/whole.json")
            expect_equal("${status}" "0" "${what}: whole run (stderr: ${err})")
            set(whole "${out}")
            run_relulab(${options} --epochs ${n} --save "${dir}/part.json")
            expect_equal("${status}" "0" "${what}: first part (stderr: ${err})")
            run_relulab(train --session "${dir}/part.json" --epochs ${m}
                        --save "${dir}/continued.json")
            expect_equal("${status}" "0" "${what}: continued (stderr: ${err})")
            # Header + epochs 0..N+M against header + epochs N..N+M.
            math(EXPR from "${n} + 1")
            lines_from("${whole}" ${from} expected)
            lines_from("${out}" 1 got)
            expect_equal("${got}" "${expected}" "${what}: rows after reopening")
            # The state at the end is the same too: a third part would go on alike.
            file(READ "${dir}/whole.json" whole_json)
            file(READ "${dir}/continued.json" continued_json)
            string(JSON whole_state GET "${whole_json}" training_state)
            string(JSON continued_state GET "${continued_json}" training_state)
            string(JSON whole_weights GET "${whole_json}" weights)
            string(JSON continued_weights GET "${continued_json}" weights)
            expect_equal("${continued_state}" "${whole_state}" "${what}: saved state")
            expect_equal("${continued_weights}" "${whole_weights}" "${what}: saved weights")
        endforeach()
    endforeach()
endforeach()

file(READ "${dir}/part.json" part)
string(JSON version GET "${part}" version)
expect_equal("${version}" "2" "format version")
string(JSON word GET "${part}" training_state rng words 0)
string(LENGTH "${word}" length)
expect_equal("${length}" "16" "a generator word is 16 hexadecimal digits")

# A damaged state: refused before training, with the JSON path in the message.
string(JSON damaged SET "${part}" training_state rng words 2 "\"not hex at all\"")
file(WRITE "${dir}/damaged.json" "${damaged}")
run_relulab(train --session "${dir}/damaged.json" --epochs 1)
expect_equal("${status}" "2" "damaged state: exit status (stderr: ${err})")
expect_contains("${err}" "training_state.rng.words[2]" "damaged state: message")
string(JSON damaged SET "${part}" training_state first_moment "[1, 2]")
file(WRITE "${dir}/damaged.json" "${damaged}")
run_relulab(train --session "${dir}/damaged.json" --epochs 1)
expect_equal("${status}" "2" "short moment: exit status (stderr: ${err})")
expect_contains("${err}" "training_state.first_moment" "short moment: message")
# Against the data: a step inside an epoch that has only so many minibatches.
string(JSON damaged SET "${part}" training_state step_in_epoch 99)
file(WRITE "${dir}/damaged.json" "${damaged}")
run_relulab(train --session "${dir}/damaged.json" --epochs 1)
expect_equal("${status}" "2" "step beyond the epoch: exit status (stderr: ${err})")
expect_contains("${err}" "step_in_epoch" "step beyond the epoch: message")

# A version 1 file (no state) still opens and trains from epoch 0 with its weights.
string(JSON v1 SET "${part}" version 1)
string(JSON v1 REMOVE "${v1}" training_state)
file(WRITE "${dir}/v1.json" "${v1}")
run_relulab(train --session "${dir}/v1.json" --epochs 1)
expect_equal("${status}" "0" "version 1: exit status (stderr: ${err})")
lines_from("${out}" 1 v1_rows)
list(GET v1_rows 0 v1_first)
string(REGEX MATCH "^0," v1_epoch "${v1_first}")
expect_equal("${v1_epoch}" "0," "version 1: the first row is epoch 0")
