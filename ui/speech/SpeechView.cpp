#include "ui/speech/SpeechView.h"

#include "core/DateFormat.h"
#include "core/io/OutputFile.h"
#include "core/speech/SpeechLibrary.h"
#include "ui/FileDialog.h"
#include "ui/MessageBox.h"
#include "ui/WorkspaceDocument.h"
#include "ui/commands/CommandFailure.h"
#include "ui/commands/SpeechCommands.h"
#include "ui/speech/CampVariablesDialog.h"
#include "ui/speech/QuickCopyPalette.h"
#include "ui/speech/SpeechCardList.h"
#include "ui/speech/SpeechEditorDialog.h"
#include "ui/speech/SpeechImportDialog.h"
#include "ui/speech/SpeechListModel.h"
#include "ui/widgets/FeedbackTone.h"
#include "ui/widgets/LazyRefresh.h"
#include "ui/widgets/MenuButton.h"

#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CampDesk {

namespace {
constexpr int AllRow = -1;
constexpr int FavouritesRow = -2;
} // namespace

SpeechView::SpeechView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new SpeechListModel(document, this))
{
    setObjectName(QStringLiteral("speechView"));
    buildLayout();
    m_load = new LazyRefresh(this, [this] { loadLibrary(); });
    connect(document, &WorkspaceDocument::speechesChanged, this, &SpeechView::refreshCategories);
}

SpeechView::~SpeechView()
{
    delete m_palette;
}

