#pragma once

#include <QIODevice>

#include <cstdio>

namespace CampDesk {

// Standard output or error as campdesk-cli writes to it: names, messages and
// file names come from files anyone can write, so no control character in
// them reaches the terminal as one. Every C0 control but the line break and
// the tab, DEL and the C1 controls are written as \u escapes (the same text
// in a JSON string, where they are valid escapes); a CR before a line break
// is dropped. One filter for all output, so no command can forget it.
class TerminalDevice final : public QIODevice {
    Q_OBJECT

public:
    explicit TerminalDevice(FILE *stream, QObject *parent = nullptr);
    ~TerminalDevice() override;

    bool isSequential() const override { return true; }

    // The bytes as they are written (exposed for tests).
    static QByteArray escaped(const QByteArray &utf8);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_stream;
};

} // namespace CampDesk
