// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// One parameter parser for every way in: the built relulab is run with every parameter of every
// activation through `eval`, `render`, `train --param` and a session file read by
// `train --session` (the reader the GUI uses for sessions and scenario files). Every spelling the
// parser documents must be accepted by each, and one bad value must give the same message in
// each.

#include "core/activation.h"
#include "core/activations/parameterparser.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ReluLab;

namespace {

struct Run
{
    int status = -1;
    QString err;
};

QString relulabPath()
{
    return QStringLiteral(RELULAB_BINARY_DIR "/bin/relulab");
}

Run relulab(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(relulabPath(), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

/// The spellings the parser documents for a parameter, all meaning valid values.
QStringList spellings(const Core::ParameterSpec &spec)
{
    QStringList list;
    switch (spec.kind) {
    case Core::ParameterKind::Choice:
        for (std::size_t i = 0; i < spec.choices.size(); ++i)
            list << QString::fromStdString(spec.choices[i]) << QString::number(i);
        break;
    case Core::ParameterKind::Flag:
        list << QStringLiteral("true") << QStringLiteral("false") << QStringLiteral("1")
             << QStringLiteral("0");
        break;
    case Core::ParameterKind::Real: {
        const QString text = QString::fromStdString(
            Core::parameterValueText(spec, spec.defaultValue));
        list << text;
        if (spec.defaultValue >= 0.0)
            list << QLatin1Char('+') + text;
        break;
    }
    }
    return list;
}

class Subcommands
{
public:
    Subcommands(const QString &dir, const QString &id)
        : m_dir(dir)
        , m_id(id)
    {}

    Run eval(const QString &assignment) const
    {
        return relulab({QStringLiteral("eval"), m_id, QStringLiteral("--param"), assignment},
                       "0.5\n");
    }
    Run render(const QString &assignment) const
    {
        return relulab({QStringLiteral("render"), m_id, QStringLiteral("--param"), assignment,
                        QStringLiteral("--size"), QStringLiteral("320x240"),
                        QStringLiteral("--out"), m_dir + QStringLiteral("/plot.svg")});
    }
    Run train(const QString &assignment) const
    {
        return relulab({QStringLiteral("train"), QStringLiteral("--activation"), m_id,
                        QStringLiteral("--param"), assignment, QStringLiteral("--epochs"),
                        QStringLiteral("0"), QStringLiteral("--samples"), QStringLiteral("40"),
                        QStringLiteral("--hidden"), QStringLiteral("4")});
    }
    /// The value written as a JSON string in a session's activation, read by train --session.
    Run session(const QString &name, const QString &value) const
    {
        const QString path = m_dir + QStringLiteral("/session.json");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(
            QStringLiteral("{\"format\": \"relulab-session\", \"version\": 1, \"config\": "
                           "{\"network\": {\"hidden\": [4], \"activations\": [{\"id\": \"%1\", "
                           "\"parameters\": {\"%2\": \"%3\"}}]}}}")
                .arg(m_id, name, value)
                .toUtf8());
        file.close();
        return relulab({QStringLiteral("train"), QStringLiteral("--session"), path,
                        QStringLiteral("--epochs"), QStringLiteral("0"),
                        QStringLiteral("--samples"), QStringLiteral("40")});
    }

private:
    QString m_dir;
    QString m_id;
};

/// The message after "relulab eval: " on its first line (the second is the hint to --help), the
/// reference every other way in must repeat.
QString evalMessage(const Run &run)
{
    const QString prefix = QStringLiteral("relulab eval: ");
    const QString first = run.err.section(QLatin1Char('\n'), 0, 0);
    return first.startsWith(prefix) ? first.mid(prefix.size()).trimmed() : QString();
}

} // namespace

class TestCliParameters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parameter_data();
    void parameter();
    void unknownParameter();
    void helpListsEveryActivation_data();
    void helpListsEveryActivation();
};

void TestCliParameters::initTestCase()
{
    QVERIFY2(QFile::exists(relulabPath()), qPrintable(relulabPath()));
}

void TestCliParameters::parameter_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    for (const Core::ActivationInfo &info : Core::activationCatalogue()) {
        for (const Core::ParameterSpec &spec : info.parameters) {
            const std::string row = info.id + "/" + spec.name;
            QTest::newRow(row.c_str())
                << QString::fromStdString(info.id) << QString::fromStdString(spec.name);
        }
    }
}