void SpeechView::buildLayout()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("speechSearch"));
    m_search->setPlaceholderText(tr("Search titles, text and tags (pinyin initials find Chinese lines)"));
    m_search->setClearButtonEnabled(true);
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setObjectName(QStringLiteral("speechDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateFormat::shortDate());
    m_date->setToolTip(tr("The day the lines are filled for ({day}, {date}, the day's links)."));
    m_search->setMinimumWidth(120);
    m_member = new QLineEdit;
    m_member->setObjectName(QStringLiteral("speechMember"));
    m_member->setPlaceholderText(tr("Member for {member}"));
    m_staff = new QLineEdit;
    m_staff->setObjectName(QStringLiteral("speechStaff"));
    m_staff->setPlaceholderText(tr("You, for {staff}"));
    auto *context = new QHBoxLayout;
    context->addWidget(m_search, 3);
    context->addWidget(new QLabel(tr("Day:")));
    context->addWidget(m_date);
    context->addWidget(m_member, 1);
    context->addWidget(m_staff, 1);

    m_categories = new QListWidget;
    m_categories->setObjectName(QStringLiteral("speechCategories"));
    m_categories->setMinimumWidth(170);
    m_cards = new SpeechCardList(m_model, false);
    m_cards->setObjectName(QStringLiteral("speechCards"));

    const auto button = [](const QString &text, const char *name) {
        auto *result = new QPushButton(text);
        result->setObjectName(QLatin1String(name));
        return result;
    };
    QPushButton *copy = button(tr("Copy"), "copySpeechButton");
    QPushButton *next = button(tr("Next Line"), "nextLineButton");
    next->setToolTip(tr("Copy the line of this category used least recently and not yet today"));
    QPushButton *palette = button(tr("Quick Palette"), "paletteButton");
    palette->setToolTip(tr("A small always-on-top window for live activities"));
    QPushButton *add = button(tr("New Line…"), "newSpeechButton");
    // The rarer library chores share one menu so the row fits a small window.
    auto *share = new QToolButton;
    share->setObjectName(QStringLiteral("speechLibraryMenuButton"));
    share->setText(tr("Library"));
    auto *shareMenu = new QMenu(share);
    QAction *edit = shareMenu->addAction(tr("Edit…"));
    edit->setObjectName(QStringLiteral("editSpeechAction"));
    QAction *remove = shareMenu->addAction(tr("Delete"));
    remove->setObjectName(QStringLiteral("deleteSpeechAction"));
    shareMenu->addSeparator();
    QAction *variables = shareMenu->addAction(tr("Camp Variables…"));
    variables->setObjectName(QStringLiteral("variablesAction"));
    shareMenu->addSeparator();
    connect(shareMenu->addAction(tr("Import Library (JSON or text)…")), &QAction::triggered, this,
            &SpeechView::importLibrary);
    connect(shareMenu->addAction(tr("Export Library as JSON…")), &QAction::triggered, this, &SpeechView::exportLibrary);
    connect(shareMenu->addAction(tr("Export Library as CSV…")), &QAction::triggered, this, &SpeechView::exportCsv);
    attachMenu(share, shareMenu);

    auto *actions = new QHBoxLayout;
    for (QWidget *widget :
         {static_cast<QWidget *>(copy), static_cast<QWidget *>(next), static_cast<QWidget *>(palette)})
        actions->addWidget(widget);
    actions->addStretch();
    actions->addWidget(add);
    actions->addWidget(share);

    m_feedback = new QLabel;
    m_feedback->setObjectName(QStringLiteral("speechFeedback"));
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setWordWrap(true);
    m_feedbackTimer = new QTimer(this);
    m_feedbackTimer->setSingleShot(true);
    connect(m_feedbackTimer, &QTimer::timeout, m_feedback, &QLabel::clear);

    auto *center = new QWidget;
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_cards, 1);
    centerLayout->addWidget(m_feedback);
    centerLayout->addLayout(actions);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_categories);
    splitter->addWidget(center);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 800});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(context);
    layout->addWidget(splitter, 1);

    connect(m_cards, &SpeechCardList::copyRequested, this, &SpeechView::copySpeech);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_cards->currentSpeechId())
            copySpeech(id);
    });
    connect(next, &QPushButton::clicked, this, &SpeechView::copyNextLine);
    connect(palette, &QPushButton::clicked, this, &SpeechView::showPalette);
    connect(add, &QPushButton::clicked, this, &SpeechView::newSpeech);
    connect(edit, &QAction::triggered, this, [this] {
        if (const qint64 id = m_cards->currentSpeechId())
            editSpeech(id);
    });
    connect(remove, &QAction::triggered, this, [this] {
        if (const qint64 id = m_cards->currentSpeechId())
            deleteSpeech(id);
    });
    connect(variables, &QAction::triggered, this, &SpeechView::editVariables);
    connect(m_search, &QLineEdit::textChanged, m_model, &SpeechListModel::setSearch);
    connect(m_categories, &QListWidget::currentRowChanged, this, &SpeechView::applyCategory);
    // The palette, open over any tab, copies for the same day and staff.
    const auto contextChanged = [this] {
        m_model->setContext(copyContext());
        if (m_palette)
            m_palette->setContext(copyContext());
    };
    connect(m_date, &QDateEdit::dateChanged, this, contextChanged);
    connect(m_member, &QLineEdit::textChanged, this, contextChanged);
    connect(m_staff, &QLineEdit::textChanged, this, contextChanged);
    connect(m_staff, &QLineEdit::editingFinished, this,
            [this] { QSettings().setValue(QStringLiteral("speech/staff"), m_staff->text().trimmed()); });

    // Ctrl+1…9 copy the favourites in their listed order.
    for (int number = 1; number <= 9; ++number) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, number] { copyFavourite(number); });
    }
}

