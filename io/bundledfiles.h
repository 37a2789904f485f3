// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "sessionfile.h"

#include <QDir>
#include <QtDebug>

#include <algorithm>
#include <vector>

namespace ReluLab {

/// Every *.json file of a bundled resource folder read with `read` (a function of the path that
/// returns ReadResult<T>), marked bundled and sorted by `order` (files of equal order keep their
/// name order). A broken bundled file is a build defect, not a user's mistake: it is left out with
/// a warning naming `kind` and the file, and the tests that read every bundled file fail on it.
template<typename T, typename Read>
std::vector<T> readBundledFiles(const QString &directory, const char *kind, Read read)
{
    std::vector<T> list;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        ReadResult<T> item = read(dir.filePath(name));
        if (!item) {
            qWarning("relulab: bundled %s %s: %s", kind, qPrintable(name),
                     qPrintable(item.errorString()));
            continue;
        }
        item->bundled = true;
        list.push_back(std::move(item.value()));
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const T &a, const T &b) { return a.order < b.order; });
    return list;
}

} // namespace ReluLab
