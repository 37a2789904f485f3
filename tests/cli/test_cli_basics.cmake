# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# The top-level command line: --help names every subcommand and every subcommand answers
# --help; --version prints the version that the top-level CMakeLists.txt declares (so a version
# bump cannot leave a stale string behind); an unknown command is refused with exit status 2 and
# a message on stderr only.
# Run by CTest with -DRELULAB=<exe> -DDATA_DIR=<tests source dir>.

file(READ "${DATA_DIR}/../CMakeLists.txt" top_level)
if(NOT top_level MATCHES "project\\(ReluLab[^)]*VERSION[ \t\r\n]+([0-9]+\\.[0-9]+\\.[0-9]+)")
    message(FATAL_ERROR "no VERSION in the project() call of ${DATA_DIR}/../CMakeLists.txt")
endif()
set(version "${CMAKE_MATCH_1}")

# A time limit turns an accidental GUI start (which would wait for events forever) into a
# failure instead of a hang.
set(relulab_run_timeout 60)
include("${CMAKE_CURRENT_LIST_DIR}/cliexpect.cmake")

# Help, in both spellings: exit 0, on stdout, every subcommand listed as a command line entry.
foreach(option --help -h)
    run_relulab(${option})
    expect_equal("${status}" "0" "exit status of relulab ${option}")
    expect_equal("${err}" "" "stderr of relulab ${option}")
    expect_contains("${out}" "Usage: relulab" "relulab ${option}")
    foreach(command eval render train scenario code predict export-pytorch export-numpy lesson)
        if(NOT out MATCHES "\n  ${command} ")
            message(FATAL_ERROR "relulab ${option} does not list the '${command}' command:\n${out}")
        endif()
    endforeach()
    foreach(mentioned --help --version)
        expect_contains("${out}" "${mentioned}" "relulab ${option}")
    endforeach()
endforeach()

# Each subcommand's own help: exit 0 and a usage line on stdout.
foreach(command eval render train scenario code predict export-pytorch export-numpy lesson)
    foreach(option --help -h)
        run_relulab(${command} ${option})
        expect_equal("${status}" "0" "exit status of relulab ${command} ${option}")
        expect_contains("${out}" "Usage: relulab ${command}" "relulab ${command} ${option}")
    endforeach()
endforeach()

# Version, in both spellings: exactly one line with the version CMake declares.
foreach(option --version -v)
    run_relulab(${option})
    expect_equal("${status}" "0" "exit status of relulab ${option}")
    expect_equal("${out}" "relulab ${version}\n" "stdout of relulab ${option}")
    expect_equal("${err}" "" "stderr of relulab ${option}")
endforeach()

# An unknown command: exit 2, nothing on stdout, a message on stderr that names the command and
# points to --help.
foreach(command nosuchcommand evaluate Eval)
    run_relulab(${command} relu)
    expect_equal("${status}" "2" "exit status of relulab ${command}")
    expect_equal("${out}" "" "stdout of relulab ${command}")
    expect_contains("${err}" "'${command}'" "stderr of relulab ${command}")
    expect_contains("${err}" "--help" "stderr of relulab ${command}")
endforeach()

# Window options are checked before any window opens: an unknown option or a bad value is a
# message on stderr naming it and exit 2 (offscreen, so a wrongly opened window would hang
# until the time limit instead of failing silently).
set(ENV{QT_QPA_PLATFORM} offscreen)
foreach(arguments "--bogus" "--theme;purple" "--workspace;kitchen" "--scenario;no_such_lesson"
                  "--lesson;no_such_lesson" "--theme" "lesson.json;extra.json")
    run_relulab(${arguments})
    expect_equal("${status}" "2" "exit status of relulab ${arguments}")
    expect_equal("${out}" "" "stdout of relulab ${arguments}")
    expect_contains("${err}" "--help" "stderr of relulab ${arguments}")
endforeach()
run_relulab(--bogus)
expect_contains("${err}" "'bogus'" "stderr of relulab --bogus")

# One way to parse arguments, one form of complaint (relulab(1), DIAGNOSTICS): every command
# says "relulab COMMAND: WHAT" and then "Run 'relulab COMMAND --help'.", naming the command run.
string(REGEX REPLACE "QStandardPaths: [^\n]*\n" "" err "${err}")
expect_equal("${err}" "relulab: Unknown option 'bogus'.\nRun 'relulab --help'.\n"
             "relulab --bogus: the message form")
foreach(command eval render train scenario code predict export-pytorch export-numpy lesson)
    run_relulab(${command} --bogus)
    string(REGEX REPLACE "QStandardPaths: [^\n]*\n" "" err "${err}")
    expect_equal("${status}" "2" "exit status of relulab ${command} --bogus")
    expect_equal("${out}" "" "stdout of relulab ${command} --bogus")
    expect_equal("${err}"
                 "relulab ${command}: Unknown option 'bogus'.\nRun 'relulab ${command} --help'.\n"
                 "relulab ${command} --bogus: the message form")
    # A missing value is the parser's complaint too, in the same form.
    run_relulab(${command} relu --seed)
    if(command STREQUAL "render")
        run_relulab(${command} relu --out)
    endif()
    string(REGEX REPLACE "QStandardPaths: [^\n]*\n" "" err "${err}")
    expect_equal("${status}" "2" "exit status of relulab ${command} with a missing value")
    if(NOT err MATCHES "^relulab ${command}: [^\n]+\nRun 'relulab ${command} --help'\\.\n$")
        message(FATAL_ERROR "relulab ${command} with a missing value: the message form:\n${err}")
    endif()
endforeach()
run_relulab(nosuchcommand)
string(REGEX REPLACE "QStandardPaths: [^\n]*\n" "" err "${err}")
expect_equal("${err}" "relulab: unknown command 'nosuchcommand'.\nRun 'relulab --help'.\n"
             "relulab nosuchcommand: the message form")
run_relulab(--help)
foreach(option --workspace --scenario --lesson --theme --presentation)
    expect_contains("${out}" "${option}" "relulab --help lists the window option")
endforeach()
