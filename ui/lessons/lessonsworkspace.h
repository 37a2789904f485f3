// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "io/lessonfile.h"
#include "io/lessonrunner.h"

#include <QWidget>

#include <optional>

class QAbstractButton;
class QAction;
class QButtonGroup;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QShortcut;
class QTimer;
class QVBoxLayout;

namespace ReluLab {

class ExplorerWidget;
class LessonDriver;
class NetworkLabWorkspace;
class Settings;

/// The Lessons workspace: the lesson list (finished ones ticked, kept in the settings), the
/// current lesson's step with a progress indicator, Back / Next, a check question, and "Try it
/// yourself", which leaves the student in the Explorer or the Lab with the step's state. Beside
/// the step, a live picture of the workspace the step drives (the real one, with its pointer).
/// In this tab Page Down / Page Up and → / ← move between steps (what a clicker sends).
class LessonsWorkspace final : public QWidget
{
    Q_OBJECT

public:
    LessonsWorkspace(Settings &settings, ExplorerWidget *explorer, NetworkLabWorkspace *lab,
                     QWidget *parent = nullptr);
    ~LessonsWorkspace() override;

    /// File ▸ Open lesson…
    QAction *openLessonAction() const { return m_openAction; }
    /// Presentation mode: while a lesson runs, the list makes room for the step.
    void setPresentationMode(bool on);
    /// Starts a lesson at its first step.
    void openLesson(const Lesson &lesson);
    /// Asks for a lesson file and opens it (a problem is shown with the file's name).
    void openLessonInteractively();

    const std::optional<Lesson> &lesson() const { return m_lesson; }
    int currentStep() const { return m_step; }
    void goToStep(int index);
    void next();
    void back();
    /// Leaves the student in the step's workspace, with its state and pointer.
    void tryItYourself();
    /// Chooses answer `index` (choice) or types `value` (number, in the shown unit: % for
    /// fractions) and checks it: the demo runs and the answer is revealed.
    void answerChoice(int index);
    void answerNumber(double value);
    void checkAnswer();

    LessonDriver *driver() const { return m_driver; }
    /// The texts on screen, for tests: step title, body, progress, result.
    QString stepTitleText() const;
    QString stepBodyText() const;
    QString progressText() const;
    QString resultText() const;
    QString noticeText() const;
    bool isDemoRunning() const;

signals:
    /// "Try it yourself": the window should show this workspace.
    void showWorkspaceRequested(QWidget *workspace);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillLessonList();
    void renderStep();
    void renderQuestion(const LessonStep &step, const QString &language);
    void enterStep();
    /// The current step as its demo runs it: with the configuration of the earlier step whose
    /// run it continues when the Lab holds another run.
    LessonStep demoStep();
    QString resultSentence(const LessonStep &step) const;
    void onDemoFinished(LessonAction outcome);
    void updateTitleFonts();
    void refreshStage();
    void scheduleStageRefresh();
    QString language() const;

    Settings &m_settings;
    LessonDriver *m_driver = nullptr;
    std::optional<Lesson> m_lesson;
    int m_step = 0;
    bool m_answered = false;
    bool m_revealed = false;
    int m_choice = -1;
    bool m_finished = false;
    bool m_presentation = false;
    int m_runFrom = -1; ///< the step whose configuration the Lab's run came from
    /// The demo's outcome and what it measured (the result is re-worded on a language switch).
    std::optional<LessonAction> m_outcome;
    int m_outcomeEpoch = 0;
    double m_measured = 0.0;
    int m_runningEpoch = -1;

    QListWidget *m_list = nullptr;
    QLabel *m_listTitle = nullptr;
    QPushButton *m_openButton = nullptr;
    QLabel *m_lessonTitle = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stepTitle = nullptr;
    QLabel *m_stepText = nullptr;
    QGroupBox *m_questionBox = nullptr;
    QLabel *m_prompt = nullptr;
    QWidget *m_choices = nullptr;
    QVBoxLayout *m_choiceLayout = nullptr;
    QButtonGroup *m_choiceGroup = nullptr;
    QDoubleSpinBox *m_number = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_tryButton = nullptr;
    QLabel *m_stageCaption = nullptr;
    QLabel *m_stage = nullptr;
    QTimer *m_stageTimer = nullptr;
    QAction *m_openAction = nullptr;
    QList<QShortcut *> m_keys;
};

} // namespace ReluLab
