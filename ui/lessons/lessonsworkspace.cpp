// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "lessonsworkspace.h"

#include "lessondriver.h"

#include "io/languagemanager.h"
#include "ui/networklab/replotview.h"
#include "ui/settings.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace ReluLab {

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LessonsWorkspace::LessonsWorkspace(Settings &settings, ExplorerWidget *explorer,
                                   NetworkLabWorkspace *lab, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_driver(new LessonDriver(explorer, lab, this))
{
    setObjectName(QStringLiteral("lessonsWorkspace"));

    // Left: the list, then the step.
    auto *column = new QWidget;
    auto *left = new QVBoxLayout(column);
    m_listTitle = new QLabel(column);
    m_list = new QListWidget(column);
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_list->setMaximumHeight(6 * fontMetrics().height());
    m_openButton = new QPushButton(column);
    m_lessonTitle = wrappingLabel(column);
    m_lessonTitle->setObjectName(QStringLiteral("lessonTitle"));
    m_notice = wrappingLabel(column);
    m_notice->setObjectName(QStringLiteral("lessonNotice"));
    m_progressLabel = new QLabel(column);
    m_progress = new QProgressBar(column);
    m_progress->setTextVisible(false);
    m_stepTitle = wrappingLabel(column);
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    m_stepText = wrappingLabel(column);
    m_stepText->setObjectName(QStringLiteral("stepText"));

    m_questionBox = new QGroupBox(column);
    auto *questionLayout = new QVBoxLayout(m_questionBox);
    m_prompt = wrappingLabel(m_questionBox);
    m_choices = new QWidget(m_questionBox);
    m_choiceLayout = new QVBoxLayout(m_choices);
    m_choiceLayout->setContentsMargins(0, 0, 0, 0);
    m_choiceGroup = new QButtonGroup(this);
    m_number = new QDoubleSpinBox(m_questionBox);
    m_number->setObjectName(QStringLiteral("lessonNumber"));
    m_number->setDecimals(0);
    m_checkButton = new QPushButton(m_questionBox);
    m_checkButton->setObjectName(QStringLiteral("lessonCheck"));
    questionLayout->addWidget(m_prompt);
    questionLayout->addWidget(m_choices);
    questionLayout->addWidget(m_number);
    questionLayout->addWidget(m_checkButton);
    m_resultLabel = wrappingLabel(column);
    m_resultLabel->setObjectName(QStringLiteral("lessonResult"));

    auto *stepBox = new QWidget;
    auto *stepLayout = new QVBoxLayout(stepBox);
    stepLayout->setContentsMargins(0, 0, 0, 0);
    stepLayout->addWidget(m_stepTitle);
    stepLayout->addWidget(m_stepText);
    stepLayout->addWidget(m_questionBox);
    stepLayout->addWidget(m_resultLabel);
    stepLayout->addStretch(1);
    auto *scroll = new QScrollArea(column);
    scroll->setWidget(stepBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_backButton = new QPushButton(column);
    m_backButton->setObjectName(QStringLiteral("lessonBack"));
    m_nextButton = new QPushButton(column);
    m_nextButton->setObjectName(QStringLiteral("lessonNext"));
    m_tryButton = new QPushButton(column);
    m_tryButton->setObjectName(QStringLiteral("lessonTry"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);
    buttons->addStretch(1);
    buttons->addWidget(m_tryButton);

    left->addWidget(m_listTitle);
    left->addWidget(m_list);
    left->addWidget(m_openButton);
    left->addWidget(m_lessonTitle);
    left->addWidget(m_notice);
    left->addWidget(m_progressLabel);
    left->addWidget(m_progress);
    left->addWidget(scroll, 1);
    left->addLayout(buttons);

    // Right: the live picture of the workspace the step drives.
    auto *stageBox = new QWidget;
    auto *right = new QVBoxLayout(stageBox);
    m_stageCaption = new QLabel(stageBox);
    m_stage = new QLabel(stageBox);
    m_stage->setObjectName(QStringLiteral("lessonStage"));
    m_stage->setAlignment(Qt::AlignCenter);
    m_stage->setWordWrap(true);
    m_stage->setMinimumSize(160, 120);
    m_stage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    right->addWidget(m_stageCaption);
    right->addWidget(m_stage, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(column);
    split->addWidget(stageBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_stageTimer = new QTimer(this);
    m_stageTimer->setSingleShot(true);
    m_stageTimer->setInterval(120);
    connect(m_stageTimer, &QTimer::timeout, this, &LessonsWorkspace::refreshStage);

    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openLessonAction"));
    connect(m_openAction, &QAction::triggered, this, &LessonsWorkspace::openLessonInteractively);
    connect(m_openButton, &QPushButton::clicked, this, &LessonsWorkspace::openLessonInteractively);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        for (const Lesson &lesson : LessonFile::bundled()) {
            if (lesson.id == id)
                openLesson(lesson);
        }
    });
    connect(m_list, &QListWidget::itemClicked, m_list, &QListWidget::itemActivated);
    connect(m_backButton, &QPushButton::clicked, this, &LessonsWorkspace::back);
    connect(m_nextButton, &QPushButton::clicked, this, &LessonsWorkspace::next);
    connect(m_tryButton, &QPushButton::clicked, this, &LessonsWorkspace::tryItYourself);
    connect(m_checkButton, &QPushButton::clicked, this, &LessonsWorkspace::checkAnswer);
    connect(m_choiceGroup, &QButtonGroup::idClicked, this, [this](int id) { m_choice = id; });
    connect(m_driver, &LessonDriver::demoFinished, this, &LessonsWorkspace::onDemoFinished);
    connect(m_driver, &LessonDriver::demoProgress, this, [this](int epoch) {
        m_runningEpoch = epoch;
        renderStep();
    });
    connect(m_driver, &LessonDriver::workspaceChanged, this,
            &LessonsWorkspace::scheduleStageRefresh);

    // A clicker sends Page Down / Page Up (some send → / ←): they move between steps while
    // this tab shows. The arrows are left to the number field while it has the focus.
    for (const int key : {Qt::Key_PageDown, Qt::Key_Right, Qt::Key_PageUp, Qt::Key_Left}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        const bool forward = key == Qt::Key_PageDown || key == Qt::Key_Right;
        connect(shortcut, &QShortcut::activated, this, [this, forward] {
            if (forward)
                next();
            else
                back();
        });
        m_keys << shortcut;
    }
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        const bool editing = now && (now == m_number || m_number->isAncestorOf(now));
        m_keys[1]->setEnabled(!editing);
        m_keys[3]->setEnabled(!editing);
    });

    retranslateUi();
    updateTitleFonts();
}

LessonsWorkspace::~LessonsWorkspace() = default;

QString LessonsWorkspace::language() const
{
    return LanguageManager::instance()->language();
}

void LessonsWorkspace::retranslateUi()
{
    setWindowTitle(tr("Lessons"));
    m_listTitle->setText(tr("Lessons (a tick marks the ones you finished):"));
    m_openButton->setText(tr("Open a lesson file…"));
    m_openAction->setText(tr("Open &lesson…"));
    m_backButton->setText(tr("← Back"));
    m_tryButton->setText(tr("Try it yourself"));
    m_tryButton->setToolTip(tr("Go to the workspace with this step's settings and explore"));
    m_checkButton->setText(tr("Check my answer"));
    m_questionBox->setTitle(tr("Your turn"));
    m_list->setAccessibleName(tr("Lessons"));
    m_list->setToolTip(tr("Click a lesson to start it"));
    m_openButton->setToolTip(tr("Open a lesson file a teacher has written"));
    m_backButton->setToolTip(tr("The previous step (Page Up or ←)"));
    m_nextButton->setToolTip(tr("The next step (Page Down or →)"));
    m_checkButton->setToolTip(tr("Check the answer: the demo then shows what really happens"));
    m_number->setAccessibleName(tr("Your prediction"));
    m_number->setToolTip(tr("Type your prediction"));
    m_progress->setAccessibleName(tr("Lesson progress"));
    fillLessonList();
    // The step's own words follow the language too: its text, question and pointer.
    if (m_lesson && !m_finished) {
        const LessonStep &step = m_lesson->steps[std::size_t(m_step)];
        m_driver->point(step, language());
    }
    renderStep();
}

void LessonsWorkspace::updateTitleFonts()
{
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(font().pointSizeF() * 1.3);
    m_lessonTitle->setFont(title);
    QFont step = font();
    step.setBold(true);
    step.setPointSizeF(font().pointSizeF() * 1.15);
    m_stepTitle->setFont(step);
    QFont big = font();
    big.setBold(true);
    m_resultLabel->setFont(big);
}

void LessonsWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        updateTitleFonts();
    QWidget::changeEvent(event);
}

