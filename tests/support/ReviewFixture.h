#pragma once

#include "core/Workspace.h"
#include "core/capture/ChatImporter.h"
#include "core/domain/Activity.h"
#include "core/domain/MemberRole.h"
#include "tests/support/TempWorkspace.h"

#include <QHash>

#include <memory>

namespace CampDesk::Testing {

// A small camp whose every review figure was computed by hand (see
// ReviewCalculatorTest.cpp): six members and one assistant, a mid-camp join
// and a leave, two subgroups and members in none, a check-in activity,
// sharing sessions, and a game that runs across midnight.
//
//   prep 1–2 March, course 3–6 March, wrap-up 7 March 2027, Asia/Shanghai,
//   target active rate 60 %, tail 60 minutes, at risk after 2 silent days.
class ReviewFixture {
public:
    // In a file of its own, or in the (empty) workspace at `address` (a
    // team workspace's, for the tests that run on both engines).
    ReviewFixture();
    explicit ReviewFixture(const QString &address);

    Workspace &workspace() { return *m_workspace; }
    QString path() const { return m_address; }
    // Closes the workspace so that a window or campdesk-cli can open it.
    void close() { m_workspace.reset(); }
    qint64 campId() const { return m_camp; }
    qint64 person(const char *key) const { return m_people.value(QString::fromLatin1(key)); }
    qint64 membership(const char *key) const { return m_memberships.value(QString::fromLatin1(key)); }
    qint64 activity(const char *key) const { return m_activities.value(QString::fromLatin1(key)); }
    qint64 subgroup(const char *key) const { return m_subgroups.value(QString::fromLatin1(key)); }

    static qint64 at(int day, int hour, int minute); // March 2027 in Shanghai
    // Imports messages as a WeChat export would bring them.
    void say(const QList<std::tuple<const char *, int, int, int>> &lines);
    // One message at any instant (Unix seconds), in a batch of its own.
    void sayAt(const char *key, qint64 time);

private:
    void addMember(const char *key, const QString &name, MemberRole role, const char *subgroup, QDate joined,
                   QDate left = {});
    void importLines(const QList<std::pair<const char *, qint64>> &lines);
    qint64 addActivity(const char *key, ActivityType type, const QString &title, QDateTime start, QDateTime end,
                       const char *speaker = nullptr);

    TempDir m_dir;
    QString m_address;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_camp = 0;
    QHash<QString, qint64> m_people;
    QHash<QString, qint64> m_memberships;
    QHash<QString, qint64> m_activities;
    QHash<QString, qint64> m_subgroups;
    int m_batch = 0;
};

} // namespace CampDesk::Testing