void SpeechView::setCampId(qint64 id)
{
    m_campId = id;
    if (m_today.isValid()) {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(defaultDay());
    }
    // {staff} is whoever posts: on a team workspace the operator's own
    // roster entry, else the name typed last time, else the camp's first
    // owner-team member, so staff lines are ready to copy.
    if (m_staff->text().isEmpty()) {
        QString staff = m_document->valueOrReport(m_document->myStaffName(id));
        if (staff.isEmpty())
            staff = QSettings().value(QStringLiteral("speech/staff")).toString();
        if (staff.isEmpty()) {
            const QList<std::pair<qint64, QString>> crew = m_document->valueOrReport(m_document->staff(id));
            if (!crew.isEmpty())
                staff = crew.first().second;
        }
        const QSignalBlocker blocker(m_staff);
        m_staff->setText(staff);
    }
    // The palette may be open over any tab; the library fills when seen.
    if (m_palette)
        m_palette->setContext(copyContext());
    m_load->request();
}

void SpeechView::loadLibrary()
{
    m_model->setContext(copyContext());
    refreshCategories();
}

void SpeechView::setToday(QDate today)
{
    m_today = today;
    m_date->setDate(defaultDay());
}

QDate SpeechView::defaultDay() const
{
    // Before a camp its lines are prepared for its first course day (today
    // would leave {day} and the day's links empty); after it, its last.
    const std::optional<Camp> camp = m_campId != 0 ? m_document->camp(m_campId) : std::nullopt;
    if (!camp || !m_today.isValid() || !camp->courseStart.isValid())
        return m_today;
    return std::clamp(m_today, camp->courseStart, std::max(camp->courseStart, camp->courseEnd));
}

CopyContext SpeechView::copyContext() const
{
    CopyContext context;
    context.campId = m_campId;
    context.date = m_date->date();
    context.member = m_member->text().trimmed();
    context.staff = m_staff->text().trimmed();
    SpeechCopier::fillSubgroup(*m_document, context);
    return context;
}

QString SpeechView::feedback() const
{
    return m_feedback->text();
}

void SpeechView::refreshCategories()
{
    const QVariant current
        = m_categories->currentItem() ? m_categories->currentItem()->data(Qt::UserRole) : QVariant(AllRow);
    QHash<int, int> counts;
    int favourites = 0;
    for (const SpeechTemplate &speech : m_model->allSpeeches()) {
        ++counts[int(speech.category)];
        favourites += speech.favourite ? 1 : 0;
    }
    const QSignalBlocker blocker(m_categories);
    m_categories->clear();
    const auto add = [this](const QString &text, int chosen) {
        auto *item = new QListWidgetItem(text, m_categories);
        item->setData(Qt::UserRole, chosen);
    };
    add(tr("All lines (%1)").arg(m_model->allSpeeches().size()), AllRow);
    add(tr("★ Favourites (%1)").arg(favourites), FavouritesRow);
    for (SpeechCategory category : SpeechCategories::all())
        add(tr("%1 (%2)").arg(SpeechCategories::displayName(category)).arg(counts.value(int(category))), int(category));
    for (int row = 0; row < m_categories->count(); ++row) {
        if (m_categories->item(row)->data(Qt::UserRole) == current)
            m_categories->setCurrentRow(row);
    }
    if (m_categories->currentRow() < 0)
        m_categories->setCurrentRow(0);
}

void SpeechView::applyCategory()
{
    const int chosen = m_categories->currentItem() ? m_categories->currentItem()->data(Qt::UserRole).toInt() : AllRow;
    m_model->setFavouritesOnly(chosen == FavouritesRow);
    m_model->setCategories(chosen >= 0 ? QSet<SpeechCategory> {SpeechCategory(chosen)} : QSet<SpeechCategory> {});
}

void SpeechView::showFeedback(const QString &text, bool error)
{
    m_feedback->setText(text);
    setFeedbackTone(m_feedback, error ? FeedbackTone::Problem : FeedbackTone::Success);
    m_feedbackTimer->start(error ? 8000 : 3000);
}

bool SpeechView::copySpeech(qint64 id)
{
    auto speech = m_document->speech(id);
    if (!speech) {
        showFeedback(speech.error().message, true);
        return false;
    }
    auto copied = SpeechCopier::copy(*m_document, *speech, copyContext());
    // A value the line lacks is asked for in place, kept, and the line copied.
    if (!copied && askForMissingValues(*speech))
        copied = SpeechCopier::copy(*m_document, *speech, copyContext());
    if (!copied) {
        showFeedback(tr("“%1”: %2").arg(speech->title, copied.error().message), true);
        return false;
    }
    showCopied(*speech);
    return true;
}

