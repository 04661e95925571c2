#include "ui/team/HistoryDialog.h"

#include "ui/WorkspaceDocument.h"
#include "ui/team/HistoryModel.h"
#include "ui/team/HistoryWords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace CampDesk {

HistoryDialog::HistoryDialog(WorkspaceDocument *document, qint64 campId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_campId(campId)
    , m_model(new HistoryModel(this))
    , m_who(new QComboBox)
    , m_what(new QComboBox)
    , m_sinceOn(new QCheckBox(tr("Since")))
    , m_since(new QDateEdit(QDate::currentDate().addDays(-7)))
    , m_table(new QTableView)
    , m_status(new QLabel)
    , m_older(new QPushButton(tr("Show Older")))
    , m_refreshSoon(new QTimer(this))
{
    const auto camp = document->camp(campId);
    setWindowTitle(camp ? tr("History of %1").arg(camp->name) : tr("History"));
    setObjectName(QStringLiteral("historyDialog"));
    m_who->setObjectName(QStringLiteral("historyWho"));
    m_what->setObjectName(QStringLiteral("historyWhat"));
    m_sinceOn->setObjectName(QStringLiteral("historySinceOn"));
    m_since->setObjectName(QStringLiteral("historySince"));
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Who:")));
    filters->addWidget(m_who);
    filters->addWidget(new QLabel(tr("What:")));
    filters->addWidget(m_what);
    filters->addWidget(m_sinceOn);
    filters->addWidget(m_since);
    filters->addStretch();
    m_older->setObjectName(QStringLiteral("historyOlder"));
    m_older->setToolTip(tr("Show the %n change(s) before the oldest one listed.", nullptr, pageSize));
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_older);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *refreshButton = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    refreshButton->setObjectName(QStringLiteral("historyRefresh"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refreshButton, &QPushButton::clicked, this, &HistoryDialog::refresh);
    connect(m_older, &QPushButton::clicked, this, &HistoryDialog::showOlder);
    connect(m_who, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilters);
    connect(m_what, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilters);
    connect(m_sinceOn, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_sinceOn, &QCheckBox::toggled, this, &HistoryDialog::applyFilters);
    connect(m_since, &QDateEdit::dateChanged, this, &HistoryDialog::applyFilters);
    // A change by anyone, here or on another laptop (ChangeFeed), shows
    // without Refresh; a burst of them reads the history once.
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(150);
    connect(m_refreshSoon, &QTimer::timeout, this, &HistoryDialog::refresh);
    const auto follow = [this](qint64 changedCamp) {
        if (changedCamp == m_campId)
            m_refreshSoon->start();
    };
    connect(document, &WorkspaceDocument::campChanged, this, follow);
    connect(document, &WorkspaceDocument::membersChanged, this, follow);
    connect(document, &WorkspaceDocument::activitiesChanged, this, follow);
    connect(document, &WorkspaceDocument::campVariablesChanged, this, follow);
    connect(document, &WorkspaceDocument::participationChanged, this, follow);
    connect(document, &WorkspaceDocument::reviewsChanged, this, follow);
    connect(document, &WorkspaceDocument::speechesChanged, m_refreshSoon, qOverload<>(&QTimer::start));
    resize(900, 520);
    refresh();
}

void HistoryDialog::refresh()
{
    fillFilters();
    // What was shown stays shown, with whatever came since.
    if (m_model->rowCount() > 0) {
        HistoryFilter shown = filter();
        shown.fromId = m_model->entryAt(m_model->rowCount() - 1).id;
        read(shown);
    } else {
        readNewest();
    }
}

// The operators and kinds of change the camp's history holds, each once.
void HistoryDialog::fillFilters()
{
    // A read failure leaves only "everyone" and "everything"; the list's
    // own read says what went wrong.
    const HistoryKinds kinds = m_document->historyKinds(m_campId).value_or(HistoryKinds());
    const QString who = m_who->currentData().toString();
    const QString what = m_what->currentData().toString();
    const QSignalBlocker blockWho(m_who);
    const QSignalBlocker blockWhat(m_what);
    m_who->clear();
    m_who->addItem(tr("Everyone"), QString());
    for (const QString &name : kinds.operators)
        m_who->addItem(name, name);
    m_what->clear();
    m_what->addItem(tr("Everything"), QString());
    for (const QString &table : kinds.tables)
        m_what->addItem(HistoryWords::table(table), table);
    m_who->setCurrentIndex(std::max(0, m_who->findData(who)));
    m_what->setCurrentIndex(std::max(0, m_what->findData(what)));
}

HistoryFilter HistoryDialog::filter() const
{
    return {.campId = m_campId,
            .operatorName = m_who->currentData().toString(),
            .table = m_what->currentData().toString(),
            .since = m_sinceOn->isChecked() ? m_since->date().startOfDay() : QDateTime()};
}

void HistoryDialog::applyFilters()
{
    readNewest();
}

void HistoryDialog::readNewest()
{
    HistoryFilter newest = filter();
    newest.newest = pageSize;
    read(newest);
}

void HistoryDialog::read(const HistoryFilter &entriesOf)
{
    const auto entries = m_document->history(entriesOf);
    const auto matching = m_document->historyCount(entriesOf);
    if (!entries || !matching) {
        // Never an empty list that looks like "no changes".
        m_model->setEntries({});
        m_matching = 0;
        m_older->setEnabled(false);
        m_status->setText(
            tr("The history could not be read: %1").arg((entries ? matching.error() : entries.error()).message));
        return;
    }
    m_model->setEntries(*entries);
    m_matching = *matching;
    m_table->resizeColumnsToContents();
    showStatus();
}

void HistoryDialog::showOlder()
{
    if (m_model->rowCount() == 0)
        return;
    HistoryFilter older = filter();
    older.newest = pageSize;
    older.olderThan = m_model->entryAt(m_model->rowCount() - 1).id;
    const auto entries = m_document->history(older);
    if (!entries) {
        m_status->setText(tr("The older changes could not be read: %1").arg(entries.error().message));
        return;
    }
    m_model->addOlder(*entries);
    showStatus();
}

void HistoryDialog::showStatus()
{
    const int shown = m_model->rowCount();
    m_older->setEnabled(shown < m_matching);
    if (shown == 0)
        m_status->setText(tr("No change matches these filters."));
    else if (shown < m_matching)
        m_status->setText(
            tr("The newest %1 of %n change(s), newest first.", nullptr, int(m_matching)).arg(shown)); // as plain as %n
    else
        m_status->setText(tr("%n change(s), newest first.", nullptr, shown));
}

} // namespace CampDesk
