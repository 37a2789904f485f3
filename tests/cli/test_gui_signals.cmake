# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# SIGTERM and SIGHUP to the window are a normal quit: the on-exit autosave is written, the lock
# is released and the exit status is 0. The app runs offscreen with private XDG folders.
# Run by CTest with -DRELULAB=<exe> -DWORK_DIR=<dir>.

foreach(signal TERM HUP)
    set(dir "${WORK_DIR}/cli_gui_signals/${signal}")
    file(REMOVE_RECURSE "${dir}")
    file(MAKE_DIRECTORY "${dir}/data" "${dir}/config")
    set(app_dir "${dir}/data/ReluLab/relulab")
    # Wait for the autosave lock (taken just before the handlers are installed), then a moment
    # for the window to be up, then the signal; `timeout` only guards against a hang.
    execute_process(
        COMMAND bash -c "
            XDG_DATA_HOME='${dir}/data' XDG_CONFIG_HOME='${dir}/config' \
                timeout 120 '${RELULAB}' --workspace network &
            pid=$!
            for i in $(seq 1 600); do
                [ -e '${app_dir}/running.lock' ] && break
                sleep 0.1
            done
            sleep 2
            kill -${signal} $pid
            wait $pid"
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 200)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "SIG${signal}: exit status ${status}, expected 0 (a normal quit):\n${err}")
    endif()
    if(NOT EXISTS "${app_dir}/autosave.relulab.json")
        message(FATAL_ERROR "SIG${signal}: no on-exit autosave in ${app_dir}")
    endif()
    file(READ "${app_dir}/autosave.relulab.json" session)
    string(JSON format ERROR_VARIABLE json_error GET "${session}" format)
    if(NOT format STREQUAL "relulab-session")
        message(FATAL_ERROR "SIG${signal}: the autosave is not a session file (${json_error})")
    endif()
    if(EXISTS "${app_dir}/running.lock")
        message(FATAL_ERROR "SIG${signal}: the autosave lock was left behind")
    endif()
endforeach()