void SpeechView::showCopied(const SpeechTemplate &speech)
{
    showFeedback(tr("Copied “%1” (used %n time(s)).", nullptr, speech.useCount + 1).arg(speech.title), false);
    if (const QModelIndex index = m_model->indexOfSpeech(speech.id); index.isValid())
        m_cards->setCurrentIndex(index);
}

bool SpeechView::askForMissingValues(const SpeechTemplate &speech)
{
    if (m_campId == 0)
        return false;
    // Only values someone can type: the member, the staff name and the
    // camp's own values. {day}, {date} or {time} come from the day and the
    // activity, and a stray brace needs the editor.
    static const QStringList fromTheDay {QStringLiteral("camp"),    QStringLiteral("day"),  QStringLiteral("date"),
                                         QStringLiteral("weekday"), QStringLiteral("time"), QStringLiteral("subgroup")};
    QStringList names;
    QSet<QString> perDay; // values the camp sets for some days: asked for this day
    for (const RenderProblem &problem : SpeechCopier::render(*m_document, speech, copyContext()).problems) {
        const QString name = problem.name == QLatin1String("@member") ? QStringLiteral("member") : problem.name;
        // A camp value never set reads as unknown: it is asked for too.
        const bool askable
            = problem.kind == RenderProblem::Kind::Unfilled || problem.kind == RenderProblem::Kind::Unknown;
        if (!askable || fromTheDay.contains(name))
            return false;
        if (!names.contains(name))
            names.append(name);
        if (problem.kind == RenderProblem::Kind::Unfilled)
            perDay.insert(name);
    }
    // A value the camp keeps for other days (a lesson link for days 1–2) is
    // this day's: kept for every day, it was copied on later days unasked.
    const std::optional<Camp> camp = m_document->camp(m_campId);
    const int courseDay = camp ? camp->courseDayOf(m_date->date()) : 0;
    for (const QString &name : std::as_const(names)) {
        const bool forTheDay = perDay.contains(name) && courseDay > 0;
        const QString label = name == QLatin1String("member") ? tr("Who is the line for? ({member})")
            : name == QLatin1String("staff")                  ? tr("Your name as staff ({staff}):")
            : forTheDay ? tr("This camp's {%1} for course day %2:").arg(name).arg(courseDay)
                        : tr("This camp's {%1}, kept for every day:").arg(name);
        const std::optional<QString> value = MessageBox::getText(this, tr("Fill “%1”").arg(speech.title), label);
        if (!value || value->trimmed().isEmpty())
            return false;
        if (name == QLatin1String("member")) {
            m_member->setText(value->trimmed());
        } else if (name == QLatin1String("staff")) {
            m_staff->setText(value->trimmed());
            QSettings().setValue(QStringLiteral("speech/staff"), value->trimmed());
        } else {
            m_document->undoStack()->push(new SetCampVariableCommand(
                m_document, m_campId, {name, perDay.contains(name) ? courseDay : 0, value->trimmed()}));
        }
    }
    return true;
}

bool SpeechView::copyNextLine()
{
    SpeechCategory category = SpeechCategory::Hype;
    if (const SpeechTemplate *current = m_model->speechAt(m_cards->currentIndex().row()))
        category = current->category;
    else if (const int chosen
             = m_categories->currentItem() ? m_categories->currentItem()->data(Qt::UserRole).toInt() : -1;
             chosen >= 0)
        category = SpeechCategory(chosen);
    auto copied = SpeechCopier::copyNext(*m_document, category, copyContext());
    if (!copied) {
        showFeedback(copied.error().message, true);
        return false;
    }
    showCopied(*copied);
    return true;
}

