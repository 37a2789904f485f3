# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# One range per option, everywhere: `relulab train` saves a session at each end of every
# option's range (core/limits.h) and `relulab train --session` opens it again; a value just
# outside is refused by the option, and by the session reader when written into a file, with
# the same sentence naming the range.
# Run by CTest with -DRELULAB=<exe> -DWORK_DIR=<dir>.

set(dir "${WORK_DIR}/cli_limits")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")

include("${CMAKE_CURRENT_LIST_DIR}/cliexpect.cmake")

set(base train --dataset xor --samples 8 --hidden 2 --epochs 0)

# OPTION VALUE: saved, then reopened (exit 0 both times).
function(expect_round_trip option value)
    set(file "${dir}/s.json")
    file(REMOVE "${file}")
    run_relulab(${base} ${option} ${value} --save "${file}")
    expect_equal("${status}" "0" "${option} ${value}: save (stderr: ${err})")
    run_relulab(train --session "${file}" --epochs 0)
    expect_equal("${status}" "0" "${option} ${value}: reopen (stderr: ${err})")
endfunction()

# OPTION VALUE NEEDLE: refused with exit 2 and a message containing NEEDLE.
function(expect_refused option value needle)
    run_relulab(${base} ${option} ${value})
    expect_equal("${status}" "2" "${option} ${value}: exit status (stderr: ${err})")
    expect_contains("${err}" "${needle}" "${option} ${value}: message")
endfunction()

# Each end of each range (an open end: a value just inside it).
expect_round_trip(--lr 1e-12)
expect_round_trip(--lr 1000000)
expect_round_trip(--momentum 0)
expect_round_trip(--momentum 1)
expect_round_trip(--gamma 1e-12)
expect_round_trip(--gamma 1000000)
expect_round_trip(--weight-decay 0)
expect_round_trip(--weight-decay 1000000)
expect_round_trip(--activity-l1 0)
expect_round_trip(--activity-l1 1000000)
expect_round_trip(--step-size 1)
expect_round_trip(--step-size 1000000)
expect_round_trip(--batch 0)
expect_round_trip(--batch 1000000)
expect_round_trip(--bias-init -1000000)
expect_round_trip(--bias-init 1000000)
expect_round_trip(--hidden 512)
expect_round_trip(--hidden 1)
string(REPEAT "1," 63 many)
expect_round_trip(--hidden "${many}1")

# Just outside: the option says so with the range.
expect_refused(--lr 0 "(0, 1000000]")
expect_refused(--lr 1000001 "(0, 1000000]")
expect_refused(--momentum 2 "[0, 1]")
expect_refused(--gamma 0 "(0, 1000000]")
expect_refused(--gamma 2e6 "(0, 1000000]")
expect_refused(--weight-decay 1000001 "[0, 1000000]")
expect_refused(--activity-l1 1000001 "[0, 1000000]")
expect_refused(--step-size 1000001 "[1, 1000000]")
expect_refused(--batch 1000001 "[0, 1000000]")
expect_refused(--epochs 1000001 "[0, 1000000]")
expect_refused(--bias-init 1000001 "[-1000000, 1000000]")
expect_refused(--hidden 513 "513")
expect_refused(--hidden "${many}1,1" "64")

# The epochs limit is read from a file (a million epochs are not trained here): the session
# reader takes exactly what the option takes.
run_relulab(${base} --save "${dir}/e.json")
expect_equal("${status}" "0" "base session (stderr: ${err})")
file(READ "${dir}/e.json" session)
foreach(case "1000000;0" "1000001;2")
    list(GET case 0 epochs)
    list(GET case 1 expected)
    string(REGEX REPLACE "\"epochs\": *[0-9]+" "\"epochs\": ${epochs}" edited "${session}")
    file(WRITE "${dir}/edited.json" "${edited}")
    run_relulab(train --session "${dir}/edited.json" --epochs 0)
    expect_equal("${status}" "${expected}" "session with ${epochs} epochs (stderr: ${err})")
    if(expected EQUAL 2)
        expect_contains("${err}" "[0, 1000000]" "session with ${epochs} epochs")
    endif()
endforeach()
# A session's momentum of 2 is refused with the option's sentence.
string(REGEX REPLACE "\"momentum\": *[0-9.e+-]+" "\"momentum\": 2" edited "${session}")
file(WRITE "${dir}/edited.json" "${edited}")
run_relulab(train --session "${dir}/edited.json")
expect_equal("${status}" "2" "session with momentum 2 (stderr: ${err})")
expect_contains("${err}" "momentum" "session with momentum 2")
expect_contains("${err}" "[0, 1]" "session with momentum 2")
