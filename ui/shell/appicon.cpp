#include "appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Ui {

namespace {

QPixmap drawIcon(int size, bool alert)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    if (alert) {
        p.setBrush(QColor(0xf0, 0xa0, 0x20));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(0, 0, s, s));
    }
    const qreal inset = alert ? s * 0.09 : s * 0.02;
    p.setBrush(QColor(0x1f, 0x9d, 0x55));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(inset, inset, s - 2 * inset, s - 2 * inset));

    // A handset: two rounded ear/mouth pieces joined by a curved grip.
    QPainterPath handset;
    handset.moveTo(s * 0.30, s * 0.26);
    handset.cubicTo(s * 0.22, s * 0.40, s * 0.40, s * 0.66, s * 0.60, s * 0.76);
    QPen grip(Qt::white, s * 0.11, Qt::SolidLine, Qt::RoundCap);
    p.setPen(grip);
    p.setBrush(Qt::NoBrush);
    p.drawPath(handset);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.save();
    p.translate(s * 0.33, s * 0.27);
    p.rotate(-35);
    p.drawRoundedRect(QRectF(-s * 0.10, -s * 0.07, s * 0.2, s * 0.13), s * 0.04, s * 0.04);
    p.restore();
    p.save();
    p.translate(s * 0.65, s * 0.72);
    p.rotate(-35);
    p.drawRoundedRect(QRectF(-s * 0.10, -s * 0.07, s * 0.2, s * 0.13), s * 0.04, s * 0.04);
    p.restore();
    return pixmap;
}

} // namespace

QIcon appIcon(bool alert)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(drawIcon(size, alert));
    return icon;
}

} // namespace Ui
