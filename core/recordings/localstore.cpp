#include "localstore.h"

#include "util/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Recordings {

namespace {

bool isStoreName(const QString &fileName)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{64}\\.mp3$"_s);
    return pattern.match(fileName).hasMatch();
}

} // namespace

LocalStore::LocalStore(QString directory)
    : m_directory(std::move(directory))
{}

Util::Result<void, QString> LocalStore::prepare()
{
    if (m_directory.isEmpty())
        return Util::fail(u"no folder is set for recordings"_s);
    QDir dir(m_directory);
    if (!dir.mkpath(u"."_s))
        return Util::fail(u"cannot create the recordings folder %1"_s.arg(m_directory));
    const QStringList partials = dir.entryList({u"*.mp3.part"_s}, QDir::Files);
    for (const QString &partial : partials) {
        if (!dir.remove(partial))
            qCWarning(lcHub) << "cannot remove the unfinished download" << partial;
    }
    return {};
}

QString LocalStore::fileNameFor(const QString &sessionId)
{
    return QString::fromLatin1(
               QCryptographicHash::hash(sessionId.toUtf8(), QCryptographicHash::Sha256).toHex())
        + u".mp3"_s;
}

QString LocalStore::pathOf(const QString &fileName) const
{
    return isStoreName(fileName) ? QDir(m_directory).filePath(fileName) : QString();
}

QString LocalStore::partPathOf(const QString &fileName) const
{
    const QString path = pathOf(fileName);
    return path.isEmpty() ? QString() : path + u".part"_s;
}

qint64 LocalStore::sizeOf(const QString &fileName) const
{
    const QString path = pathOf(fileName);
    const QFileInfo info(path);
    return !path.isEmpty() && info.isFile() ? info.size() : -1;
}

bool LocalStore::remove(const QString &fileName) const
{
    const QString path = pathOf(fileName);
    if (path.isEmpty())
        return true;
    for (const QString &file : {path, partPathOf(fileName)}) {
        if (QFile::exists(file) && !QFile::remove(file)) {
            qCWarning(lcHub) << "cannot remove" << file;
            return false;
        }
    }
    return true;
}

} // namespace Recordings
