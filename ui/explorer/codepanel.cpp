// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "codepanel.h"

#include "codehighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextEdit>
#include <QVBoxLayout>

#include <cmath>

namespace ReluLab {

CodePanel::CodePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    for (std::size_t i = 0; i < m_sections.size(); ++i) {
        const CodeLanguage language = allCodeLanguages[i];
        const QString key = codeLanguageKey(language);
        Section &section = m_sections[i];
        auto *header = new QHBoxLayout;
        section.title = new QLabel(page);
        QFont bold = section.title->font();
        bold.setBold(true);
        section.title->setFont(bold);
        section.copy = new QPushButton(page);
        section.copy->setObjectName(QStringLiteral("copy_") + key);
        header->addWidget(section.title, 1);
        header->addWidget(section.copy);
        layout->addLayout(header);
        section.view = new QTextEdit(page);
        section.view->setObjectName(QStringLiteral("code_") + key);
        section.view->setReadOnly(true);
        section.view->document()->setDocumentMargin(2);
        section.view->setAcceptRichText(false);
        section.view->setLineWrapMode(QTextEdit::WidgetWidth);
        section.view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        section.view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        section.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        section.view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        section.view->viewport()->installEventFilter(this);
        section.highlighter = new CodeHighlighter(section.view->document(),
                                                  language == CodeLanguage::Cpp
                                                      ? CodeHighlighter::Syntax::Cpp
                                                      : CodeHighlighter::Syntax::Python);
        layout->addWidget(section.view);
        connect(section.copy, &QPushButton::clicked, this,
                [this, language] { QApplication::clipboard()->setText(snippet(language)); });
    }
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    applyFontAndColours();
    retranslateUi();
}

void CodePanel::setActivation(const Core::Activation &activation)
{
    m_activation = activation;
    refresh();
}

QString CodePanel::snippet(CodeLanguage language) const
{
    return codeSnippet(m_activation, language);
}

void CodePanel::refresh()
{
    for (std::size_t i = 0; i < m_sections.size(); ++i) {
        QTextEdit *view = m_sections[i].view;
        // Comments one line each: the view wraps them at its own width.
        const QString text = codeSnippet(m_activation, allCodeLanguages[i], 0);
        if (view->toPlainText() != text) {
            view->setPlainText(text);
            fitHeight(view);
        }
    }
}

void CodePanel::fitHeight(QTextEdit *view)
{
    // The whole snippet shows; the panel's own scroll area scrolls.
    view->document()->setTextWidth(view->viewport()->width());
    const int height = int(std::ceil(view->document()->size().height())) + 2 * view->frameWidth()
                       + 2;
    if (view->height() != height)
        view->setFixedHeight(height);
}

bool CodePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (const Section &section : m_sections) {
            if (section.view->viewport() == watched)
                fitHeight(section.view);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CodePanel::applyFontAndColours()
{
    // Monospace a little smaller than the application's type (a 44-character line such as
    // keras.layers.LeakyReLU(negative_slope=0.25) then fits the side panel at 1024 × 768),
    // scaled with it, so presentation mode enlarges it too.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(QApplication::font().pointSizeF() * 0.85);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (const Section &section : m_sections) {
        section.view->setFont(mono);
        section.highlighter->setDarkBackground(dark);
        fitHeight(section.view);
    }
}

void CodePanel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::FontChange:
    case QEvent::PaletteChange:
        applyFontAndColours();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void CodePanel::retranslateUi()
{
    for (std::size_t i = 0; i < m_sections.size(); ++i) {
        const CodeLanguage language = allCodeLanguages[i];
        m_sections[i].title->setText(codeLanguageTitle(language));
        m_sections[i].copy->setText(tr("Copy"));
        m_sections[i].copy->setToolTip(
            tr("Copy the %1 code to the clipboard").arg(codeLanguageTitle(language)));
    }
    refresh(); // the comments are in the new language
}

} // namespace ReluLab
