// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "unitcolumns.h"

#include "commands.h"

#include "io/coreerrortext.h"
#include "io/traininglogwriter.h"

#include <algorithm>

namespace ReluLab::Cli {

namespace {

QString unitName(const Core::UnitIndex &unit)
{
    return QStringLiteral("%1:%2").arg(unit.layer + 1).arg(unit.unit + 1);
}

} // namespace

bool parseUnitOptions(const QStringList &texts, std::vector<Core::UnitIndex> &units,
                      QString &problem)
{
    for (const QString &text : texts) {
        const QStringList parts = text.split(QLatin1Char(':'));
        bool layerOk = false;
        bool unitOk = false;
        const int layer = parts.size() == 2 ? parts[0].trimmed().toInt(&layerOk) : 0;
        const int unit = parts.size() == 2 ? parts[1].trimmed().toInt(&unitOk) : 0;
        if (!layerOk || !unitOk || layer < 1 || unit < 1) {
            problem = CliText::tr("relulab train: --unit expects LAYER:UNIT, two whole numbers "
                                  "from 1 (such as 1:3), got '%1'\n")
                          .arg(quoted(text));
            return false;
        }
        const Core::UnitIndex index{layer - 1, unit - 1};
        if (std::find(units.begin(), units.end(), index) == units.end())
            units.push_back(index);
    }
    return true;
}

bool checkUnits(const std::vector<Core::UnitIndex> &units, const std::vector<int> &widths,
                QString &problem)
{
    for (const Core::UnitIndex &unit : units) {
        const Core::Status status = Core::checkUnit(widths, unit);
        if (!status) {
            problem = CliText::tr("relulab train: --unit %1: %2\n")
                          .arg(unitName(unit), describeCoreError(status.error()));
            return false;
        }
    }
    return true;
}

QStringList unitColumns(const std::vector<Core::UnitIndex> &units)
{
    QStringList columns;
    for (const Core::UnitIndex &unit : units) {
        const QString prefix = QStringLiteral("unit_%1_%2_").arg(unit.layer + 1).arg(unit.unit + 1);
        for (const char *name : {"active", "pre_min", "pre_mean", "pre_max"})
            columns << prefix + QLatin1String(name);
    }
    return columns;
}

QString unitCsvCells(const std::vector<Core::UnitStats> &stats)
{
    QString cells;
    for (const Core::UnitStats &s : stats) {
        for (double value :
             {s.activeFraction, s.preActivationMin, s.preActivationMean, s.preActivationMax})
            cells += QLatin1Char(',') + TrainingLogWriter::number(value, false);
    }
    return cells;
}

QString withUnitJson(const QString &jsonRow, const std::vector<Core::UnitStats> &stats)
{
    if (stats.empty() || !jsonRow.endsWith(QLatin1Char('}')))
        return jsonRow;
    QStringList objects;
    for (const Core::UnitStats &s : stats) {
        const auto number = [](double value) { return TrainingLogWriter::number(value, true); };
        objects << QStringLiteral("{\"layer\": %1, \"unit\": %2, \"active\": %3, \"pre_min\": %4, "
                                  "\"pre_mean\": %5, \"pre_max\": %6}")
                       .arg(QString::number(s.index.layer + 1), QString::number(s.index.unit + 1),
                            number(s.activeFraction), number(s.preActivationMin),
                            number(s.preActivationMean), number(s.preActivationMax));
    }
    return jsonRow.chopped(1) + QStringLiteral(", \"units\": [")
           + objects.join(QStringLiteral(", ")) + QStringLiteral("]}");
}

} // namespace ReluLab::Cli
