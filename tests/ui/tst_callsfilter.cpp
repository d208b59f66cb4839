// Ui::CallsFilterProxy as a supervisor uses it: newest calls on top, and filters by agent,
// direction, live or ended, and a search box that finds a number however it is typed.

#include "fakeclock.h"
#include "models/callsfilterproxy.h"
#include "models/callsmodel.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Calls::Call;
using Calls::CallState;
using Ui::CallsFilterProxy;
using Ui::CallsModel;

namespace {

Call makeCall(const QString &id,
    const QDateTime &createdAt,
    const QString &customer,
    const QString &agent,
    Voice::Direction direction,
    CallState state)
{
    Call call;
    call.sessionId = id;
    call.createdAt = createdAt;
    call.customerNumber = customer;
    call.agent = agent;
    call.direction = direction;
    call.state = state;
    if (call.isFinal())
        call.endedAt = createdAt.addSecs(30);
    return call;
}

QStringList shownIds(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(CallsModel::SessionIdRole).toString());
    return ids;
}

} // namespace

class TestCallsFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newestFirstByDefault();
    void newCallAppearsOnTop();
    void sortByOtherColumns_data();
    void sortByOtherColumns();
    void agentFilter_data();
    void agentFilter();
    void directionFilter_data();
    void directionFilter();
    void stateFilter_data();
    void stateFilter();
    void textFilter_data();
    void textFilter();
    void filtersCombine();
    void liveFilterDropsACallWhenItEnds();

private:
    TestSupport::FakeClock m_clock;
    CallsModel *m_model = nullptr;
    CallsFilterProxy *m_proxy = nullptr;
};

void TestCallsFilter::init()
{
    m_model = new CallsModel(Phone::NumberParser(u"KE"_s), m_clock);
    m_model->setKeepEndedMs(-1);
    const QDateTime t = m_clock.now().addSecs(-600);
    // Arrival order differs from start order on purpose.
    m_model->setSnapshot({
        makeCall(u"ATVId_b"_s,
            t.addSecs(20),
            u"+254722000000"_s,
            u"agent2"_s,
            Voice::Direction::Outbound,
            CallState::InProgress),
        makeCall(u"ATVId_a"_s,
            t.addSecs(10),
            u"+254712345678"_s,
            u"agent1"_s,
            Voice::Direction::Inbound,
            CallState::Ringing),
        makeCall(u"ATVId_d"_s,
            t.addSecs(40),
            u"+256772123456"_s,
            u"agent1"_s,
            Voice::Direction::Outbound,
            CallState::Completed),
        makeCall(u"ATVId_c"_s,
            t.addSecs(30),
            u"+254733111222"_s,
            QString(),
            Voice::Direction::Inbound,
            CallState::NoAnswer),
    });
    m_proxy = new CallsFilterProxy;
    m_proxy->setSourceModel(m_model);
}

void TestCallsFilter::cleanup()
{
    delete m_proxy;
    delete m_model;
}

void TestCallsFilter::newestFirstByDefault()
{
    QCOMPARE(
        shownIds(*m_proxy), (QStringList{u"ATVId_d"_s, u"ATVId_c"_s, u"ATVId_b"_s, u"ATVId_a"_s}));
}

void TestCallsFilter::newCallAppearsOnTop()
{
    m_model->applyCall(makeCall(u"ATVId_e"_s,
        m_clock.now(),
        u"+254700000001"_s,
        u"agent1"_s,
        Voice::Direction::Inbound,
        CallState::Ringing));
    QCOMPARE(shownIds(*m_proxy).value(0), u"ATVId_e"_s);
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestCallsFilter::sortByOtherColumns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    QTest::newRow("customer number")
        << int(CallsModel::CustomerColumn)
        << QStringList{u"ATVId_a"_s, u"ATVId_b"_s, u"ATVId_c"_s, u"ATVId_d"_s};
    // Lifecycle order: ringing, in progress, completed, no answer.
    QTest::newRow("state") << int(CallsModel::StateColumn)
                           << QStringList{u"ATVId_a"_s, u"ATVId_b"_s, u"ATVId_d"_s, u"ATVId_c"_s};
}

void TestCallsFilter::sortByOtherColumns()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    m_proxy->sort(column, Qt::AscendingOrder);
    QCOMPARE(shownIds(*m_proxy), ascending);
}

void TestCallsFilter::agentFilter_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("everyone") << QString()
                              << QStringList{
                                     u"ATVId_d"_s, u"ATVId_c"_s, u"ATVId_b"_s, u"ATVId_a"_s};
    QTest::newRow("agent1's calls") << u"agent1"_s << QStringList{u"ATVId_d"_s, u"ATVId_a"_s};
    QTest::newRow("case does not matter") << u"AGENT2"_s << QStringList{u"ATVId_b"_s};
    QTest::newRow("agent without calls") << u"agent9"_s << QStringList{};
}