void LessonsWorkspace::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleStageRefresh();
}

void LessonsWorkspace::fillLessonList()
{
    const QStringList done = m_settings.doneLessons();
    m_list->clear();
    for (const Lesson &lesson : LessonFile::bundled()) {
        const bool finished = done.contains(lesson.id);
        // The tick is a character, not a colour: it reads on any theme and in print.
        auto *item = new QListWidgetItem((finished ? QStringLiteral("✓ ") : QStringLiteral("   "))
                                             + lesson.title.text(language()),
                                         m_list);
        item->setData(Qt::UserRole, lesson.id);
        item->setToolTip(finished ? tr("Finished: %1").arg(lesson.summary.text(language()))
                                  : lesson.summary.text(language()));
    }
}

void LessonsWorkspace::setPresentationMode(bool on)
{
    // In front of a class the step needs the room: the list goes while a lesson runs.
    const bool list = !(on && m_lesson);
    m_listTitle->setVisible(list);
    m_list->setVisible(list);
    m_openButton->setVisible(list);
    m_presentation = on;
}

void LessonsWorkspace::openLesson(const Lesson &lesson)
{
    m_driver->stop();
    m_lesson = lesson;
    m_finished = false;
    m_runFrom = -1;
    setPresentationMode(m_presentation);
    goToStep(0);
}

