// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "divergencetext.h"

#include "core/numbertext.h"

#include <QCoreApplication>

namespace ReluLab {

namespace {

// lupdate files the tr() calls of member functions under the class's context ("Divergence").
class DivergenceText
{
    Q_DECLARE_TR_FUNCTIONS(Divergence)

public:
    static QString cause(const Core::DivergenceReport &report)
    {
        switch (report.cause) {
        case Core::DivergenceCause::NonFiniteLoss:
            return tr("the loss became NaN or infinite");
        case Core::DivergenceCause::NonFiniteGradient:
            return tr("a gradient became NaN or infinite");
        case Core::DivergenceCause::NonFiniteWeight:
            return tr("a weight became NaN or infinite");
        case Core::DivergenceCause::LossBlowUp:
            // Read by a person: four significant digits say enough (the JSON and the saved session
            // keep the exact values).
            return tr("the training loss %1 exceeded %2 times the loss before training (%3)")
                .arg(QString::number(report.loss, 'g', 4),
                     QString::fromStdString(Core::shortestText(Core::divergenceLossFactor)),
                     QString::number(report.referenceLoss, 'g', 4));
        }
        return {};
    }

    static QString sentence(const Core::DivergenceReport &report)
    {
        return tr("training diverged in epoch %1 (step %2): %3; the gradient norm of layer %4 "
                  "blew up first. The last finite weights are kept.")
            .arg(QString::number(report.epoch), QString::number(report.step), cause(report),
                 QString::number(report.layer + 1));
    }
};

} // namespace

QString describeDivergence(const Core::DivergenceReport &report)
{
    return DivergenceText::sentence(report);
}

} // namespace ReluLab
