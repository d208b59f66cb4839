#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"simu"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Simu: agent console and call hub for Africa's Talking voice."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
