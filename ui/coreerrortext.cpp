// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "coreerrortext.h"

#include <core/result.h>

#include <QCoreApplication>

namespace ReluLab {

namespace {

QString arg(const Core::Error &error, const char *key)
{
    return QString::fromStdString(error.arg(key));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("CoreError", text);
}

} // namespace

QString describeCoreError(const Core::Error &error)
{
    const std::string &code = error.code;
    if (code == "unknown_activation")
        return tr("Unknown activation '%1'.").arg(arg(error, "id"));
    if (code == "unknown_parameter")
        return tr("The activation '%1' has no parameter '%2'.")
            .arg(arg(error, "id"), arg(error, "name"));
    if (code == "parameter_out_of_range")
        return tr("The parameter '%1' of '%2' must lie between %3 and %4; %5 is outside.")
            .arg(arg(error, "name"), arg(error, "id"), arg(error, "min"), arg(error, "max"),
                 arg(error, "value"));
    if (code == "invalid_parameters")
        return tr("The parameters of '%1' do not fit together: %2.")
            .arg(arg(error, "id"), arg(error, "detail"));
    return QString::fromStdString(error.message);
}

} // namespace ReluLab
