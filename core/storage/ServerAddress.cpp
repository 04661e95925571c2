#include "core/storage/ServerAddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace CampDesk {

namespace {

// libpq's connection keywords (PostgreSQL 15, "Parameter Key Words").
const QStringList &knownKeywords()
{
    static const QStringList names {QStringLiteral("host"),
                                    QStringLiteral("hostaddr"),
                                    QStringLiteral("port"),
                                    QStringLiteral("dbname"),
                                    QStringLiteral("user"),
                                    QStringLiteral("password"),
                                    QStringLiteral("passfile"),
                                    QStringLiteral("channel_binding"),
                                    QStringLiteral("connect_timeout"),
                                    QStringLiteral("client_encoding"),
                                    QStringLiteral("options"),
                                    QStringLiteral("application_name"),
                                    QStringLiteral("fallback_application_name"),
                                    QStringLiteral("keepalives"),
                                    QStringLiteral("keepalives_idle"),
                                    QStringLiteral("keepalives_interval"),
                                    QStringLiteral("keepalives_count"),
                                    QStringLiteral("tcp_user_timeout"),
                                    QStringLiteral("replication"),
                                    QStringLiteral("gssencmode"),
                                    QStringLiteral("sslmode"),
                                    QStringLiteral("requiressl"),
                                    QStringLiteral("sslcompression"),
                                    QStringLiteral("sslcert"),
                                    QStringLiteral("sslkey"),
                                    QStringLiteral("sslpassword"),
                                    QStringLiteral("sslrootcert"),
                                    QStringLiteral("sslcrl"),
                                    QStringLiteral("sslcrldir"),
                                    QStringLiteral("sslsni"),
                                    QStringLiteral("requirepeer"),
                                    QStringLiteral("ssl_min_protocol_version"),
                                    QStringLiteral("ssl_max_protocol_version"),
                                    QStringLiteral("krbsrvname"),
                                    QStringLiteral("gsslib"),
                                    QStringLiteral("service"),
                                    QStringLiteral("target_session_attrs")};
    return names;
}

} // namespace

// Never names the address: it holds the password.
Result<void> ServerAddress::passwordRefusal()
{
    return fail(tr("The address holds a password, and CampDesk never keeps one in an address: put it in"
                   " ~/.pgpass or the service file, or leave it out to be asked for it."));
}

namespace {

bool isUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

} // namespace

bool ServerAddress::looksLikeServer(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (isUri(trimmed))
        return true;
    static const QRegularExpression firstPair(QStringLiteral("^([a-z_]+)\\s*="));
    const QRegularExpressionMatch match = firstPair.match(trimmed);
    return match.hasMatch() && knownKeywords().contains(match.captured(1));
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    ServerAddress address;
    address.m_text = text.trimmed();
    if (holdsSecret(address.m_text))
        return std::unexpected(passwordRefusal().error());
    auto parsed = isUri(address.m_text) ? parseUri(address.m_text, address) : parsePairs(address.m_text, address);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (address.keyword(QLatin1String("dbname")).isEmpty() && address.keyword(QLatin1String("service")).isEmpty())
        return fail(
            tr("%1 names no database: add its name (postgresql://host/NAME or dbname=NAME).").arg(address.m_text));
    return address;
}

Result<void> ServerAddress::parseUri(const QString &text, ServerAddress &address)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("%1 is not a PostgreSQL address: %2").arg(text, url.errorString()));
    const QString user = url.userName(QUrl::FullyDecoded);
    const QString host = url.host(QUrl::FullyDecoded);
    const QString database = url.path(QUrl::FullyDecoded).mid(1);
    for (const auto &[key, value] : {std::pair {QStringLiteral("user"), user}, std::pair {QStringLiteral("host"), host},
                                     std::pair {QStringLiteral("dbname"), database}}) {
        if (!value.isEmpty())
            (void)address.setKeyword(key, value);
    }
    if (url.port() > 0)
        (void)address.setKeyword(QStringLiteral("port"), QString::number(url.port()));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (auto set = address.setKeyword(key, value); !set)
            return set;
    }
    return {};
}

