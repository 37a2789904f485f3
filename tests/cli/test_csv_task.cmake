# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# A CSV's task at the command line: detected by default (whole-number labels are classes, others
# real targets), chosen with --task, refused with a message that says why when real labels are
# given to classification, refused for a generator (its task is part of it), and kept in a saved
# session as "csv_task".
# Run by CTest with -DRELULAB=<exe> -DWORK_DIR=<dir>.

set(dir "${WORK_DIR}/cli_csv_task")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")

include("${CMAKE_CURRENT_LIST_DIR}/cliexpect.cmake")

file(WRITE "${dir}/real.csv" "x,y\n-1.0,0.25\n0.0,1\n1.0,2.5\n2.0,3.75\n")
file(WRITE "${dir}/classes.csv" "x1,x2,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n")
set(quick --epochs 1 --test-fraction 0 --hidden 4)

# The row of epoch 0: train_acc (the 4th column) is a number for classes, nan for targets.
function(train_acc_of what)
    string(REGEX REPLACE "\n$" "" rows "${out}")
    string(REPLACE "\n" ";" rows "${rows}")
    list(GET rows 1 row)
    string(REPLACE "," ";" cells "${row}")
    list(GET cells 3 acc)
    set(acc "${acc}" PARENT_SCOPE)
endfunction()

run_relulab(train --dataset "${dir}/real.csv" ${quick})
expect_equal("${status}" "0" "real labels, auto: exit status (stderr: ${err})")
train_acc_of("real labels, auto")
expect_equal("${acc}" "nan" "real labels, auto: regression has no accuracy")

run_relulab(train --dataset "${dir}/real.csv" --task classification ${quick})
expect_equal("${status}" "2" "real labels as classes: exit status")
expect_equal("${out}" "" "real labels as classes: stdout")
expect_contains("${err}" "Row 2: the label 0.25 is not a whole number" "real labels as classes")
expect_contains("${err}" "Regression" "real labels as classes: the way out")

run_relulab(train --dataset "${dir}/classes.csv" ${quick})
expect_equal("${status}" "0" "class labels, auto: exit status (stderr: ${err})")
train_acc_of("class labels, auto")
expect_lacks("${acc}" "nan" "class labels, auto: accuracy")

run_relulab(train --dataset "${dir}/classes.csv" --task regression ${quick}
            --save "${dir}/regression.json")
expect_equal("${status}" "0" "class labels as targets: exit status (stderr: ${err})")
train_acc_of("class labels as targets")
expect_equal("${acc}" "nan" "class labels as targets: regression")
file(READ "${dir}/regression.json" saved)
string(JSON task GET "${saved}" config dataset csv_task)
expect_equal("${task}" "regression" "saved session: csv_task")

# A session's task holds when it is opened, and --task overrides it (a session without weights:
# saved weights fit only the output layer of their own task).
file(WRITE "${dir}/session.json" "{\"format\": \"relulab-session\", \"version\": 1, \"config\": \
{\"dataset\": {\"name\": \"csv\", \"csv_path\": \"${dir}/classes.csv\", \
\"csv_task\": \"regression\"}}}")
run_relulab(train --session "${dir}/session.json" ${quick})
expect_equal("${status}" "0" "session: exit status (stderr: ${err})")
train_acc_of("session")
expect_equal("${acc}" "nan" "session: regression as saved")
run_relulab(train --session "${dir}/session.json" --task auto ${quick})
expect_equal("${status}" "0" "session, --task auto: exit status (stderr: ${err})")
train_acc_of("session, --task auto")
expect_lacks("${acc}" "nan" "session, --task auto: classes again")

run_relulab(train --dataset "${dir}/classes.csv" --task clustering ${quick})
expect_equal("${status}" "2" "unknown task: exit status")
expect_contains("${err}" "auto|classification|regression" "unknown task: the names")

run_relulab(train --dataset moons --task regression ${quick})
expect_equal("${status}" "2" "task of a generator: exit status")
expect_contains("${err}" "--task" "task of a generator: message")

run_relulab(train --help)
expect_contains("${out}" "--task auto|classification|regression" "help lists --task")