void LessonsWorkspace::openLessonInteractively()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open lesson"), QString(),
                                                      tr("Lesson files (*.json)"));
    if (path.isEmpty())
        return;
    const ReadResult<Lesson> lesson = LessonFile::read(path);
    if (!lesson) {
        QMessageBox::warning(this, tr("Open lesson"), lesson.errorString());
        return;
    }
    openLesson(lesson.value());
}

void LessonsWorkspace::goToStep(int index)
{
    if (!m_lesson || index < 0 || index >= int(m_lesson->steps.size()))
        return;
    m_driver->stop();
    m_step = index;
    m_answered = false;
    m_revealed = false;
    m_choice = -1;
    m_outcome.reset();
    m_runningEpoch = -1;
    enterStep();
    // The keys of a clicker reach the tab through the focus: Next holds it.
    if (isVisible() && !isAncestorOf(QApplication::focusWidget()))
        m_nextButton->setFocus();
}

void LessonsWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_lesson)
        m_nextButton->setFocus();
    scheduleStageRefresh();
}

void LessonsWorkspace::enterStep()
{
    const LessonStep &step = m_lesson->steps[std::size_t(m_step)];
    m_driver->showStep(step, language());
    renderQuestion(step, language());
    // Without a question the demo runs at once; with one it waits for the answer.
    if (!step.question && step.lab) {
        m_runningEpoch = 0;
        m_driver->runDemo(demoStep());
    }
    renderStep();
    scheduleStageRefresh();
}

LessonStep LessonsWorkspace::demoStep()
{
    LessonStep step = m_lesson->steps[std::size_t(m_step)];
    if (!step.lab)
        return step;
    if (step.lab->config) {
        m_runFrom = m_step;
        return step;
    }
    // A step that goes on with the run of an earlier one: when the Lab holds another run (the
    // student came back from a later step), the earlier step's run starts again.
    for (int j = m_step - 1; j >= 0; --j) {
        const LessonStep &earlier = m_lesson->steps[std::size_t(j)];
        if (earlier.lab && earlier.lab->config) {
            if (m_runFrom != j)
                step.lab->config = earlier.lab->config;
            m_runFrom = j;
            break;
        }
    }
    return step;
}

