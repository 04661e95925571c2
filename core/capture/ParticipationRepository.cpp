#include "core/capture/ParticipationRepository.h"

namespace CampDesk {

// What every implementation of ParticipationRepository shares: no SQL here (that is in
// SqlParticipationRepository.cpp).

QString ParticipationRepository::sourceKey(CheckInSource source)
{
    switch (source) {
    case CheckInSource::Manual:
        return QStringLiteral("manual");
    case CheckInSource::Jielong:
        return QStringLiteral("jielong");
    case CheckInSource::Chat:
        return QStringLiteral("chat");
    }
    return {};
}

} // namespace CampDesk
