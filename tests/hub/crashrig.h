#pragma once

// The kill harness of the crash tests (tst_hubcrash, tst_analyticscrash): the real `simu
// --headless` process on a data folder of its own, an admin created through the command line,
// AT's callbacks posted to its webhook over HTTP, the process killed with SIGKILL and started
// again on the same folder. What each test posts and checks afterwards stays in the test.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace CrashTest {

// One inbound call as the crash tests post it: a first notification (Ringing) and a final one
// (Completed, with its duration and cost in KES).
struct CrashCall
{
    QString sessionId;
    QString callerNumber;
    int durationSeconds = 0;
    QString amount;
    QString startTime; // callStartTime as AT writes it; empty leaves the field out
};

// The form body AT would post for the call's first (final = false) or final notification.
QByteArray callbackBody(const CrashCall &call, bool final);

struct Reply
{
    int status = 0;
    QByteArray body;
};

class CrashRig
{
public:
    // The webhook secret the hub is started with, and the admin's password.
    CrashRig(QString webhookSecret, QString adminPassword);

    bool isValid() const { return m_data.isValid(); }

    // `simu --headless --create-user admin --role admin` on the data folder, the password on
    // its standard input. Empty on success, otherwise what went wrong.
    QString createAdmin();

    // Starts the hub on the data folder and returns its base URL, read from what it prints
    // (empty when it never said); everything it printed so far goes to `said`.
    QString startHub(QProcess &hub, QString *said = nullptr);
    // SIGKILL: no shutdown, no last write-behind. True once the process is gone.
    static bool killHub(QProcess &hub);
    // A clean stop (SIGTERM). True once the process is gone.
    static bool stopHub(QProcess &hub);

    QUrl webhookUrl(const QString &base) const;
    // Posts one callback and waits for the answer; its HTTP status.
    int postCallback(const QUrl &webhook, const QByteArray &body);
    // Posts every callback at once and waits for all the answers; their statuses, in order.
    QList<int> postCallbacksAtOnce(const QUrl &webhook, const QList<QByteArray> &bodies);

    // Logs the admin in; the bearer token (empty on failure) and the login's HTTP status.
    QString login(const QString &base, int *status = nullptr);
    Reply get(const QString &base, const QString &path, const QString &token);
    static QJsonObject jsonOf(const Reply &reply);

private:
    QProcessEnvironment environment() const;
    Reply send(const QByteArray &method,
        const QUrl &url,
        const QByteArray &body,
        const QByteArray &type,
        const QString &token = {});

    QString m_secret;
    QString m_password;
    QTemporaryDir m_data;
    QNetworkAccessManager m_nam;
};

} // namespace CrashTest
