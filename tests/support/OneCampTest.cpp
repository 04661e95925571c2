#include "tests/support/OneCampTest.h"

#include "core/domain/Camp.h"
#include "core/domain/CampRepository.h"

namespace CampDesk::Testing {

void OneCampTest::SetUp()
{
    m_place.openOrSkip(m_workspace);
    if (!m_workspace)
        return;
    auto camp = m_workspace->camps().insert(Camp::withDefaults(m_campName, QDate(2027, 3, 1), QDate(2027, 3, 21)));
    if (!camp) {
        m_workspace.reset();
        FAIL() << "the camp was not added: " << camp.error().message.toStdString();
    }
    m_camp = *camp;
}

} // namespace CampDesk::Testing
