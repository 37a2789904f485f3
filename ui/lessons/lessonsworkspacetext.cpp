// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The Lessons workspace's words: the step, its question and the demo's result, rendered from
// the lesson and the demo's outcome so that a language switch re-renders them all.
#include "lessonsworkspace.h"

#include "lessondriver.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

namespace ReluLab {

namespace {

// Fractions are asked and shown in %; epochs, losses and ratios as they are.
double shownValue(const Core::StopCondition &measure, double value)
{
    return Core::conditionIsFraction(measure.kind) ? 100.0 * value : value;
}

} // namespace

void LessonsWorkspace::renderQuestion(const LessonStep &step, const QString &lang)
{
    // The choices are rebuilt for each step (their number varies).
    for (QAbstractButton *button : m_choiceGroup->buttons()) {
        m_choiceGroup->removeButton(button);
        delete button;
    }
    m_questionBox->setVisible(step.question.has_value());
    if (!step.question)
        return;
    const LessonQuestion &question = *step.question;
    const bool choice = question.kind == LessonQuestion::Kind::Choice;
    m_choices->setVisible(choice);
    m_number->setVisible(!choice);
    if (choice) {
        for (std::size_t i = 0; i < question.choices.size(); ++i) {
            auto *button = new QRadioButton(question.choices[i].text(lang), m_choices);
            button->setObjectName(QStringLiteral("lessonChoice%1").arg(i));
            m_choiceLayout->addWidget(button);
            m_choiceGroup->addButton(button, int(i));
        }
    } else {
        const Core::ConditionKind kind = question.measure.kind;
        const bool percent = Core::conditionIsFraction(kind);
        const bool whole = percent || kind == Core::ConditionKind::Epoch;
        m_number->setDecimals(whole ? 0 : 3);
        m_number->setRange(kind == Core::ConditionKind::MeanActivation ? -1e6 : 0.0,
                           percent ? 100.0 : 1e6);
        m_number->setSuffix(percent ? QStringLiteral(" %") : QString());
        m_number->setValue(0.0);
    }
}

QString LessonsWorkspace::resultSentence(const LessonStep &step) const
{
    QStringList sentences;
    if (m_runningEpoch >= 0 && m_driver->isRunning())
        sentences << tr("The demo is running… epoch %1").arg(m_runningEpoch);
    if (m_outcome && step.lab) {
        const LessonLabState &lab = *step.lab;
        switch (*m_outcome) {
        case LessonAction::Reached:
            sentences << tr("Reached: %1, at epoch %2.")
                             .arg(LessonRunner::describe(*lab.until))
                             .arg(m_outcomeEpoch);
            break;
        case LessonAction::NotReached:
            sentences << tr("Not reached: %1 did not happen within the step's limit of %2 "
                            "epochs.")
                             .arg(LessonRunner::describe(*lab.until))
                             .arg(lab.epochs);
            break;
        case LessonAction::Diverged:
            sentences << tr("The run diverged at epoch %1.").arg(m_outcomeEpoch);
            break;
        case LessonAction::Done:
        case LessonAction::TrainEpoch:
        case LessonAction::Switch:
            if (lab.epochs > 0)
                sentences << tr("Trained to epoch %1.").arg(m_outcomeEpoch);
            break;
        }
    }
    if (m_revealed && step.question) {
        const LessonQuestion &question = *step.question;
        if (question.kind == LessonQuestion::Kind::Choice) {
            const QString answer = question.choices[std::size_t(question.answer)].text(language());
            sentences << (m_choice == question.answer
                              ? tr("Right: %1.").arg(answer)
                              : tr("Not quite: the answer is %1.").arg(answer));
        } else {
            const Core::StopCondition &measure = question.measure;
            const double guess = m_number->value();
            const double measured = shownValue(measure, m_measured);
            const double tolerance = shownValue(measure, question.tolerance);
            const bool percent = Core::conditionIsFraction(measure.kind);
            const int decimals = percent || measure.kind == Core::ConditionKind::Epoch ? 0 : 3;
            const QString unit = percent ? QStringLiteral(" %") : QString();
            const QLocale locale;
            const auto number = [&](double v) { return locale.toString(v, 'f', decimals) + unit; };
            if (!std::isfinite(measured)) {
                sentences << tr("This could not be measured.");
            } else {
                const double off = std::abs(guess - measured);
                sentences << (off <= tolerance
                                  ? tr("Measured: %1. You said %2: %3 off, within ±%4. Well "
                                       "predicted!")
                                  : tr("Measured: %1. You said %2: %3 off, more than ±%4."))
                                 .arg(number(measured), number(guess), number(off),
                                      number(tolerance));
            }
        }
    }
    if (m_finished)
        sentences << tr("Lesson finished. Pick another one from the list, or go back to any "
                        "step.");
    return sentences.join(QLatin1Char('\n'));
}

void LessonsWorkspace::renderStep()
{
    const bool open = m_lesson.has_value();
    m_lessonTitle->setVisible(open);
    m_progressLabel->setVisible(open);
    m_progress->setVisible(open);
    m_backButton->setEnabled(open && m_step > 0);
    m_nextButton->setEnabled(open && !m_finished);
    if (!open) {
        m_stepTitle->setText(tr("Choose a lesson"));
        m_stepText->setText(tr("Each lesson leads from a question to an insight in a few steps. "
                               "A step sets up the Explorer or the Network Lab, runs a short "
                               "demo and may ask you to predict what will happen first."));
        m_notice->hide();
        m_questionBox->hide();
        m_resultLabel->clear();
        m_tryButton->setEnabled(false);
        m_nextButton->setText(tr("Next →"));
        m_stageCaption->clear();
        return;
    }
    const QString lang = language();
    const int count = int(m_lesson->steps.size());
    const LessonStep &step = m_lesson->steps[std::size_t(m_step)];
    m_lessonTitle->setText(m_lesson->title.text(lang));
    const bool chinese = lang.startsWith(QLatin1String("zh"));
    m_notice->setVisible(chinese && m_lesson->lacksChinese);
    m_notice->setText(tr("Some texts of this lesson have no Chinese version; they are shown in "
                         "English."));
    m_progressLabel->setText(tr("Step %1 of %2").arg(m_step + 1).arg(count));
    m_progress->setRange(0, count);
    m_progress->setValue(m_finished ? count : m_step + 1);
    m_stepTitle->setText(step.title.text(lang));
    m_stepText->setText(step.text.text(lang));
    if (step.question) {
        m_prompt->setText(step.question->prompt.text(lang));
        const QList<QAbstractButton *> buttons = m_choiceGroup->buttons();
        for (QAbstractButton *button : buttons) {
            const int id = m_choiceGroup->id(button);
            button->setText(step.question->choices[std::size_t(id)].text(lang));
            button->setToolTip(tr("Choose this answer"));
            button->setEnabled(!m_answered);
        }
        m_number->setEnabled(!m_answered);
        m_checkButton->setEnabled(!m_answered);
        m_checkButton->setText(step.lab ? tr("Check my answer and run the demo")
                                        : tr("Check my answer"));
    }
    m_resultLabel->setText(resultSentence(step));
    m_nextButton->setText(m_step + 1 < count ? tr("Next →") : tr("Finish"));
    const QString where = step.shownWorkspace();
    m_tryButton->setEnabled(!where.isEmpty());
    m_stageCaption->setText(where == QLatin1String("explorer")
                                ? tr("Live view of the Explorer")
                                : tr("Live view of the Network Lab"));
}

QString LessonsWorkspace::stepTitleText() const
{
    return m_stepTitle->text();
}

QString LessonsWorkspace::stepBodyText() const
{
    return m_stepText->text();
}

QString LessonsWorkspace::progressText() const
{
    return m_progressLabel->text();
}

QString LessonsWorkspace::resultText() const
{
    return m_resultLabel->text();
}

QString LessonsWorkspace::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

} // namespace ReluLab
