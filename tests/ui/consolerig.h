#pragma once

// One console window with its own client, as DesktopApp builds it, for the UI tests that drive
// the real windows against a real hub (hubharness.h) and the simulator.

#include "../hub/hubharness.h"
#include "client/hubclient.h"
#include "models/callsmodel.h"
#include "phone/phonenumbers.h"
#include "shell/consolesettings.h"
#include "shell/loginpage.h"
#include "shell/mainwindow.h"

#include <QLineEdit>
#include <QTest>

#include <memory>

namespace HubTest {

struct Console
{
    Console(const QUrl &hub, Ui::ConsoleSettings &settings, const Phone::NumberParser &numbers)
    {
        client.setBaseUrl(hub);
        Ui::MainWindow::Options options;
        options.trayIcon = false;
        window = std::make_unique<Ui::MainWindow>(client, settings, numbers, options);
        window->show();
    }

    // Types the user's name and password into the login page, as a person would; true once
    // the console is logged in and its live stream is connected.
    bool logIn(const QString &user, const QString &password = PASSWORD)
    {
        auto *page = window->loginPage();
        const auto fields = page->findChildren<QLineEdit *>();
        if (fields.size() < 2)
            return false;
        fields.at(0)->setText(user);
        fields.at(1)->setText(password);
        QTest::keyClick(fields.at(1), Qt::Key_Return);
        return QTest::qWaitFor([&] { return window->isLoggedIn(); }, WAIT_MS)
            && QTest::qWaitFor(
                [&] { return client.connectionState() == Client::ConnectionState::Connected; },
                WAIT_MS);
    }

    // The live calls model row of a session, or -1.
    int rowOf(const QString &sessionId) const { return window->liveCalls()->rowOf(sessionId); }

    Client::HubClient client;
    std::unique_ptr<Ui::MainWindow> window;
};

} // namespace HubTest
