# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# The helpers the command-line test scripts share (include() it after setting RELULAB):
#   run_relulab(ARGS...)      runs relulab with no standard input; sets out, err and status. The
#                             time limit (relulab_run_timeout, 300 s unless the script sets it)
#                             turns an accidental GUI start, which waits forever, into a failure.
#   expect_equal(ACTUAL EXPECTED WHAT), expect_contains(TEXT NEEDLE WHAT),
#   expect_lacks(TEXT NEEDLE WHAT)   fail the test with WHAT and both texts.

if(NOT DEFINED relulab_run_timeout)
    set(relulab_run_timeout 300)
endif()

function(run_relulab)
    execute_process(COMMAND "${RELULAB}" ${ARGN}
        INPUT_FILE /dev/null
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status
        TIMEOUT ${relulab_run_timeout})
    set(out "${out}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
    set(status "${status}" PARENT_SCOPE)
endfunction()

function(expect_equal actual expected what)
    if(NOT "${actual}" STREQUAL "${expected}")
        message(FATAL_ERROR "${what}:\n--- expected ---\n${expected}\n--- got ---\n${actual}")
    endif()
endfunction()

function(expect_contains text needle what)
    string(FIND "${text}" "${needle}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${what}: '${needle}' is missing from:\n${text}")
    endif()
endfunction()

function(expect_lacks text needle what)
    string(FIND "${text}" "${needle}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "${what}: '${needle}' should not be in:\n${text}")
    endif()
endfunction()
