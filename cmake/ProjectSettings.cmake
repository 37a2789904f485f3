# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# Project-wide compile settings as INTERFACE targets (no directory-scope flags):
#   relulab_settings    C++20, warnings, optional -Werror and sanitizers; every target links it.
#   relulab_qt_settings Qt strictness for the Qt layers (bare string literals do not compile).

add_library(relulab_settings INTERFACE)
add_library(ReluLab::settings ALIAS relulab_settings)
target_compile_features(relulab_settings INTERFACE cxx_std_20)
set_target_properties(relulab_settings PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
target_compile_options(relulab_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough
    $<$<BOOL:${RELULAB_WERROR}>:-Werror>)

if(RELULAB_SANITIZE)
    target_compile_options(relulab_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(relulab_settings INTERFACE -fsanitize=address,undefined)
endif()

add_library(relulab_qt_settings INTERFACE)
add_library(ReluLab::qt_settings ALIAS relulab_qt_settings)
target_compile_definitions(relulab_qt_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    # Qt 6.4 knows only the _BEFORE form (_UP_TO arrived in 6.5 and is ignored here): every API
    # deprecated up to 6.4 fails to compile.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    RELULAB_VERSION="${PROJECT_VERSION}")
target_link_libraries(relulab_qt_settings INTERFACE relulab_settings)
