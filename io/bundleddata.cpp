// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "bundleddata.h"

#include <QFile>

namespace ReluLab {

namespace {

std::string readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

} // namespace

const Core::DataSources &bundledDataSources()
{
    // A function-local static: initialised once, thread-safe (C++11 magic statics).
    static const Core::DataSources sources{readResource(QStringLiteral(":/data/digits.csv"))};
    return sources;
}

} // namespace ReluLab
