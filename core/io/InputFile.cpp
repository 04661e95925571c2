#include "core/io/InputFile.h"

#include "core/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cstdio>

namespace CampDesk {

QString InputFile::displayName(const QString &path)
{
    return path == QLatin1String("-") ? tr("standard input") : path;
}

Result<QByteArray> InputFile::readAll(const QString &path, qint64 limit)
{
    const QString name = displayName(path);
    QFile file;
    const bool standardInput = path == QLatin1String("-");
    if (standardInput) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return fail(tr("Standard input cannot be read."));
    } else {
        if (QFileInfo(path).isDir())
            return fail(tr("%1 is a folder, not a file.").arg(name));
        if (auto allowed = refuseOpenWorkspace(path); !allowed)
            return std::unexpected(allowed.error());
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("%1 cannot be read: %2").arg(name, file.errorString()));
        // A regular file says its size: refuse it without reading.
        if (!file.isSequential() && file.size() > limit)
            return fail(InputLimits::fileTooBig(name, limit));
    }
    QByteArray bytes;
    constexpr qint64 Block = 1024 * 1024;
    for (;;) {
        const QByteArray block = file.read(std::min(Block, limit + 1 - bytes.size()));
        if (block.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return fail(tr("%1 cannot be read: %2").arg(name, file.errorString()));
            break;
        }
        bytes += block;
        if (bytes.size() > limit)
            return fail(InputLimits::fileTooBig(name, limit));
    }
    return bytes;
}

Result<void> InputFile::refuseOpenWorkspace(const QString &path)
{
    // Opening and closing a descriptor of it would drop this process's
    // locks on it (see Workspace), and it is no input anyway.
    if (Workspace::isOpenHere(path))
        return fail(tr("%1 is the workspace that is open, not a file to import.").arg(path));
    return {};
}

Result<QString> InputFile::line(const QString &path, qint64 number, const QString &encoding)
{
    if (auto allowed = refuseOpenWorkspace(path); !allowed)
        return std::unexpected(allowed.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QStringDecoder decoder(encoding.isEmpty() ? "UTF-8" : encoding.toLatin1().constData());
    if (!decoder.isValid())
        return fail(tr("%1: the encoding “%2” is not known.").arg(path, encoding));
    QString current; // the text of line `at` read so far
    qint64 at = 1;
    for (;;) {
        const QByteArray block = file.read(1024 * 1024);
        if (block.isEmpty())
            break;
        const QString text = decoder(block);
        qsizetype from = 0;
        while (from <= text.size()) {
            const qsizetype end = text.indexOf(u'\n', from);
            if (at == number) {
                current += QStringView(text).sliced(from, (end < 0 ? text.size() : end) - from);
                if (current.size() > InputLimits::MaxLineLength)
                    return fail(InputLimits::lineTooLong(at));
                if (end >= 0)
                    return current.endsWith(u'\r') ? current.chopped(1) : current;
            }
            if (end < 0)
                break;
            ++at;
            from = end + 1;
        }
    }
    if (file.error() != QFileDevice::NoError)
        return fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return current.endsWith(u'\r') ? current.chopped(1) : current;
}

} // namespace CampDesk
