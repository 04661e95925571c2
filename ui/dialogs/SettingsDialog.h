#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace CampDesk {

// Application settings. The interface language takes effect on restart:
// retranslating every open widget live is not worth its bugs.
class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Stores the choices; returns true when a restart is needed to see them.
    bool apply();

private:
    QComboBox *m_language;
    QSpinBox *m_maxLines;
    QSpinBox *m_maxCharacters;
    QSpinBox *m_keepBackups;
};

} // namespace CampDesk