void LessonsWorkspace::next()
{
    if (!m_lesson)
        return;
    if (m_step + 1 < int(m_lesson->steps.size())) {
        goToStep(m_step + 1);
        return;
    }
    // The last step's Next finishes the lesson; the list ticks it.
    m_driver->stop();
    m_driver->clearPointers();
    m_finished = true;
    if (m_lesson->bundled)
        m_settings.setLessonDone(m_lesson->id, true);
    fillLessonList();
    renderStep();
}

void LessonsWorkspace::back()
{
    if (m_lesson && m_step > 0)
        goToStep(m_step - 1);
}

void LessonsWorkspace::tryItYourself()
{
    if (!m_lesson)
        return;
    const LessonStep &step = m_lesson->steps[std::size_t(m_step)];
    if (QWidget *workspace = m_driver->workspace(step.shownWorkspace()))
        emit showWorkspaceRequested(workspace);
}

void LessonsWorkspace::answerChoice(int index)
{
    if (QAbstractButton *button = m_choiceGroup->button(index))
        button->setChecked(true);
    m_choice = index;
}

void LessonsWorkspace::answerNumber(double value)
{
    m_number->setValue(value);
}

void LessonsWorkspace::checkAnswer()
{
    if (!m_lesson || m_answered)
        return;
    const LessonStep &step = m_lesson->steps[std::size_t(m_step)];
    if (!step.question)
        return;
    if (step.question->kind == LessonQuestion::Kind::Choice && m_choice < 0)
        return;
    m_answered = true;
    m_runningEpoch = step.lab ? 0 : -1;
    m_driver->runDemo(demoStep());
    renderStep();
}

void LessonsWorkspace::onDemoFinished(LessonAction outcome)
{
    if (!m_lesson)
        return;
    const LessonStep &step = m_lesson->steps[std::size_t(m_step)];
    m_outcome = outcome;
    m_outcomeEpoch = m_driver->latest().epoch;
    m_runningEpoch = -1;
    if (step.question && step.question->kind == LessonQuestion::Kind::Number)
        m_measured = Core::conditionValue(step.question->measure, m_driver->latest());
    m_revealed = m_answered;
    renderStep();
    scheduleStageRefresh();
}

bool LessonsWorkspace::isDemoRunning() const
{
    return m_driver->isRunning();
}

void LessonsWorkspace::scheduleStageRefresh()
{
    if (isVisible())
        m_stageTimer->start();
}

void LessonsWorkspace::refreshStage()
{
    QWidget *workspace = nullptr;
    if (m_lesson) {
        // The step's workspace, else the last one an earlier step showed.
        for (int i = m_step; i >= 0 && !workspace; --i)
            workspace = m_driver->workspace(m_lesson->steps[std::size_t(i)].shownWorkspace());
    }
    if (!workspace || m_stage->width() < 10) {
        m_stage->clear();
        return;
    }
    // Before an answer, the Lab's picture would give it away (or show a run of another step).
    const LessonStep &step = m_lesson->steps[std::size_t(m_step)];
    if (step.question && step.lab && !m_answered) {
        m_stage->setText(tr("The demo runs here once you have checked your answer."));
        return;
    }
    // A hidden tab keeps the size it had when last shown (a stacked layout sizes the current
    // page only): it gets this page's size, the size it will have when shown. Its pointer is
    // part of it, so the picture shows that too.
    if (workspace->size() != size())
        workspace->resize(size());
    // Its charts skip replots while it is hidden: bring them up to date for the picture.
    replotStalePlots(workspace);
    const QPixmap picture = workspace->grab();
    m_stage->setPixmap(
        picture.scaled(m_stage->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

} // namespace ReluLab
