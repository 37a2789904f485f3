// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The bundled handwritten digits for core tests, read straight from the source tree (core tests
// link core only, not the io library that serves the app's bundled data).
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace ReluLab::Testing {

/// resources/data/digits.csv as text; empty when it cannot be read.
inline std::string readDigitsText()
{
    std::ifstream stream(std::string(RELULAB_TEST_DATA_DIR) + "/../resources/data/digits.csv",
                         std::ios::binary);
    std::ostringstream text;
    text << stream.rdbuf();
    return text.str();
}

} // namespace ReluLab::Testing
