#pragma once

// SIMU_TEST_MAIN(TestClass) replaces QTEST_MAIN: before Qt starts it points HOME and the XDG
// directories at a private temporary folder, so no test reads or writes the real user's files
// (settings, keyrings, GStreamer registry) and tests cannot see each other's leftovers.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace TestSupport {

class PrivateHome
{
public:
    PrivateHome()
    {
        m_dir.setAutoRemove(true);
        const QString root = m_dir.path();
        const char *const names[] = {"HOME",
            "XDG_CONFIG_HOME",
            "XDG_DATA_HOME",
            "XDG_CACHE_HOME",
            "XDG_STATE_HOME",
            "XDG_RUNTIME_DIR"};
        for (const char *name : names) {
            const QString path = root + u'/' + QString::fromLatin1(name).toLower();
            QDir().mkpath(path);
            QFile::setPermissions(
                path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv(name, QFile::encodeName(path));
        }
    }

private:
    QTemporaryDir m_dir;
};

} // namespace TestSupport

#define SIMU_TEST_MAIN(TestObject)                                                                 \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        TestSupport::PrivateHome home;                                                             \
        QCoreApplication app(argc, argv);                                                          \
        TestObject test;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