void TestCallsFilter::agentFilter()
{
    QFETCH(QString, agent);
    QFETCH(QStringList, shown);
    m_proxy->setAgentFilter(agent);
    QCOMPARE(shownIds(*m_proxy), shown);
    m_proxy->setAgentFilter(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestCallsFilter::directionFilter_data()
{
    QTest::addColumn<int>("direction"); // -1: no filter
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("both") << -1
                          << QStringList{u"ATVId_d"_s, u"ATVId_c"_s, u"ATVId_b"_s, u"ATVId_a"_s};
    QTest::newRow("inbound only") << int(Voice::Direction::Inbound)
                                  << QStringList{u"ATVId_c"_s, u"ATVId_a"_s};
    QTest::newRow("outbound only")
        << int(Voice::Direction::Outbound) << QStringList{u"ATVId_d"_s, u"ATVId_b"_s};
}

void TestCallsFilter::directionFilter()
{
    QFETCH(int, direction);
    QFETCH(QStringList, shown);
    m_proxy->setDirectionFilter(
        direction < 0 ? std::nullopt : std::optional(Voice::Direction(direction)));
    QCOMPARE(shownIds(*m_proxy), shown);
}

void TestCallsFilter::stateFilter_data()
{
    QTest::addColumn<CallsFilterProxy::StateFilter>("filter");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("all") << CallsFilterProxy::StateFilter::All
                         << QStringList{u"ATVId_d"_s, u"ATVId_c"_s, u"ATVId_b"_s, u"ATVId_a"_s};
    QTest::newRow("live only") << CallsFilterProxy::StateFilter::Live
                               << QStringList{u"ATVId_b"_s, u"ATVId_a"_s};
    QTest::newRow("ended only") << CallsFilterProxy::StateFilter::Ended
                                << QStringList{u"ATVId_d"_s, u"ATVId_c"_s};
}

void TestCallsFilter::stateFilter()
{
    QFETCH(CallsFilterProxy::StateFilter, filter);
    QFETCH(QStringList, shown);
    m_proxy->setStateFilter(filter);
    QCOMPARE(shownIds(*m_proxy), shown);
}

void TestCallsFilter::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("nothing typed")
        << u"  "_s << QStringList{u"ATVId_d"_s, u"ATVId_c"_s, u"ATVId_b"_s, u"ATVId_a"_s};
    QTest::newRow("local form of a number") << u"0712 345"_s << QStringList{u"ATVId_a"_s};
    QTest::newRow("international form with spaces")
        << u"+254 712 345 678"_s << QStringList{u"ATVId_a"_s};
    QTest::newRow("digits from the middle") << u"345678"_s << QStringList{u"ATVId_a"_s};
    QTest::newRow("foreign number by its digits") << u"+256 772"_s << QStringList{u"ATVId_d"_s};
    QTest::newRow("agent's name") << u"agent2"_s << QStringList{u"ATVId_b"_s};
    QTest::newRow("agent's name in capitals")
        << u"Agent1"_s << QStringList{u"ATVId_d"_s, u"ATVId_a"_s};
    QTest::newRow("no match") << u"0799"_s << QStringList{};
}

void TestCallsFilter::textFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, shown);
    m_proxy->setTextFilter(text);
    QCOMPARE(shownIds(*m_proxy), shown);
    QCOMPARE(m_proxy->textFilter(), text);
}

void TestCallsFilter::filtersCombine()
{
    m_proxy->setAgentFilter(u"agent1"_s);
    m_proxy->setStateFilter(CallsFilterProxy::StateFilter::Live);
    QCOMPARE(shownIds(*m_proxy), QStringList{u"ATVId_a"_s});
    m_proxy->setDirectionFilter(Voice::Direction::Outbound);
    QCOMPARE(shownIds(*m_proxy), QStringList{});
    m_proxy->setDirectionFilter(std::nullopt);
    m_proxy->setStateFilter(CallsFilterProxy::StateFilter::All);
    m_proxy->setTextFilter(u"+256"_s);
    QCOMPARE(shownIds(*m_proxy), QStringList{u"ATVId_d"_s});
}

void TestCallsFilter::liveFilterDropsACallWhenItEnds()
{
    m_proxy->setStateFilter(CallsFilterProxy::StateFilter::Live);
    QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(m_proxy, &QAbstractItemModel::modelReset);
    Call b = m_model->call(m_model->rowOf(u"ATVId_b"_s));
    b.state = CallState::Completed;
    b.endedAt = m_clock.now();
    m_model->applyCall(b);
    QCOMPARE(shownIds(*m_proxy), QStringList{u"ATVId_a"_s});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(resets.count(), 0);

    m_proxy->setStateFilter(CallsFilterProxy::StateFilter::Ended);
    QCOMPARE(shownIds(*m_proxy), (QStringList{u"ATVId_d"_s, u"ATVId_c"_s, u"ATVId_b"_s}));
}

SIMU_TEST_MAIN(TestCallsFilter)

#include "tst_callsfilter.moc"
