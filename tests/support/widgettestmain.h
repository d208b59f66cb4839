#pragma once

// SIMU_WIDGET_TEST_MAIN(TestClass): SIMU_TEST_MAIN for tests with widgets (a QApplication),
// with the same private HOME and XDG folders.

#include "testmain.h"

#include <QApplication>

#define SIMU_WIDGET_TEST_MAIN(TestObject)                                                          \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        TestSupport::PrivateHome home;                                                             \
        QApplication app(argc, argv);                                                              \
        TestObject test;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
