// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "formulas.h"

#include "core/activation.h"

#include <QCoreApplication>

namespace ReluLab {

namespace {

// The words a formula may contain (Core::formulaWords()), translated here: the core speaks
// English only.
QString translatedWord(const std::string &word)
{
    if (word == "otherwise")
        return QCoreApplication::translate("Formula", "otherwise");
    if (word == "learned")
        return QCoreApplication::translate("Formula", "weight is learned");
    if (word == "training")
        return QCoreApplication::translate("Formula", "in training");
    if (word == "eval")
        return QCoreApplication::translate("Formula", "in evaluation");
    if (word == "nogradient")
        return QCoreApplication::translate("Formula", "no gradient flows");
    return QString::fromStdString(word);
}

} // namespace

QString formulaHtml(const QString &id, bool derivative)
{
    const Core::ActivationInfo *info = Core::findActivationInfo(id.toStdString());
    if (!info)
        return QString();
    QString html = QString::fromStdString(Core::formulaHtml(*info, derivative));
    for (const auto &[word, english] : Core::formulaWords())
        html.replace(QStringLiteral("{%1}").arg(QString::fromStdString(word)),
                     translatedWord(word).toHtmlEscaped());
    return html;
}

} // namespace ReluLab