Result<void> ServerAddress::parsePairs(const QString &text, ServerAddress &address)
{
    // keyword = value, the value bare or in single quotes with \' and \\.
    qsizetype at = 0;
    const auto skipBlanks = [&] {
        while (at < text.size() && text.at(at).isSpace())
            ++at;
    };
    while (true) {
        skipBlanks();
        if (at >= text.size())
            return {};
        const qsizetype equals = text.indexOf(u'=', at);
        if (equals < 0)
            return fail(tr("%1 is not a PostgreSQL address: \"%2\" has no value.").arg(text, text.mid(at)));
        const QString key = text.mid(at, equals - at).trimmed();
        at = equals + 1;
        skipBlanks();
        QString value;
        if (at < text.size() && text.at(at) == u'\'') {
            ++at;
            while (at < text.size() && text.at(at) != u'\'') {
                if (text.at(at) == u'\\' && at + 1 < text.size())
                    ++at;
                value += text.at(at++);
            }
            if (at >= text.size())
                return fail(tr("%1 is not a PostgreSQL address: a quote is not closed.").arg(text));
            ++at;
        } else {
            while (at < text.size() && !text.at(at).isSpace())
                value += text.at(at++);
        }
        if (auto set = address.setKeyword(key, value); !set)
            return set;
    }
}

Result<void> ServerAddress::setKeyword(const QString &key, const QString &value)
{
    if (!knownKeywords().contains(key))
        return fail(tr("%1 is not a PostgreSQL address: \"%2\" is not one of libpq's keywords.").arg(m_text, key));
    if (key == QLatin1String("password") || key == QLatin1String("sslpassword"))
        return passwordRefusal();
    m_keywords.append({key, value});
    return {};
}

QString ServerAddress::keyword(QLatin1String name) const
{
    // A keyword given twice counts as libpq counts it: the last one.
    QString value;
    for (const auto &[key, given] : m_keywords) {
        if (key == name)
            value = given;
    }
    return value;
}

QString ServerAddress::fromParts(const Parts &parts)
{
    // libpq's quoting: a value in single quotes, with \ and ' escaped.
    const auto quoted = [](QString value) -> QString {
        value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        return u'\'' + value + u'\'';
    };
    const QList<std::pair<QString, QString>> given {
        {QStringLiteral("host"), parts.host.trimmed()},
        {QStringLiteral("port"), parts.port > 0 ? QString::number(parts.port) : QString()},
        {QStringLiteral("dbname"), parts.database.trimmed()},
        {QStringLiteral("user"), parts.user.trimmed()},
        {QStringLiteral("sslmode"), parts.sslMode},
    };
    QStringList pairs;
    for (const auto &[key, value] : given) {
        if (!value.isEmpty())
            pairs.append(key + u'=' + quoted(value));
    }
    for (const auto &[key, value] : parts.others)
        pairs.append(key + u'=' + quoted(value));
    return pairs.join(u' ');
}

ServerAddress::Parts ServerAddress::parts() const
{
    Parts parts {.host = keyword(QLatin1String("host")),
                 .port = keyword(QLatin1String("port")).toInt(),
                 .database = keyword(QLatin1String("dbname")),
                 .user = keyword(QLatin1String("user")),
                 .sslMode = keyword(QLatin1String("sslmode"))};
    static const QStringList shown {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("dbname"),
                                    QStringLiteral("user"), QStringLiteral("sslmode")};
    for (const auto &[key, value] : m_keywords) {
        if (!shown.contains(key))
            parts.others.append({key, value});
    }
    return parts;
}

bool ServerAddress::holdsSecret(const QString &text)
{
    // Percent-encoded too (pass%77ord=), as a URI's query is read decoded.
    static const QRegularExpression keyword(QStringLiteral("(?:^|[\\s&?])(?:ssl)?password\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression userInfoPassword(QStringLiteral("^postgres(?:ql)?://[^/?#@]*:[^/?#]*@"),
                                                     QRegularExpression::CaseInsensitiveOption);
    const QString decoded = QUrl::fromPercentEncoding(text.toUtf8());
    return keyword.match(text).hasMatch() || keyword.match(decoded).hasMatch()
        || userInfoPassword.match(text).hasMatch();
}

QString ServerAddress::displayTextOf(const QString &text)
{
    const auto address = parse(text);
    if (address)
        return address->displayText();
    // An address an earlier CampDesk kept with a key's passphrase in it.
    return holdsSecret(text) ? tr("a server address holding a password (not shown)") : text;
}

QString ServerAddress::displayText() const
{
    const QString service = keyword(QLatin1String("service"));
    const QString host = keyword(QLatin1String("host"));
    const QString port = keyword(QLatin1String("port"));
    QString database = keyword(QLatin1String("dbname"));
    if (database.isEmpty())
        database = tr("service %1").arg(service);
    if (host.isEmpty())
        return service.isEmpty() ? tr("%1 on this computer").arg(database) : database;
    return tr("%1 on %2").arg(database, port.isEmpty() ? host : host + u':' + port);
}

} // namespace CampDesk
