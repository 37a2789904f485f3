// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "curvecsv.h"

#include "curveset.h"

#include <qcustomplot.h>

#include <QStringList>

namespace ReluLab {

QString graphsToCsv(const QList<const QCPGraph *> &graphs)
{
    QStringList header{QStringLiteral("x")};
    for (const QCPGraph *graph : graphs) {
        QString name = graph->name();
        header << QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\""))
                      + QLatin1Char('"');
    }
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    if (graphs.isEmpty())
        return out;
    const int rows = graphs.first()->data()->size();
    for (int r = 0; r < rows; ++r) {
        QStringList cells{QString::number(graphs.first()->data()->at(r)->key, 'g', 17)};
        for (const QCPGraph *graph : graphs)
            cells << (r < graph->data()->size()
                          ? QString::number(graph->data()->at(r)->value, 'g', 17)
                          : QString());
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QList<const QCPGraph *> visibleCurves(const QList<const CurveSet *> &sets)
{
    QList<const QCPGraph *> graphs;
    for (const CurveSet *set : sets) {
        for (const QCPGraph *graph : {set->f(), set->df(), set->d2f()}) {
            if (graph->visible() && !graph->data()->isEmpty())
                graphs << graph;
        }
    }
    return graphs;
}

} // namespace ReluLab
