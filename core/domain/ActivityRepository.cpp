#include "core/domain/ActivityRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CampDesk {

// What every implementation of ActivityRepository shares: no SQL here (that is in
// SqlActivityRepository.cpp).

namespace ChecklistJson {

QString toJson(const QList<ChecklistItem> &items)
{
    QJsonArray array;
    for (const ChecklistItem &item : items)
        array.append(QJsonObject {{QStringLiteral("text"), item.text}, {QStringLiteral("done"), item.done}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ChecklistItem> fromJson(const QString &json)
{
    QList<ChecklistItem> items;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array) {
        const QJsonObject object = value.toObject();
        items.append({object.value(QStringLiteral("text")).toString(), object.value(QStringLiteral("done")).toBool()});
    }
    return items;
}

} // namespace ChecklistJson

} // namespace CampDesk
