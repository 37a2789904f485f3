// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/activation.h"

#include <QWidget>

class QTextBrowser;
class QUrl;

namespace ReluLab {

/// The explanation text of an activation for a language: the resource
/// :/teaching/<lang>/<id>.html, falling back to English; empty when neither exists.
QString teachingText(const QString &id, const QString &language);

/// The "Learn" side panel: the typeset formula of f and f′, the property table from the core for
/// the current parameters, and the explanation (what it is, why, its weakness, the paper), then
/// links to the topic pages. A topic link ("topic:<id>") shows that page in the panel with a link
/// back to the activation; other links open in the browser.
class LearnPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MinimumWidth = 300;

    explicit LearnPanel(QWidget *parent = nullptr);

    void setActivation(const Core::Activation &activation);
    /// The activation (with its parameters) the page describes.
    const Core::Activation &activation() const { return m_activation; }
    /// The document as shown (for tests).
    QString html() const;
    /// The topic page shown instead of the activation's page, or empty.
    QString topic() const;
    /// Shows a topic page (see teachingTopicIds()); an empty or unknown id shows the activation.
    void showTopic(const QString &topic);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString propertyTable(const Core::ActivationProperties &properties) const;
    QString topicHtmlWithBackLink(const QString &language) const;
    QString topicLinks(const QString &language) const;
    void openLink(const QUrl &url);

    QTextBrowser *m_browser = nullptr;
    Core::Activation m_activation;
    QString m_topic;
};

} // namespace ReluLab
