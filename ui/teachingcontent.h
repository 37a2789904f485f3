// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QString>
#include <QStringList>

// The teaching texts are resources, not string literals: resources/teaching/<language>/<id>.html
// (one page per activation id), resources/teaching/<language>/topics/<topic>.html and
// resources/teaching/glossary.json, compiled in under :/teaching. Each page is a well-formed
// XHTML fragment (<div class="teaching" lang="...">) that QTextBrowser/QLabel render as rich text.

namespace ReluLab {

// The page for an activation id ("leaky_relu") in a language ("en", "zh_CN", "zh_TW"); falls
// back to English when the language has no page, and to an empty string for an unknown id.
QString teachingHtml(const QString &id, const QString &language);

// The same for a topic page ("dead_neurons", see teachingTopicIds()).
QString topicHtml(const QString &topic, const QString &language);

// The topic pages every language provides.
QStringList teachingTopicIds();

// The resource path of a page, or an empty string when that exact page does not exist
// (no fallback): what the tests use to check that every language is complete.
QString teachingResourcePath(const QString &id, const QString &language);
QString topicResourcePath(const QString &topic, const QString &language);

} // namespace ReluLab
