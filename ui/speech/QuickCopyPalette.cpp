#include "ui/speech/QuickCopyPalette.h"

#include "core/domain/Activity.h"
#include "ui/WorkspaceDocument.h"
#include "ui/speech/SpeechCardList.h"
#include "ui/speech/SpeechListModel.h"
#include "ui/widgets/FeedbackTone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace CampDesk {

QuickCopyPalette::QuickCopyPalette(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Tool | Qt::WindowStaysOnTopHint)
    , m_document(document)
    , m_model(new SpeechListModel(document, this))
    , m_cards(new SpeechCardList(m_model, true))
    , m_nextCategory(new QComboBox)
    , m_nextButton(new QPushButton(tr("Copy Next")))
    , m_member(new QLineEdit)
    , m_feedback(new QLabel)
    , m_activityButton(new QPushButton)
{
    setObjectName(QStringLiteral("QuickCopyPalette"));
    setWindowTitle(tr("Quick Copy"));
    // The activity under way changes with the clock, not only with the day.
    auto *minute = new QTimer(this);
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, this, [this] {
        if (isVisible()) // hidden, it asks nothing (and says nothing of a lost connection)
            findCurrentActivity();
    });
    minute->start();
    m_cards->setObjectName(QStringLiteral("paletteCards"));

    auto *toggles = new QGridLayout;
    int position = 0;
    for (SpeechCategory category : m_live) {
        auto *box = new QCheckBox(SpeechCategories::displayName(category));
        box->setObjectName(QStringLiteral("paletteCategory-") + SpeechCategories::key(category));
        box->setChecked(SpeechCategories::isAtmosphere(category));
        toggles->addWidget(box, position / 2, position % 2);
        ++position;
        connect(box, &QCheckBox::toggled, this, [this, category](bool on) {
            QSet<SpeechCategory> categories = m_categories;
            if (on)
                categories.insert(category);
            else
                categories.remove(category);
            setCategories(categories);
        });
    }
    m_nextCategory->setObjectName(QStringLiteral("paletteNextCategory"));
    m_nextButton->setObjectName(QStringLiteral("paletteNextButton"));
    m_nextButton->setToolTip(tr("Copies the line of this category used least recently and not yet today"));
    connect(m_nextButton, &QPushButton::clicked, this, &QuickCopyPalette::copyNext);
    auto *nextRow = new QHBoxLayout;
    nextRow->addWidget(m_nextCategory, 1);
    nextRow->addWidget(m_nextButton);

    m_member->setObjectName(QStringLiteral("paletteMember"));
    m_member->setPlaceholderText(tr("Member for {member}"));
    connect(m_member, &QLineEdit::textChanged, this, [this](const QString &member) {
        m_context.member = member.trimmed();
        m_model->setContext(m_context);
    });
    m_feedback->setObjectName(QStringLiteral("paletteFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);

    m_activityButton->setObjectName(QStringLiteral("paletteActivityButton"));
    m_activityButton->setToolTip(tr("The prepared text of the activity running now, or of the next one today"));
    connect(m_activityButton, &QPushButton::clicked, this, &QuickCopyPalette::copyActivityText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_activityButton);
    layout->addLayout(toggles);
    layout->addLayout(nextRow);
    layout->addWidget(m_member);
    layout->addWidget(m_cards, 1);
    layout->addWidget(m_feedback);
    connect(m_cards, &SpeechCardList::copyRequested, this, &QuickCopyPalette::copySpeech);

    QSet<SpeechCategory> atmosphere;
    for (SpeechCategory category : m_live) {
        if (SpeechCategories::isAtmosphere(category))
            atmosphere.insert(category);
    }
    setCategories(atmosphere);
    resize(380, 620);
}

void QuickCopyPalette::setContext(const CopyContext &context)
{
    m_context = context;
    m_context.member = m_member->text().trimmed();
    m_model->setContext(m_context);
    findCurrentActivity();
}

void QuickCopyPalette::findCurrentActivity()
{
    // The activity under way (its window plus an hour of tail) or the next
    // one of the day that posts a prepared text.
    m_activityId = 0;
    m_activitySpeechId = 0;
    const QDateTime now = wallClock(m_context.date, QTime::currentTime());
    for (const Activity &activity : m_document->valueOrReport(m_document->activities(m_context.campId))) {
        if (activity.speechTemplateId == 0 || activity.start.date() != m_context.date)
            continue;
        if (activity.end.addSecs(3600) < now)
            continue;
        m_activityId = activity.id;
        m_activitySpeechId = activity.speechTemplateId;
        m_activityButton->setText(
            tr("Copy text of “%1” (%2)").arg(activity.title, activity.start.time().toString(QStringLiteral("HH:mm"))));
        break;
    }
    m_activityButton->setVisible(m_activityId != 0);
}

bool QuickCopyPalette::copyActivityText()
{
    if (m_activitySpeechId == 0)
        return false;
    CopyContext context = m_context;
    context.activityId = m_activityId;
    auto speech = m_document->speech(m_activitySpeechId);
    if (!speech) {
        showFeedback(speech.error().message, true);
        return false;
    }
    auto copied = SpeechCopier::copy(*m_document, *speech, context);
    if (!copied) {
        showFeedback(copied.error().message, true);
        return false;
    }
    showFeedback(tr("Copied “%1”.").arg(speech->title), false);
    return true;
}

void QuickCopyPalette::setCategories(const QSet<SpeechCategory> &categories)
{
    m_categories = categories;
    // An empty selection shows nothing rather than everything.
    m_model->setCategories(categories.isEmpty() ? QSet<SpeechCategory> {SpeechCategory(-1)} : categories);
    listNextCategories();
}

void QuickCopyPalette::listNextCategories()
{
    // Copy Next offers what the list shows, in the list's order: it once
    // said "hype" above a list that began with warm-up lines.
    const QVariant chosen = m_nextCategory->currentData();
    const QSignalBlocker blocker(m_nextCategory);
    m_nextCategory->clear();
    for (SpeechCategory category : m_live) {
        if (m_categories.contains(category))
            m_nextCategory->addItem(SpeechCategories::displayName(category), int(category));
    }
    m_nextCategory->setCurrentIndex(std::max(0, m_nextCategory->findData(chosen)));
    m_nextButton->setEnabled(m_nextCategory->count() > 0);
}

QString QuickCopyPalette::feedback() const
{
    return m_feedback->text();
}

void QuickCopyPalette::showFeedback(const QString &text, bool error)
{
    m_feedback->setText(text);
    setFeedbackTone(m_feedback, error ? FeedbackTone::Problem : FeedbackTone::Success);
}

bool QuickCopyPalette::copySpeech(qint64 id)
{
    auto speech = m_document->speech(id);
    if (!speech) {
        showFeedback(speech.error().message, true);
        return false;
    }
    auto copied = SpeechCopier::copy(*m_document, *speech, m_context);
    if (!copied) {
        showFeedback(copied.error().message, true);
        return false;
    }
    showFeedback(tr("Copied “%1”.").arg(speech->title), false);
    return true;
}

bool QuickCopyPalette::copyNext()
{
    const auto category = SpeechCategory(m_nextCategory->currentData().toInt());
    auto copied = SpeechCopier::copyNext(*m_document, category, m_context);
    if (!copied) {
        showFeedback(copied.error().message, true);
        return false;
    }
    showFeedback(tr("Copied “%1”.").arg(copied->title), false);
    return true;
}

} // namespace CampDesk
