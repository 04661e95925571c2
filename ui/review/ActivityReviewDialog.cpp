#include "ui/review/ActivityReviewDialog.h"

#include "core/review/ReviewHeadline.h"
#include "core/review/ReviewTables.h"
#include "ui/MessageBox.h"
#include "ui/WorkspaceDocument.h"
#include "ui/commands/CommandFailure.h"
#include "ui/commands/ReviewCommands.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CampDesk {

namespace {

QPlainTextEdit *notesEdit(const QString &objectName, const QString &text, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(70);
    return edit;
}

} // namespace

ActivityReviewDialog::ActivityReviewDialog(WorkspaceDocument *document, const ActivityReview &review, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_review(review)
{
    setObjectName(QStringLiteral("activityReviewDialog"));
    const QLocale locale;
    setWindowTitle(tr("Review of “%1”").arg(review.activityTitle));
    const QJsonObject &snapshot = review.snapshot;

    // The type only when the title does not say it already ("分享会 · … · 分享会").
    const QString type = ActivityTypes::displayName(review.activityType);
    QString headingText = tr("%1 · %2").arg(review.activityTitle, DataTable::dateTime(review.activityStart, locale));
    if (!review.activityTitle.contains(type))
        headingText += QStringLiteral(" · ") + type;
    auto *heading = new QLabel(headingText);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    auto *frozen = new QLabel(tr("Figures as of %1; later imports do not change them.")
                                  .arg(DataTable::dateTime(review.createdAt.toLocalTime(), locale)));
    frozen->setObjectName(QStringLiteral("reviewFrozen"));
    frozen->setTextFormat(Qt::PlainText);
    // Secondary, yet readable: the window text a little lighter, not disabled grey.
    QPalette muted = frozen->palette();
    muted.setColor(QPalette::WindowText, QColor(0x55, 0x5B, 0x66));
    frozen->setPalette(muted);

    const QList<std::pair<QString, QString>> figures = ReviewHeadline::activityFigures(snapshot, locale);
    auto *form = new QFormLayout;
    for (const auto &[label, value] : figures) {
        auto *field = new QLabel(value);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        //: A figure's label in the activity review, as in "Checked in:"
        const QString labelled = tr("%1:").arg(label);
        form->addRow(labelled, field);
        m_figures += labelled + u' ' + value + u'\n';
    }
    QStringList names;
    for (const QJsonValue &value : snapshot.value(QStringLiteral("participant_list")).toArray())
        names.append(value.toObject().value(QStringLiteral("name")).toString());
    auto *who = new QLabel(names.isEmpty() ? tr("nobody") : ReviewHeadline::list(names));
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    form->addRow(tr("%1:").arg(tr("Who took part")), who);

    m_earlier = new QTableWidget;
    m_earlier->setObjectName(QStringLiteral("reviewEarlier"));
    m_earlier->setColumnCount(4);
    m_earlier->setHorizontalHeaderLabels({tr("Earlier of its type"), tr("Start"), tr("Participants"), tr("Messages")});
    m_earlier->verticalHeader()->hide();
    m_earlier->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_earlier->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QJsonArray earlier = snapshot.value(QStringLiteral("earlier_same_type")).toArray();
    m_earlier->setRowCount(int(earlier.size()));
    for (int row = 0; row < earlier.size(); ++row) {
        const QJsonObject other = earlier.at(row).toObject();
        const QStringList cells
            = {other.value(QStringLiteral("title")).toString(),
               DataTable::dateTime(wallClockFromString(other.value(QStringLiteral("start")).toString()), locale),
               QString::number(other.value(QStringLiteral("participants")).toInt()),
               QString::number(other.value(QStringLiteral("messages")).toInt())};
        for (int column = 0; column < cells.size(); ++column)
            m_earlier->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_earlier->setVisible(!earlier.isEmpty());
    m_earlier->setMaximumHeight(160);

    m_wentWell = notesEdit(QStringLiteral("reviewWentWell"), review.wentWell,
                           tr("What worked: the guest, the timing, the promotion…"));
    m_toImprove = notesEdit(QStringLiteral("reviewToImprove"), review.toImprove,
                            tr("What to change; if turnout was low, why (weak promotion? ask a few members)."));
    m_actions = notesEdit(QStringLiteral("reviewActions"), review.actions, tr("Who does what by when."));
    auto *notes = new QFormLayout;
    notes->addRow(tr("Went well"), m_wentWell);
    notes->addRow(tr("To improve"), m_toImprove);
    notes->addRow(tr("Actions"), m_actions);

    m_refused = new QLabel;
    m_refused->setObjectName(QStringLiteral("reviewRefused"));
    m_refused->setTextFormat(Qt::PlainText);
    m_refused->setWordWrap(true);
    m_refused->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refused->setFrameShape(QFrame::StyledPanel);
    m_refused->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActivityReviewDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(frozen);
    layout->addLayout(form);
    layout->addWidget(m_earlier);
    layout->addLayout(notes);
    layout->addWidget(m_refused);
    layout->addWidget(buttons);
    resize(640, 680);
}

QString ActivityReviewDialog::figuresText() const
{
    return m_figures;
}

void ActivityReviewDialog::accept()
{
    ActivityReview after = m_review;
    after.wentWell = m_wentWell->toPlainText().trimmed();
    after.toImprove = m_toImprove->toPlainText().trimmed();
    after.actions = m_actions->toPlainText().trimmed();
    after.updatedAt = QDateTime::currentDateTimeUtc();
    if (m_review.id == 0) {
        m_document->undoStack()->push(new AddReviewCommand(m_document, after));
        m_document->announce(tr("Review of “%1” saved").arg(m_review.activityTitle));
    } else if (after.wentWell != m_review.wentWell || after.toImprove != m_review.toImprove
               || after.actions != m_review.actions) {
        if (!pushSucceeded(*m_document, new EditReviewNotesCommand(m_document, m_review, after))) {
            keepRefusedNotes();
            return;
        }
        m_document->announce(tr("Review of “%1” saved").arg(m_review.activityTitle));
    }
    QDialog::accept();
}

void ActivityReviewDialog::keepRefusedNotes()
{
    // Notes can be long; closing would lose what was typed. They stay, and
    // a second Save is made on the review as it is now: a choice made
    // after the message said whose change it replaces.
    auto now = m_document->review(m_review.id);
    if (!now && now.error().missing) {
        // Deleted meanwhile: a second Save writes it anew, frozen figures
        // and all, rather than being refused for ever.
        m_review.id = 0;
        m_refused->setText(tr("Your notes were not saved, because this review was deleted after you opened it. They "
                              "are still here. Save again to write the review anew with them, or Cancel to leave "
                              "it deleted."));
        m_refused->show();
        return;
    }
    // Not saved for another reason (the message said which): nothing to
    // compare.
    if (!now
        || (now->wentWell == m_review.wentWell && now->toImprove == m_review.toImprove
            && now->actions == m_review.actions))
        return;
    m_review = *now;
    m_refused->setText(tr("Your notes were not saved, because this review was changed after you opened it. They "
                          "are still here. Save again to write them over the review as it is now, or Cancel to "
                          "keep the other version.\n\nAs it is now:\n%1: %2\n%3: %4\n%5: %6")
                           .arg(tr("Went well"), m_review.wentWell, tr("To improve"), m_review.toImprove, tr("Actions"),
                                m_review.actions));
    m_refused->show();
}

ActivityReviewDialog *ActivityReviewDialog::openFor(WorkspaceDocument *document, qint64 campId, qint64 activityId,
                                                    QWidget *parent)
{
    // An unreadable list is no reason to start a second 复盘 of the activity.
    auto reviews = document->reviews(campId);
    if (!reviews) {
        MessageBox::critical(parent, tr("Review"), reviews.error().message);
        return nullptr;
    }
    ActivityReview review;
    for (const ActivityReview &existing : std::as_const(*reviews)) {
        if (existing.activityId == activityId)
            review = existing;
    }
    if (review.id == 0) {
        auto draft = document->reviewDraft(campId, activityId);
        if (!draft) {
            MessageBox::critical(parent, tr("Review"), draft.error().message);
            return nullptr;
        }
        review = *draft;
    }
    auto *dialog = new ActivityReviewDialog(document, review, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace CampDesk
