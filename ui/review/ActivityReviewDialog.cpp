#include "review/ActivityReviewDialog.h"

#include "MessageBox.h"
#include "WorkspaceDocument.h"
#include "commands/ReviewCommands.h"
#include "review/ReviewTables.h"

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

std::optional<double> optionalRate(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

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

    auto *heading = new QLabel(tr("%1 · %2 · %3")
                                   .arg(ActivityTypes::displayName(review.activityType),
                                        locale.toString(review.activityStart, QLocale::ShortFormat), review.activityTitle));
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    auto *frozen = new QLabel(tr("Figures as of %1; later imports do not change them.")
                                  .arg(locale.toString(review.createdAt.toLocalTime(), QLocale::ShortFormat)));
    frozen->setObjectName(QStringLiteral("reviewFrozen"));
    frozen->setTextFormat(Qt::PlainText);
    frozen->setEnabled(false);

    const int participants = snapshot.value(QStringLiteral("participants")).toInt();
    const double average = snapshot.value(QStringLiteral("same_type_average_participants")).toDouble();
    const int sameType = snapshot.value(QStringLiteral("same_type_count")).toInt();
    QString comparison;
    if (sameType > 1 && average > 0) {
        const double ratio = 100.0 * participants / average;
        comparison = ratio >= 100 ? tr("%1 % of the average of its type (%2 participants over %3 activities)")
                                        .arg(locale.toString(ratio, 'f', 0), locale.toString(average, 'f', 1))
                                        .arg(sameType)
                                  : tr("only %1 % of the average of its type (%2 participants over %3 activities)")
                                        .arg(locale.toString(ratio, 'f', 0), locale.toString(average, 'f', 1))
                                        .arg(sameType);
    } else {
        comparison = tr("the first of its type");
    }
    const QList<std::pair<QString, QString>> figures = {
        {tr("Participants"), tr("%1 of %2 members (%3)")
                                 .arg(participants)
                                 .arg(snapshot.value(QStringLiteral("members")).toInt())
                                 .arg(ReviewTables::percent(optionalRate(snapshot.value(QStringLiteral("participation_rate")))))},
        {tr("Messages"), tr("%1 from the start to %n minute(s) after the end", nullptr,
                            snapshot.value(QStringLiteral("activity_tail_minutes")).toInt())
                             .arg(snapshot.value(QStringLiteral("messages")).toInt())},
        {tr("Compared"), comparison},
        {tr("Active rate that day"),
         tr("%1 (target %2 %)")
             .arg(ReviewTables::percent(optionalRate(snapshot.value(QStringLiteral("day_active_rate")))))
             .arg(locale.toString(snapshot.value(QStringLiteral("target_active_rate")).toDouble(), 'f', 0))},
    };
    auto *form = new QFormLayout;
    for (const auto &[label, value] : figures) {
        auto *field = new QLabel(value);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, field);
        m_figures += label + QStringLiteral(": ") + value + u'\n';
    }
    QStringList names;
    for (const QJsonValue &value : snapshot.value(QStringLiteral("participant_list")).toArray())
        names.append(value.toObject().value(QStringLiteral("name")).toString());
    auto *who = new QLabel(names.isEmpty() ? tr("nobody") : names.join(QStringLiteral("、")));
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    form->addRow(tr("Who took part"), who);

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
        const QStringList cells = {other.value(QStringLiteral("title")).toString(),
                                   locale.toString(wallClockFromString(other.value(QStringLiteral("start")).toString()),
                                                   QLocale::ShortFormat),
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActivityReviewDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(frozen);
    layout->addLayout(form);
    layout->addWidget(m_earlier);
    layout->addLayout(notes);
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
    } else if (after.wentWell != m_review.wentWell || after.toImprove != m_review.toImprove
               || after.actions != m_review.actions) {
        m_document->undoStack()->push(new EditReviewNotesCommand(m_document, m_review, after));
    }
    QDialog::accept();
}

ActivityReviewDialog *ActivityReviewDialog::openFor(WorkspaceDocument *document, qint64 campId, qint64 activityId,
                                                   QWidget *parent)
{
    ActivityReview review;
    for (const ActivityReview &existing : document->reviews(campId)) {
        if (existing.activityId == activityId)
            review = existing;
    }
    if (review.id == 0) {
        auto draft = ActivityReviewRepository::draft(document->workspace(), campId, activityId);
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