void SpeechView::copyFavourite(int number)
{
    int seen = 0;
    for (const SpeechTemplate &speech : m_model->allSpeeches()) {
        if (speech.favourite && ++seen == number) {
            copySpeech(speech.id);
            return;
        }
    }
    showFeedback(tr("There is no favourite number %1.").arg(number), true);
}

void SpeechView::newSpeech()
{
    SpeechTemplate speech;
    const int chosen = m_categories->currentItem() ? m_categories->currentItem()->data(Qt::UserRole).toInt() : AllRow;
    speech.category = chosen >= 0 ? SpeechCategory(chosen) : SpeechCategory::Custom;
    auto *dialog = new SpeechEditorDialog(m_document, speech, copyContext(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SpeechTemplate created = dialog->speech();
        m_document->undoStack()->push(
            new AddSpeechesCommand(m_document, {created}, tr("Add line “%1”").arg(created.title)));
    });
    dialog->open();
}

void SpeechView::editSpeech(qint64 id)
{
    auto before = m_document->speech(id);
    if (!before) {
        showFeedback(before.error().message, true);
        return;
    }
    openEditor(*before, *before);
}

void SpeechView::openEditor(const SpeechTemplate &original, const SpeechTemplate &shown)
{
    auto *dialog = new SpeechEditorDialog(m_document, shown, copyContext(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, original] {
        const SpeechTemplate after = dialog->speech();
        if (after.sameLine(original) || pushSucceeded(*m_document, new EditSpeechCommand(m_document, original, after)))
            return;
        // Not saved (the message said why): the editor opens again with what
        // was typed. Refused because another operator changed the line
        // meanwhile, its next save is made on the line as it is now; after a
        // lost connection or a busy workspace, on the line as it was. A line
        // removed meanwhile has nothing left to save onto.
        auto now = m_document->speech(original.id);
        if (!now && now.error().missing)
            return;
        openEditor(now && !now->sameLine(original) ? *now : original, after);
    });
    dialog->open();
}

void SpeechView::deleteSpeech(qint64 id)
{
    auto speech = m_document->speech(id);
    if (!speech) {
        showFeedback(speech.error().message, true);
        return;
    }
    m_document->undoStack()->push(new DeleteSpeechesCommand(m_document, {*speech}));
}

void SpeechView::showPalette()
{
    if (!m_palette)
        m_palette = new QuickCopyPalette(m_document);
    m_palette->setContext(copyContext());
    m_palette->show();
    m_palette->raise();
}

void SpeechView::editVariables()
{
    if (m_campId == 0)
        return;
    // A table that failed to load must not be saved over what is there.
    auto variables = m_document->campVariables(m_campId);
    if (!variables) {
        m_document->reportError(variables.error().message);
        return;
    }
    auto *dialog = new CampVariablesDialog(m_document, m_campId, *variables, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SpeechView::importLibrary()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import Speech Library"), QDir::homePath(),
                                                     tr("Speech libraries (*.json *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *dialog = new SpeechImportDialog(m_document, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->isReady()) {
        m_document->reportError(dialog->problem());
        delete dialog;
        return;
    }
    dialog->open();
}

void SpeechView::exportLibrary()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export Speech Library"),
                                                     QDir::home().filePath(tr("speech library.json")),
                                                     tr("Speech libraries (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = SpeechLibrary::toJson(m_model->allSpeeches());
    if (auto written = OutputFile::write(path, bytes, m_document->fileName()); !written)
        m_document->reportError(written.error().message);
}

void SpeechView::exportCsv()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export Speech Library"), QDir::home().filePath(tr("speech library.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = SpeechLibrary::toCsv(m_model->allSpeeches());
    if (auto written = OutputFile::write(path, bytes, m_document->fileName()); !written)
        m_document->reportError(written.error().message);
}

} // namespace CampDesk