void TestCliParameters::parameter()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    const Core::ActivationInfo *info = Core::findActivationInfo(id.toStdString());
    QVERIFY(info);
    const Core::ParameterSpec *spec = info->parameter(name.toStdString());
    QVERIFY(spec);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Subcommands run(dir.path(), id);

    // Every documented spelling is accepted by every way in.
    const QStringList texts = spellings(*spec);
    for (const QString &text : texts) {
        const QString assignment = name + QLatin1Char('=') + text;
        const Run e = run.eval(assignment);
        QVERIFY2(e.status == 0, qPrintable(QStringLiteral("eval %1: %2").arg(assignment, e.err)));
        const Run t = run.train(assignment);
        QVERIFY2(t.status == 0, qPrintable(QStringLiteral("train %1: %2").arg(assignment, t.err)));
        const Run s = run.session(name, text);
        QVERIFY2(s.status == 0,
                 qPrintable(QStringLiteral("session %1: %2").arg(assignment, s.err)));
    }
    const Run r = run.render(name + QLatin1Char('=') + texts.first());
    QVERIFY2(r.status == 0, qPrintable(QStringLiteral("render: %1").arg(r.err)));

    // A value that is no spelling at all, and one outside the valid range: exit status 2 and
    // the same message everywhere.
    QStringList bad = {QStringLiteral("bogus")};
    if (spec->kind != Core::ParameterKind::Flag)
        bad << QString::fromStdString(
            Core::parameterValueText(Core::ParameterSpec{}, spec->maximum + 1.0));
    for (const QString &value : std::as_const(bad)) {
        const QString assignment = name + QLatin1Char('=') + value;
        const Run e = run.eval(assignment);
        QCOMPARE(e.status, 2);
        const QString message = evalMessage(e);
        QVERIFY2(!message.isEmpty() && message.contains(name), qPrintable(e.err));
        const Run results[] = {run.render(assignment), run.train(assignment),
                               run.session(name, value)};
        const char *const ways[] = {"render", "train --param", "session file"};
        for (std::size_t i = 0; i < std::size(results); ++i) {
            QVERIFY2(results[i].status == 2 && results[i].err.contains(message),
                     qPrintable(QStringLiteral("%1 with %2: status %3, '%4' instead of '%5'")
                                    .arg(QLatin1String(ways[i]), assignment)
                                    .arg(results[i].status)
                                    .arg(results[i].err.trimmed(), message)));
        }
    }
}

void TestCliParameters::unknownParameter()
{
    // A name the activation does not have: one message everywhere too.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Subcommands run(dir.path(), QStringLiteral("relu"));
    const QString assignment = QStringLiteral("negative_slope=0.1");
    const Run e = run.eval(assignment);
    QCOMPARE(e.status, 2);
    const QString message = evalMessage(e);
    QVERIFY(message.contains(QLatin1String("negative_slope")));
    for (const Run &other :
         {run.render(assignment), run.train(assignment),
          run.session(QStringLiteral("negative_slope"), QStringLiteral("0.1"))}) {
        QCOMPARE(other.status, 2);
        QVERIFY2(other.err.contains(message), qPrintable(other.err));
    }
}

void TestCliParameters::helpListsEveryActivation_data()
{
    QTest::addColumn<QString>("subcommand");
    for (const char *name : {"eval", "render", "train"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCliParameters::helpListsEveryActivation()
{
    // The help of every subcommand that takes --param lists every activation with every
    // parameter and its values (a new descriptor appears there without touching the CLI).
    QFETCH(QString, subcommand);
    QProcess process;
    process.start(relulabPath(), {subcommand, QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const Core::ActivationInfo &info : Core::activationCatalogue()) {
        const QString id = QString::fromStdString(info.id);
        const qsizetype line = help.indexOf(QStringLiteral("\n  ") + id + QLatin1Char(' '));
        QVERIFY2(line >= 0 || help.contains(QStringLiteral("\n  ") + id + QLatin1Char('\n')),
                 qPrintable(id));
        const QString row = help.mid(line + 1, help.indexOf(QLatin1Char('\n'), line + 1) - line);
        for (const Core::ParameterSpec &spec : info.parameters) {
            QVERIFY2(row.contains(QString::fromStdString(spec.name) + QLatin1Char('=')),
                     qPrintable(id + QLatin1Char('/') + QString::fromStdString(spec.name)));
            for (const std::string &choice : spec.choices)
                QVERIFY2(row.contains(QString::fromStdString(choice)), qPrintable(row));
        }
    }
}

QTEST_GUILESS_MAIN(TestCliParameters)

#include "tst_cliparameters.moc"
