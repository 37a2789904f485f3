// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "learnpanel.h"

#include "explorertext.h"
#include "formulas.h"

#include "io/languagemanager.h"
#include "ui/teachingcontent.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringList>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace ReluLab {

QString teachingText(const QString &id, const QString &language)
{
    for (const QString &lang : {language, QStringLiteral("en")}) {
        QFile file(QStringLiteral(":/teaching/%1/%2.html").arg(lang, id));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return QString();
}

LearnPanel::LearnPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    // Links are for the mouse: with keyboard link navigation, Tab would step through the topic
    // links and never leave the panel.
    m_browser->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_browser->setObjectName(QStringLiteral("learnBrowser"));
    // The narrowest panel in which every formula keeps its terms whole (tst_formulalayout):
    // narrower, a case condition such as "min_val ≤ x ≤ max_val" would break inside a name.
    setMinimumWidth(MinimumWidth);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &LearnPanel::openLink);
    retranslateUi();
}

void LearnPanel::setActivation(const Core::Activation &activation)
{
    // A new choice in the list brings its own page back; a parameter change keeps the topic open.
    if (activation.info().id != m_activation.info().id)
        m_topic.clear();
    m_activation = activation;
    retranslateUi();
}

QString LearnPanel::topic() const
{
    return m_topic;
}

void LearnPanel::showTopic(const QString &topic)
{
    m_topic = teachingTopicIds().contains(topic) ? topic : QString();
    retranslateUi();
    m_browser->verticalScrollBar()->setValue(0);
}

void LearnPanel::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("topic"))
        showTopic(url.path());
    else if (url.scheme() == QLatin1String("activation"))
        showTopic(QString());
    else
        QDesktopServices::openUrl(url);
}

QString LearnPanel::html() const
{
    return m_browser->toHtml();
}

void LearnPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

namespace {

QString number(double value)
{
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+∞") : QStringLiteral("−∞");
    return QLocale().toString(value, 'g', 6);
}

} // namespace

QString LearnPanel::propertyTable(const Core::ActivationProperties &p) const
{
    const QString yes = tr("yes");
    const QString no = tr("no");
    auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name, value);
    };
    QString saturates;
    if (p.saturatesLeft && p.saturatesRight)
        saturates = tr("both sides");
    else if (p.saturatesLeft)
        saturates = tr("for x → −∞");
    else if (p.saturatesRight)
        saturates = tr("for x → +∞");
    else
        saturates = no;
    // The PyTorch-convention note belongs to f′(0) only where f′ really breaks at 0.
    bool breakAtZero = false;
    QStringList breaks;
    for (const Core::BreakPoint &b : p.breakPoints) {
        breakAtZero = breakAtZero || b.x == 0.0;
        if (b.kind == Core::BreakPoint::Kind::Jump)
            breaks << tr("jump at x = %1 (f: %2 → %3, f(%1) = %4)")
                          .arg(number(b.x), number(b.valueLeft), number(b.valueRight),
                               number(b.valueAt));
        else
            breaks << tr("kink at x = %1 (f′: %2 → %3)")
                          .arg(number(b.x), number(b.gradLeft), number(b.gradRight));
    }
    QString gradient = number(p.gradientAtZero);
    if (breakAtZero)
        gradient += QStringLiteral(" <small>(%1)</small>")
                        .arg(tr("f′ jumps at 0: the value PyTorch takes there"));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                  "style=\"border-collapse: collapse;\">");
    // Interval notation: "[" where the bound is a value of f, "(" where it is only a limit.
    const QString openRange = p.rangeMinReached ? QStringLiteral("[") : QStringLiteral("(");
    const QString closeRange = p.rangeMaxReached ? QStringLiteral("]") : QStringLiteral(")");
    html += row(tr("Range"),
                QStringLiteral("%1%2, %3%4")
                    .arg(openRange, number(p.rangeMin), number(p.rangeMax), closeRange));
    html += row(tr("Monotonic"), p.monotonic ? yes : no);
    html += row(tr("Smoothness"), smoothnessDisplayName(p.smoothness));
    if (!breaks.isEmpty())
        html += row(tr("Jumps and kinks"), breaks.join(QStringLiteral("<br>")));
    // teaching.md T5's rule, with the numbers that decided it.
    html += row(tr("Zero-centred"),
                QStringLiteral("%1 <small>(%2)</small>")
                    .arg(p.zeroCentred ? yes : no,
                         tr("|E[f(z)]| = %1 %2 0.1 · SD[f(z)] = %3, z ~ N(0, 1)")
                             .arg(QLocale().toString(std::abs(p.outputMean), 'g', 2),
                                  p.zeroCentred ? QStringLiteral("≤") : QStringLiteral(">"),
                                  QLocale().toString(0.1 * p.outputSd, 'g', 2))));
    html += row(tr("Saturates"), saturates);
    html += row(tr("Identity near 0"), p.identityNearZero ? yes : no);
    html += row(tr("Dead-unit risk"),
                p.canProduceDeadUnits
                    ? tr("yes: f′ = 0 on a whole range of inputs, a unit can stop learning")
                    : no);
    html += row(tr("f′(0)"), gradient);
    html += QStringLiteral("</table>");
    return html
           + QStringLiteral("<p><a href=\"topic:activation_properties\">%1</a></p>")
                 .arg(tr("What each property means and why it matters"));
}

namespace {

// The <h2> title of a teaching page, or the id when the page has none.
QString pageTitle(const QString &html, const QString &fallback)
{
    static const QRegularExpression title(QStringLiteral("<h2>([^<]*)</h2>"));
    const QRegularExpressionMatch match = title.match(html);
    return match.hasMatch() ? match.captured(1) : fallback;
}

} // namespace

QString LearnPanel::topicLinks(const QString &language) const
{
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(tr("Topics"));
    for (const QString &id : teachingTopicIds())
        html += QStringLiteral("<li><a href=\"topic:%1\">%2</a></li>")
                    .arg(id, pageTitle(topicHtml(id, language), id));
    return html + QStringLiteral("</ul>");
}

QString LearnPanel::topicHtmlWithBackLink(const QString &language) const
{
    const QString back
        = QStringLiteral("<p><a href=\"activation:\">← %1</a></p>")
              .arg(
                  tr("Back to %1").arg(activationDisplayName(m_activation.info()).toHtmlEscaped()));
    return back + topicHtml(m_topic, language) + back;
}

void LearnPanel::retranslateUi()
{
    const QString language = LanguageManager::instance()->language();
    if (!m_topic.isEmpty()) {
        m_browser->setHtml(topicHtmlWithBackLink(language));
        return;
    }
    const Core::ActivationInfo &info = m_activation.info();
    const QString id = QString::fromStdString(info.id);
    QString html = QStringLiteral("<h2>%1</h2><p><tt>%2</tt> · %3</p>")
                       .arg(activationDisplayName(info).toHtmlEscaped(),
                            QString::fromStdString(info.pytorchName).toHtmlEscaped(),
                            familyDisplayName(info.family).toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Formula"));
    // Typeset from the descriptor's one formula source (the CLI's plain text comes from it too).
    html += formulaHtml(id, false) + formulaHtml(id, true);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Properties for these parameters"));
    html += propertyTable(m_activation.properties());
    QString text = teachingText(id, language);
    // The page's own title repeats the name at the top of the panel.
    static const QRegularExpression pageTitle(QStringLiteral("<h2>[^<]*</h2>"));
    text.remove(pageTitle);
    if (!text.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(tr("About this function")) + text;
    html += topicLinks(language);
    m_browser->setHtml(html);
}

} // namespace ReluLab
